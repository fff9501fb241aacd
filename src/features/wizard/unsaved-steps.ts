// Steps left by the browser's Back or Forward after a change, without Continue: the change is
// kept on the step (typed-values.ts) but is not among the answers, so the check page says so
// instead of silently showing the answers saved before.
import type { Answers } from './answers';
import type { ChangeableStep } from './answers-summary';
import { circumstancesValues, historyValues, paymentValues, whereValues } from './step-forms';
import { inShapeOf } from './typed-values';

const STEPS: readonly ChangeableStep[] = ['where', 'history', 'payment', 'circumstances'];

/**
 * The steps whose kept typing (`typed(step)`, any shape: stored values are input) differs from
 * the form the saved answers `a` give, in step order. `today`: ISO date, for the history's years.
 */
export function unsavedSteps(typed: (step: ChangeableStep) => unknown, a: Answers, today: string): ChangeableStep[] {
  const fromAnswers: Record<ChangeableStep, () => unknown> = {
    where: () => whereValues(a),
    history: () => historyValues(a, today),
    payment: () => paymentValues(a),
    circumstances: () => circumstancesValues(a),
  };
  return STEPS.filter((step) => {
    const kept = typed(step);
    if (kept === undefined) return false;
    const saved = fromAnswers[step]();
    const shaped = inShapeOf(kept, saved);
    // Typing that no longer fits the step's form is not shown there either: nothing to tell.
    return shaped !== null && JSON.stringify(shaped) !== JSON.stringify(saved);
  });
}
