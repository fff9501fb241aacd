// Pure: Result -> positioned segments and markers on a 0..WIDTH axis. The SVG and the
// text table both read this, so the drawing and its text equivalent cannot disagree.
import { endOfYear, startOfYear, toDayNumber, yearOf } from '../../calc';
import type { IsoDate, PeriodKind, Result } from '../../calc';

export const WIDTH = 1000;
/** At most this many calendar years are drawn; older history is summarised in the table. */
export const MAX_YEARS = 6;

export type MarkerKind = 'today' | 'payment' | 'windowStart' | 'windowEnd' | 'restoration';

export interface Segment {
  kind: PeriodKind;
  from: IsoDate;
  /** Inclusive; open-ended periods are drawn to the edge and flagged. */
  to: IsoDate;
  openEnded: boolean;
  x: number;
  width: number;
}

export interface Marker {
  kind: MarkerKind;
  date: IsoDate;
  x: number;
}

export interface TimelineLayout {
  from: IsoDate;
  to: IsoDate;
  segments: Segment[];
  markers: Marker[];
  years: { year: number; x: number; width: number }[];
}

// Drawn bottom to top: retroactive cover sits on top of the lapse it repairs.
const Z: Record<PeriodKind, number> = { lapse: 0, employeeCovered: 1, covered: 1, waiting: 2, uncertain: 3, restored: 4, retroactive: 5 };

function restorationDate(result: Result): IsoDate {
  const r = result.main.restoration;
  return r.kind === 'range' ? r.latest : r.date;
}

export function layoutTimeline(result: Result): TimelineLayout {
  const restoration = restorationDate(result);
  const keyDates = [result.asOf, result.main.paymentDate, restoration];
  const lastYear = Math.max(...keyDates.map(yearOf));
  const firstKey = Math.min(...keyDates.map(yearOf), ...result.periods.map((p) => yearOf(p.from)));
  const firstYear = Math.max(firstKey, lastYear - MAX_YEARS + 1);
  const from = startOfYear(firstYear);
  const to = endOfYear(lastYear);
  const start = toDayNumber(from);
  const span = toDayNumber(to) + 1 - start;
  const x = (date: IsoDate) => ((toDayNumber(date) - start) / span) * WIDTH;
  const clampDate = (d: IsoDate) => (d < from ? from : d > to ? to : d);

  const segments: Segment[] = result.periods
    .filter((p) => (p.to === null || p.to >= from) && p.from <= to)
    .map((p) => {
      const a = clampDate(p.from);
      const b = clampDate(p.to ?? to);
      const left = x(a);
      return { kind: p.kind, from: p.from, to: p.to ?? to, openEnded: p.to === null, x: left, width: Math.max(x(b) + WIDTH / span - left, 1) };
    })
    .sort((s, t) => Z[s.kind] - Z[t.kind] || s.x - t.x);

  const markers: Marker[] = [];
  const mark = (kind: MarkerKind, date: IsoDate | null | undefined) => {
    if (date && date >= from && date <= to) markers.push({ kind, date, x: x(date) });
  };
  mark('today', result.asOf);
  mark('payment', result.main.paymentDate);
  mark('windowStart', result.window?.start);
  mark('windowEnd', result.window?.extendedEnd ?? result.window?.end);
  mark('restoration', restoration);

  const years = [];
  for (let y = firstYear; y <= lastYear; y++) years.push({ year: y, x: x(startOfYear(y)), width: x(endOfYear(y)) + WIDTH / span - x(startOfYear(y)) });
  return { from, to, segments, markers, years };
}
