// R1c: what a resident payment costs per benefit year, where the pack knows the premium:
// the personal contribution for the person's tier, or the full premium from the date a
// region charges it (湖南 after 31 Jan, 青海 from 1 Jul), or a newborn's birth-year rate where
// the region states one (湖北: nothing; 湖南 2026: nothing with a parent insured there).
import { addDays, addMonthsToMonth, firstDayOfMonth, lastDayOfMonth, monthOf } from './dates';
import { yearEndSwitchPossible } from './exemptions';
import type { Runner } from './options';
import { residentVariant } from './payment-variant';
import type { IsoDate } from './dates';
import type { Premium, PremiumTier, RulePack } from './pack-schema';
import type { PackChain } from './rule-pack';
import type { EnrolmentResult, OptionResult, Warning } from './result';
import type { ResidentPayment, Scenario } from './scenario-schema';
import type { Recorder } from './trace';
import { dayOf } from './window';
import { chainOf } from './chain-memo';

/** The person's tier where the region prices it, or the region's only tier; undefined if unknown. */
function chooseTier(personal: Premium['personal'], tier: PremiumTier | undefined): PremiumTier | undefined {
  if (tier && personal[tier] !== undefined) return tier;
  const tiers = Object.keys(personal) as PremiumTier[];
  return tiers.length === 1 ? tiers[0] : undefined;
}

/** A newborn's year of birth and whether a parent is insured in the region, for the premium of that year (R1c, X1). */
export interface NewbornPremiumFacts {
  /** The calendar year of the date of birth. */
  birthYear: number;
  /** Circumstances.parentInsured: a parent is insured in the region (false where not said). */
  parentInsured: boolean;
}

/**
 * X1 (R1c): whether `chain` states that a newborn pays nothing for its year of birth `year` (湖北:
 * 「当年参保无需缴费」): the "payment" for that year is then the day the child is enrolled. False
 * where the premium is left to the region or not stated. Pure; never throws.
 */
export function birthYearFree(chain: PackChain, year: number): boolean {
  if (year < chain.years.from || year > chain.years.to || chain.isRegional('resident.premium', year)) return false;
  return chain.find('resident.premium', year)?.value?.newbornBirthYear === 0;
}

/** The newborn facts premiumFor reads, from the scenario's circumstances; null for anyone not born (birth date not given). */
export function newbornPremiumFacts(c: { birthDate?: IsoDate | undefined; parentInsured?: boolean | undefined }): NewbornPremiumFacts | null {
  return c.birthDate ? { birthYear: Number(c.birthDate.slice(0, 4)), parentInsured: c.parentInsured === true } : null;
}

/**
 * The premium of benefit year `year` paid on `date` (yuan), or null where the pack has none, the
 * tier is unknown, or the year is a newborn's year of birth whose rate the region states only for
 * babies with a parent insured there and no parent is (R1c, X1). `personalOnly`, asked only where
 * the full premium would apply: the payment is charged the personal contribution all the same (a
 * region's year-end switch from the employee scheme, 衡山 P-HN2 「只按个人缴费标准缴纳」).
 */
export function premiumFor(chain: PackChain, year: number, date: IsoDate, tier: PremiumTier | undefined, newborn: NewbornPremiumFacts | null, trace: Recorder, personalOnly?: () => boolean): EnrolmentResult['premium'] {
  const p = chain.find('resident.premium', year);
  if (!p || p.value === null) return null;
  const { personal, full, newbornBirthYear, newbornParentInsured } = p.value;
  if (newborn?.birthYear === year) {
    // X1: a newborn's year of birth, where the region states what a newborn pays for it (湖北: nothing).
    if (newbornBirthYear !== undefined) {
      trace?.add('R1c', 'newborn', { yuan: newbornBirthYear, year }, [p]);
      return { yuan: newbornBirthYear, full: false, tier: 'newborn' };
    }
    // 湖南 2026: free where a parent is insured there. Other babies: no rate is stated, and the full
    // premium is for people who missed the window, not for a baby born after it: not priced, and said so.
    if (newbornParentInsured !== undefined) {
      if (newborn.parentInsured) {
        trace?.add('R1c', 'newbornParentInsured', { yuan: newbornParentInsured, year }, [p]);
        return { yuan: newbornParentInsured, full: false, tier: 'newbornParentInsured' };
      }
      trace?.note('R1c.newbornNoParentInsured', 'unconfirmed', 'R1c', 'cost', { year, yuan: newbornParentInsured });
      return null;
    }
  }
  if (full && date >= dayOf(year, full.from)) {
    if (!personalOnly?.()) {
      trace?.add('R1c', 'full', { yuan: full.yuan, from: dayOf(year, full.from) }, [p]);
      return { yuan: full.yuan, full: true, tier: 'full' };
    }
    trace?.add('R1c', 'yearEndPersonal', { yuan: full.yuan, year }, [p]);
  }
  const chosen = chooseTier(personal, tier);
  const yuan = chosen ? personal[chosen] : undefined;
  if (!chosen || yuan === undefined) return null;
  trace?.add('R1c', 'personal', { yuan, tier: chosen }, [p]);
  return { yuan, full: false, tier: chosen };
}

/** The premium every one of `premiums` states alike (runs under different regional values), or undefined where they differ. */
export function agreedPremium(premiums: readonly EnrolmentResult['premium'][]): EnrolmentResult['premium'] | undefined {
  const first = premiums[0];
  if (first === undefined) return undefined;
  const same = (p: EnrolmentResult['premium']) => p === first || (p !== null && first !== null && p.yuan === first.yuan && p.full === first.full && p.tier === first.tier);
  return premiums.every(same) ? first : undefined;
}

/** The personal contribution of one year for repair pricing (R5: the current year's standard), or null. */
export function personalPremium(chain: PackChain, year: number, tier: PremiumTier | undefined): number | null {
  const p = chain.find('resident.premium', year);
  if (!p || p.value === null) return null;
  const personal = p.value.personal;
  const chosen = chooseTier(personal, tier);
  return chosen ? (personal[chosen] ?? null) : null;
}

/**
 * R1c: the first day from which a payment for benefit year `year` costs this person the full
 * premium (湖南 2026: 1 February, P-HN1; 青海 2026: 1 July), or null where none does: no full
 * premium in the packs (or one left to regions, not priced), a newborn's year of birth priced
 * apart (湖北: nothing; 湖南: nothing with a parent insured there), or a region's year-end switch
 * that keeps this person at the personal contribution all year. `payment`, the last one, run with
 * `instead`'s years and repair years (an option's), lets `runner` price that switch (衡山 P-HN2:
 * joined within 3 months of the employee scheme's end): the full premium then starts on the first
 * of the month it no longer applies. The switch reads the payment's month alone, so `memo` keeps
 * that day per year for the next caller.
 */
export function fullPremiumStart(
  scenario: Scenario,
  chain: PackChain,
  year: number,
  runner: Runner | null,
  payment?: ResidentPayment,
  instead?: Pick<OptionResult, 'years' | 'repairYears'>,
  memo?: Map<number, IsoDate | null>,
): IsoDate | null {
  // A premium a region leaves open is not priced (and would branch outside a run).
  if (chain.isRegional('resident.premium', year)) return null;
  const full = chain.find('resident.premium', year)?.value?.full;
  if (!full) return null;
  const from = dayOf(year, full.from);
  // Only where paying from that day would cost this person the full premium.
  if (premiumFor(chain, year, from, scenario.circumstances.premiumTier, newbornPremiumFacts(scenario.circumstances), null)?.full !== true) return null;
  if (!payment || !runner?.premium || !yearEndSwitchPossible(chain, year)) return from;
  const held = memo?.get(year);
  if (held !== undefined) return held;
  const change = instead ? { years: instead.years, repairYears: instead.repairYears } : {};
  const moved = fullFromForSwitcher(from, year, scenario.asOf, (day) => runner.premium?.(residentVariant(payment, { ...change, date: day })));
  memo?.set(year, moved);
  return moved;
}

/**
 * R1c: `fullPremiumFrom` for each benefit year that a planned payment, or an option to pay
 * today or in the next window, would pay before the day its region starts charging the full
 * premium: "paying after 31 Jan costs ¥1,100 instead of ¥380". `personalYuan` is the person's
 * tier (or the region's only rate), null where the pack does not know it; never guessed.
 * `runner` runs variants of the last payment: where a region's year-end switch keeps this person
 * at the personal contribution for a while, the warning names the day the full premium starts for
 * them (fullPremiumStart); none where it never does in that year.
 */
export function fullPremiumAhead(scenario: Scenario, chain: PackChain, options: readonly OptionResult[], runner: Runner | null = null): Warning[] {
  const warnings: Warning[] = [];
  const told: number[] = [];
  const tier = scenario.circumstances.premiumTier;
  const last = scenario.payments.at(-1);
  /** Per benefit year, the day the full premium starts for a year-end switcher (null: not that year); made when first needed. */
  const switchedFrom = new Map<number, IsoDate | null>();
  /**
   * `payment`: the last payment, which a run of it `instead` (an option's years and repair years)
   * can price on another day; undefined for an earlier payment (not run).
   */
  const consider = (date: IsoDate, years: readonly number[], payment?: ResidentPayment, instead?: OptionResult) => {
    if (years.length === 0) return;
    const year = Math.min(...years);
    if (told.includes(year)) return;
    const from = fullPremiumStart(scenario, chain, year, runner, payment, instead, switchedFrom);
    if (from === null || date >= from) return;
    told.push(year);
    const value = chain.get('resident.premium', year).value;
    const personal = value?.personal ?? {};
    const chosen = chooseTier(personal, tier);
    const personalYuan = chosen ? (personal[chosen] ?? null) : null;
    warnings.push({ id: 'fullPremiumFrom', params: { year, from, lastDay: addDays(from, -1), fullYuan: value?.full?.yuan as number, personalYuan, tier: personalYuan === null ? null : (chosen as string) } });
  };
  for (const p of scenario.payments) if (p.scheme === 'resident' && p.status === 'planned') consider(p.date, p.years, p === last ? p : undefined);
  const lastResident = last?.scheme === 'resident' ? last : undefined;
  for (const o of options) {
    if (o.kind !== 'payToday' && o.kind !== 'nextWindow') continue;
    consider(o.paymentDate, o.years, o.onTop ? undefined : lastResident, o);
  }
  return warnings;
}

/**
 * The first day from `start` on whose payment `premiumAt` charges the full premium, or null where
 * none in `year` does (a region's year-end switch keeps a payment personal for some months). The
 * switch is counted in whole months missed: each month's first day is where it can end. A month
 * already past on `asOf` is skipped (a planned payment cannot be dated before today). An unknown
 * premium (undefined: it differs by region) keeps the day the region states; a premium not priced
 * (null) is the personal one, as the full premium always has its amount.
 */
function fullFromForSwitcher(start: IsoDate, year: number, asOf: IsoDate, premiumAt: (day: IsoDate) => EnrolmentResult['premium'] | undefined): IsoDate | null {
  let from = start;
  for (;;) {
    const day = from >= asOf ? from : lastDayOfMonth(monthOf(from)) >= asOf ? asOf : null;
    const run = day === null ? null : premiumAt(day);
    if (run === undefined || run?.full) return from;
    from = firstDayOfMonth(addMonthsToMonth(monthOf(from), 1));
    if (Number(from.slice(0, 4)) !== year) return null;
  }
}

/** What the packs say of a benefit year's premium that they do not price for this payment (R1c). */
export interface UnpricedPremium {
  /** The packs state a premium for the year (湖南 2026: the full ¥1,100 after 31 Jan, the personal amount not known). */
  stated: boolean;
  /**
   * Where they state none for the year: the latest earlier year whose full premium they state,
   * with the day it starts and the amount (湖南: 2026, from 1 Feb 2026, ¥1,100, P-HN1); null where
   * there is none. Said as that year's only: the year asked about is the region's notice to set.
   */
  earlierFull: { year: number; from: IsoDate; yuan: number } | null;
}

/**
 * R1c, for benefit year `year` of a payment the result cannot price: whether `packs` state a
 * premium for the year at all, and if not, the latest earlier year with a stated full premium.
 * A premium left to regions (regional) is none stated. Pure; never throws.
 */
export function unpricedPremium(packs: readonly RulePack[], year: number): UnpricedPremium {
  const chain = chainOf(packs);
  const stated = (y: number) => y >= chain.years.from && y <= chain.years.to && !chain.isRegional('resident.premium', y) && (chain.find('resident.premium', y)?.value ?? null) !== null;
  if (stated(year)) return { stated: true, earlierFull: null };
  for (let y = Math.min(year - 1, chain.years.to); y >= chain.years.from; y--) {
    if (!stated(y)) continue;
    const full = chain.find('resident.premium', y)?.value?.full;
    if (full) return { stated: false, earlierFull: { year: y, from: dayOf(y, full.from), yuan: full.yuan } };
  }
  return { stated: false, earlierFull: null };
}
