// The error summary lists only errors of fields on the step: a field that goes away (repair
// years, when a later date leaves nothing to repair) takes its error out of the summary.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answersWith, draftAt, findErrorSummary, renderWizard, serveRules } from './harness';

beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal('fetch', serveRules());
});
afterEach(() => vi.unstubAllGlobals());

describe('error summary and fields that go away', () => {
  it('drops the repair error once the repair field is gone (zh)', async () => {
    const answers = answersWith({ region: 'liaoning-fuxin', payment: { status: 'planned', date: '2026-11-20', years: [2027], repairYears: 0, backPay: true } }, { 2023: 'resident', 2024: 'resident' });
    const { user } = await renderWizard({ language: 'zh-CN', initial: draftAt('payment', answers) });
    const repair = await screen.findByRole('spinbutton', { name: '用于修复待遇等待期的额外缴费年数' });
    // Left empty (or typed so the number field cannot read it, as full-width digits are): not a number of years.
    await user.clear(repair);
    await user.click(screen.getByRole('button', { name: '继续' }));
    const summary = await findErrorSummary();
    expect(summary).toHaveTextContent('请输入0到30之间的整数。');

    const date = screen.getByLabelText('打算缴费的日期');
    await user.clear(date);
    await user.type(date, '2040-12-10');
    // A plan for 2040 leaves nothing to repair: the question goes, and its error with it.
    await waitFor(() => expect(screen.queryByRole('spinbutton', { name: '用于修复待遇等待期的额外缴费年数' })).not.toBeInTheDocument());
    await waitFor(() => expect(screen.queryByText('请输入0到30之间的整数。')).not.toBeInTheDocument());
    // The summary now lists only what is wrong on the step as it stands (no year chosen for 2040).
    await user.click(screen.getByRole('button', { name: '继续' }));
    const again = await findErrorSummary();
    expect(again).not.toHaveTextContent('请输入0到30之间的整数。');
  });

  it('drops a paid-late date error once the year is answered otherwise (history)', async () => {
    const { user } = await renderWizard({ initial: draftAt('history', answersWith({}, { 2025: 'residentLate' })) });
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await findErrorSummary();
    expect(summary).toHaveTextContent('Enter the date the money for 2025 arrived.');
    const year = screen.getByRole('group', { name: 'Benefit year 2025' });
    await user.click(within(year).getByRole('radio', { name: 'Resident scheme, paid in the enrolment window' }));
    await waitFor(() => expect(screen.queryByText('Enter the date the money for 2025 arrived.')).not.toBeInTheDocument());
  });

  it('two fields with the same message: in page order, each named (both languages)', async () => {
    for (const [language, last, since, cont, want] of [
      ['en', 'Last month paid', 'Paid without a break since (optional)', 'Continue', { since: 'Paid without a break since: This month is in the future.', last: 'Last month paid: This month is in the future.' }],
      ['zh-CN', '最后一个缴费月份', '从哪个月起连续缴费（选填）', '继续', { since: '从哪个月起连续缴费：这个月份还没有到。', last: '最后一个缴费月份：这个月份还没有到。' }],
    ] as const) {
      localStorage.clear();
      const { user, unmount } = await renderWizard({ language, initial: draftAt('history', answersWith({ scheme: 'employee' })) });
      const sinceBox = await screen.findByLabelText(since);
      const lastBox = screen.getByLabelText(last);
      await user.type(lastBox, '2030-05');
      await user.type(sinceBox, '2030-01');
      await user.click(screen.getByRole('button', { name: cont }));
      const summary = await findErrorSummary();
      const links = within(summary).getAllByRole('link').map((l) => l.textContent);
      // The fields' own order on the page, whatever order the checks ran in.
      const order = [...document.querySelectorAll('input')].filter((el) => el === sinceBox || el === lastBox);
      expect(order).toHaveLength(2);
      expect(links).toEqual(order.map((el) => (el === sinceBox ? want.since : want.last)));
      unmount();
    }
  });
});
