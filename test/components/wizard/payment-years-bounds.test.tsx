// The payment's year boxes stay within the benefit years the rules cover (2025 to 2032 in every
// pack): a date typed outside them (1999, 2040) does not rebuild the boxes, and so does not hide a
// year the person ticked; the date itself says what is wrong, in both languages.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { noCircumstances } from '../../../src/features/wizard/answers';
import { answersWith, draftAt, findErrorSummary, heading, renderWizard, serveRules } from './harness';

beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal('fetch', serveRules());
});
afterEach(() => vi.unstubAllGlobals());

/** The year boxes as [value, ticked] pairs, in their order on the page. */
const boxes = (group: HTMLElement) => within(group).getAllByRole('checkbox').map((c) => [c.getAttribute('value'), (c as HTMLInputElement).checked]);

/** 湖南, covered 2023-2025, the step as a newcomer reached it on 15 Nov 2026 with 2026 ticked. */
const hunan2026 = (status: 'made' | 'planned', date: string) =>
  answersWith({ region: 'hunan', payment: { status, date, years: [2026], repairYears: 0, backPay: true } }, { 2023: 'resident', 2024: 'resident', 2025: 'resident' });

/** Waits until the region's rules are here: the repair outlook is worked out from them. */
async function rulesHere(checking: string) {
  await waitFor(() => expect(screen.queryByText(checking)).toBeNull());
  await waitFor(() => expect(vi.mocked(fetch).mock.calls.some(([input]) => String(input).includes('hunan.json'))).toBe(true));
}

describe('payment step: the year boxes stay within the years the rules cover', () => {
  it('a planned date typed as 1 Nov 1999 keeps the boxes at 2026 and 2027 with 2026 still ticked; the only error is the date in the past (湖南, zh)', async () => {
    const { user } = await renderWizard({ language: 'zh-CN', initial: draftAt('payment', hunan2026('planned', '2026-11-20')) });
    await rulesHere('正在计算修复能否缩短您的待遇等待期……');
    const group = screen.getByRole('group', { name: '这次缴的是哪几个待遇年度的保费？' });
    expect(boxes(group)).toEqual([['2026', true], ['2027', false]]);
    fireEvent.change(screen.getByLabelText('打算缴费的日期'), { target: { value: '1999-11-01' } });
    expect(boxes(group)).toEqual([['2026', true], ['2027', false]]);
    expect(within(group).getByRole('checkbox', { name: '2026年度' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: '继续' }));
    const summary = await findErrorSummary();
    expect(within(summary).getAllByRole('link').map((l) => l.textContent)).toEqual(['计划缴费的日期不能在过去。请选择“已缴费，费用已到账”或修改日期。']);
    expect(screen.queryByText('请至少选择一个缴费年度。')).toBeNull();
  });

  it('a made payment dated 1 Nov 1999 is refused at the date with the years the calculator covers, in both languages; the tick stays and counts once the date is put right', async () => {
    for (const [language, label, legend, said, next] of [
      ['en', 'Date the money arrived', 'Which benefit years does this payment cover?', 'This calculator only works out payments for benefit years 2025 to 2032, and a payment on this date is not for one of them. Please check the date.', 'Continue'],
      ['zh-CN', '缴费到账日期', '这次缴的是哪几个待遇年度的保费？', '本计算器只计算2025至2032年度的缴费，这个日期的缴费不在其中。请检查日期。', '继续'],
    ] as const) {
      localStorage.clear();
      const { user, store, unmount } = await renderWizard({ language, initial: draftAt('payment', hunan2026('made', '2026-01-20')) });
      await rulesHere(language === 'en' ? 'Checking whether repair would shorten your wait…' : '正在计算修复能否缩短您的待遇等待期……');
      const date = screen.getByLabelText(label);
      fireEvent.change(date, { target: { value: '1999-11-01' } });
      const group = screen.getByRole('group', { name: legend });
      expect(boxes(group)).toEqual([['2026', true], ['2027', false]]);
      await user.click(screen.getByRole('button', { name: next }));
      const summary = await findErrorSummary();
      expect(within(summary).getAllByRole('link').map((l) => l.textContent)).toEqual([said]);
      expect(date).toHaveAttribute('aria-invalid', 'true');
      expect(date).toHaveAccessibleDescription(new RegExp(said.slice(0, 20)));
      fireEvent.change(date, { target: { value: '2026-01-20' } });
      await user.click(screen.getByRole('button', { name: next }));
      await waitFor(() => expect(heading()).not.toHaveTextContent(language === 'en' ? 'The payment' : '本次缴费'));
      expect(store.getState().draft.answers.payment).toMatchObject({ status: 'made', date: '2026-01-20', years: [2026] });
      unmount();
    }
  });

  it('a planned date in 2040, after the last year the rules cover (2032), keeps the 2026 tick and is refused at the date', async () => {
    const { user } = await renderWizard({ initial: draftAt('payment', hunan2026('planned', '2026-11-20')) });
    await rulesHere('Checking whether repair would shorten your wait…');
    fireEvent.change(screen.getByLabelText('Date you plan to pay'), { target: { value: '2040-01-10' } });
    const group = screen.getByRole('group', { name: 'Which benefit years does this payment cover?' });
    expect(boxes(group)).toEqual([['2026', true], ['2027', false]]);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await findErrorSummary();
    expect(within(summary).getAllByRole('link').map((l) => l.textContent)).toEqual(['This calculator only works out payments for benefit years 2025 to 2032, and a payment on this date is not for one of them. Please check the date.']);
  });

  it('a date in the last covered year offers that year alone: 2032 planned on 10 Dec 2032 shows no 2033 box', async () => {
    await renderWizard({ initial: draftAt('payment', hunan2026('planned', '2026-11-20')) });
    await rulesHere('Checking whether repair would shorten your wait…');
    fireEvent.change(screen.getByLabelText('Date you plan to pay'), { target: { value: '2032-12-10' } });
    expect(boxes(screen.getByRole('group', { name: 'Which benefit years does this payment cover?' }))).toEqual([['2032', false]]);
  });

  it('a payment made in the autumn before the first covered year still offers that year: 15 Oct 2024 offers 2025 alone, not 2024', async () => {
    const answers = answersWith({ region: 'hunan', payment: { status: 'made', date: '2024-10-15', years: [2025], repairYears: 0, backPay: true } });
    await renderWizard({ initial: draftAt('payment', answers) });
    await rulesHere('Checking whether repair would shorten your wait…');
    expect(boxes(screen.getByRole('group', { name: 'Which benefit years does this payment cover?' }))).toEqual([['2025', true]]);
  });

  it('a child born in 2024, before the rules begin, is not offered 2024 for a payment on 1 Jun 2025; the hint does not offer it either', async () => {
    const answers = answersWith({ payment: { status: 'made', date: '2025-06-01', years: [2025], repairYears: 0, backPay: true }, circumstances: { ...noCircumstances(), newborn: true, birthDate: '2024-08-01' } });
    await renderWizard({ initial: draftAt('payment', answers) });
    await waitFor(() => expect(vi.mocked(fetch).mock.calls.some(([input]) => String(input).includes('national.json'))).toBe(true));
    const group = screen.getByRole('group', { name: 'Which benefit years does this payment cover?' });
    await waitFor(() => expect(boxes(group)).toEqual([['2025', true], ['2026', false]]));
    expect(group).toHaveAccessibleDescription('Choose one year, or this year and the next together.');
  });
});
