// The first day a restoration may give cover, read alike by the options, the periods and the status.
import type { IsoDate } from './dates';
import type { Restoration } from './result';

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
