// R3-R7 and I5: the ordinary resident waiting period and the day cover starts.
import { addDays, addMonths, addMonthsToMonth, firstDayOfMonth, maxDate, monthOf, startOfYear } from './dates';
import type { IsoDate } from './dates';
import { PerChainYear } from './per-chain-year';
import type { PackChain } from './rule-pack';
import type { WaitingPeriod } from './result';
import type { Recorder } from './trace';
import { waitingMonths } from './waiting-months';
import type { Placement } from './window';

export interface OrdinaryWait {
  coverStart: IsoDate;
  waiting: WaitingPeriod | null;
}

/** The six values R3-R6 read, looked up once per chain and year rather than per payment. */
function readWaitParams(chain: PackChain, year: number) {
  return {
    fixedP: chain.get('resident.fixedWaitMonths', year),
    perYearP: chain.get('resident.variableMonthsPerLapseYear', year),
    readingP: chain.get('resident.variableReading', year),
    repairP: chain.get('resident.repairMonthsPerYear', year),
    triggerP: chain.get('resident.repairFloorTriggerYears', year),
    floorP: chain.get('resident.repairFloorMonths', year),
  };
}

const waitParams = new PerChainYear(readWaitParams);

export function ordinaryWait(
  chain: PackChain,
  year: number,
  lapseYears: number,
  placement: Exclude<Placement, 'beforeWindow'>,
  paymentDate: IsoDate,
  repairYears: number,
  trace: Recorder,
): OrdinaryWait {
  const { fixedP, perYearP, readingP, repairP, triggerP, floorP } = waitParams.get(chain, year);
  const m = waitingMonths({
    lapseYears,
    outsideWindow: placement === 'outside',
    repairYears,
    fixedMonths: fixedP.value,
    variablePerYear: perYearP.value,
    reading: readingP.value,
    repairMonthsPerYear: repairP.value,
    floorTriggerYears: triggerP.value,
    floorMonths: floorP.value,
  });
  const jan1 = startOfYear(year);

  if (m.total === 0) {
    // R2: continuous enrollees paying in the window are covered from 1 Jan; in an
    // extended payment period, from the payment date.
    const coverStart = placement === 'window' ? jan1 : paymentDate;
    trace?.add('R2', placement === 'window' ? 'window' : 'extended', { coverStart });
    return { coverStart, waiting: null };
  }

  trace?.add('R3', lapseYears > 0 ? 'lapsed' : 'outsideWindow', { fixedMonths: m.fixed }, [fixedP]);
  if (lapseYears > 0) {
    trace?.add('R4', readingP.value, { lapseYears, variableMonths: m.variableBeforeRepair, perYear: perYearP.value }, [readingP, perYearP]);
    if (readingP.value === 'everyYear') trace?.note('R4.everyYear', 'regional', 'R4', 'wait');
  }
  if (repairYears > 0 || m.usefulRepairYears > 0 || m.floorApplies) {
    trace?.add(
      'R5',
      m.floorApplies ? 'floor' : 'repair',
      { repairYears, removed: m.repairRemoved, useful: m.usefulRepairYears, floorMonths: floorP.value, triggerYears: triggerP.value },
      [repairP, floorP, triggerP],
    );
  }
  if (m.total > floorP.value) trace?.add('R6', 'noCap', { totalMonths: m.total });

  // R7 / I5: in the window the wait runs from 1 Jan; otherwise from the payment date.
  const origin = placement === 'window' ? maxDate(jan1, paymentDate) : paymentDate;
  if (origin !== jan1) {
    if (placement !== 'outside') trace?.add('I5', 'fromPayment', { origin });
    if (placement !== 'outside') trace?.note('I5', 'interpretation', 'I5', 'restoration');
  }
  let coverStart: IsoDate;
  if (origin === jan1) {
    coverStart = addMonths(jan1, m.total).date;
    trace?.add('R7', 'fromJan1', { origin, totalMonths: m.total, coverStart });
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
  return {
    coverStart,
    waiting: {
      start: origin,
      end: addDays(coverStart, -1),
      fixedMonths: m.fixed,
      variableMonths: m.variable,
      variableMonthsBeforeRepair: m.variableBeforeRepair,
      repairMonthsRemoved: m.repairRemoved,
      totalMonths: m.total,
      usefulRepairYears: m.usefulRepairYears,
    },
  };
}
