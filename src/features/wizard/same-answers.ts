// Whether a shared link holds the very answers of a draft: the person's own link opened again on
// the same device. Then there is nothing to replace and nothing to ask; the answers just show.
import type { Scenario } from '../../calc';
import type { Draft } from './draft-storage';
import { fromScenario } from './from-scenario';
import { FORM_STEPS } from './steps';
import { toScenario } from './to-scenario';

/**
 * True when `draft` is answered to the end (every step before the check page done) and says what
 * `shared` says, as the calculator reads both on the link's day: rows or flags the scenario does
 * not carry (a year no rule reads, a question never put) do not make answers different.
 */
export function draftHoldsScenario(draft: Draft, shared: Scenario): boolean {
  if (!FORM_STEPS.every((s) => s === 'check' || draft.done.includes(s))) return false;
  try {
    const own = toScenario(draft.answers, shared.asOf);
    const theirs = toScenario(fromScenario(shared), shared.asOf);
    return JSON.stringify(own) === JSON.stringify(theirs);
  } catch {
    // Answers the scenario cannot hold are not the link's.
    return false;
  }
}
