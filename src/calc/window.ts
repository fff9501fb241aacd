// R1: the enrolment window for a benefit year, from the pack's month-day parameters.
import { makeDate } from './dates';
import type { IsoDate } from './dates';
import type { YearDay } from './pack-schema';
import { PerChainYear } from './per-chain-year';
import type { PackChain, ResolvedParam } from './rule-pack';

export interface EnrolmentWindow {
  year: number;
  start: IsoDate;
  end: IsoDate;
  /** Last day of the extended payment period (延长缴费期), which starts the day after `end`. */
  extendedEnd: IsoDate | null;
  used: ResolvedParam<'resident.windowStart' | 'resident.windowEnd' | 'resident.extendedWindowEnd'>[];
}

export type Placement = 'beforeWindow' | 'window' | 'extended' | 'outside';

function dayOf(year: number, day: YearDay): IsoDate {
  const [m, d] = day.monthDay.split('-').map(Number) as [number, number];
  // Clamped: "02-29" in a pack means the last day of February.
  return makeDate(year + day.yearOffset, m, d);
}

/** Windows are asked for many times per calculation. */
const windows = new PerChainYear(computeWindow);

export function windowFor(chain: PackChain, year: number): EnrolmentWindow {
  return windows.get(chain, year);
}

function computeWindow(chain: PackChain, year: number): EnrolmentWindow {
  const start = chain.get('resident.windowStart', year);
  const end = chain.get('resident.windowEnd', year);
  const extended = chain.get('resident.extendedWindowEnd', year);
  return {
    year,
    start: dayOf(year, start.value),
    end: dayOf(year, end.value),
    extendedEnd: extended.value ? dayOf(year, extended.value) : null,
    used: [start, end, extended],
  };
}

export function placePayment(window: EnrolmentWindow, date: IsoDate): Placement {
  if (date < window.start) return 'beforeWindow';
  if (date <= window.end) return 'window';
  if (window.extendedEnd && date <= window.extendedEnd) return 'extended';
  return 'outside';
}
