// Warnings about the result as a whole rather than about one run: worked out once, after the
// runs (and their exploration over regional variants), from the scenario, the chain and the
// options the result offers. They read no regional value, so they never branch.
import { windowFreshness } from './freshness';
import { fullPremiumAhead } from './premium';
import type { Runner } from './options';
import type { Result } from './result';
import type { PackChain } from './rule-pack';
import type { Scenario } from './scenario-schema';

/**
 * `result` with the §8.6 freshness and R1c full-premium warnings added after its own. `runner`:
 * the options' runner (variants of the last payment), where a region's year-end switch may move
 * the day the full premium starts for this person (fullPremiumAhead).
 */
export function withAdvisories(result: Result, scenario: Scenario, chain: PackChain, runner: Runner | null): Result {
  const more = [...windowFreshness(scenario, chain, result.enrolments), ...fullPremiumAhead(scenario, chain, result.options, runner)];
  return more.length === 0 ? result : { ...result, warnings: [...result.warnings, ...more] };
}
