// The payment step asks how many years to repair (R5) only when repair can help, and says when
// years typed would remove nothing: it needs that one number after every answer change, on a
// slow phone too. This runs the payments alone (no trace, no what-if options, no explanation),
// a fraction of calculate()'s work under the national rules.
import { chainOf } from './chain-memo';
import { explorePayments } from './explore-payments';
import type { RulePack } from './pack-schema';
import { allCircumstances } from './run-payment';
import { validateScenario } from './validate';

/**
 * How many repair years (R5, whole years) could shorten the wait of the scenario's last
 * payment: the most any run of the chosen rules allows, so under regional values it is the
 * most any region's value gives (as the what-if options count them in calculate()). 0 for a
 * payment with no variable wait, for a scenario that is not valid, and where the packs cannot
 * answer. `packs`: as for calculate(). Pure, never throws.
 */
export function usefulRepairYears(input: unknown, packs: RulePack | readonly RulePack[]): number {
  try {
    const chain = chainOf(Array.isArray(packs) ? packs : [packs as RulePack]);
    if (chain.packs.length === 0) return 0;
    const valid = validateScenario(input, chain);
    if (!valid.ok) return 0;
    const scenario = valid.scenario;
    const explored = explorePayments(chain, scenario, allCircumstances(scenario.circumstances));
    return Math.max(0, ...(explored.runs.at(-1) ?? []).map((e) => e.waiting?.usefulRepairYears ?? 0));
  } catch {
    // A pack missing a value it needs; parseRulePack rejects those on load.
    return 0;
  }
}
