// WCAG 2.4.2: each step and the result names itself in the window title (every one is a history
// entry of its own), with "Error:" first while a step shows errors, in the reader's language.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { answersWith, continueButton, draftAt, findErrorSummary, renderResultScreen, renderWizard, serveRules } from './harness';

beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal('fetch', serveRules());
});
afterEach(() => vi.unstubAllGlobals());

describe('page title', () => {
  it('names the step, then "Error:" and the step while its errors show', async () => {
    const { user } = await renderWizard({ initial: draftAt('history', answersWith({})) });
    await waitFor(() => expect(document.title).toBe('Your cover so far – Medical insurance lapse calculator'));
    // Paid late without the date: the step shows an error.
    await user.click(within(screen.getByRole('group', { name: 'Benefit year 2025' })).getByRole('radio', { name: 'Resident scheme, paid late' }));
    await user.click(continueButton());
    await findErrorSummary();
    await waitFor(() => expect(document.title).toBe('Error: Your cover so far – Medical insurance lapse calculator'));
  });

  it('names the step in Chinese', async () => {
    await renderWizard({ language: 'zh-CN', initial: draftAt('history', answersWith({})) });
    await waitFor(() => expect(document.title).toBe('以往参保情况 - 医保断缴恢复计算器'));
  });

  it('names the result', async () => {
    await renderResultScreen(scenario({ asOf: '2026-11-15', years: { 2025: 'resident' }, payments: [residentPay('2026-11-10', [2027])] }));
    await screen.findByTestId('headline');
    expect(document.title).toBe('Your result – Medical insurance lapse calculator');
  });
});
