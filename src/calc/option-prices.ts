// What a what-if option costs against the person's own plan (R1c, R5), in yuan where the packs
// know the premium. The price of a year is the region's on the payment's date; a region's year-end
// switch from the employee scheme (switch.yearEndToResident, 衡山 P-HN2) keeps a late payment at the
// personal contribution, which only a run of the payment can tell (it reads the person's cover):
// such a price is asked of the runner, and only where the full premium would otherwise apply.
import { yearOf } from './dates';
import { yearEndSwitchPossible } from './exemptions';
import type { Runner } from './options';
import { newbornPremiumFacts, personalPremium, premiumFor } from './premium';
import type { EnrolmentResult } from './result';
import type { PackChain } from './rule-pack';
import type { ResidentPayment, Scenario } from './scenario-schema';

/** The person's own payment with its price (OptionPrices.payment), worked out once for every option compared with it. */
export interface PricedPlan {
  payment: ResidentPayment;
  yuan: number | null;
  /** Its years of premium (OptionPrices.premiumYears). */
  premiumYears: number;
  /** Its unpriced years and the yuan of the rest (differing), once asked. */
  split?: { unpriced: string; known: number | null };
}

/** R1c / R5 prices of resident payments that replace the scenario's last one, in yuan. */
export class OptionPrices {
  constructor(
    private readonly chain: PackChain,
    private readonly scenario: Scenario,
    /** Runs a variant of the last payment: asked for its premium where a year-end switch may apply. */
    private readonly runner: Runner | null,
  ) {}

  /** Runner.premium of each variant asked, by its date, years and repair years: a run explores every regional value, and one variant is priced several times. */
  private premiums: Map<string, EnrolmentResult['premium'] | undefined> | undefined;

  private runPremium(p: ResidentPayment): EnrolmentResult['premium'] | undefined {
    const key = `${p.date}|${p.years.join()}|${p.repairYears}`;
    const premiums = (this.premiums ??= new Map());
    if (!premiums.has(key)) premiums.set(key, this.runner?.premium?.(p));
    return premiums.get(key);
  }

  /** The person's own payment, priced. */
  plan(payment: ResidentPayment): PricedPlan {
    return { payment, yuan: this.payment(payment), premiumYears: this.premiumYears(payment) };
  }

  /** R1c / R5: `premiumYears` years at the personal standard of benefit year `year`, in yuan; null where unknown. */
  repair(year: number, premiumYears: number): number | null {
    if (premiumYears === 0) return 0;
    // A premium the chain leaves to regions is not priced (asking it would branch outside a run).
    if (this.chain.isRegional('resident.premium', year)) return null;
    const c = personalPremium(this.chain, year, this.scenario.circumstances.premiumTier);
    // Fewer years than the plan (a negative count) is a saving of as many years.
    return c === null ? null : c * premiumYears;
  }

  /**
   * R1c, X1: benefit year `year` of payment `p` at its price on the payment's date in yuan, or null
   * where unknown (a premium left to regions is not priced: asking it would branch outside a run).
   * `last`: `p` is the scenario's last payment (the runner can run it), not one paid after it.
   */
  year(p: ResidentPayment, year: number, last = true): number | null {
    const { chain, scenario } = this;
    if (chain.isRegional('resident.premium', year)) return null;
    const price = premiumFor(chain, year, p.date, scenario.circumstances.premiumTier, newbornPremiumFacts(scenario.circumstances), null);
    // The full premium of the first year paid, where a region's year-end switch may keep it at the
    // personal contribution: the run of the payment says which (undefined: it differs by region).
    if (price?.full && last && year === Math.min(...p.years) && yearEndSwitchPossible(chain, year)) {
      const run = this.runPremium(p);
      return run === undefined ? null : (run?.yuan ?? null);
    }
    return price?.yuan ?? null;
  }

  /** The years of premium `p` pays: its benefit years not known to cost nothing (X1: 湖北's free year of birth), and its repair years. */
  premiumYears(p: ResidentPayment): number {
    let n = p.repairYears;
    for (const y of p.years) if (this.year(p, y) !== 0) n++;
    return n;
  }

  /**
   * R1c / R5: the whole payment in yuan: each benefit year at what the region charges on the
   * payment date (the full premium from its date), repair years at the personal standard of the
   * first year paid; null where any part is unknown. `last`: as for `year`.
   */
  payment(p: ResidentPayment, last = true): number | null {
    let total = 0;
    for (const y of p.years) {
      const yuan = this.year(p, y, last);
      if (yuan === null) return null;
      total += yuan;
    }
    const repair = this.repair(p.years[0] ?? yearOf(p.date), p.repairYears);
    return repair === null ? null : total + repair;
  }

  /**
   * R1c: the variant's premium against the plan's, in yuan (negative: a saving). Both priced: the
   * difference of the whole payments, so the same number of years at another year's standard, or
   * after the date the full premium starts (湖南 after 31 Jan: 1,100), is not "the same amount".
   * Neither priced: the plan's own years on another day cost the same (0); other years, as many,
   * or one side priced only, may not (null: the amount may differ). Otherwise the years more or
   * fewer at the personal standard. `extraYears`: the variant's years of premium beyond the plan's.
   */
  extra(variant: ResidentPayment, plan: PricedPlan, extraYears: number, costYuan: number | null): number | null {
    const { payment: planPayment, yuan: planYuan } = plan;
    if (costYuan !== null && planYuan !== null) return costYuan - planYuan;
    // The plan's own years on another day, neither priced: the same amount (a full premium from a
    // date is priced where a pack pins it). One side priced and not the other (湖南 in January: the
    // personal rate unknown, the full 1,100 after 31 Jan known): they may differ.
    const sameYears = variant.years.join() === planPayment.years.join() && variant.repairYears === planPayment.repairYears;
    if (sameYears && extraYears === 0) return costYuan === null && planYuan === null ? 0 : null;
    // Other years, the same unpriced ones on both sides (taken to cost the same, as above) and the
    // rest all priced: the difference is theirs (湖北's free year of birth left out of a plan that
    // also pays an unpriced next year saves nothing: ¥0).
    const differing = sameYears ? null : this.differing(variant, plan);
    if (differing !== null) return differing;
    if (extraYears === 0) return null;
    return this.repair(variant.years[0] ?? yearOf(variant.date), extraYears);
  }

  /**
   * The yuan `variant` pays beyond `plan` where the years priced on neither side are the same on
   * both and every other year, and any difference in repair years, is priced; otherwise null.
   */
  private differing(variant: ResidentPayment, plan: PricedPlan): number | null {
    const split = (p: ResidentPayment) => {
      const unpriced: number[] = [];
      let known = 0;
      for (const y of p.years) {
        const yuan = this.year(p, y);
        if (yuan === null) unpriced.push(y);
        else known += yuan;
      }
      // Each side's repair years at its own first year's standard, as `payment` prices them.
      const repair = this.repair(p.years[0] ?? yearOf(p.date), p.repairYears);
      return { unpriced: unpriced.join(), known: repair === null ? null : known + repair };
    };
    const own = (plan.split ??= split(plan.payment));
    if (own.known === null) return null;
    const other = split(variant);
    return other.unpriced !== own.unpriced || other.known === null ? null : other.known - own.known;
  }
}
