// A date or month field holding what the browser cannot read (a year alone, 30 February) gives
// the form no value, as an empty field does. It is said at the field, never taken as empty: an
// optional month half-typed was dropped without a word (the check page then said "未填写"), and an
// impossible date of birth was asked for as if nothing were there ("请填写孩子的出生日期").
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answersWith, continueButton, draftAt, findErrorSummary, heading, renderWizard, serveRules } from './harness';

beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal('fetch', serveRules());
});
afterEach(() => vi.unstubAllGlobals());

/**
 * What a browser's date or month field reports for an entry it cannot read: no value, and
 * validity.badInput (Chromium, for "2020" alone in a month field or 02/30/2026 in a date field).
 * jsdom has no such entry of its own, so the field is made to report it.
 */
function enterUnreadable(field: HTMLElement): void {
  Object.defineProperty((field as HTMLInputElement).validity, 'badInput', { configurable: true, get: () => true });
}

describe('half-typed and impossible dates are said at their field', () => {
  it('a half-typed optional month (flexible worker, 从哪个月起连续缴费) is refused, not dropped', async () => {
    const { user, store } = await renderWizard({ language: 'zh-CN', initial: draftAt('history', answersWith({ scheme: 'flexible' })) });
    const step = heading().textContent;
    await user.type(screen.getByLabelText('最后一个缴费月份'), '2026-09');
    const since = screen.getByLabelText('从哪个月起连续缴费（选填）');
    enterUnreadable(since);
    await user.click(screen.getByRole('button', { name: '继续' }));
    const summary = await findErrorSummary();
    expect(within(summary).getByRole('link', { name: /^请完整填写月份，年和月都要填写，例如/ })).toBeInTheDocument();
    expect(since).toHaveAttribute('aria-invalid', 'true');
    expect(since).toHaveAccessibleDescription(/请完整填写月份，年和月都要填写/);
    expect(heading()).toHaveTextContent(step ?? '');
    expect(store.getState().draft.answers.history.employeeSince).toBeUndefined();
  });

  it('an impossible date of birth is a date that does not exist, not a date not given', async () => {
    const { user } = await renderWizard({ initial: draftAt('history', answersWith({})) });
    await user.click(screen.getByRole('checkbox', { name: 'I am enrolling a newborn child' }));
    const born = screen.getByLabelText('Date of birth');
    enterUnreadable(born);
    await user.click(continueButton());
    const summary = await findErrorSummary();
    expect(within(summary).getByRole('link', { name: 'Enter a date that exists, with its day, month and year.' })).toBeInTheDocument();
    expect(born).toHaveAccessibleDescription(/Enter a date that exists/);
    expect(summary).not.toHaveTextContent("Enter the child's date of birth.");
  });

  it('a year typed short (the field turned "202" into 0202) is said as the year to check, not as a day that does not exist, in both languages', async () => {
    for (const [language, label, cont, message] of [
      ['en', 'Date you plan to pay', 'Continue', 'Check the year: enter all 4 digits, for example 2026.'],
      ['zh-CN', '打算缴费的日期', '继续', '请检查年份：须填写4位数字，例如2026。'],
    ] as const) {
      const { user, unmount } = await renderWizard({ language, initial: draftAt('payment', answersWith({ scheme: 'flexible' }), ['where', 'history']) });
      const date = await screen.findByLabelText(label);
      await user.clear(date);
      await user.type(date, '0202-12-20');
      await user.click(screen.getByRole('button', { name: cont }));
      const summary = await findErrorSummary();
      expect(within(summary).getByRole('link', { name: message })).toBeInTheDocument();
      expect(date).toHaveAccessibleDescription(new RegExp(message.slice(0, 8)));
      unmount();
    }
  });

  it('a month with a year typed short is said the same way', async () => {
    const { user } = await renderWizard({ initial: draftAt('history', answersWith({ scheme: 'flexible' })) });
    await user.type(screen.getByLabelText('Last month paid'), '0026-03');
    await user.click(continueButton());
    const summary = await findErrorSummary();
    expect(within(summary).getByRole('link', { name: 'Check the year: enter all 4 digits, for example 2026.' })).toBeInTheDocument();
  });

  it('a field no longer asked is not checked: unticking the newborn lets the step through', async () => {
    const { user } = await renderWizard({ initial: draftAt('history', answersWith({})) });
    await user.click(screen.getByRole('checkbox', { name: 'I am enrolling a newborn child' }));
    enterUnreadable(screen.getByLabelText('Date of birth'));
    await user.click(screen.getByRole('checkbox', { name: 'I am enrolling a newborn child' }));
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('The payment'));
  });

  it('an optional date on the circumstances step (the date of discharge) is refused half-typed', async () => {
    const { user } = await renderWizard({ initial: draftAt('circumstances', answersWith({})) });
    await user.click(await screen.findByRole('checkbox', { name: 'Newly discharged from active military service' }));
    const discharged = screen.getByLabelText('Date of discharge (optional)');
    enterUnreadable(discharged);
    await user.click(continueButton());
    const summary = await findErrorSummary();
    expect(within(summary).getByRole('link', { name: 'Enter a date that exists, with its day, month and year.' })).toBeInTheDocument();
    expect(heading()).not.toHaveTextContent('Check your answers');
  });
});
