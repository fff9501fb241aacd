// R3-R7 and I5: the ordinary resident waiting period and the day cover starts. The wait is
// counted in months or, where the region says so, in days (R3 waitUnit); both units go
// through the same arithmetic (waiting-months.ts) with the pack's numbers for that unit.
import { addDays, addMonths, addMonthsToMonth, firstDayOfMonth, monthOf, startOfYear } from './dates';
import type { IsoDate } from './dates';
import type { ParamKey } from './pack-schema';
import type { PackChain, ResolvedParam } from './rule-pack';
import type { WaitingPeriod } from './result';
import type { Recorder } from './trace';
import { waitingMonths } from './waiting-months';

export interface OrdinaryWait {
  coverStart: IsoDate;
  waiting: WaitingPeriod | null;
}

/** How a payment stands against its window, as the wait reads it. */
export type WaitPlacement = 'window' | 'extended' | 'outside';

/** The parameters R3-R6 read, for one unit. */
function readWaitParams(chain: PackChain, year: number, unit: 'months' | 'days') {
  const days = unit === 'days';
  return {
    fixedP: chain.get(days ? 'resident.fixedWaitDays' : 'resident.fixedWaitMonths', year),
    perYearP: chain.get(days ? 'resident.variableDaysPerLapseYear' : 'resident.variableMonthsPerLapseYear', year),
    repairP: chain.get(days ? 'resident.repairDaysPerYear' : 'resident.repairMonthsPerYear', year),
    triggerP: chain.get('resident.repairFloorTriggerYears', year),
    floorP: chain.get(days ? 'resident.repairFloorDays' : 'resident.repairFloorMonths', year),
  };
}

/** I7: the payment date where the count gave an earlier day, with a step saying so. */
function notBeforePayment(counted: IsoDate, paymentDate: IsoDate, trace: Recorder): IsoDate {
  trace?.add('I7', 'notBeforePayment', { counted, paymentDate, coverStart: paymentDate });
  return paymentDate;
}

/**
 * The ordinary wait for benefit year `year` (R3-R7). `placement` is where the payment fell;
 * `fixedEvenIfContinuous` applies the fixed wait to a continuous enrollee (an extension whose
 * cover start is `fixedWait`, R1a). Lengths in the waiting period are in its `unit`.
 */
export function ordinaryWait(
  chain: PackChain,
  year: number,
  lapseYears: number,
  placement: WaitPlacement,
  paymentDate: IsoDate,
  repairYears: number,
  trace: Recorder,
  fixedEvenIfContinuous = false,
): OrdinaryWait {
  const jan1 = startOfYear(year);
  const outside = placement === 'outside' || fixedEvenIfContinuous;
  if (lapseYears === 0 && !outside) {
    // R2: continuous enrollees paying in the window are covered from 1 Jan; in an extended
    // payment period, from the payment date (the extension's own start is applied by the caller).
    const coverStart = placement === 'window' ? jan1 : paymentDate;
    trace?.add('R2', placement === 'window' ? 'window' : 'extended', { coverStart });
    return { coverStart, waiting: null };
  }

  const unitP = chain.get('resident.waitUnit', year);
  const unit = unitP.value;
  const days = unit === 'days';
  const { fixedP, perYearP, repairP, triggerP, floorP } = readWaitParams(chain, year, unit);
  // R4's reading matters only where a lapse year beyond the first could count.
  const readingP = lapseYears >= 1 ? chain.get('resident.variableReading', year) : null;
  const m = waitingMonths({
    lapseYears,
    outsideWindow: outside,
    repairYears,
    fixedMonths: fixedP.value,
    variablePerYear: perYearP.value,
    reading: readingP?.value ?? 'additionalYears',
    repairMonthsPerYear: repairP.value,
    floorTriggerYears: triggerP.value,
    floorMonths: floorP.value,
  });

  // Each step's parameters as two literals, not one with a computed key (fixedDays or fixedMonths):
  // a computed key builds the object the slow way, a measurable cost on this path.
  trace?.add('R3', (lapseYears > 0 ? 'lapsed' : fixedEvenIfContinuous ? 'extensionWait' : 'outsideWindow') + (days ? 'Days' : ''), days ? { fixedDays: m.fixed } : { fixedMonths: m.fixed }, [fixedP, unitP]);
  if (lapseYears > 0 && readingP) {
    // A reading the region pins from a worked example, with one lapse year: those sources give
    // exactly that case (咸宁 P-HB2, 陕西 P-SN2: a 2025 lapse, a 3-month wait), so the note on how
    // further years count ("each additional year") has nothing to add; from two years on it has.
    // A reading taken from the wording alone (甘肃 P-GS1, 吉林 P-JL2 「每多断保1年」: status
    // interpretation) keeps its note whatever the years: the one-year date rests on it. So does one
    // from a secondary source (咸宁 P-HB2, 陕西 P-SN2: unconfirmed), which the date rests on too (RULES §2).
    const readingSettled = lapseYears < 2 && !readingP.variant && readingP.status === 'confirmed';
    // How much a further year adds (and its note: 甘肃's 30 days where a region states only its fixed
    // wait, 湖南) only where some year adds it: none where this reading counts no year (one lapse year).
    const settled: ResolvedParam<ParamKey>[] = [];
    if (readingSettled) settled.push(readingP);
    if (m.variableBeforeRepair === 0) settled.push(perYearP);
    trace?.add('R4', readingP.value + (days ? 'Days' : ''), days ? { lapseYears, variableDays: m.variableBeforeRepair, perYear: perYearP.value } : { lapseYears, variableMonths: m.variableBeforeRepair, perYear: perYearP.value }, [readingP, perYearP], settled);
    // How much longer, in the region's unit: 30 days where waits count days (湖南), not "1 month".
    // Where the run chose this reading among regions' (§8), the note is that variant's: said only where
    // the reading changes a date shown (南通, 2 lapse years and 2 repaired: both readings give 1 April).
    if (readingP.value === 'everyYear') {
      if (readingP.variant) trace?.note('R4.everyYear', 'regional', 'R4', 'wait', { perYear: perYearP.value, unit, param: readingP.key }, true);
      else trace?.note('R4.everyYear', 'regional', 'R4', 'wait', { perYear: perYearP.value, unit });
    }
    // From two years on, the reading itself counts too: said beside the secondary source's note (its own note).
    else if (lapseYears >= 2 && readingP.status === 'unconfirmed' && readingP.note !== 'R4.additionalYears') trace?.note('R4.additionalYears', 'interpretation', 'R4', 'wait');
  }
  if (repairYears > 0 || m.usefulRepairYears > 0 || m.floorApplies) {
    // How much a repair year removes (and its note, such as 30 days a year) only where repair is
    // chosen or would shorten the wait: the repair options give dates that depend on it, also a
    // made payment's comparison ("had you paid repair years"). Where only the floor applies, none.
    const repairSettled = repairYears === 0 && m.usefulRepairYears === 0 ? repairP : undefined;
    trace?.add(
      'R5',
      (m.floorApplies ? 'floor' : 'repair') + (days ? 'Days' : ''),
      days
        ? { repairYears, removed: m.repairRemoved, useful: m.usefulRepairYears, floorDays: floorP.value, triggerYears: triggerP.value }
        : { repairYears, removed: m.repairRemoved, useful: m.usefulRepairYears, floorMonths: floorP.value, triggerYears: triggerP.value },
      // The floor's values (and their notes, such as a 6-month floor read as 180 days) only where the floor applies.
      m.floorApplies ? [repairP, floorP, triggerP] : [repairP],
      repairSettled,
    );
  }
  if (m.total > floorP.value) trace?.add('R6', 'noCap' + (days ? 'Days' : ''), days ? { totalDays: m.total } : { totalMonths: m.total });

  // R7 / I5: in the window the wait runs from 1 Jan, also for a payment in a window that runs
  // into the year itself (湖北: lapsed in 2025, 2026 paid by 28 Feb 2026, cover from 1 Apr, P-HB2);
  // otherwise from the payment date.
  const origin = placement === 'window' && !fixedEvenIfContinuous ? jan1 : paymentDate;
  // I5 is about lapsed people paying in an extension; a continuous one there waits by R1a.
  if (origin !== jan1 && placement === 'extended' && lapseYears > 0) {
    trace?.add('I5', 'fromPayment', { origin });
    trace?.note('I5', 'interpretation', 'I5', 'restoration');
  }
  let coverStart: IsoDate;
  if (origin === jan1) {
    coverStart = days ? addDays(jan1, m.total) : addMonths(jan1, m.total).date;
    trace?.add('R7', 'fromJan1' + (days ? 'Days' : ''), days ? { origin, totalDays: m.total, coverStart } : { origin, totalMonths: m.total, coverStart });
    // A region that counts a wait to the day after it (广州, L-GZ) states that only for a payment
    // outside the window; from 1 Jan the count is read as 1 Jan + W, as in the in-window examples
    // (阜新 L-FX, 青岛 L-QD, 湖北 P-HB2: cover from 1 Apr). Our reading there, so it says so.
    if (!days && !chain.isRegional('resident.dateConvention', year) && chain.find('resident.dateConvention', year)?.value === 'nextDay') trace?.note('R7.windowNextDay', 'interpretation', 'R7', 'restoration');
  } else if (days) {
    // R7 in days: D + N, or D + N + 1 where the day after counts; a month-start convention is
    // not stated for day counts, so it is read as D + N (an interpretation, shown as a note).
    const convention = chain.ask('resident.dateConvention', year, (c) => (c === 'nextDay' ? 'nextDay' : 'sameDay'));
    const next = convention?.answer === 'nextDay';
    coverStart = addDays(origin, m.total + (next ? 1 : 0));
    trace?.add('R7', next ? 'nextDayDays' : 'sameDayDays', { origin, totalDays: m.total, coverStart }, convention ? [convention.used] : []);
    if (!next) trace?.note('R7.daysSameDay', 'interpretation', 'R7', 'restoration');
  } else {
    const conventionP = chain.get('resident.dateConvention', year);
    const shifted = addMonths(origin, m.total);
    if (conventionP.value === 'monthStart') {
      coverStart = firstDayOfMonth(addMonthsToMonth(monthOf(origin), m.total));
    } else {
      coverStart = conventionP.value === 'nextDay' ? addDays(shifted.date, 1) : shifted.date;
      if (shifted.clamped) trace?.note('R7.monthEndClamp', 'unconfirmed', 'R7', 'restoration', { date: shifted.date });
    }
    trace?.add('R7', conventionP.value, { origin, totalMonths: m.total, coverStart }, [conventionP]);
  }
  // I7: never before the money arrives. Counted from 1 Jan the 3-month fixed wait ends after any
  // window known (the latest ends 28 Feb), so this only guards a pack with a longer window. A
  // step of its own where it moves the date: the steps above end on the earlier day, and the
  // "why" must say why the answer is not that day.
  if (coverStart < paymentDate) coverStart = notBeforePayment(coverStart, paymentDate, trace);
  return {
    coverStart,
    waiting: {
      start: origin,
      end: addDays(coverStart, -1),
      unit,
      fixed: m.fixed,
      variable: m.variable,
      variableBeforeRepair: m.variableBeforeRepair,
      repairRemoved: m.repairRemoved,
      total: m.total,
      usefulRepairYears: m.usefulRepairYears,
    },
  };
}
