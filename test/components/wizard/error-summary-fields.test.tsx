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
});
