// The answers live in localStorage: a reload (remount) continues where the person was.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../../src/calc';
import { DRAFT_KEY } from '../../../src/features/wizard/draft-peek';
import { loadDraft } from '../../../src/features/wizard/draft-storage';
import { createWizardStore, localToday } from '../../../src/features/wizard/wizard-store';
import { continueButton, findRegion, heading, renderWizard, serveRules, TODAY } from './harness';

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
