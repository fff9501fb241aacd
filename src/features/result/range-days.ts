// A range's days in words. The days are the regions' own, not every day between the first and
// the last: two are "on X or Y" / 「X或Y」 (one or the other), as the warnings say them
// (result.coverStartDays); from three on, "between X and Y" / 「X至Y之间」.
import type { TFunction } from 'i18next';
import type { Restoration } from '../../calc';
import type { Formatters } from '../../i18n/use-format';
import { possibleDays } from './range-lines';

/** The words for a range's first and last day, as parameters of the sentences that say them (a type, so t() takes it as its options). */
export type RangeDayWords = {
  earliest: string;
  latest: string;
  /** In a sentence, after its verb: "restarts {{when}}": "on X or Y" / "between X and Y"; 「在{{when}}恢复」. */
  when: string;
  /** On its own (an option's date): "X or Y" / "between X and Y". */
  dates: string;
  /** As a day: "starts on {{day}}": "X or Y" / "a day between X and Y"; 「自{{day}}起」: 「X至Y之间的某一天」. */
  day: string;
};

/** How many distinct days a restoration's dated outcomes give (a range's; 1 or 0 otherwise). */
export function distinctDays(r: Restoration): number {
  return new Set(possibleDays(r)).size;
}

/** The words for days `earliest` to `latest` (ISO dates), `days` distinct days in all. */
export function rangeDayWords(t: TFunction, f: Formatters, earliest: string, latest: string, days: number): RangeDayWords {
  const ends = { earliest: f.date(earliest), latest: f.date(latest) };
  // One day (a date and the same date only with the next year paid): that day, never "X or X".
  if (earliest === latest) return { ...ends, when: t('result.rangeDays.one', { date: ends.earliest }), dates: ends.earliest, day: ends.earliest };
  const either = days <= 2;
  return {
    ...ends,
    when: t(either ? 'result.rangeDays.on' : 'result.rangeDays.between', ends),
    dates: t(either ? 'result.rangeDays.either' : 'result.rangeDays.between', ends),
    day: t(either ? 'result.rangeDays.either' : 'result.coverStartDays.between', ends),
  };
}

/** rangeDayWords for a range restoration, its days counted from its outcomes. */
export function rangeWords(t: TFunction, f: Formatters, r: Extract<Restoration, { kind: 'range' }>): RangeDayWords {
  return rangeDayWords(t, f, r.earliest, r.latest, distinctDays(r));
}
