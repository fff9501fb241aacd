// The payment step asks how many years to repair (R5) only when repair can help, and says when
// years typed would remove nothing: it needs that one number after every answer change, on a
// slow phone too. This runs the payments alone (no trace, no what-if options, no explanation),
// a fraction of calculate()'s work under the national rules.
import { chainOf } from './chain-memo';
import { explorePayments } from './explore-payments';
import type { RulePack } from './pack-schema';
import { validateScenario } from './validate';

/** How many repair years (R5, whole years) could shorten a wait: the fewest and the most over every run of the chosen rules. */
export interface RepairReach {
  /** The fewest any run allows: below `most` where regions differ (a region whose first lapse year adds no month, §8). */
  fewest: number;
  /** The most any run allows: what the what-if options count up to in calculate(). */
  most: number;
}

const NONE: RepairReach = { fewest: 0, most: 0 };

/**
 * How many repair years (R5, whole years) could shorten the wait of the scenario's last
 * payment, over every run of the chosen rules: under regional values, the fewest and the most
 * any region's values give. { fewest: 0, most: 0 } for a payment with no variable wait, for a
 * scenario that is not valid, and where the packs cannot answer. `packs`: as for calculate().
 * Pure, never throws.
 */
export function repairYearsReach(input: unknown, packs: RulePack | readonly RulePack[]): RepairReach {
  try {
    const chain = chainOf(Array.isArray(packs) ? packs : [packs as RulePack]);
    if (chain.packs.length === 0) return NONE;
    // Every optional key present, as calculate() reads it: one shape of circumstances for the rules.
    const valid = validateScenario(input, chain, true);
    if (!valid.ok) return NONE;
    const scenario = valid.scenario;
    const explored = explorePayments(chain, scenario, scenario.circumstances);
    const each = (explored.runs.at(-1) ?? []).map((e) => e.waiting?.usefulRepairYears ?? 0);
    return each.length === 0 ? NONE : { fewest: Math.min(...each), most: Math.max(...each) };
  } catch {
    // A pack missing a value it needs; parseRulePack rejects those on load.
    return NONE;
  }
}

/**
 * How many repair years could shorten the wait of the scenario's last payment: the most any run
 * of the chosen rules allows (repairYearsReach(...).most), as the what-if options count them.
 */
export function usefulRepairYears(input: unknown, packs: RulePack | readonly RulePack[]): number {
  return repairYearsReach(input, packs).most;
}
