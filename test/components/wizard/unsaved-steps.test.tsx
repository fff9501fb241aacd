// Which steps the check page says hold typed changes not saved with Continue (unsaved-steps.ts):
// only answered steps, compared as the step would show the typing, so a step the person changed
// and changed back is not named when a later answer adds a row to it.
import { expect, it } from 'vitest';
import { historyValues, paymentValues } from '../../../src/features/wizard/step-forms';
import { unsavedSteps } from '../../../src/features/wizard/unsaved-steps';
import type { ChangeableStep } from '../../../src/features/wizard/answers-summary';
import { answersWith, TODAY } from './harness';

const ALL = ['where', 'history', 'payment', 'circumstances'];

it('a typed payment date that differs from the saved one names the payment step; the same values name nothing', () => {
  const a = answersWith({ payment: { status: 'made', date: '2026-06-15', years: [2026], repairYears: 0, backPay: false } });
  const typed = (date: string) => (step: ChangeableStep) => (step === 'payment' ? { ...paymentValues(a), date } : undefined);
  expect(unsavedSteps(typed('2026-06-20'), a, TODAY, ALL)).toEqual(['payment']);
  expect(unsavedSteps(typed('2026-06-15'), a, TODAY, ALL)).toEqual([]);
});

it('a step not answered (again) yet is not named: the check page asks for it instead', () => {
  const a = answersWith({ payment: { status: 'made', date: '2026-06-15', years: [2026], repairYears: 0, backPay: false } });
  const typed = (step: ChangeableStep) => (step === 'payment' ? { ...paymentValues(a), date: '2026-06-20' } : undefined);
  expect(unsavedSteps(typed, a, TODAY, ['where', 'history'])).toEqual([]);
});

it('history typed as saved, then a payment further ahead adds a row: not named (the step shows the typing on the new rows)', () => {
  const before = answersWith({ payment: { status: 'planned', date: '2026-12-01', years: [2027], repairYears: 0, backPay: false } }, { 2024: 'resident', 2025: 'none' });
  const kept = historyValues(before, TODAY);
  const after = { ...before, payment: { ...before.payment, date: '2027-12-01', years: [2028] } };
  expect(historyValues(after, TODAY).years.length).toBeGreaterThan(kept.years.length);
  expect(unsavedSteps((step) => (step === 'history' ? kept : undefined), after, TODAY, ALL)).toEqual([]);
  // A row really changed is still named.
  const changed = { ...kept, years: kept.years.map((r) => (r.year === 2025 ? { ...r, cover: 'resident' } : r)) };
  expect(unsavedSteps((step) => (step === 'history' ? changed : undefined), after, TODAY, ALL)).toEqual(['history']);
});
