// One resident-scheme enrolment: which rule applies, when cover starts, what it covers.
import { addDays, endOfYear, maxDate, monthIndex, startOfYear, yearOf } from './dates';
import type { IsoDate } from './dates';
import { newbornCase, specialGroup, switchExemption, universityEntrant, yearEndSwitch } from './exemptions';
import type { YearEndSwitch } from './exemptions';
import type { Exemption } from './exemptions';
import { lapseRun } from './lapse-count';
import { newbornPremiumFacts, premiumFor } from './premium';
import { ordinaryWait } from './resident-wait';
import { switchWait } from './switch-wait';
import type { Coverage } from './coverage';
import type { EnrolmentResult, Restoration, TraceValue, WaitingPeriod } from './result';
import type { PackChain } from './rule-pack';
import type { PaymentState } from './run-payment';
import { residentVariant } from './payment-variant';
import type { Circumstances, Payment, ResidentPayment } from './scenario-schema';
import type { Recorder } from './trace';
import { dayOf, placePayment } from './window';
import { sortedYears } from './years';

/** A wait that runs past 31 Dec of the last paid year (R8, I4). */
export interface PendingWait {
  coverStart: IsoDate;
  lastPaidYear: number;
  waiting: WaitingPeriod | null;
  lapseYears: number[];
}

/** "2026,2027": the years joined as Array#join would, without the intermediate array. */
function yearList(covered: EnrolmentResult['coveredYears']): string {
  let list = '';
  for (const c of covered) list = list === '' ? String(c.year) : `${list},${c.year}`;
  return list;
}

/**
 * R8 / I4 (RULES §7): a wait ending on `coverStart`, bought by a payment whose last paid year is
 * `lastPaidYear`, continues into a payment for benefit year `first` made on `date` only where that
 * is the next year, the wait reaches into it, and the premium arrives before the wait ends.
 */
function waitContinues(lastPaidYear: number, coverStart: IsoDate, first: number, date: IsoDate): boolean {
  return lastPaidYear === first - 1 && yearOf(coverStart) >= first && date <= addDays(coverStart, -1);
}

/** Whether `next` (the payment after this one, if any) is one this payment's wait continues into (waitContinues). */
function continuedBy(next: Payment | undefined, last: number, coverStart: IsoDate): boolean {
  return next !== undefined && next.scheme === 'resident' && waitContinues(last, coverStart, Math.min(...next.years), next.date);
}

/** Whether the year before `first` is covered (resident or employee): a newborn enrolling for `first` then does not reach back to it (X1). */
function coveredBefore(coverage: Coverage, first: number): boolean {
  return coverage.residentCovered(first - 1) || coverage.employeeCovered(first - 1);
}

/**
 * X1 covers a newborn paid for within the newborn period from birth, for the birth year only
 * (海南 and 兵团 also cover the next year: `alsoNextYear`). The next year's premium paid with it
 * is an enrolment for that year in its own right (R1-R7 for Y+1, as after R1b): paid in that
 * year's window, cover runs on from 1 January (R2); paid after it, it waits like any payment then
 * (R3: a baby born in December and paid for in March). One result: cover from birth, then the
 * next year's cover and wait. Null where this is not such a payment.
 */
function newbornBirthYearOnly(chain: PackChain, circumstances: Circumstances, state: PaymentState, payment: ResidentPayment, years: readonly number[], index: number, trace: Recorder, next: Payment | undefined): EnrolmentResult | null {
  const birth = circumstances.birthDate;
  const first = years[0] as number;
  if (!birth || yearOf(birth) !== first) return null;
  const coverage = state.coverage;
  // Asked without a trace: the birth year's own run asks it again and explains it.
  const probe = newbornCase(chain, { first, date: payment.date }, circumstances, null, coveredBefore(coverage, first));
  if (probe?.kind !== 'within' || probe.exemption.alsoNextYear) return null;
  const own = residentEnrolment(chain, circumstances, state, residentVariant(payment, { years: [first] }), index, trace);
  // The premium was taken with the birth year's: a day before the next year's window counts as in it (as `together`).
  const rest = residentEnrolment(chain, circumstances, state, residentVariant(payment, { years: years.slice(1) }), index, trace, true, next, true);
  if (rest.restoration.kind === 'date' && rest.restoration.date > startOfYear(first + 1)) {
    trace?.warn('newbornNextYearWaits', { birthYear: first, year: first + 1, coverStart: rest.restoration.date });
    // Our reading (RULES §7: shown): X1 names the birth year only; regions that exempt newborns from waits altogether may not wait.
    trace?.note('X1.nextYearOrdinary', 'interpretation', 'X1', 'restoration');
  }
  return {
    ...rest,
    years: [...years],
    restoration: own.restoration,
    retroactive: own.retroactive,
    exemption: own.exemption,
    premium: own.premium,
    coveredYears: [...own.coveredYears, ...rest.coveredYears],
    benefitPeriodEnd: rest.benefitPeriodEnd ?? own.benefitPeriodEnd,
  };
}

/**
 * One resident-scheme payment against the cover so far; leaves in `state` what it means for the next.
 * `together`: this is the next year's premium of a payment whose first year bought nothing (R1b),
 * so a day before the window the chain knows still counts as in it (§8.5: the premium was taken).
 * `next`: the payment after this one in the history, if any: read by `continuedBy`, and by R1b's
 * warning (`later`: its advice to pay in the next window is past).
 * `newbornNextYear`: this is the next year's premium of a newborn's payment within the newborn
 * period (newbornBirthYearOnly): a closure of late enrolment does not apply to it (甘肃 P-GS2
 * closes it 「除新生儿等特殊参保人群外」, newborns excepted; our reading for a baby a few months old).
 */
export function residentEnrolment(chain: PackChain, circumstances: Circumstances, state: PaymentState, payment: ResidentPayment, index: number, trace: Recorder, together = false, next?: Payment, newbornNextYear = false): EnrolmentResult {
  const coverage = state.coverage;
  const years = sortedYears(payment.years);
  const first = years[0] as number;
  const paid = { first, date: payment.date };
  const last = years.at(-1) as number;
  const split = years.length > 1 ? newbornBirthYearOnly(chain, circumstances, state, payment, years, index, trace, next) : null;
  if (split) return split;
  const placed = placePayment(chain, first, payment.date);
  const early = together && placed.placement.kind === 'beforeWindow';
  const placement: typeof placed.placement = early ? { kind: 'window' } : placed.placement;
  // The window's first day (and its note, such as "from 1 September") matters only for a payment
  // a region might not take yet: none on or after 1 January of the year, after the latest start
  // known, or after the window's end.
  const latestKnownStart = chain.find('resident.latestWindowStart', first);
  // A payment after the window's end (extended or outside) did not depend on its start either.
  const afterWindow = placed.placement.kind === 'extended' || placed.placement.kind === 'outside';
  const startSettled = afterWindow || payment.date >= startOfYear(first) || (latestKnownStart !== null && payment.date >= dayOf(first, latestKnownStart.value)) ? placed.used[0] : undefined;
  // X1 first: where the newborn rules decide the cover start (within the newborn period, or after it
  // under a region's own rule), the window decides nothing, and its step (with the window's notices,
  // such as 湖北's from 荆州 and 咸宁 for a 武汉 baby, W26) would explain a rule that did not apply.
  const newborn = newbornCase(chain, paid, circumstances, trace, coveredBefore(coverage, first));
  const newbornDecides = newborn?.kind === 'within' || (newborn?.kind === 'after' && newborn.coverFrom !== null);
  if (early) {
    trace?.add('R1', 'together', { year: first, paymentDate: payment.date, made: payment.status === 'made' }, placed.used);
    trace?.note('R1.together', 'interpretation', 'R1', 'restoration', { year: first });
  } else if (!newbornDecides) {
    // A start that cannot matter here is neither noted nor cited: the national pack's typical
    // start is sourced from other regions' notices (福建, 湖南, 临河区), no evidence for this payment.
    // A payment after every region's window end is said to be so, not "if your region's window had closed" (阜新, paid 6 Nov for that year).
    const params: Record<string, TraceValue> = { year: first, end: placed.end, paymentDate: payment.date, made: payment.status === 'made' };
    if (placement.kind === 'outside' && placed.everywhere) params.everywhere = true;
    // After an extended payment period too (青海 W30, paid in July): both ends are named, not the window's alone.
    if (placement.kind === 'outside' && placed.extendedEnd) params.extendedEnd = placed.extendedEnd;
    // Likewise inside every known window; and where no region's window for the year is known yet, said as resting on earlier years' windows.
    if (placement.kind === 'window' && placed.everywhere) params.everywhere = true;
    if (placement.kind === 'window' && placed.notAnnounced && !placed.used.some((u) => u.variant)) params.notAnnounced = true;
    trace?.add('R1', placement.kind, params, startSettled ? placed.used.filter((u) => u !== startSettled) : placed.used);
  }
  if (placement.kind === 'beforeWindow') throw new RangeError('validate() rejects payments before the window opens');
  // §8.5: the window start is not a date variant; a planned payment before the latest known start is told some regions open later.
  const latestStart = payment.status === 'planned' ? chain.find('resident.latestWindowStart', first) : null;
  if (latestStart && payment.date < dayOf(first, latestStart.value)) trace?.note('R1.mayOpenLater', 'regional', 'R1', 'restoration', { date: dayOf(first, latestStart.value) });
  const inWindow = placement.kind === 'window';
  const birthYear = circumstances.birthDate ? yearOf(circumstances.birthDate) : null;
  // R2 before E2: continuous by I2 and paid in the window, the ordinary rules cover from 1 Jan.
  const continuous = () => lapseRun(chain, coverage, first, birthYear, null).years.length === 0;
  const continuousInWindow = () => inWindow && continuous();
  // A region's year-end switch (衡山): asked once, where it can decide the cover or the premium.
  let atYearEnd: YearEndSwitch | null | undefined;
  const yearEnd = () => (atYearEnd === undefined ? (atYearEnd = newborn ? null : yearEndSwitch(chain, paid, coverage, continuousInWindow)) : atYearEnd);
  const premium = premiumFor(chain, first, payment.date, circumstances.premiumTier, newbornPremiumFacts(circumstances), trace, () => yearEnd() !== null);

  let coverStart: IsoDate;
  let waiting: WaitingPeriod | null = null;
  let lapseYears: number[] = [];
  let exemption: Exemption | null = null;
  const jan1 = startOfYear(first);

  const pending = state.pending;
  if (newborn?.kind === 'within') exemption = newborn.exemption;
  exemption ??= switchExemption(chain, paid, coverage, continuousInWindow, trace, yearEnd);
  if (!exemption) {
    const switched = yearEnd();
    if (switched) {
      switched.explain(trace);
      exemption = switched.exemption;
    }
  }
  exemption ??= specialGroup(chain, paid, circumstances, inWindow ? jan1 : null, trace);
  exemption ??= universityEntrant(chain, paid, circumstances, inWindow, continuous, trace);

  if (exemption) {
    coverStart = exemption.coverFrom;
  } else if (pending && waitContinues(pending.lastPaidYear, pending.coverStart, first, payment.date)) {
    // R8 / I7: one enrolment starts one wait; paying the next year before it ends continues it.
    coverStart = pending.coverStart;
    waiting = pending.waiting;
    lapseYears = pending.lapseYears;
    trace?.add('R8', 'continuesWait', { coverStart, year: first, made: payment.status === 'made' });
  } else if (placement.kind === 'outside' && placement.closed && newborn?.kind !== 'after' && !newbornNextYear) {
    // R1b: late enrolment for this year has closed; the payment buys no cover in it.
    // Cited from the value that closed it (the region's last date), not the rule's general source alone.
    const closedBy = placed.used.filter((u) => u.key === 'resident.lateEnrolmentUntil');
    // The last day payments were taken, so the explanation can name it (R1b: "with the last date").
    const until = closedBy[0]?.value;
    const lastDay = until && 'monthDay' in until ? dayOf(first, until) : null;
    trace?.add('R1b', 'closed', { year: first, paymentDate: payment.date, ...(lastDay ? { lastDay } : {}), made: payment.status === 'made' }, closedBy);
    state.pending = null;
    // The next year's premium in the same payment is an enrolment for that year in its own right
    // (R1, R2-R7 for Y+1): R1b closes Y only. Y stays a lapse year (R10).
    const rest = years.slice(1);
    const nextYear = rest[0];
    if (nextYear !== undefined) {
      trace?.warn('lateEnrolmentClosed', next ? { year: first, nextYear, later: true, paymentDate: payment.date } : { year: first, nextYear });
      const rested = residentEnrolment(chain, circumstances, state, residentVariant(payment, { years: rest }), index, trace, true, next);
      return { ...rested, years };
    }
    // A payment the person has paid again after (the next one in the history) needs no "pay in the
    // next window", and is named by its date: `later` says the advice is past (as above).
    trace?.warn('lateEnrolmentClosed', next ? { year: first, later: true, paymentDate: payment.date } : { year: first });
    return {
      paymentIndex: index,
      scheme: 'resident',
      paymentDate: payment.date,
      years,
      restoration: { kind: 'noCover', year: first },
      waiting: null,
      lapse: null,
      retroactive: null,
      coveredYears: [],
      benefitPeriodEnd: null,
      exemption: null,
      premium,
    };
  } else {
    if (newborn?.kind === 'after' && newborn.coverFrom !== null) {
      // X1: a child enrolled under a newborn rule has no lapse to count: the birth year was not one.
      coverStart = newborn.coverFrom;
      exemption = { kind: 'newbornLate', coverFrom: newborn.coverFrom, retroactive: null };
    } else {
      lapseYears = lapseRun(chain, coverage, first, birthYear, trace).years;
      const extended = placement.kind === 'extended';
      if (extended && placement.coverStart !== 'fixedWait' && lapseYears.length === 0) {
        // R1a: continuous enrollees in the extension, covered from the payment date or the next day;
        // never before the benefit year itself (R8), for an extension that starts in December.
        coverStart = maxDate(startOfYear(first), placement.coverStart === 'nextDay' ? addDays(payment.date, 1) : payment.date);
        // Cited from the region's extension (its period and cover start), not only the rule's general source.
        trace?.add('R1a', placement.coverStart, { coverStart }, placed.used.filter((u) => u.key === 'resident.extension'));
      } else {
        const wait = ordinaryWait(chain, first, lapseYears.length, placement.kind, payment.date, payment.repairYears, trace, extended && placement.coverStart === 'fixedWait');
        coverStart = wait.coverStart;
        waiting = wait.waiting;
      }
      // E3 on a switch from the employee scheme: a region may set a wait for the gap, also where I2
      // counts no lapse year; with lapse years too, the later of the two waits (咸宁 P-HB2 names both cases).
      const switched = switchWait(chain, first, payment.date, inWindow, coverage, coverStart, trace);
      if (switched) {
        coverStart = switched.coverStart;
        waiting = switched.waiting;
      }
    }
    if (waiting && payment.repairYears > waiting.usefulRepairYears) {
      trace?.warn('repairRemovesNothing', { repairYears: payment.repairYears, useful: waiting.usefulRepairYears });
    }
  }

  // R8 / R9: cover ends 31 Dec of each paid year; a year counts only if cover began in it.
  const coveredYears: EnrolmentResult['coveredYears'] = [];
  // X1 cross-year cover: the next year too (海南, 兵团), or the birth year before the year paid
  // (an enrolment for the next year within the newborn period, asked only where nothing covers that year).
  const withNext = exemption?.alsoNextYear && !years.includes(first + 1) ? [...years, first + 1] : years;
  const coveredList = exemption?.alsoBirthYear ? [first - 1, ...withNext] : withNext;
  for (const y of coveredList) {
    if (coverStart <= endOfYear(y)) {
      const from = y === coveredList[0] && exemption ? coverStart : maxDate(coverStart, startOfYear(y));
      coveredYears.push({ year: y, from, to: endOfYear(y) });
      coverage.addResident(y, monthIndex(from.slice(0, 7)), y * 12 + 11);
    } else {
      // A year paid for nothing (X1: a newborn's free year of birth, 湖北) is enrolled, not paid: `free` says so.
      trace?.warn('noCoverInYear', y === first && premium?.yuan === 0 ? { year: y, coverStart, free: true } : { year: y, coverStart });
    }
  }
  const lastCovered = coveredList.at(-1) as number;
  if (coveredYears.length > 0) trace?.add('R9', 'covered', { years: yearList(coveredYears), benefitEnd: endOfYear(lastCovered) });

  let restoration: Restoration;
  let nextPending: PendingWait | null = null;
  if (coverStart > endOfYear(lastCovered)) {
    restoration = { kind: 'needsNextYear', date: coverStart, year: yearOf(coverStart) };
    // "Also pay the next year" is not said where the next payment does just that in time for this
    // wait to continue into it (R8, as the next run will find): it would contradict the explanation.
    // `free`: a payment of one year that costs nothing (a 湖南 newborn with a parent insured, P-HN1)
    // gets no "ask before you pay" advice: the advice is only to pay the next year.
    // Two literals rather than a spread of the flag: every explored run of a national calculation raises this.
    if (!continuedBy(next, last, coverStart)) trace?.warn('paysForNothing', years.length === 1 && premium?.yuan === 0 ? { coverStart, lastPaidYear: last, free: true } : { coverStart, lastPaidYear: last });
    trace?.add('I4', 'waitPastYearEnd', { coverStart, lastPaidYear: last });
    trace?.note('I4', 'interpretation', 'I4', 'restoration');
    nextPending = { coverStart, lastPaidYear: last, waiting, lapseYears };
  } else {
    restoration = { kind: 'date', date: coverStart };
  }
  // The pooled fund's part is national (S1); the personal account is left to regions and not
  // confirmed nationally (RULES R11), so the note is unconfirmed, worded so the national part reads as sure.
  if (lapseYears.length > 0 || waiting) trace?.note('R11.personalAccount', 'unconfirmed', 'R11', 'cover');

  state.pending = nextPending;
  return {
    paymentIndex: index,
    scheme: 'resident',
    paymentDate: payment.date,
    years,
    restoration,
    waiting,
    lapse: lapseYears.length > 0 ? { years: lapseYears } : null,
    retroactive: exemption?.retroactive ?? null,
    coveredYears,
    benefitPeriodEnd: coveredYears.length > 0 ? endOfYear(lastCovered) : null,
    exemption: exemption?.kind ?? null,
    premium,
  };
}
