// Warnings about the result as a whole rather than about one run: worked out once, after the
// runs (and their exploration over regional variants), from the scenario, the chain and the
// options the result offers. They read no regional value, so they never branch.
import { windowFreshness } from './freshness';
import { fullPremiumAhead } from './premium';
import type { Result } from './result';
import type { PackChain } from './rule-pack';
import type { Scenario } from './scenario-schema';

/** `result` with the §8.6 freshness and R1c full-premium warnings added after its own. */
export function withAdvisories(result: Result, scenario: Scenario, chain: PackChain): Result {
  const more = [...windowFreshness(scenario, chain, result.enrolments), ...fullPremiumAhead(scenario, chain, result.options)];
  return more.length === 0 ? result : { ...result, warnings: [...result.warnings, ...more] };
}
