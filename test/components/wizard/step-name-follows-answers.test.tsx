// The payment step is named for who acts (src/features/payer.ts): "The contributions" where an
// employer pays, "Your child's enrolment" where a child's year of birth is free. The step list
// says so as soon as the answer that decides it is given, before Continue saves it, and saves
// nothing itself: the stored answers stay as they were until the step is submitted.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { noCircumstances } from '../../../src/features/wizard/answers';
import { answersWith, draftAt, findRegion, renderWizard, serveRules } from './harness';

beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal('fetch', serveRules());
});
afterEach(() => vi.unstubAllGlobals());

/** The step list's third item, as read (the payment step). */
const paymentInList = () => within(screen.getByRole('navigation', { name: /^(Progress|进度)$/ })).getAllByRole('listitem')[2]?.textContent;

describe('the payment step’s name in the step list', () => {
  it('follows the scheme chosen on the first step at once, in both languages, and saves nothing', async () => {
    const { user, store, unmount } = await renderWizard({ initial: draftAt('where', answersWith({ region: 'fujian' })) });
    expect(paymentInList()).toBe('The payment');
    await user.click(screen.getByRole('radio', { name: 'Employee medical insurance, paid by an employer' }));
    expect(paymentInList()).toBe('The contributions');
    expect(store.getState().draft.answers.scheme).toBe('resident');
    await user.click(screen.getByRole('radio', { name: 'Employee medical insurance as a flexible (self-employed) worker' }));
    expect(paymentInList()).toBe('The payment');
    unmount();
    localStorage.clear();
    const zh = await renderWizard({ language: 'zh-CN', initial: draftAt('where', answersWith({ region: 'fujian' })) });
    expect(paymentInList()).toBe('本次缴费');
    await zh.user.click(screen.getByRole('radio', { name: '职工医保（由单位缴费）' }));
    expect(paymentInList()).toBe('单位缴费');
  });

  it('follows the newborn and the date of birth on the history step (武汉: the year of birth is free), before Continue', async () => {
    const { user, store } = await renderWizard({ initial: draftAt('history', answersWith({ region: 'hubei-wuhan' }), ['start', 'where']) });
    expect(paymentInList()).toBe('The payment');
    await user.click(screen.getByRole('checkbox', { name: 'I am enrolling a newborn child' }));
    await user.type(screen.getByLabelText('Date of birth'), '2026-08-01');
    await waitFor(() => expect(paymentInList()).toBe("Your child's enrolment"));
    expect(store.getState().draft.answers.circumstances.newborn).toBe(false);
    // Not a newborn after all: a payment again.
    await user.click(screen.getByRole('checkbox', { name: 'I am enrolling a newborn child' }));
    expect(paymentInList()).toBe('The payment');
  });

  it('follows the region chosen on the first step, for a newborn already declared', async () => {
    const born = { ...noCircumstances(), newborn: true, birthDate: '2026-08-01' };
    const { user } = await renderWizard({ initial: draftAt('where', answersWith({ region: 'hubei-wuhan', circumstances: born }), ['start', 'where', 'history']) });
    await waitFor(() => expect(paymentInList()).toBe("Your child's enrolment"));
    await user.click(await findRegion('Rest of Fujian Province'));
    await waitFor(() => expect(paymentInList()).toBe('The payment'));
  });
});
