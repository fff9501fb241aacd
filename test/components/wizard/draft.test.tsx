// The answers live in localStorage: a reload (remount) continues where the person was.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../../src/calc';
import { AppProviders, createQueryClient } from '../../../src/app/app';
import { defaultAnswers } from '../../../src/features/wizard/answers';
import { DraftNotices } from '../../../src/features/wizard/draft-notices';
import { DRAFT_KEY, DRAFT_VERSION } from '../../../src/features/wizard/draft-peek';
import { loadDraft } from '../../../src/features/wizard/draft-storage';
import { Wizard } from '../../../src/features/wizard/wizard';
import { createWizardStore, localToday, WizardProvider } from '../../../src/features/wizard/wizard-store';
import { continueButton, findRegion, heading, makeI18n, renderWizard, serveRules, TODAY } from './harness';

beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal('fetch', serveRules());
});
afterEach(() => vi.unstubAllGlobals());

describe('draft', () => {
  it('persists across a remount', async () => {
    const first = await renderWizard();
    const { user } = first;
    await user.click(await findRegion('Hebei Province'));
    await user.click(continueButton());
    await user.click(within(await screen.findByRole('group', { name: 'Benefit year 2026' })).getByRole('radio', { name: 'Employee scheme' }));
    first.unmount();
    expect(loadDraft()).toMatchObject({ step: 'history', answers: { region: 'hebei' }, done: ['where'] });

    await renderWizard();
    expect(heading()).toHaveTextContent('Your cover so far');
    // First paint: focus stays where the page put it, also after the frame a move would focus in.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(heading()).not.toHaveFocus();
    // What was typed on the step and not yet submitted comes back as typed, beside the saved answers.
    expect(within(screen.getByRole('group', { name: 'Benefit year 2026' })).getByRole('radio', { name: 'Employee scheme' })).toBeChecked();
    await screen.findByRole('button', { name: 'Back' });
  });

  it('reset clears the stored draft and starts again', async () => {
    const { user, store } = await renderWizard();
    await findRegion('National baseline');
    await user.click(continueButton());
    await waitFor(() => expect(localStorage.getItem(DRAFT_KEY)).not.toBeNull());
    store.reset();
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();
    await waitFor(() => expect(heading()).toHaveTextContent('Which scheme, and where are you insured'));
  });

  it('starts from a shared scenario at the check page', async () => {
    const { store } = await renderWizard();
    const scenario: Scenario = {
      v: 2,
      asOf: TODAY,
      region: 'fujian',
      history: { years: [{ year: 2025, cover: 'resident' }], employeePeriods: [] },
      payments: [{ scheme: 'resident', date: '2026-11-20', status: 'planned', years: [2027], repairYears: 0 }],
      circumstances: {},
    };
    store.startFromScenario(scenario);
    await waitFor(() => expect(heading()).toHaveTextContent('Check your answers'));
    expect(await screen.findByText('Fujian Province')).toBeInTheDocument();
    expect(store.getState().draft.done).toEqual(['where', 'history', 'payment', 'circumstances', 'check']);
  });
});

describe('store', () => {
  it('uses the local calendar day, not UTC', () => {
    expect(localToday(new Date(2026, 0, 1, 0, 30))).toBe('2026-01-01');
  });

  it('keeps working without storage', () => {
    const store = createWizardStore({ today: TODAY, storage: null });
    store.completeStep('where', { region: 'jiangsu' });
    expect(store.getState().draft).toMatchObject({ step: 'history', answers: { region: 'jiangsu' }, done: ['where'] });
    store.goTo('where', { returnTo: 'check' });
    store.next();
    expect(store.getState().draft.step).toBe('check');
    store.back();
    expect(store.getState().draft.step).toBe('circumstances');
  });
});

describe('a stored draft with a damaged answer', () => {
  async function renderWithNotices(language: 'en' | 'zh-CN') {
    const answers = { ...defaultAnswers(TODAY, 'hebei'), payment: { status: 'made', date: '2026-03-01', years: [2026], repairYears: 0, backPay: true } };
    // One answer of the history damaged (as an edit in the browser's storage tools, or a disk error would).
    const stored = { version: DRAFT_VERSION, step: 'result', answers: { ...answers, history: { years: [{ year: 2025, cover: 'maybe' }] } }, done: ['where', 'history', 'payment', 'circumstances', 'check'] };
    localStorage.setItem(DRAFT_KEY, JSON.stringify(stored));
    const i18n = await makeI18n(language);
    const store = createWizardStore({ today: TODAY });
    const user = userEvent.setup();
    render(
      <AppProviders i18n={i18n} queryClient={createQueryClient()}>
        <WizardProvider store={store}>
          <DraftNotices />
          <Wizard />
        </WizardProvider>
      </AppProviders>,
    );
    return { store, user };
  }

  it('says which step to answer again, keeps the other answers, and the notice closes', async () => {
    const { store, user } = await renderWithNotices('en');
    const notice = await screen.findByText('Some answers saved on this device could not be read and were cleared, on this step: “Your cover so far”. Please check it and answer again. Your other answers are kept.');
    expect(notice.closest('[role="alert"]')).not.toBeNull();
    await waitFor(() => expect(heading()).toHaveTextContent('Your cover so far'));
    expect(store.getState().draft.answers.region).toBe('hebei');
    expect(store.getState().draft.answers.payment.date).toBe('2026-03-01');
    await user.click(screen.getByRole('button', { name: 'Close this message' }));
    expect(screen.queryByText(/could not be read/)).toBeNull();
  });

  it('says so in Chinese, and goes once the step is answered again', async () => {
    const { user } = await renderWithNotices('zh-CN');
    expect(await screen.findByText('本设备上保存的部分回答无法读取，已在以下步骤中清除：“以往参保情况”。请检查并重新填写，您的其他回答都已保留。')).toBeInTheDocument();
    await waitFor(() => expect(heading()).toHaveTextContent('以往参保情况'));
    await user.click(screen.getByRole('button', { name: '继续' }));
    await waitFor(() => expect(screen.queryByText(/无法读取/)).toBeNull());
  });
});
