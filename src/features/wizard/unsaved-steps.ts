// Steps left by the browser's Back or Forward after a change, without Continue: the change is
// kept on the step (typed-values.ts) but is not among the answers, so the check page says so
// instead of silently showing the answers saved before.
import type { Answers } from './answers';
import type { ChangeableStep } from './answers-summary';
import { alignHistoryRows, circumstancesValues, historyValues, paymentValues, whereValues } from './step-forms';
import type { HistoryValues } from './step-forms';
import { inShapeOf } from './typed-values';

const STEPS: readonly ChangeableStep[] = ['where', 'history', 'payment', 'circumstances'];

/**
 * The answered steps (`done`) whose kept typing (`typed(step)`, any shape: stored values are
 * input) differs from the form the saved answers `a` give, as the step would show it, in step
 * order. `today`: ISO date, for the history's years.
 */
export function unsavedSteps(typed: (step: ChangeableStep) => unknown, a: Answers, today: string, done: readonly string[]): ChangeableStep[] {
  const fromAnswers: Record<ChangeableStep, () => unknown> = {
    where: () => whereValues(a),
    history: () => historyValues(a, today),
    payment: () => paymentValues(a),
    circumstances: () => circumstancesValues(a),
  };
  return STEPS.filter((step) => {
    const kept = typed(step);
    // A step not answered (again) yet has nothing saved to differ from: the check page asks for it.
    if (kept === undefined || !done.includes(step)) return false;
    const saved = fromAnswers[step]();
    let shaped = inShapeOf(kept, saved);
    // As the history step shows it: what was typed, on the rows it asks now.
    if (shaped !== null && step === 'history') shaped = alignHistoryRows(shaped as HistoryValues, saved as HistoryValues);
    // Typing that no longer fits the step's form is not shown there either: nothing to tell.
    return shaped !== null && JSON.stringify(shaped) !== JSON.stringify(saved);
  });
}
