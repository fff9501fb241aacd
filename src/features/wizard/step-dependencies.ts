// Which later steps a changed answer sends the person back through. The scheme decides what the
// history and payment steps ask (year rows or months paid; the years paid for or back-payment),
// and whether the circumstances step asks the resident or the employee-scheme questions: answers
// given under the old scheme do not answer the new one's questions, and the defaults standing in
// for them ("back-pays: yes", every year "not covered") were never the person's answers.
import type { Answers } from './answers';
import type { FormStepId, StepId } from './steps';
import { FORM_STEPS, nextStep, STEP_IDS } from './steps';

export type RevisitStep = Exclude<FormStepId, 'where' | 'check'>;

/** Every step a change can send the person back through, in the wizard's order. */
export const REVISIT_STEPS: readonly RevisitStep[] = ['history', 'payment', 'circumstances'];

type Deciding = Pick<Answers, 'scheme'> & { region?: Answers['region']; circumstances?: Pick<Answers['circumstances'], 'newborn'> };

/**
 * The steps whose questions `after` changes from those `before` answered, in the wizard's order.
 * Another region's rules may ask other questions (who paid the employee cover, exempt groups,
 * premium tiers, newborn rules: regional-questions.ts), so a new region sends the person through
 * the history and circumstances steps again, with their answers kept.
 */
export function stepsToRevisit(before: Deciding, after: Deciding): RevisitStep[] {
  const regionChanged = Boolean(before.region && after.region && before.region !== after.region);
  if (before.scheme === after.scheme) {
    if (regionChanged) return ['history', 'circumstances'];
    // A baby (ticked on the history step) is asked the region's newborn questions on the
    // circumstances step, and not whether it is a university entrant: those answers were given
    // to other questions.
    const newbornChanged = before.circumstances && after.circumstances && before.circumstances.newborn !== after.circumstances.newborn;
    return after.scheme === 'resident' && newbornChanged ? ['circumstances'] : [];
  }
  // Employee and flexible ask the same months and payment; only flexible asks who paid them.
  const residentChanged = (before.scheme === 'resident') !== (after.scheme === 'resident');
  return residentChanged ? ['history', 'payment', 'circumstances'] : regionChanged ? ['history', 'circumstances'] : ['history'];
}

/** The first of `steps` in the wizard's order, or null. */
export function firstInOrder<S extends FormStepId>(steps: readonly S[]): S | null {
  return (FORM_STEPS.find((s) => steps.includes(s as S)) as S | undefined) ?? null;
}

/**
 * The steps still to answer again once `step` is submitted: those marked before, and those its
 * answers `changed`, less the step itself. In the wizard's order, each once, so the list kept
 * with the draft is as short as the steps it can name.
 */
export function revisitAfterSubmit(revisit: readonly RevisitStep[], changed: readonly RevisitStep[], step: StepId): RevisitStep[] {
  return REVISIT_STEPS.filter((s) => s !== step && (revisit.includes(s) || changed.includes(s)));
}

/**
 * Where Continue takes a submitted step: with a Change link's `returnTo`, first through the
 * steps before it still to answer again (`revisit`, as revisitAfterSubmit gives it), then back
 * there; without one, the next step. The store moves by this, and the button's label is chosen
 * by it, so "Save and return to the check page" is shown only where it goes there.
 */
export function stepAfterSubmit(step: StepId, returnTo: StepId | null, revisit: readonly RevisitStep[]): StepId {
  if (!returnTo) return nextStep(step);
  // Only steps before the one to come back to: after it, the usual order reaches them.
  return firstInOrder(revisit.filter((s) => STEP_IDS.indexOf(s) < STEP_IDS.indexOf(returnTo))) ?? returnTo;
}
