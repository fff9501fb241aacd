// WCAG 2.4.2: each step and the result names itself in the window title (every one is a history
// entry of its own), with "Error:" first while a step shows errors, in the reader's language.
import { render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProviders, createQueryClient } from '../../../src/app/app';
import { ShareChoice } from '../../../src/features/wizard/share-choice';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { answersWith, continueButton, draftAt, findErrorSummary, makeI18n, renderResultScreen, renderWizard, serveRules } from './harness';

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

  it('names the question a shared link asks before it replaces the answers on the device, in each language', async () => {
    for (const [language, title] of [
      ['en', 'Open the shared answers? – Medical insurance lapse calculator'],
      ['zh-CN', '是否打开分享的回答？ - 医保断缴恢复计算器'],
    ] as const) {
      const view = render(
        <AppProviders i18n={await makeI18n(language)} queryClient={createQueryClient()}>
          <ShareChoice onOpen={vi.fn()} onKeep={vi.fn()} />
        </AppProviders>,
      );
      await waitFor(() => expect(document.title).toBe(title));
      view.unmount();
    }
  });
});
