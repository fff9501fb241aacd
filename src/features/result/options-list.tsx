// "What you can do": the engine's what-if options as cards (a table is too cramped on a
// phone), each with the date reimbursement restarts and what it costs: in yuan where the
// region's premium is known (R1c), otherwise in years (or months) of premium. Each card is a
// whole plan (years, repair years, payment date); the earliest and the cheapest are marked in
// words, and an option that changes no date either is left out (it costs more) or says so.
// Told for the day the result is for: a variant of a payment already made is a "what if" about
// that payment (it "would have" restored by a past date), a plan is told in the future, and a
// date already behind the as-of date in the past (or as backdated, for a plan not yet paid).
// A "what if" is no choice left to the person: it is shown apart, for comparison only, with no
// mark and no cost. The engine counts repair years (and back-paid months) as part of the payment
// (R5, E1); the rules do not say whether paying them after it still shortens its wait, or from
// when, so no date is offered for that, and the person is sent to the local office instead.
import { useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { firstDay, sameRestoration } from '../../calc';
import type { DaySpan, IsoDate, OptionResult, Restoration, RulePack } from '../../calc';
import { useFormat } from '../../i18n/use-format';
import { isBackdated } from './backdated';
import { useOpenForPrint } from './open-for-print';
import { coverParams } from './first-cover';
import type { CoverContext } from './first-cover';
import { payerContext } from '../payer';
import { oncePaid, optionPayer } from './payer-words';
import type { Payer } from '../payer';
import { groupLines, laterYearsNeeded, linesNameRegions, nextYearNeeded, noCoverYear, rangeLines } from './range-lines';
import { RangeOutcomes } from './range-outcomes';
import { rangeDayWords, rangeWords } from './range-days';
import { continuation } from './option-continues';
import { regionalWindowClose } from './window-close';
import { useRangeWording } from './range-wording';
import { optionShifts } from './option-vs-plan';
import { OptionShifts } from './option-shifts';
import type { RangeWording, Tense } from './range-wording';

export function RestorationText({ r }: { r: Restoration }) {
  const { t } = useTranslation();
  const f = useFormat();
  switch (r.kind) {
    case 'date':
      return <>{f.date(r.date)}</>;
    case 'needsNextYear':
      return <>{t('result.options.needsNextYear', { date: f.date(r.date), year: r.year })}</>;
    case 'noCover':
      return <>{t('result.options.noCover', { year: r.year })}</>;
    case 'range': {
      const year = noCoverYear(r);
      const needs = nextYearNeeded(r);
      // Two days are "X or Y", three or more "between X and Y" (range-days.ts).
      const dates = rangeWords(t, f, r);
      if (needs !== null) return <>{t(year !== null ? 'result.options.betweenNeedsNextYearOrNoCover' : 'result.options.betweenNeedsNextYear', { ...dates, year: needs, noCoverYear: year })}</>;
      return <>{year !== null ? t('result.options.betweenOrNoCover', { ...dates, year }) : t('result.options.between', dates)}</>;
    }
  }
}

/**
 * When the window is already open, "pay in the next window" is the same as "pay today", or as
 * another option that pays the same years with the same repair years for the same date (only the
 * day differs); and an option that restores on the same date as the person's own plan for more
 * money (five more months of contributions for the same range) is no option at all. Nor is one
 * `leftOut` says brings nothing to the reader (nothingForEmployer).
 */
function distinct(options: OptionResult[], leftOut: (o: OptionResult) => boolean): OptionResult[] {
  const samePlan = (o: OptionResult, other: OptionResult) => other !== o && o.years.join() === other.years.join() && o.repairYears === other.repairYears && sameRestoration(o.restoration, other.restoration);
  const today = options.find((o) => o.kind === 'payToday');
  const kept = options.filter(
    (o) =>
      !(o.kind === 'nextWindow' && !o.onTop && today && o.paymentDate === today.paymentDate && o.years.join() === today.years.join() && o.repairYears === today.repairYears) &&
      !(o.sameAsPlan && o.extraPremiumYears > 0) &&
      !leftOut(o),
  );
  // Compared with the cards still shown: a card left out above hides nothing.
  return kept.filter((o) => !(o.kind === 'nextWindow' && !o.onTop && kept.some((other) => other.kind !== 'nextWindow' && samePlan(o, other))));
}

/**
 * Where an employer pays (the employee scheme), an option that gives the person nothing the plan
 * does not, for no fewer months: the plan's own days (sameAsPlan; E4 counts whole months, so any
 * day of the plan's month gives its dates), or, beside a plan that back-pays its gap (E1) and so
 * covers from the gap's first day (`planFrom`), a "restart" after that day: it covers no day the
 * plan leaves out. A person who pays keeps such a card, with a note that it changes nothing: they
 * choose the day, and the note answers whether to hurry. The employer's contributions are not the
 * reader's to time (sooner-today.ts offers no "pay today" to them either): the card is noise.
 */
function nothingForEmployer(o: OptionResult, plan: Restoration, planFrom: IsoDate | null): boolean {
  if (o.extraPremiumYears < 0) return false;
  if (o.sameAsPlan) return true;
  return planFrom !== null && plan.kind === 'date' && (o.backPay === true || o.kind === 'payToday') && (firstDay(o.restoration) ?? '') > planFrom;
}

/**
 * The last day by which the option restores cover wherever the region's rules fall (the latest of
 * a range), for comparing options; no cover at all sorts last.
 */
function restorationKey(r: Restoration): string {
  switch (r.kind) {
    case 'date':
    case 'needsNextYear':
      return r.date;
    case 'range':
      return r.latest;
    case 'noCover':
      return '9999-12-31';
  }
}

/**
 * What the option costs, comparable across the options shown: yuan where every one is priced, else
 * premium years (or months). An option whose every restart also needs the next year paid (I4)
 * costs that year too, which its own price leaves out: then the years are compared, that one counted.
 */
function costKeys(options: OptionResult[]): number[] {
  const needsMore = options.map((o) => (nextYearNeeded(o.restoration) === null ? 0 : 1));
  if (options.every((o, i) => o.costYuan !== null && needsMore[i] === 0)) return options.map((o) => o.costYuan as number);
  return options.map(premiumYears);
}

/**
 * Years of premium an option pays (months beyond the plan for the employee scheme, whose options
 * pay no benefit years: a back-payment, paying today), counting a next year its restarts all need (I4).
 */
function premiumYears(o: OptionResult): number {
  return o.kind === 'backPay' || o.years.length === 0 ? o.extraPremiumYears : o.years.length + o.repairYears + (nextYearNeeded(o.restoration) === null ? 0 : 1);
}

/** What the person's own plan pays, in the same years (or months) as premiumYears. */
export interface PlanCost {
  years: number;
}

/** The indexes holding the smallest key, or none when every option ties (then no option stands out). */
function smallest<T>(keys: T[]): Set<number> {
  if (keys.length < 2) return new Set();
  const min = keys.reduce((a, b) => (b < a ? b : a));
  const at = keys.flatMap((k, i) => (k === min ? [i] : []));
  return at.length === keys.length ? new Set() : new Set(at);
}

/**
 * Which of the shown options restore earliest and cost least. `plan`: the restoration of the
 * person's own plan; an option later than it is never "earliest" (the plan is).
 */
export function optionMarks(options: OptionResult[], plan: Restoration, planCost?: PlanCost): { earliest: Set<number>; cheapest: Set<number> } {
  const noCover = options.map((o) => o.restoration.kind === 'noCover');
  // An option that gives the plan's own date for no less than the plan costs is the plan again, paid
  // another way: marking it "earliest" or "lowest cost" would suggest a gain it does not bring.
  // (Fewer repair years for the same date is a saving: that repair option keeps its mark.)
  const asPlan = options.map((o) => o.sameAsPlan && o.kind !== 'repair' && o.extraPremiumYears >= 0);
  // The plan is compared too (last), then left out: options no earlier than it are not marked.
  // Such a plan paid another way is compared on its date, then left out too: counted as later, it
  // made an option tying with it "earliest" (武汉, a back-payment that buys nothing: leaving it out
  // restores on the plan's date, as does paying today, and only the first was marked).
  const dates = smallest([...options.map((o) => restorationKey(o.restoration)), restorationKey(plan)]);
  // "Compared with the other options": a lone option is compared with nothing.
  const earliest = options.length < 2 ? new Set<number>() : new Set([...dates].filter((i) => i < options.length && !asPlan[i]));
  // An option that buys no cover is never "the cheapest way" to anything.
  // Nor is one that pays more than the person's own plan: the plan is the cheaper way (a repair
  // year on top of a plan that pays the same date sooner is not "lowest cost").
  const dearer = options.map((o) => planCost !== undefined && premiumYears(o) > planCost.years);
  // Nor is one that saves by giving up a year of cover the plan gives: it is a different thing, not a cheaper way.
  const givesUp = options.map((o) => (o.givesUpYears?.length ?? 0) > 0);
  // Nor is one the plan beats outright: restoring later and no cheaper than the plan (湖北's
  // newborn: leaving out the free year of birth saves nothing, ¥0, and moves cover from 1 Jan to
  // 1 Apr). Compared in yuan where known and no side needs a next year paid too (I4), which the
  // yuan leave out; else in premium years on the basis of costKeys, that next year counted.
  const planKey = restorationKey(plan);
  const planNeedsMore = nextYearNeeded(plan) !== null;
  const noCheaper = (o: OptionResult) =>
    o.extraCostYuan !== null && !planNeedsMore && nextYearNeeded(o.restoration) === null ? o.extraCostYuan >= 0 : planCost !== undefined && premiumYears(o) >= planCost.years;
  const beaten = options.map((o) => restorationKey(o.restoration) > planKey && noCheaper(o));
  // Nor is one that costs just what the plan does: "lowest cost" would promise a saving the person
  // does not get (national rules, 2027 planned for 15 Jan: paying it today costs the same; what it
  // may change is the date, which the card says). The plan itself is then the lowest cost.
  // Compared as noCheaper compares.
  const sameCost = options.map((o) =>
    o.extraCostYuan !== null && !planNeedsMore && nextYearNeeded(o.restoration) === null ? o.extraCostYuan === 0 : planCost !== undefined && premiumYears(o) === planCost.years,
  );
  const keys = costKeys(options);
  const marked = smallest(keys.map((k, i) => (noCover[i] || asPlan[i] || dearer[i] || givesUp[i] || beaten[i] || sameCost[i] ? Number.POSITIVE_INFINITY : k)));
  // "Lowest cost" is said of the cheapest way shown, not of the cheapest left once the others are set
  // aside: where one set aside costs less (广州's newborn: 2027 alone, giving up 2026, saves a year's
  // premium), the one costing what the plan does is not the lowest cost. Compared as costKeys are: in
  // yuan where every option has a price, else in years of premium (a free year of birth counting as one).
  const least = Math.min(...keys.filter((_, i) => !noCover[i]));
  const cheapest = new Set([...marked].filter((i) => (keys[i] as number) <= least));
  return { earliest, cheapest };
}

/**
 * A repair or back-pay option changes the person's own payment, on its own date: a payment
 * already made (a "what if" about it) or one still planned. The other kinds are plans of their own.
 */
function variantOf(o: OptionResult, made: boolean): 'made' | 'planned' | null {
  if (o.onTop || (o.kind !== 'repair' && o.kind !== 'backPay' && o.kind !== 'noBackPay')) return null;
  return made ? 'made' : 'planned';
}

/** The last day the option's restoration names; null for no cover. */
function lastDay(r: Restoration): string | null {
  return r.kind === 'range' ? r.latest : r.kind === 'noCover' ? null : r.date;
}

/** The label before the option's date, in the tense its day and payment call for. */
export function restorationLabelKey(o: OptionResult, asOf: string, made: boolean) {
  const day = lastDay(o.restoration);
  if (variantOf(o, made) === 'made') return day !== null && day <= asOf ? 'result.options.columns.restorationWouldHave' : 'result.options.columns.restorationWould';
  // A plan: backdated only when cover starts before the day it is paid.
  return isBackdated(day, o.paymentDate) ? 'result.options.columns.restorationBackdated' : 'result.options.columns.restoration';
}

/**
 * `regionRules`: the result is under a region's rules (its packs before the national ones), not the national rules alone.
 * `payer`: who makes the payment the result is about (payer-words.ts).
 */
function OptionTitle({ o, id, made, asOf, stale = false, level: H = 'h3', regionRules, payer }: { o: OptionResult; id: string; made: boolean; asOf: string; stale?: boolean; level?: 'h3' | 'h4'; regionRules: boolean; payer: Payer }) {
  const { t } = useTranslation();
  const f = useFormat();
  const variant = variantOf(o, made);
  // A newborn's plan with the next year added (X1): named by that year, on the plan's own day; a
  // free enrolment's (`_enrol`) is "when you enrol your child", as the plan is.
  if (o.addsNextYear) {
    const added = o.addsNextYear;
    return (
      <H className="option__title" id={id}>
        {t(added.windowOpen ? 'result.options.kinds.addNextYear' : 'result.options.kinds.addNextYearIfOpen', { date: f.date(o.paymentDate), next: added.year, ...payerContext(payer) })}
      </H>
    );
  }
  // An employee-scheme payment pays months, not benefit years: "pay today" names no year.
  // Paying today with the missed months back-paid (E1) is said so: a gap that can be back-paid today;
  // and so is paying today without the back-payment the plan makes, where it would buy nothing (E3, E3a).
  const plain = o.kind === 'payToday' && o.years.length === 0 ? (o.backPay ? 'payTodayBackPay' : o.noBackPay ? 'payTodayNoBackPay' : 'payTodayMonths') : o.kind;
  // A window already open is paid in today: "today, in its enrolment window", not a window dated
  // today; where some regions open it later (§8.5), "open in some regions from …".
  // Open today in some regions and later in others: "already open in some regions".
  // "In its enrolment window" today only where the region's own packs state that window and it is
  // open then (R1, §8.6); otherwise "if your region's window is open then".
  // Under a region's rules that do not state the start (甘肃 2027), "in some regions" is not about
  // the reader's region: its own start is not known, the earliest regions' day is.
  const when =
    o.kind !== 'nextWindow' ? '' : o.opensLater ? (o.paymentDate === asOf ? (regionRules ? 'NowIfOpen' : 'SomeRegionsNow') : regionRules ? 'RegionOpens' : 'SomeRegions') : o.paymentDate === asOf ? (o.windowOpen ? 'Now' : 'NowIfOpen') : '';
  // No 'noBackPay' option is made of a payment already made (the engine offers it for plans only).
  const kind = o.onTop ? (`onTop${when}` as const) : variant !== 'made' ? (o.kind === 'nextWindow' ? (`nextWindow${when}` as const) : plain) : o.kind === 'repair' ? 'repairMade' : 'backPayMade';
  // A result opened after the day it is for (a shared link) does not call that day "today".
  const onAsOf = stale && o.paymentDate === asOf && (kind === 'payToday' || kind === 'payTodayMonths' || kind === 'payTodayBackPay' || kind === 'payTodayNoBackPay' || kind.endsWith('Now') || kind.endsWith('NowIfOpen'));
  const key = onAsOf ? (`${kind}AsOf` as `${typeof kind}AsOf`) : kind;
  // Who pays, where the title would make the reader the payer: an employer's contributions are
  // "paid" (`_employer`: 「如今天缴纳费用」), a free newborn enrolment is "enrolled" (`_enrol`). A
  // payment on top of one already made is the parent's own, and its `_enrol` form names the free
  // enrolment it adds to ("on top of your child's enrolment already made"), not "the payment".
  const who = payerContext(o.onTop ? payer : optionPayer(payer, o));
  const base = t(`result.options.kinds.${key}` as 'result.options.kinds.payToday', { date: f.date(o.paymentDate), years: f.list(o.years), count: o.repairYears, ...who });
  // A plan that keeps repair years says so, so no option borrows a date it would not give alone.
  const repair = o.kind !== 'repair' && o.repairYears > 0 ? t('result.options.withRepair', { count: o.repairYears }) : '';
  return (
    <H className="option__title" id={id}>
      {base}
      {repair}
    </H>
  );
}

/**
 * What the option pays compared with the person's own payment (R1c, R5), on one basis for every
 * option: more years, the same, or fewer (a saving), in yuan where the region's standard is known.
 * A plan reads "compared with your plan"; the options after a payment made pay on top of it.
 */
function ExtraCost({ o, made, payer }: { o: OptionResult; made: boolean; payer: Payer }) {
  const { t } = useTranslation();
  const f = useFormat();
  const n = o.extraPremiumYears;
  const yuan = o.extraCostYuan;
  // The same number of years: the same amount only where both are priced alike (R1c: another
  // year's standard, or the full premium after its date, costs more or less).
  // A free newborn enrolment pays nothing either way: no "premium" to compare (`_enrol`).
  if (n === 0 && (made || yuan === 0)) return <>{t(made ? 'result.options.noExtra' : 'result.options.samePremium', payerContext(payer))}</>;
  // Employee-scheme options (no benefit years) pay months of contributions, not years of premium (E4).
  if (n === 0 && o.years.length === 0) return <>{t('result.options.sameMonths')}</>;
  if (n === 0 && yuan === null) return <>{t('result.options.samePremiumYears')}</>;
  if (yuan !== null && yuan < 0) return <>{t('result.options.fewerYuan', { yuan: f.yuan(-yuan) })}</>;
  // Employee-scheme months saved: the back-payment left out (E3, E3a).
  if (n < 0 && o.years.length === 0) return <>{t('result.options.fewerMonths', { count: -n })}</>;
  if (n < 0) return <>{t('result.options.fewerYears', { count: -n })}</>;
  if (yuan !== null) return <>{made ? f.yuan(yuan) : t('result.options.moreYuan', { yuan: f.yuan(yuan) })}</>;
  // After a payment made, the label says it is extra ("额外缴费"): the value says only what, not "more" again.
  // Employee-scheme months: the back-paid gap, or the months between paying today and the plan.
  if (o.years.length === 0) return <>{t(made ? 'result.options.extraMonths' : 'result.options.extraMonthsMore', { count: n })}</>;
  return <>{t(made ? 'result.options.extraYearsMade' : 'result.options.extraYears', { count: n })}</>;
}

/**
 * R5 under regional values (§8): a repair option whose years shorten the wait fully only in some
 * regions says where, in the words and with the regions of the headline's lines, and what the
 * extra premium buys elsewhere (nothing, or no more than fewer repair years would).
 */
function RepairHelpNote({ o, w, named, regionRules }: { o: OptionResult; w: RangeWording; named: boolean; regionRules: boolean }) {
  const { t } = useTranslation();
  const help = o.repairHelp;
  const lines = useMemo(() => (help && help.length > 1 ? groupLines(help) : null), [help]);
  if (!help || !lines) return null;
  const full = lines[0] as (typeof lines)[number];
  const added = (help[0] as (typeof help)[number]).years;
  const planned = o.repairYears - added;
  const regionsOf = (codes: string[], read: readonly string[]) => (named ? w.regions(codes, read) : '');
  // Under a region's rules that name no region for these cases, they are readings of its rules: "otherwise", not "elsewhere".
  const readings = regionRules && !linesNameRegions(lines, regionsOf);
  // Elsewhere, one sentence per number of years that helps there, most first: where fewer help,
  // that many more than the plan's give the same wait; where none does (甘肃, whose closed late
  // enrolment gives no cover to wait for), repair buys nothing. One sentence for both would name
  // 甘肃 among the regions where a repair year helps.
  const counts = [...new Set(help.slice(1).map((h) => h.years))].sort((a, b) => b - a);
  // The second and later say "in yet other regions" (the `_more` forms): two sentences both
  // starting "elsewhere" read as one place said twice (a newcomer's walk).
  const sentences = counts.map((years, i) => {
    const these = lines.filter((_, k) => k > 0 && (help[k] as (typeof help)[number]).years === years);
    const regions = regionsOf([...new Set(these.flatMap((l) => l.regions))], these.flatMap((l) => l.readRegions));
    const more = readings ? { context: i > 0 ? 'regionMore' : 'region' } : i > 0 ? { context: 'more' } : {};
    if (years > 0) return t('result.options.repairHelp.elsewhereFewer', { count: planned + years, regions, ...more });
    return planned > 0 ? t('result.options.repairHelp.elsewherePlanned', { count: planned, regions, ...more }) : t('result.options.repairHelp.elsewhereNone', { regions, ...more });
  });
  // Sentences joined as each language joins two (a space in English, none in Chinese).
  const elsewhere = sentences.reduce((text, next) => t('result.options.repairHelp.both', { only: text, elsewhere: next }));
  // One repair year, or each of several (Chinese has no plural forms to tell them apart).
  const several = o.repairYears > 1;
  const key = full.dependsOn ? (several ? 'onlySomeAllDepends' : 'onlySomeDepends') : several ? 'onlySomeAll' : 'onlySome';
  const only = t(`result.options.repairHelp.${key}`, { count: o.repairYears, conditions: w.lineConditions(full), regions: full.dependsOn ? '' : regionsOf(full.regions, full.readRegions), ...(readings ? { context: 'region' } : {}) });
  return <p className="option__note">{t('result.options.repairHelp.both', { only, elsewhere })}</p>;
}

/**
 * An option's dates, one line each, behind a disclosure. Its lines are worked out here, once, and
 * handed to RangeOutcomes: a long history's range can carry thousands of condition lists, and the
 * summary needs them too. Named "where" under the national rules, or where the lines name regions
 * (those summed up included); under a region's own rules with lines that name none, "in which
 * case" (linesNameRegions).
 */
function OptionDates({ range, chain, w, tense, titleId, summaryId }: { range: Extract<Restoration, { kind: 'range' }>; chain: readonly RulePack[]; w: RangeWording; tense: Tense; titleId: string; summaryId: string }) {
  const { t } = useTranslation();
  const given = useMemo(() => rangeLines(range), [range]);
  const where = chain.length <= 1 || linesNameRegions(given.others ? [...given.lines, given.others] : given.lines, w.regions);
  return (
    <details className="option__where">
      <summary id={summaryId}>{t(where ? 'result.options.whichDateWhere' : 'result.options.whichDateWhen')}</summary>
      {/* Named by the option's title too: several options' lists are told apart in a screen reader's list of lists. */}
      <RangeOutcomes range={range} chain={chain} tense={tense} given={given} labelledBy={`${titleId} ${summaryId}`} />
    </details>
  );
}

const NO_PACKS: readonly RulePack[] = [];

export interface OptionsListProps {
  options: OptionResult[];
  /** The day the result is for (result.asOf). */
  asOf: string;
  /** Whether the payment the result is about has been made (its options are then "what if"s about it). */
  made: boolean;
  /** The restoration of the person's own plan (result.main.restoration): what "earliest" is measured against. */
  plan: Restoration;
  /** The day the person's own payment is (to be) made (result.main.paymentDate): an option paid that day too reads its conditions about "the day you plan to pay" as the plan's. */
  planDate?: IsoDate;
  /** What the person's own plan pays: no option paying more is marked "lowest cost". */
  planCost?: PlanCost;
  /** How cover begins (first-cover.ts): a first enrolment starts it, cover with no break continues. */
  cover?: CoverContext;
  /** The result is shown after the day it is for (a shared link opened later): that day is not "today". */
  stale?: boolean;
  /** The packs of the result (region first, national last): the regions a repair option helps in are named from them; without them none is named. */
  chain?: readonly RulePack[];
  /** Benefit years paid by payments already made (as for the headline's lines). */
  madeYears?: readonly number[];
  /** The plan's first covered day where it covers its gap retroactively, so from before its restoration (planCoveredFrom). */
  planCoveredFrom?: IsoDate | null;
  /** Why the plan covers its gap: it back-pays the missed months (employee scheme, E1), or a switch to the resident scheme covers them (X3). */
  planGapCover?: 'backPay' | 'switch';
  /** Who makes the payment (payer-words.ts): an employer's contributions are not "once you pay". */
  payer?: Payer;
  /**
   * The last day to pay where the warnings above say that paying later restarts reimbursement later
   * (payBy): "no other way would change this result" holds only for a payment made by then.
   */
  payBy?: string;
}


/**
 * Variants of the payment already made: what it would have given, paid another way. Shown after
 * the choices, under a heading of their own, as information only: no "earliest" or "lowest cost"
 * mark, no price, and a line saying what the rules leave open about paying the difference now.
 */
function MadeComparison({ options, asOf, cover, payer, w, named, regionRules }: { options: OptionResult[]; asOf: string; cover: CoverContext; payer: Payer; w: RangeWording; named: boolean; regionRules: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const idBase = useId();
  const first = options[0] as OptionResult;
  return (
    <section className="options-compare" aria-labelledby={`${idBase}-title`}>
      <h3 id={`${idBase}-title`}>{t('result.options.madeComparison.title', payerContext(payer))}</h3>
      <p>{t('result.options.madeComparison.intro', { date: f.date(first.paymentDate), ...payerContext(payer) })}</p>
      {options.some((o) => o.kind === 'repair') && <p>{t('result.options.madeComparison.repairLater')}</p>}
      {options.some((o) => o.kind === 'backPay') && <p>{t('result.options.madeComparison.backPayLater')}</p>}
      <ul className="options">
        {options.map((o, i) => (
          <li key={`${o.kind}-${i}`} className="option" aria-labelledby={`${idBase}-${i}`}>
            <OptionTitle o={o} id={`${idBase}-${i}`} made asOf={asOf} level="h4" regionRules={regionRules} payer={payer} />
            <RepairHelpNote o={o} w={w} named={named} regionRules={regionRules} />
            <dl className="facts">
              <div>
                {/* "Would (have) restarted": no "once paid" in these labels. */}
                <dt>{t(restorationLabelKey(o, asOf, true), coverParams(cover))}</dt>
                <dd>
                  <RestorationText r={o.restoration} />
                </dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Whether `r` spans the same days as the plan's range but gives some of them earlier, none later
 * (paying today where 常州 covers from the day after payment, E1): the span alone would read as
 * no gain.
 */
function earlierInSomeRegions(r: Restoration, plan: Restoration): boolean {
  if (r.kind !== 'range' || plan.kind !== 'range' || r.earliest !== plan.earliest || r.latest !== plan.latest || r.noCoverPossible !== plan.noCoverPossible) return false;
  const days = (x: typeof r) => x.outcomes.flatMap((o) => (o.restoration.kind === 'noCover' ? [] : [o.restoration.date])).sort();
  const mine = days(r);
  const theirs = days(plan);
  return mine.length === theirs.length && mine.every((d, i) => d <= (theirs[i] as string)) && mine.some((d, i) => d < (theirs[i] as string));
}

/** The note of an option that restarts cover on the plan's own date: paying today (nothing else changed), or another option that changes only the cost. */
const sameKey = (o: OptionResult) => (o.kind === 'payToday' && o.extraPremiumYears === 0 ? 'result.options.sameAsPlanDate' : 'result.options.sameAsPlan');

export function OptionsList({ options, asOf, made, plan, planDate, planCost, cover, stale = false, chain = NO_PACKS, madeYears, planCoveredFrom, planGapCover = 'backPay', payer = 'self', payBy }: OptionsListProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const idBase = useId();
  const listRef = useRef<HTMLUListElement>(null);
  useOpenForPrint(listRef);
  // The options' gaps differ from the plan's (paying today can make a long gap short): their
  // employee-scheme wait is said without "after a longer gap" (Tense.shortGap).
  const w = useRangeWording(chain, { asOf, planned: !made, madeYears, first: cover === 'firstSelf', shortGap: true });
  const named = chain.length > 0;
  // A plan that back-pays its gap covers from the gap's start: an option "restarting" sooner covers no more.
  const planFrom = planCoveredFrom && firstDay(plan) !== null && planCoveredFrom < (firstDay(plan) as string) ? planCoveredFrom : null;
  const all = distinct(options, (o) => payer === 'employer' && nothingForEmployer(o, plan, planFrom));
  // Options of a plan still to be paid with the plan's span but other days in the same situation
  // (option-vs-plan.ts): worked out once per result, as their conditions can be many.
  const shifts = useMemo(() => new Map(made || !planDate ? [] : options.map((o) => [o, optionShifts(o, plan, planDate)] as const)), [options, plan, made, planDate]);
  // What the person can still do, and what their payment already made would have given otherwise.
  const shown = all.filter((o) => variantOf(o, made) !== 'made');
  const compared = all.filter((o) => variantOf(o, made) === 'made');
  // A plan that buys nothing without the next year: the headline already says to add it, so
  // "no other way" is said as besides that one. A payment already made has no ways left to compare
  // (an old payment whose cover has ended: what to do now is under "How to pay"). A plan that must
  // be paid by the month's end to keep its date (payBy): "no other way" is said as besides that.
  if (all.length === 0) {
    const none = plan.kind === 'needsNextYear' ? t('result.options.noneBesidesNextYear', { year: plan.year }) : made ? t('result.options.noneMade', payerContext(payer)) : payBy ? t('result.options.noneBesidesPayBy', { lastDay: f.date(payBy) }) : t('result.options.none');
    return <p>{none}</p>;
  }
  const comparison = compared.length > 0 && <MadeComparison options={compared} asOf={asOf} cover={cover} payer={payer} w={w} named={named} regionRules={chain.length > 1} />;
  if (shown.length === 0) {
    return (
      <>
        <p>{t('result.options.noneMade', payerContext(payer))}</p>
        {comparison}
      </>
    );
  }
  // Marked against the choices only: a payment made another way is no way to anything now; against
  // the plan's first covered day where it back-pays its gap (planFrom).
  const marks = optionMarks(shown, planFrom && plan.kind === 'date' ? { kind: 'date', date: planFrom } : plan, planCost);
  // Two days are said as the two: nothing between them is any region's day.
  const daySpan = (span: DaySpan) => (span.earliest === span.latest ? f.date(span.earliest) : t(span.days === 2 ? 'result.options.dayEither' : 'result.options.dayBetween', { earliest: f.date(span.earliest), latest: f.date(span.latest) }));
  return (
    <>
      {/* "Repair" is the rules' own word (修复, RULES §1): said once what it is, where an option repairs. */}
      {shown.some((o) => o.kind === 'repair') && <p className="options__repair">{t('result.options.repairMeans')}</p>}
      <ul ref={listRef} className="options" aria-label={t('result.options.caption', coverParams(cover))}>
        {shown.map((o, i) => {
          // Who pays what this option moves: an employer, the parent, or nobody (a free newborn enrolment).
          const moved = optionPayer(payer, o);
          const enrol = moved === 'enrol' ? payerContext(moved) : null;
          // A payment on top of one made that keeps its cover going (option-continues.ts), and one that pays only later years than those paid.
          const cont = made && madeYears ? continuation(o, plan, madeYears) : null;
          // Paying a year in its window today, where that window may close within days in some regions
          // (window-close.ts). Not an option on a later day: "pay soon" beside a window months away misleads.
          // The first year paid whose window has not closed everywhere: a newborn's birth year, paid first, has none.
          const urgent = (o.kind === 'nextWindow' || o.kind === 'payToday') && o.paymentDate === asOf ? (o.years.map((y) => regionalWindowClose(chain, y, asOf)).find((c) => c !== null) ?? null) : null;
          const nextYearOnly = made && o.onTop === true && o.repairYears === 0 && madeYears !== undefined && madeYears.length > 0 && o.years.length > 0 && Math.min(...o.years) > Math.max(...madeYears);
          return (
            <li key={`${o.kind}-${i}`} className="option" aria-labelledby={`${idBase}-${i}`}>
              <OptionTitle o={o} id={`${idBase}-${i}`} made={made} asOf={asOf} stale={stale} regionRules={chain.length > 1} payer={payer} />
              {(marks.earliest.has(i) || marks.cheapest.has(i)) && (
                <ul className="option__marks" aria-label={t('result.options.marks.label')}>
                  {marks.earliest.has(i) && <li className="option__mark">{t('result.options.marks.earliest', coverParams(cover))}</li>}
                  {marks.cheapest.has(i) && <li className="option__mark">{t('result.options.marks.cheapest')}</li>}
                </ul>
              )}
              {/* The earliest end some regions give this window, said first: the card's reader may have days, not weeks. */}
              {urgent && !stale && <p className="option__note">{t(urgent.passed ? 'result.options.windowClosesPassed' : 'result.options.windowClosesSoon', { year: urgent.year, earliest: f.date(urgent.earliest), latest: f.date(urgent.latest) })}</p>}
              {/* Paying the same years earlier changes neither the date nor the cost; other options change what is paid. */}
              {o.givesUpYears && o.givesUpYears.length > 0 && <p className="option__note">{t('result.options.givesUpYears', coverParams(cover, { years: f.list(o.givesUpYears), count: o.givesUpYears.length }))}</p>}
              <RepairHelpNote o={o} w={w} named={named} regionRules={chain.length > 1} />
              {/* A plan some regions cover from before the day it is paid (the employee scheme's payment month): those dates are backdated. */}
              {/* An employer's: "the day the contributions are paid", as the headline says it (`_employer`). */}
              {variantOf(o, made) !== 'made' && o.restoration.kind === 'range' && o.restoration.earliest < o.paymentDate && <p className="option__note">{t('result.options.someBackdated', { date: f.date(o.paymentDate), ...payerContext(moved) })}</p>}
              {/* A free enrolment is a child's first: its `_enrol` text, a child's, stands for `_first`. */}
              {o.sameAsPlan && <p className="option__note">{t(sameKey(o), enrol ?? coverParams(cover))}</p>}
              {/* An employer's: "contributions paid on this day", not "paying on this day" (`_employer`). */}
              {/* Said line by line where the option's days can be compared with the plan's situation by situation (below its facts). */}
              {!o.sameAsPlan && !shifts.get(o) && earlierInSomeRegions(o.restoration, plan) && <p className="option__note">{t('result.options.earlierInSomeRegions', payerContext(moved))}</p>}
              {/* Leaving the missed months unpaid is compared on its date only: what else back-paid months count for is not in these rules, so the reader is sent to ask. */}
              {o.noBackPay && <p className="option__note">{t('result.options.noBackPayOther')}</p>}
              {/* The plan covers its gap (back-paid, or a switch's), and so does paying it today (the plan's own payment, sooner): the option's earlier "restart" covers no day the plan leaves out. */}
              {planFrom && (o.backPay === true || o.kind === 'payToday') && (firstDay(o.restoration) ?? '') > planFrom && <p className="option__note">{t(planGapCover === 'switch' ? 'result.options.planCoversGapSwitch' : 'result.options.planCoversGapToo', { date: f.date(planFrom), ...payerContext(payer) })}</p>}
              {/* A newborn's later year covered sooner (paid in its window): the first day alone, the birth, shows no gain. */}
              {o.laterYearSooner && <p className="option__note">{t('result.options.laterYearSooner', { year: o.laterYearSooner.year, from: daySpan(o.laterYearSooner.from), plan: daySpan(o.laterYearSooner.plan) })}</p>}
              {/* A newborn's next year added (X1): its first day is the birth, as the plan's; the gain is that year, said here. */}
              {o.addsNextYear && (
                <p className="option__note">{t('result.options.addsNextYear', { year: o.addsNextYear.year, from: daySpan(o.addsNextYear.from), planYears: f.list(o.years.filter((y) => y !== o.addsNextYear?.year)) })}</p>
              )}
              {/* Paid before the full premium starts where the plan pays after (R1c, 湖南 after 31 January): said in words, as the cost
                  alone cannot say it where the personal amount is not in the rules ("the amount may differ"). */}
              {o.fullPremiumAvoided && (
                <p className="option__note">{t('result.options.fullPremiumAvoided', { lastDay: f.date(o.fullPremiumAvoided.lastDay), year: o.fullPremiumAvoided.year, fullYuan: f.yuan(o.fullPremiumAvoided.fullYuan) })}</p>
              )}
              <dl className="facts">
                {cont ? (
                  // Cover the payment made gives goes on into the year paid here: no "restart" for someone covered.
                  <div>
                    <dt>{t('result.options.columns.continues')}</dt>
                    <dd>{t('result.options.continuesFrom', { date: f.date(cont.from) })}</dd>
                  </div>
                ) : (
                  <div>
                    <dt>{t(restorationLabelKey(o, asOf, made), coverParams(cover, oncePaid(t, moved)))}</dt>
                    <dd>
                      <RestorationText r={o.restoration} />
                    </dd>
                  </div>
                )}
                <div>
                  {/* Employee-scheme options (no benefit years) pay months of contributions, not premium; an
                      employer's are compared with "those planned", not with "your plan" (`_monthsEmployer`, the
                      one context i18next takes; "Extra contributions" after a payment made names no payer). */}
                  {/* The next year's premium on top of a payment made is that year's ordinary premium, not an extra one. */}
                  <dt>{nextYearOnly ? t('result.options.columns.costYear', { years: f.list(o.years) }) : t(made ? 'result.options.columns.cost' : 'result.options.columns.costVsPlan', o.years.length === 0 ? { context: !made && moved === 'employer' ? 'monthsEmployer' : 'months' } : (enrol ?? {}))}</dt>
                  <dd>
                    <ExtraCost o={o} made={made} payer={moved} />
                  </dd>
                </div>
                {o.costYuan !== null && (
                  <div>
                    <dt>{t('result.options.columns.total', enrol ?? {})}</dt>
                    <dd>
                      {f.yuan(o.costYuan)}
                      <LaterYearsLeftOut r={o.restoration} />
                    </dd>
                  </div>
                )}
              </dl>
              {/* The same span as the plan's, other days in the same situation: sooner and later, each with its conditions. */}
              {shifts.get(o) && <OptionShifts shifts={shifts.get(o) as NonNullable<ReturnType<typeof optionShifts>>} w={w} titleId={`${idBase}-${i}`} />}
              {/* The later days come only where the payment made brought no cover in its year (R1b): said as that exception. */}
              {cont?.later && <p className="option__note">{t('result.options.continuesUnlessNoCover', { year: cont.later.year, when: rangeDayWords(t, f, cont.later.earliest, cont.later.latest, cont.later.days).when })}</p>}
              {/* A span of dates says which date applies where, as the headline does: "between January 1 and June 1"
                  alone read as if paying could bring June (where the payment made gave no cover this year). */}
              {o.restoration.kind === 'range' && (
                <OptionDates range={o.restoration} chain={chain} w={w} tense={{ asOf, planned: true, madeYears, first: cover === 'firstSelf', shortGap: true, payer: moved, option: true }} titleId={`${idBase}-${i}`} summaryId={`${idBase}-${i}-where`} />
              )}
            </li>
          );
        })}
      </ul>
      {comparison}
    </>
  );
}

/**
 * The price of a payment is its own years (R1c): where its dates also need a later year paid (I4),
 * in every region or in some, the amount says it leaves that year out, or it would read as all it takes.
 */
function LaterYearsLeftOut({ r }: { r: Restoration }) {
  const { t } = useTranslation();
  const f = useFormat();
  const one = nextYearNeeded(r);
  if (one !== null) return <>{t('result.options.columns.totalWithoutNextYear', { years: f.list([one]) })}</>;
  const later = laterYearsNeeded(r);
  if (later === null) return null;
  return <>{t(later.all ? 'result.options.columns.totalWithoutNextYear' : 'result.options.columns.totalWithoutNextYearSome', { years: f.list(later.years) })}</>;
}
