// One resident-scheme enrolment: which rule applies, when cover starts, what it covers.
import { endOfYear, maxDate, monthIndex, startOfYear, yearOf } from './dates';
import type { IsoDate } from './dates';
import { newbornCase, specialGroup, switchExemption } from './exemptions';
import type { Exemption } from './exemptions';
import { lapseRun } from './lapse-count';
import { ordinaryWait } from './resident-wait';
import type { EnrolmentResult, Restoration, WaitingPeriod } from './result';
import type { PackChain } from './rule-pack';
import type { PaymentState } from './run-payment';
import type { Circumstances, ResidentPayment } from './scenario-schema';
import type { Recorder } from './trace';
import { placePayment, windowFor } from './window';
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

/** One resident-scheme payment against the cover so far; leaves in `state` what it means for the next. */
export function residentEnrolment(chain: PackChain, circumstances: Circumstances, state: PaymentState, payment: ResidentPayment, index: number, trace: Recorder): EnrolmentResult {
  const coverage = state.coverage;
  const years = sortedYears(payment.years);
  const first = years[0] as number;
  // The exemption checks read the first benefit year paid, which is years[0] once sorted.
  const paid = { first, date: payment.date };
  const last = years.at(-1) as number;
  const window = windowFor(chain, first);
  const placement = placePayment(window, payment.date);
  trace?.add('R1', placement, { year: first, start: window.start, end: window.end, extendedEnd: window.extendedEnd, paymentDate: payment.date }, window.used);
  if (placement === 'beforeWindow') throw new RangeError('validate() rejects payments before the window opens');

  let coverStart: IsoDate;
  let waiting: WaitingPeriod | null = null;
  let lapseYears: number[] = [];
  let exemption: Exemption | null = null;
  let latest: IsoDate | null = null;

  const newborn = newbornCase(chain, paid, circumstances, trace);
  const pending = state.pending;
  if (newborn?.kind === 'within') exemption = newborn.exemption;
  exemption ??= switchExemption(chain, paid, coverage, trace);
  exemption ??= specialGroup(chain, paid, circumstances, placement === 'window' ? startOfYear(first) : null, trace);

  if (exemption) {
    coverStart = exemption.coverFrom;
  } else if (pending && pending.lastPaidYear === first - 1 && yearOf(pending.coverStart) >= first) {
    // R8: one enrolment starts one wait; paying the next year continues it.
    coverStart = pending.coverStart;
    waiting = pending.waiting;
    lapseYears = pending.lapseYears;
    trace?.add('R8', 'continuesWait', { coverStart, year: first });
  } else {
    const birthYear = circumstances.birthDate ? yearOf(circumstances.birthDate) : null;
    lapseYears = lapseRun(chain, coverage, first, birthYear, trace).years;
    if (newborn?.kind === 'after' && newborn.rule === 'paymentDate') {
      coverStart = payment.date;
      exemption = { kind: 'newborn', coverFrom: payment.date, retroactive: null };
    } else {
      const ordinary = ordinaryWait(chain, first, lapseYears.length, placement, payment.date, payment.repairYears, trace);
      coverStart = ordinary.coverStart;
      waiting = ordinary.waiting;
      if (newborn?.kind === 'after' && newborn.rule === 'regional') {
        // The law leaves late newborns to the region: from the payment date at best.
        latest = coverStart;
        coverStart = payment.date;
        trace?.note('X1.afterWindow', 'regional', 'X1', 'restoration');
      }
    }
    if (waiting && payment.repairYears > waiting.usefulRepairYears) {
      trace?.warn('repairRemovesNothing', { repairYears: payment.repairYears, useful: waiting.usefulRepairYears });
    }
  }

  // R8 / R9: cover ends 31 Dec of each paid year; a year counts only if cover began in it.
  const cautiousStart = latest ?? coverStart;
  const coveredYears: EnrolmentResult['coveredYears'] = [];
  for (const y of years) {
    if (cautiousStart <= endOfYear(y)) {
      const from = y === first && exemption ? coverStart : maxDate(cautiousStart, startOfYear(y));
      coveredYears.push({ year: y, from, to: endOfYear(y) });
      coverage.addResident(y, monthIndex(from), y * 12 + 11);
    } else {
      trace?.warn('noCoverInYear', { year: y, coverStart: cautiousStart });
    }
  }
  if (coveredYears.length > 0) trace?.add('R9', 'covered', { years: yearList(coveredYears), benefitEnd: endOfYear(last) });

  let restoration: Restoration;
  let nextPending: PendingWait | null = null;
  if (cautiousStart > endOfYear(last)) {
    restoration = { kind: 'needsNextYear', date: cautiousStart, year: yearOf(cautiousStart) };
    trace?.warn('paysForNothing', { coverStart: cautiousStart, lastPaidYear: last });
    trace?.add('I4', 'waitPastYearEnd', { coverStart: cautiousStart, lastPaidYear: last });
    trace?.note('I4', 'interpretation', 'I4', 'restoration');
    nextPending = { coverStart: cautiousStart, lastPaidYear: last, waiting, lapseYears };
  } else if (latest && latest !== coverStart) {
    restoration = { kind: 'range', earliest: coverStart, latest, reason: 'X1' };
  } else {
    restoration = { kind: 'date', date: coverStart };
  }
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
    benefitPeriodEnd: coveredYears.length > 0 ? endOfYear(last) : null,
    exemption: exemption?.kind ?? null,
  };
}
