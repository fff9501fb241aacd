// Which ranges the headline and the timeline's summary tell as two days, one behind the as-of
// date and one ahead ("restarted on X, or restarts on Y", the `Two` keys): one helper decides it
// for both, so the two sentences cannot drift apart again.
import { describe, expect, it } from 'vitest';
import type { Restoration } from '../../src/calc';
import { isTwoDayStraddle, straddleKeySuffix } from '../../src/features/result/two-day-straddle';

type Range = Extract<Restoration, { kind: 'range' }>;
type Outcome = Range['outcomes'][number];
const date = (d: string): Outcome => ({ restoration: { kind: 'date', date: d }, when: [] });
const next = (d: string, year: number): Outcome => ({ restoration: { kind: 'needsNextYear', date: d, year }, when: [] });
const none = (year: number): Outcome => ({ restoration: { kind: 'noCover', year }, when: [] });
const range = (...outcomes: Outcome[]): Range => {
  const days = outcomes.flatMap((o) => (o.restoration.kind === 'noCover' ? [] : [o.restoration.date])).sort();
  return { kind: 'range', earliest: days[0] ?? '', latest: days.at(-1) ?? '', noCoverPossible: outcomes.some((o) => o.restoration.kind === 'noCover'), outcomes };
};

describe('isTwoDayStraddle / straddleKeySuffix', () => {
  const aprMay = range(date('2026-04-01'), date('2026-05-01'));

  it('1 Apr and 1 May 2026, seen on 15 Apr 2026: one behind, one ahead, the `Two` keys', () => {
    expect(isTwoDayStraddle(aprMay, '2026-04-15')).toBe(true);
    expect(straddleKeySuffix(aprMay, '2026-04-15')).toBe('Two');
  });

  it('the earlier day is the as-of day itself: already behind (restarted that day)', () => {
    expect(isTwoDayStraddle(aprMay, '2026-04-01')).toBe(true);
  });

  it('both days behind (seen on 1 May 2026 or later) or both ahead (seen on 31 Mar 2026): not a straddle', () => {
    expect(isTwoDayStraddle(aprMay, '2026-05-01')).toBe(false);
    expect(isTwoDayStraddle(aprMay, '2026-06-30')).toBe(false);
    expect(isTwoDayStraddle(aprMay, '2026-03-31')).toBe(false);
    expect(straddleKeySuffix(aprMay, '2026-03-31')).toBe('');
  });

  it('three days, the earliest behind and the others ahead: not two, no `Two` keys', () => {
    const three = range(date('2026-04-01'), date('2026-05-01'), date('2026-05-21'));
    expect(isTwoDayStraddle(three, '2026-04-15')).toBe(false);
    expect(straddleKeySuffix(three, '2026-04-15')).toBe('');
  });

  it('days counted once each, a day that needs the next year paid counted, no cover not a day', () => {
    // 吉林: 9 or 10 Jul 2026 (two outcomes on 10 Jul), or no cover in 2026; seen on 9 Jul 2026.
    expect(isTwoDayStraddle(range(date('2026-07-09'), date('2026-07-10'), date('2026-07-10'), none(2026)), '2026-07-09')).toBe(true);
    // 湖南: 9 Dec 2026, or 8 Jan 2027 with 2027 paid; seen on 9 Dec 2026.
    expect(isTwoDayStraddle(range(date('2026-12-09'), next('2027-01-08', 2027)), '2026-12-09')).toBe(true);
  });
});
