// E3 on a switch to the resident scheme (RULES.md §4, S5 ③): a person whose last cover was in the
// employee scheme, and who enrols in the resident scheme more than E1's months later, may face a
// wait of up to 6 months that the region sets, even where the ordinary resident rules find no
// lapse year (I2: a year with employee months is not one). 咸宁 states 3 months for 2026, from
// 1 Apr (P-HB2: 「职工医保转城乡居民医保参保断缴超过3个月…设置3个月待遇等待期，即2026年4月1日开始享受待遇」).
import { addDays, addMonthsToMonth, firstDayOfMonth, monthFromIndex, monthOf } from './dates';
import type { IsoDate } from './dates';
import type { Coverage } from './coverage';
import type { WaitingPeriod } from './result';
import type { PackChain } from './rule-pack';
import type { Recorder } from './trace';

export interface SwitchWait {
  coverStart: IsoDate;
  waiting: WaitingPeriod;
}

/**
 * The switch wait for a resident payment for benefit year `year` made on `date`, given the cover
 * the ordinary rules give (`ordinaryStart`, with no lapse year counted). Null where it does not
 * apply: the last covered month before the payment month is not the employee scheme's, the year
 * before has resident cover that began after that month (an earlier enrolment made the switch, with
 * its own wait: one switch, one wait), the gap
 * (E4: whole months between them) is within `employee.noWaitGapMonths`, or the region's
 * `switch.longGapWaitMonths` (months, 0-6) ends no later than the ordinary start (`ordinaryStart`,
 * with or without lapse years). Otherwise the wait runs from 1 Jan of the year for a payment in
 * the window (`inWindow`) or made before the year (咸宁: paid in the window, cover from 1 Apr),
 * else, as E3's does, from the 1st of the payment month, for that many months; one enrolment
 * starts one wait (R8), so the later of the two starts is the answer.
 * Records an E3 step where the gap is over the limit, also where the region sets no wait.
 */
export function switchWait(chain: PackChain, year: number, date: IsoDate, inWindow: boolean, coverage: Coverage, ordinaryStart: IsoDate, trace: Recorder): SwitchWait | null {
  const paymentMonth = monthOf(date);
  const last = coverage.gapBefore(paymentMonth);
  if (!last || last.by !== 'employee') return null;
  // The switch was an earlier enrolment's, with its own wait: the year before has resident cover
  // that began after the last employee month. This payment goes on from it (湖北: employee cover
  // to March 2026, 2026 paid in September and covered from December; 2027 paid in the window on
  // 5 December, before that cover began, is no second switch).
  const before = coverage.residentStart(year - 1);
  if (before !== null && before > last.index) return null;
  const limitP = chain.get('employee.noWaitGapMonths', year);
  const gap = last.gap;
  if (gap <= limitP.value) {
    // A year marked as employee cover without months is taken to run up to the payment (the
    // shortest gap). Had it ended earlier, a wait might apply that some regions set: the answer
    // asks for the months rather than give a firm date they would change.
    if (coverage.employeeMonthsGuessed(last.index) && chain.answersAmong('switch.longGapWaitMonths', year, (months) => months).some((months) => months > 0)) {
      trace?.warn('employeeMonthsUnknownWait', { lastYear: Math.floor(last.index / 12), maxMonths: limitP.value });
    }
    return null;
  }
  // In the window (also in January or February, 湖北's runs to 28 Feb) the wait runs from 1 Jan, as R7's does.
  const jan = `${year}-01`;
  const fromMonth = inWindow || paymentMonth < jan ? jan : paymentMonth;
  const origin = firstDayOfMonth(fromMonth);
  const endOf = (months: number) => firstDayOfMonth(addMonthsToMonth(fromMonth, months));
  // Asked as what it changes: the regions whose wait ends no later than the ordinary start give
  // the same answer (no later start), and are one run, not one each (explore.ts).
  const wait = chain.ask('switch.longGapWaitMonths', year, (months) => (months > 0 && endOf(months) > ordinaryStart ? months : 0));
  if (!wait) return null;
  const waitP = wait.used;
  const later = wait.answer > 0;
  const coverFrom = later ? endOf(wait.answer) : ordinaryStart;
  const params = { lastEmployeeMonth: monthFromIndex(last.index), gapMonths: gap, maxMonths: limitP.value, months: waitP.value, coverFrom, ordinary: !later };
  trace?.add('E3', 'switchWait', params, [waitP, limitP]);
  if (!later) return null;
  return {
    coverStart: coverFrom,
    waiting: { start: origin, end: addDays(coverFrom, -1), unit: 'months', fixed: waitP.value, variable: 0, variableBeforeRepair: 0, repairRemoved: 0, total: waitP.value, usefulRepairYears: 0 },
  };
}
