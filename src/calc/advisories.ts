// Warnings about the result as a whole rather than about one run: worked out once, after the
// runs (and their exploration over regional variants), from the scenario, the chain and the
// options the result offers. They read no regional value, so they never branch.
import { windowFreshness, windowsDecideNothing } from './freshness';
import { payByDeadline } from './pay-by';
import { fullPremiumAhead } from './premium';
import type { Runner } from './options';
import type { Result } from './result';
import type { PackChain } from './rule-pack';
import type { Scenario } from './scenario-schema';

/**
 * `result` with the §8.6 freshness, R1c full-premium and pay-by (E1-E3, E3a) warnings added after its own (and the note
 * on unannounced windows left out where no window decides anything). `runner`:
 * the options' runner (variants of the last payment), where a region's year-end switch may move
 * the day the full premium starts for this person (fullPremiumAhead).
 */
export function withAdvisories(result: Result, scenario: Scenario, chain: PackChain, runner: Runner | null): Result {
  // The deadline before every other warning: it is what such a person must act on first.
  const first = payByDeadline(scenario, result, runner);
  const more = [...windowFreshness(scenario, chain, result.enrolments), ...fullPremiumAhead(scenario, chain, result.options, runner)];
  // "No region's window for a year this result depends on is announced yet" is said only where a
  // window decides something: not to a person exempt from the wait whose answers are one day each.
  const notes = windowsDecideNothing(scenario, result.enrolments, result.options) ? result.notes.filter((n) => n.id !== 'R1.windowNotAnnounced') : result.notes;
  if (first.length === 0 && more.length === 0 && notes === result.notes) return result;
  return { ...result, warnings: [...first, ...result.warnings, ...more], notes };
}
