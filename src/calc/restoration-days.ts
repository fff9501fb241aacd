// The first day a restoration may give cover, read alike by the options, the periods and the status.
import type { IsoDate } from './dates';
import type { Restoration } from './result';

/** The last day a restoration may give, for picking the most cautious run (no cover counts as latest). */
export function lastDay(r: Restoration): string {
  if (r.kind === 'noCover') return '9999-12-31';
  return r.kind === 'range' ? r.latest : r.date;
}

/** The first day a restoration may give cover: its date, a range's earliest; null for no cover. */
export function firstDay(r: Restoration): IsoDate | null {
  switch (r.kind) {
    case 'date':
      return r.date;
    case 'range':
      return r.earliest;
    case 'needsNextYear':
      return r.date;
    case 'noCover':
      return null;
  }
}
