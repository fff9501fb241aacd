// A made payment's range told as straddling the as-of date (its earliest day behind, its latest
// ahead) reads "has already restarted (on X at the earliest) or will restart by Y": right for three
// days or more, but for just two it offers the days between them, which no region gives. Two days,
// one behind and one ahead, are each said in their own tense instead ("restarted on X, or restarts
// on Y", the `Two` keys). The headline and the timeline's summary both decide it here, so the two
// sentences never disagree on which words a range gets.
import type { Restoration } from '../../calc';
import { possibleDays } from './range-lines';

/**
 * Whether a range's possible restart days are exactly two, one on or before `asOf` (already
 * behind, told in the past) and the other after it. Three days or more, or two on the same side
 * of `asOf`, are not.
 */
export function isTwoDayStraddle(r: Extract<Restoration, { kind: 'range' }>, asOf: string): boolean {
  const [first, second, ...more] = [...new Set(possibleDays(r))];
  return first !== undefined && second !== undefined && more.length === 0 && first <= asOf && asOf < second;
}

/**
 * The ending of a straddling sentence's key: `Two` for a two-day straddle (isTwoDayStraddle),
 * none otherwise. For a sentence the caller already tells as straddling (its own tense rule).
 */
export function straddleKeySuffix(r: Extract<Restoration, { kind: 'range' }>, asOf: string): 'Two' | '' {
  return isTwoDayStraddle(r, asOf) ? 'Two' : '';
}
