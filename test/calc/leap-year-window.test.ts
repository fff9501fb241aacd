// R1, §8.6: a benefit year whose windows no region has announced yet is read from the windows
// regions used before. Those that ran "to 28 February" (北京, 吉林, 湖北, 广州, 成都 for 2026) ran to
// the end of February, so in a leap year the carried-forward window runs to 29 February: a payment
// on 29 Feb 2028 may still be inside it (the wait then runs from 1 January, R7), and the range must
// keep that outcome (§8.2: the envelope over every variant), not only the off-window ones.
import { describe, expect, it } from 'vitest';
import type { Restoration } from '../../src/calc';
import { runShipped as run } from '../fixtures/packs';
import { residentPay, scenario } from '../fixtures/scenarios';

/** Covered 2025 and 2026, nothing for 2027; 2028 planned on `date`, answered on 7 Dec 2026. */
const plan2028 = (date: string) => scenario({ asOf: '2026-12-07', region: 'national', years: { 2025: 'resident', 2026: 'resident', 2027: 'none' }, payments: [residentPay(date, [2028], 0, 'planned')] });

const dates = (r: Restoration): string[] => (r.kind === 'range' ? r.outcomes.flatMap((o) => ('date' in o.restoration ? [o.restoration.date] : [])) : 'date' in r ? [r.date] : []);

describe('R1 in a leap year: a window carried forward to the end of February runs to 29 February', () => {
  it('national, 2027 lapsed, 2028 planned on 29 Feb 2028: the in-window outcomes (from 1 Jan: 90 days → 31 Mar, 3 months → 1 Apr) are in the range, as on 28 Feb', () => {
    const on29 = run(plan2028('2028-02-29')).main.restoration;
    if (on29.kind !== 'range') throw new Error('expected a range');
    expect(on29.earliest).toBe('2028-03-31');
    expect(dates(on29)).toEqual(expect.arrayContaining(['2028-03-31', '2028-04-01', '2028-05-01']));
    // The regions whose windows end earlier still count this payment as off-window: 29 Feb + 4 months.
    expect(on29.latest).toBe('2028-06-30');
    const on28 = run(plan2028('2028-02-28')).main.restoration;
    if (on28.kind !== 'range') throw new Error('expected a range');
    expect(on28.earliest).toBe('2028-03-31');
  });

  it('the day after, 1 Mar 2028, is after every window: no outcome counts from 1 January', () => {
    const r = run(plan2028('2028-03-01')).main.restoration;
    if (r.kind !== 'range') throw new Error('expected a range');
    expect(r.earliest).toBe('2028-05-30');
    expect(dates(r)).not.toContain('2028-04-01');
  });
});
