// Back to the check page, by the browser's Back, from a step its Change button opened with a
// change left unsaved: the note that the change is not used is where the focus lands, so it is
// seen and read out. Focus on the Change button below it, with the note above the fold and no
// live region, left a screen-reader user (and a sighted one scrolled down the page) unaware that
// the answer just changed is not the one used (WCAG 4.1.3, 2.4.3).
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { App, createQueryClient } from '../../../src/app/app';
import { DRAFT_KEY } from '../../../src/features/wizard/draft-peek';
import { FORM_STEPS } from '../../../src/features/wizard/steps';
import { createI18n } from '../../../src/i18n/setup';
import { answersWith, draftAt, serveRules } from './harness';

const LOAD = { timeout: 8000 };

async function traverse(delta: -1 | 1) {
  await act(async () => {
    const moved = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    window.history.go(delta);
    await moved;
  });
}

beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '/');
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-15T12:00:00+08:00') });
  vi.stubGlobal('fetch', serveRules());
  const answers = answersWith({ payment: { status: 'made', date: '2026-06-15', years: [2026], repairYears: 0, backPay: false } }, { 2023: 'resident', 2024: 'resident' });
  localStorage.setItem(DRAFT_KEY, JSON.stringify(draftAt('check', answers, [...FORM_STEPS])));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const stepHeading = (name: string) => screen.findByRole('heading', { level: 1, name }, LOAD);
const changePayment = () => within(screen.getByRole('region', { name: 'The payment' })).getByRole('button', { name: /^Change/ });

it("the browser's Back from a changed step, without saving: focus goes to the note that the change is not used", async () => {
  const user = userEvent.setup();
  render(<App i18n={createI18n({ language: 'en' })} queryClient={createQueryClient()} />);
  await stepHeading('Check your answers');
  await user.click(changePayment());
  await stepHeading('The payment');
  const date = screen.getByLabelText('Date the money arrived');
  await user.clear(date);
  await user.type(date, '2026-06-20');
  await traverse(-1);
  await stepHeading('Check your answers');
  const note = screen.getByTestId('unsaved-steps');
  expect(note).toHaveTextContent('You changed answers in “The payment” and left without pressing Continue');
  await waitFor(() => expect(note).toHaveFocus());
}, 30_000);

it("the browser's Back from a step left unchanged: focus returns to its Change button, as before", async () => {
  const user = userEvent.setup();
  render(<App i18n={createI18n({ language: 'en' })} queryClient={createQueryClient()} />);
  await stepHeading('Check your answers');
  await user.click(changePayment());
  await stepHeading('The payment');
  await traverse(-1);
  await stepHeading('Check your answers');
  expect(screen.queryByTestId('unsaved-steps')).toBeNull();
  await waitFor(() => expect(changePayment()).toHaveFocus());
}, 30_000);
