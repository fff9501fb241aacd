// R10 with I1-I3: the lapse count N is the run of uncovered benefit years right before the
// year being enrolled, counting only years from countLapsesFromYear (2025) on.
import type { TraceValue } from './result';
import type { Coverage } from './coverage';
import { PerChainYear } from './per-chain-year';
import type { PackChain } from './rule-pack';
import type { Recorder } from './trace';

export interface LapseRun {
  years: number[];
  /** The year that ended the run was covered only by the employee scheme (I2 mattered). */
  stoppedByEmployee: boolean;
}

/** The two values R10 and I2 read, looked up once per chain and year rather than per payment. */
const lapseParams = new PerChainYear((chain: PackChain, year: number) => ({
  fromParam: chain.get('resident.countLapsesFromYear', year),
  employeeParam: chain.get('resident.employeeYearsCountAsCovered', year),
}));

export function lapseRun(chain: PackChain, coverage: Coverage, firstYear: number, birthYear: number | null, trace: Recorder): LapseRun {
  const { fromParam, employeeParam } = lapseParams.get(chain, firstYear);
  // Nobody lapses before being born.
  const earliest = Math.max(fromParam.value, birthYear ?? -Infinity);
  const years: number[] = [];
  let stoppedByEmployee = false;
  let y = firstYear - 1;
  for (; y >= earliest; y--) {
    if (coverage.residentCovered(y)) break;
    if (employeeParam.value && coverage.employeeCovered(y)) {
      stoppedByEmployee = true;
      break;
    }
    years.unshift(y);
  }
  // I1 mattered if the run reached the boundary and the year before it was uncovered too.
  const boundary = fromParam.value - 1;
  const beforeCount = y < earliest && earliest === fromParam.value && boundary >= (birthYear ?? -Infinity) && !coverage.residentCovered(boundary) && !coverage.employeeCovered(boundary);
  // No year counted, yet the year before was not covered (昆明: 2024 not insured, 2025 paid): "not
  // counted", never "continuously insured".
  const step = years.length > 0 ? 'lapsed' : beforeCount ? 'notCounted' : 'continuous';
  // Born in or after the year counting starts: which years count before it changes nothing, so
  // its note (I1, lapses before 2025 not counted) is not this person's.
  const settled = birthYear !== null && birthYear >= fromParam.value ? fromParam : undefined;
  if (trace) {
    // The year the count starts at only where it decides the step; set after, not spread in (a spread is slow here).
    const params: Record<string, TraceValue> = { lapseYears: years.length, from: years[0] ?? null, to: years.at(-1) ?? null, countFrom: fromParam.value };
    if (step === 'notCounted') params.year = boundary;
    // Born after counting starts: the years counted are those since birth (said so, not "from 2025 on").
    if (settled && step === 'continuous') params.birthYear = birthYear;
    // Where the count stopped at a covered year, or the year before counting starts was covered
    // anyway, counting from that year changed nothing here: its note (I1) is kept, marked so.
    trace.add('R10', step, params, [fromParam], settled, beforeCount ? undefined : fromParam);
  }
  if (stoppedByEmployee) {
    trace?.add('I2', 'employeeYearCounts', { year: y }, [employeeParam]);
    trace?.note('I2', 'interpretation', 'I2', 'lapse', { year: y });
  }
  if (beforeCount) {
    trace?.note('I1', 'interpretation', 'I1', 'lapse', { countFrom: fromParam.value });
  }
  // I3 mattered if an earlier, separate lapse (already served) is left out of N.
  for (let earlier = y - 1; earlier >= earliest; earlier--) {
    if (!coverage.residentCovered(earlier) && !(employeeParam.value && coverage.employeeCovered(earlier))) {
      trace?.note('I3', 'interpretation', 'I3', 'lapse', { year: earlier });
      break;
    }
  }
  return { years, stoppedByEmployee };
}
