// Which later steps a changed answer sends the person back through. The scheme decides what the
// history and payment steps ask (year rows or months paid; the years paid for or back-payment),
// and whether the circumstances step asks the resident or the employee-scheme questions: answers
// given under the old scheme do not answer the new one's questions, and the defaults standing in
// for them ("back-pays: yes", every year "not covered") were never the person's answers.
import type { Answers } from './answers';
import type { FormStepId } from './steps';
import { FORM_STEPS } from './steps';

export type RevisitStep = Exclude<FormStepId, 'where' | 'check'>;

/** The steps whose questions `after` changes from those `before` answered, in the wizard's order. */
export function stepsToRevisit(before: Pick<Answers, 'scheme'>, after: Pick<Answers, 'scheme'>): RevisitStep[] {
  if (before.scheme === after.scheme) return [];
  // Employee and flexible ask the same months and payment; only flexible asks who paid them.
  const residentChanged = (before.scheme === 'resident') !== (after.scheme === 'resident');
  return residentChanged ? ['history', 'payment', 'circumstances'] : ['history'];
}

/** The first of `steps` in the wizard's order, or null. */
export function firstInOrder<S extends FormStepId>(steps: readonly S[]): S | null {
  return (FORM_STEPS.find((s) => steps.includes(s as S)) as S | undefined) ?? null;
}
