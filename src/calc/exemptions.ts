// X1-X3, E2 and R12: who enrols without the ordinary waiting period. Each check returns null
// when it does not apply, so the resident rules fall through to the ordinary wait. Where the
// first covered day is regional (the payment date or the next day), it is asked of the pack.
import { addDays, addMonths, addMonthsToMonth, firstDayOfMonth, lastDayOfMonth, makeDate, maxDate, monthFromIndex, monthOf, startOfYear, yearOf } from './dates';
import type { IsoDate } from './dates';
import type { Coverage } from './coverage';
import type { BornInWindow } from './pack-schema';
import { chainOf } from './chain-memo';
import { explore } from './explore';
import type { PackChain } from './rule-pack';
import type { RulePack } from './pack-schema';
import type { Circumstances } from './scenario-schema';
import type { Recorder } from './trace';
import { dayOf } from './window';

export interface Exemption {
  /** newborn: within the newborn period (X1); newbornLate: after it, under a region's rule for late newborns; newbornSubsidised: 江西's subsidised years. */
  kind: 'newborn' | 'newbornLate' | 'newbornSubsidised' | 'lowIncome' | 'veteran' | 'switch' | 'yearEndSwitch' | 'exemptGroup' | 'universityEntrant';
  coverFrom: IsoDate;
  retroactive: { from: IsoDate; to: IsoDate } | null;
  /** X1 (海南, 兵团 for births in the window): the birth year's enrolment also covers the next year. */
  alsoNextYear?: boolean;
  /**
   * X1 the other way round (海南 「含跨年度登记参保」, 兵团 births in the window): an enrolment for the
   * year after the birth year, within the newborn period, covers the birth year too, from birth.
   */
  alsoBirthYear?: boolean;
}

export type NewbornAfter = 'paymentDate' | 'nextDay' | 'nextDayUntilAgeOne' | 'nextMonthStart' | 'registrationDate' | 'ordinary';
export type NewbornCase = { kind: 'within'; exemption: Exemption } | { kind: 'after'; rule: NewbornAfter; coverFrom: IsoDate | null } | null;

/** The exemption checks read the first benefit year paid and the payment date. */
export interface PaidYear {
  first: number;
  date: IsoDate;
}

/**
 * X1: a newborn registered and paid within the limit is covered from birth; after it, the region
 * decides. `birthYearCovered`: the birth year is covered already (paid by an earlier payment or
 * answered so), so an enrolment for the next year does not reach back to it.
 */
export function newbornCase(chain: PackChain, payment: PaidYear, circumstances: Circumstances, trace: Recorder, birthYearCovered = false): NewbornCase {
  const birth = circumstances.birthDate;
  if (!birth || payment.first < yearOf(birth)) return null;
  const birthYear = yearOf(birth);
  // Before the first birthday (江西 「至1周岁」), for a payment made on or after it the rule no longer applies.
  const firstBirthday = addMonths(birth, 12).date;
  if (payment.first !== birthYear) {
    // A later year's premium: it reaches the newborn rules only for the year after the birth year,
    // before the first birthday; a payment for a year further on is for the ordinary rules, the years between counted.
    if (payment.date >= firstBirthday || payment.first !== birthYear + 1) return null;
    // Where the newborn's cover runs into the next year (海南 for every newborn enrolled in time,
    // 「含跨年度登记参保」; 兵团 for births in the window that collects the next year), enrolling for
    // that year within the newborn period covers from birth: the birth year and the year paid.
    // The period first: past it (a ten-month-old's payment) the cross-year rule cannot matter and is not asked.
    // (Nor for a birth year before the packs' first: no newborn rule of theirs covers it.)
    const period = birthYearCovered || birthYear < chain.years.from ? null : newbornPeriod(chain, birth, birthYear, payment.date);
    const nextYear = period?.verdict === 'within' ? chain.ask('newborn.coversNextYear', birthYear, (v) => coversNextYear(v, birth, birthYear + 1)) : null;
    if (period && nextYear?.answer === true) {
      // 海南 for every newborn enrolled in time; 兵团 for births in the window that collects the next year.
      const step = typeof nextYear.used.value === 'object' ? 'nextYearBornInWindow' : 'nextYearWithin';
      trace?.add('X1', step, { birthDate: birth, count: period.count, unit: period.unit, lastDay: period.lastDay, paymentDate: payment.date, year: payment.first }, [...period.used, nextYear.used]);
      return { kind: 'within', exemption: { kind: 'newborn', coverFrom: birth, retroactive: null, alsoBirthYear: true } };
    }
    // Otherwise only a rule that runs to the first birthday reaches it (江西 P-JX4). (A baby still in
    // the newborn period is treated no worse than one past it, so the rule is not held to 「90天后」 here.)
    // A baby born before the packs' first year is under the rules of the year paid, the only ones
    // there are (江西 P-JX4's own example: a baby registered on 1 June 2025, covered from 2 June).
    const rule = chain.ask('newborn.afterWindow', Math.max(birthYear, chain.years.from), (r) => (r === 'nextDayUntilAgeOne' ? r : 'birthYearOnly'));
    if (rule?.answer !== 'nextDayUntilAgeOne') return null;
    // No wait: from the next day, never before the benefit year paid (R8).
    const coverFrom = maxDate(addDays(payment.date, 1), startOfYear(payment.first));
    trace?.add('X1', 'untilAgeOne', { birthDate: birth, firstBirthday, paymentDate: payment.date, coverFrom }, [rule.used]);
    return { kind: 'after', rule: 'nextDayUntilAgeOne', coverFrom };
  }
  const { verdict, count, unit, lastDay, used } = newbornPeriod(chain, birth, birthYear, payment.date);
  if (verdict === 'within') {
    trace?.add('X1', 'within', { birthDate: birth, count, unit, lastDay, paymentDate: payment.date }, used);
    // Cross-year cover for every newborn enrolled in time (海南), or for those born in the next year's window (兵团).
    const nextYear = chain.ask('newborn.coversNextYear', birthYear, (v) => coversNextYear(v, birth, birthYear + 1));
    const also = nextYear?.answer === true;
    const bornInWindowRule = typeof nextYear?.used.value === 'object';
    if (nextYear && (also || bornInWindowRule)) {
      const step = !bornInWindowRule ? 'coversNextYear' : also ? 'coversNextYearBornInWindow' : 'bornOutsideWindow';
      trace?.add('X1', step, { year: birthYear + 1, birthDate: birth }, [nextYear.used]);
    }
    return { kind: 'within', exemption: { kind: 'newborn', coverFrom: birth, retroactive: null, alsoNextYear: also } };
  }
  const after = chain.get('newborn.afterWindow', birthYear);
  const registered = circumstances.newbornRegistrationDate ?? payment.date;
  // 海南 (P-HI1) covers a late newborn from the registration to the end of the birth year only
  // (「90天后但在出生当年参加…享受自参保登记之日起至当年底」; registered in a later year, 「不予
  // 资助」). Cover that could start only after the birth year (registered, or the money arriving,
  // then: I7) gets no newborn rule: the ordinary ones apply, late enrolment (R1b) included. A
  // newcomer walk (6 Dec 2026) found such a child covered from a payment in January.
  if (after.value === 'registrationDate' && yearOf(maxDate(registered, payment.date)) > birthYear) {
    trace?.add('X1', 'afterCrossYear', { birthDate: birth, count, unit, lastDay, paymentDate: payment.date }, [...used, after]);
    trace?.warn('newbornAfterWindow', { lastDay });
    return null;
  }
  const coverFrom: Record<NewbornAfter, IsoDate | null> = {
    paymentDate: payment.date,
    nextDay: addDays(payment.date, 1),
    nextDayUntilAgeOne: payment.date < firstBirthday ? addDays(payment.date, 1) : null,
    nextMonthStart: firstDayOfMonth(addMonthsToMonth(monthOf(payment.date), 1)),
    registrationDate: maxDate(registered, payment.date),
    ordinary: null,
  };
  // 海南's rule counts from the registration; one made before the payment is not taken to give
  // cover before the money arrives (our reading), and the explanation says so.
  const registeredEarlier = after.value === 'registrationDate' && registered < payment.date;
  trace?.add('X1', registeredEarlier ? 'afterRegisteredEarlier' : 'after', registeredEarlier ? { birthDate: birth, count, unit, lastDay, paymentDate: payment.date, rule: after.value, registrationDate: registered } : { birthDate: birth, count, unit, lastDay, paymentDate: payment.date, rule: after.value }, [...used, after]);
  // The reading is said beside the answer too, not only in the explanation (RULES.md: an interpretation is shown with what it affects).
  // Only where the region's own rules say so (海南): under rules that leave it to the region, the step says "if your region …".
  if (registeredEarlier && !after.variant) trace?.note('X1.registeredEarlier', 'interpretation', 'X1', 'restoration', { registrationDate: registered, paymentDate: payment.date });
  trace?.warn('newbornAfterWindow', { lastDay });
  return { kind: 'after', rule: after.value, coverFrom: coverFrom[after.value] };
}

/**
 * X1: whether a payment on `date` is within the newborn period of a child born on `birth` (the
 * limit from `newborn.enrolWithin`, counted as the region counts days: by birth + limit, or with
 * the birth day as day 1, 武汉), with the last day and the values read.
 */
function newbornPeriod(chain: PackChain, birth: IsoDate, birthYear: number, date: IsoDate) {
  const within = chain.get('newborn.enrolWithin', birthYear);
  const { count, unit } = within.value;
  const limit = unit === 'days' ? addDays(birth, count) : addMonths(birth, count).date;
  const lastDayBy = (c: string) => (c === 'birthDayIsDayOne' ? addDays(limit, -1) : limit);
  const counted = chain.ask('newborn.dayCount', birthYear, (c) => (date <= lastDayBy(c) ? 'within' : 'after'));
  const verdict = counted?.answer ?? 'within';
  // The readings this run stands for agree on the verdict but may still differ by a day (whether the
  // day of birth is day one): the day said is one that holds for all of them (§8: no firm date a
  // region contradicts): within the period, the earliest last day; after it, the latest.
  const days = counted ? chain.answersAmong('newborn.dayCount', birthYear, lastDayBy).sort() : [limit];
  const lastDay = (verdict === 'within' ? days[0] : days.at(-1)) ?? limit;
  return { verdict, count, unit, lastDay, used: counted ? [within, counted.used] : [within] };
}

/**
 * X1: the newborn period's last day for a baby born on `birth` (ISO date), under every reading
 * the chain leaves to regions (newborn.enrolWithin, and newborn.dayCount: whether the day of
 * birth is day one), earliest first and each once; empty outside the chain's years. A payment
 * arriving on or before the first is within the period everywhere.
 */
export function newbornLastDays(packs: readonly RulePack[], birth: IsoDate): IsoDate[] {
  const chain = chainOf(packs);
  const birthYear = yearOf(birth);
  if (chain.packs.length === 0 || birthYear < chain.years.from || birthYear > chain.years.to) return [];
  const leaves = explore(chain, (view) => {
    const { count, unit } = view.get('newborn.enrolWithin', birthYear).value;
    const limit = unit === 'days' ? addDays(birth, count) : addMonths(birth, count).date;
    // Asked as the day itself, so each reading that moves it is a leaf of its own.
    return view.ask('newborn.dayCount', birthYear, (c) => (c === 'birthDayIsDayOne' ? addDays(limit, -1) : limit))?.answer ?? limit;
  });
  return [...new Set(leaves.map((leaf) => leaf.value))].sort();
}

/** Whether a newborn enrolled in time is covered in `nextYear` too (for all, or for births in that year's window). */
function coversNextYear(value: boolean | BornInWindow, birth: IsoDate, nextYear: number): boolean {
  if (typeof value === 'boolean') return value;
  return birth >= dayOf(nextYear, value.bornIn.from) && birth <= dayOf(nextYear, value.bornIn.to);
}

/** Nothing more to explain: the step naming the group (or the rule) already says the day. */
const SAID = () => undefined;

/**
 * The first covered day of a person exempt from the wait who paid on `date`: 1 Jan in the
 * window (`inWindowStart`), else the payment date or the next day. `day` is what the source
 * says: one of those days, or `startDay` where it names the group but not the day, so the
 * region's `exempt.startDay` decides (regional under the national rules: I6, never guessed).
 * `explain` records that day's step where the region's start day decided it, for after the
 * step naming the group (the group first, then which day its cover starts).
 */
export function exemptStart(chain: PackChain, year: number, date: IsoDate, inWindowStart: IsoDate | null, day: 'paymentDate' | 'nextDay' | 'startDay' = 'startDay'): { coverFrom: IsoDate; explain: (trace: Recorder) => void; dayFollows: boolean } {
  if (inWindowStart) return { coverFrom: inWindowStart, explain: SAID, dayFollows: false };
  if (day !== 'startDay') return { coverFrom: day === 'nextDay' ? addDays(date, 1) : date, explain: SAID, dayFollows: false };
  const start = chain.get('exempt.startDay', year);
  const coverFrom = start.value === 'nextDay' ? addDays(date, 1) : date;
  return {
    coverFrom,
    // The day itself too: "the day after 6 December" left the reader to count (a keyboard walk, 6 Dec 2026).
    explain: (trace) => trace?.add('X2', start.value === 'nextDay' ? 'startNextDay' : 'startPaymentDate', { paymentDate: date, coverFrom }, [start]),
    // The step naming the group then leaves the day to that step: under a range of start days it
    // stated the latest run's day as the region's rule (云南, a newcomer walk, 6 Dec 2026).
    dayFollows: true,
  };
}

/**
 * X2: the national groups (low-income not by choice, newly discharged service members), the
 * pack's regional groups, and 江西's subsidised newborns in their first calendar years.
 */
export function specialGroup(chain: PackChain, payment: PaidYear, circumstances: Circumstances, inWindowStart: IsoDate | null, trace: Recorder): Exemption | null {
  const year = payment.first;
  if (circumstances.lowIncomeNotByChoice && chain.get('exempt.lowIncomeNotByChoice', year).value) {
    const { coverFrom, explain, dayFollows } = exemptStart(chain, year, payment.date, inWindowStart);
    trace?.add('X2', 'lowIncome', { coverFrom, dayFollows }, [chain.get('exempt.lowIncomeNotByChoice', year)]);
    explain(trace);
    return { kind: 'lowIncome', coverFrom, retroactive: null };
  }
  if (circumstances.newVeteran && chain.get('exempt.newVeteran', year).value) {
    const { coverFrom, explain, dayFollows } = exemptStart(chain, year, payment.date, inWindowStart);
    trace?.add('X2', 'veteran', { coverFrom, dayFollows, dischargeDate: circumstances.veteranDischargeDate ?? null }, [chain.get('exempt.newVeteran', year)]);
    explain(trace);
    trace?.note('X2.veteranRecent', 'unconfirmed', 'X2', 'restoration');
    return { kind: 'veteran', coverFrom, retroactive: null };
  }
  const group = circumstances.exemptGroup;
  if (group) {
    const since = group.since;
    // What this region's catalogue says of the person's group: exempt (from when), too late, or not listed.
    const rule = chain.ask('exempt.groups', year, (list) => {
      const r = list.find((g) => g.group === group.group);
      if (!r) return 'notListed';
      if (r.newlyAddedOnly && group.newlyAdded !== true) return 'notNewlyAdded';
      if (r.withinDays !== null && (since === undefined || payment.date > addDays(since, r.withinDays))) return 'tooLate';
      return r.coverStart;
    });
    if (rule && rule.answer !== 'notListed') {
      if (rule.answer === 'notNewlyAdded') {
        // 云南: only people newly added to medical assistance (动态新增) skip the wait; others wait as anyone does.
        trace?.add('X2', 'groupNotNewlyAdded', { group: group.group, answered: group.newlyAdded === false }, [rule.used]);
        return null;
      }
      if (rule.answer === 'tooLate') {
        // The limit, and the last day it allowed, so the person can check them (the variant cited answered "too late").
        const withinDays = rule.used.value.find((g) => g.group === group.group)?.withinDays ?? null;
        const lastDay = since !== undefined && withinDays !== null ? addDays(since, withinDays) : null;
        trace?.add('X2', 'groupTooLate', { group: group.group, since: since ?? null, withinDays, lastDay }, [rule.used]);
        trace?.warn('exemptGroupTooLate', { group: group.group });
        return null;
      }
      // Where the source names the group, not its first day (云南, 福建, 江苏): the region's start day, a range where it has none of its own.
      const { coverFrom, explain, dayFollows } = exemptStart(chain, year, payment.date, inWindowStart, rule.answer);
      trace?.add('X2', 'group', { group: group.group, coverFrom, dayFollows }, [rule.used]);
      explain(trace);
      return { kind: 'exemptGroup', coverFrom, retroactive: null };
    }
  }
  const birth = circumstances.birthDate;
  if (circumstances.subsidisedNewborn && birth) {
    const years = chain.ask('newborn.exemptYears', year, (n) => (year - yearOf(birth) < n ? 'exempt' : 'notExempt'));
    if (years?.answer === 'exempt') {
      const { coverFrom, explain, dayFollows } = exemptStart(chain, year, payment.date, inWindowStart);
      trace?.add('X1', 'subsidisedYears', { years: years.used.value, birthDate: birth, coverFrom, dayFollows }, [years.used]);
      explain(trace);
      return { kind: 'newbornSubsidised', coverFrom, retroactive: null };
    }
  }
  return null;
}

/**
 * R12: a university entrant insured at school, paying in the window: covered from 1 Sep of
 * Y-1 (福建, 湖南) or from the payment date (包头, 兵团), where the region says so. Whether one
 * whose cover lapsed is covered so is regional too: 福建 says 「连续参保的高校新生」 (L-FJ, P-XM1),
 * 兵团 gives it to students first insured there (P-XJ1). `continuous` tells whether no lapse year
 * comes before the year paid (R10 with I2); the question is asked only where one does.
 */
export function universityEntrant(chain: PackChain, payment: PaidYear, circumstances: Circumstances, inWindow: boolean, continuous: () => boolean, trace: Recorder): Exemption | null {
  if (!circumstances.universityEntrant) return null;
  const rule = chain.ask('resident.universityEntrant', payment.first, (r) => (r === 'sep1PrevYear' && !inWindow ? 'ordinary' : r));
  if (!rule || rule.answer === 'ordinary') return null;
  // Asked only of an entrant with a lapse year: the values that decide it, cited where it mattered.
  const needs = continuous() ? null : chain.find('resident.universityEntrantNeedsContinuity', payment.first);
  const cited = needs ? [rule.used, needs] : [rule.used];
  if (needs && needs.value) {
    trace?.add('R12', 'lapsed', {}, cited);
    return null;
  }
  const coverFrom = rule.answer === 'sep1PrevYear' ? makeDate(payment.first - 1, 9, 1) : payment.date;
  trace?.add('R12', rule.answer, { coverFrom }, cited);
  return { kind: 'universityEntrant', coverFrom, retroactive: null };
}

/** A region's year-end switch that applies to a payment (yearEndSwitch), and how to say so. */
export interface YearEndSwitch {
  exemption: Exemption;
  explain: (trace: Recorder) => void;
}

/** Whether `chain` has a year-end switch for benefit year `year` in some region (yearEndSwitch): false where it pins none. */
export function yearEndSwitchPossible(chain: PackChain, year: number): boolean {
  return chain.isRegional('switch.yearEndToResident', year) || !!chain.find('switch.yearEndToResident', year)?.value;
}

/**
 * A region's year-end switch from the employee to the resident scheme (switch.yearEndToResident,
 * 衡山 P-HN2; RULES.md has no such rule, so it is a regional value): employee cover that ended from
 * the 1st of `lapseFromMonth` of Y-1 to 31 December, after at least `minMonths` employee months in
 * Y-1, and the resident scheme joined within `withinMonths` missed months: benefit year Y is covered
 * from 1 January with no wait, at the personal contribution (premium.ts); Y-1 is not (R8). Null
 * where it does not apply: no such rule, other cover last, or a payment in the window by someone
 * continuous (R2 covers from 1 Jan anyway: `continuousInWindow`, asked only then). A year marked as
 * employee cover without its months has no known end: the rule is not applied on a guess.
 */
export function yearEndSwitch(chain: PackChain, payment: PaidYear, coverage: Coverage, continuousInWindow: () => boolean): YearEndSwitch | null {
  const year = payment.first;
  // Cheap first (this is asked of every resident enrolment without another exemption): a chain
  // that pins no such rule, or no employee cover in the year before, ends it before any scan.
  if (!yearEndSwitchPossible(chain, year)) return null;
  if (!coverage.employeeCovered(year - 1)) return null;
  const last = coverage.gapBefore(monthOf(payment.date));
  const jan = year * 12;
  if (!last || last.by !== 'employee' || last.index >= jan || last.index < jan - 12) return null;
  if (coverage.employeeEndGuessed(last.index) || continuousInWindow()) return null;
  let months = 0;
  for (let i = jan - 12; i < jan; i++) if (coverage.monthCovered(i) === 'employee') months++;
  const rule = chain.ask('switch.yearEndToResident', year, (v) => (v !== null && months >= v.minMonths && last.index + 1 >= jan - 12 + v.lapseFromMonth - 1 && last.gap <= v.withinMonths ? 'yearEnd' : 'none'));
  if (!rule || rule.answer === 'none' || rule.used.value === null) return null;
  const v = rule.used.value;
  const coverFrom = startOfYear(year);
  const params = { lastEmployeeMonth: monthFromIndex(last.index), months, minMonths: v.minMonths, prevYear: year - 1, lapseFrom: makeDate(year - 1, v.lapseFromMonth, 1), maxMonths: v.withinMonths, gapMonths: last.gap, year, coverFrom };
  return { exemption: { kind: 'yearEndSwitch', coverFrom, retroactive: null }, explain: (trace) => trace?.add('X3', 'yearEnd', params, [rule.used]) };
}

/**
 * X3 / E2: switching from the employee to the resident scheme within the no-wait gap. After
 * enough consecutive years of basic insurance: cover from the payment month, gap retroactive
 * (S5 ②). Without them the region decides: ordinary rules, or no wait from the payment date or the next day.
 * An exemption never makes cover start later than the ordinary rules would: where the payment
 * is in the window and the person counts as continuous (I2: a year with employee cover is not a
 * lapse year), R2 covers from 1 Jan, so `continuousInWindow` (asked only then) sends the payment
 * back to the ordinary rules.
 */
export function switchExemption(chain: PackChain, payment: PaidYear, coverage: Coverage, continuousInWindow: () => boolean, trace: Recorder, yearEnd: () => YearEndSwitch | null = () => null): Exemption | null {
  const year = payment.first;
  if (year !== yearOf(payment.date)) return null;
  const paymentMonth = monthOf(payment.date);
  const last = coverage.gapBefore(paymentMonth);
  if (!last || last.by !== 'employee') return null;
  const gapParam = chain.get('employee.noWaitGapMonths', year);
  const gap = last.gap;
  if (gap > gapParam.value) {
    // A year marked as employee cover, no months: its cover is taken to end in December. Had it
    // gone on into the year paid, the switching rules (E2, X3) might apply: the answer asks for the months.
    if (last.index === year * 12 - 1 && coverage.employeeEndGuessed(last.index)) trace?.warn('employeeMonthsUnknown', { lastYear: year - 1, year, maxMonths: gapParam.value });
    return null;
  }
  const yearsParam = chain.get('employee.switchContinuityYears', year);
  const months = coverage.consecutiveMonthsEndingAt(last.index);
  if (months < yearsParam.value * 12) {
    // A region's own rule for those who leave at the end of the year comes before the general one
    // for switchers without two years (衡山: 1 Jan, where 云南's and 江西's would give the payment day).
    const atYearEnd = yearEnd();
    if (atYearEnd) {
      atYearEnd.explain(trace);
      return atYearEnd.exemption;
    }
    const rule = chain.get('switch.shortGapWithoutTwoYears', year);
    trace?.add('E2', 'noContinuity', { gapMonths: gap, continuousMonths: months, requiredYears: yearsParam.value, rule: rule.value }, [yearsParam, gapParam, rule]);
    if (rule.value === 'ordinary') return null;
    if (continuousInWindow()) {
      // R2 gives 1 Jan, earlier than the payment date or the next day.
      trace?.add('E2', 'continuousInWindow', { coverFrom: startOfYear(year) }, [rule]);
      return null;
    }
    // 云南 exempts 「职工医保断保3个月内转居民医保人员」 without naming the day (P-YN1): its start day decides.
    const { coverFrom, explain } = exemptStart(chain, year, payment.date, null, rule.value);
    explain(trace);
    return { kind: 'switch', coverFrom, retroactive: null };
  }
  // Years marked as employee cover without months are taken as whole years: where the two years, or
  // the December the gap is counted from, rest on one, the answer says so and asks for the months
  // (less than two years, or cover that ended earlier, may give a wait: E2 without two years, E3).
  // The months that make the two years are the last ones before the gap: any year among them without
  // months given (its end included) is a guess.
  const from = last.index - yearsParam.value * 12 + 1;
  let guessed = false;
  for (let y = Math.floor(from / 12); y <= Math.floor(last.index / 12) && !guessed; y++) guessed = coverage.employeeMonthsGuessed(y * 12);
  if (guessed) trace?.warn('employeeMonthsAssumed', { requiredYears: yearsParam.value, maxMonths: gapParam.value });
  // The gap is covered, but a resident payment covers only the years it pays for (R8): gap months
  // in the year before are not (衡山 P-HN2 says so of this very case: 「2025年不享受待遇」).
  const yearStart = startOfYear(year);
  const gapFrom = firstDayOfMonth(monthFromIndex(last.index + 1));
  const gapTo = lastDayOfMonth(addMonthsToMonth(paymentMonth, -1));
  const retroactive = gap > 0 && gapTo >= yearStart ? { from: maxDate(gapFrom, yearStart), to: gapTo } : null;
  const step = gap === 0 ? 'switchNoGap' : gapFrom >= yearStart ? 'switch' : retroactive ? 'switchPartlyBeforeYear' : 'switchBeforeYear';
  const params = { lastEmployeeMonth: monthFromIndex(last.index), gapMonths: gap, continuousMonths: months, coverFrom: firstDayOfMonth(paymentMonth), year, ...(retroactive && step !== 'switch' ? { retroFrom: retroactive.from, retroTo: retroactive.to } : {}) };
  trace?.add('X3', step, params, [gapParam, yearsParam]);
  return { kind: 'switch', coverFrom: firstDayOfMonth(paymentMonth), retroactive };
}
