// R7: a payment in the window starts the wait on 1 January, also where the window runs into the
// benefit year itself. 湖北 (P-HB2, 咸宁): lapsed in 2025, 2026 paid in the window (to 28 Feb
// 2026) → a 3-month wait, 「即2026年4月1日开始享受待遇」. Before, the wait ran from the payment date.
import { describe, expect, it } from 'vitest';
import type { Restoration } from '../../src/calc';
import { runShipped as run } from '../fixtures/packs';
import { residentPay, scenario } from '../fixtures/scenarios';

/** Covered 2024, no cover in 2025; 2026 paid on `date` (made). */
const lapsed2025 = (region: string, date: string) => scenario({ asOf: date, region, years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay(date, [2026])] });

const dates = (r: Restoration): string[] => (r.kind === 'range' ? r.outcomes.flatMap((o) => ('date' in o.restoration ? [o.restoration.date] : [])) : 'date' in r ? [r.date] : []);

describe('R7: a lapsed payer in a window that runs past 1 January waits from 1 January', () => {
  it('★ P-HB2 湖北 and 武汉: paid 20 Feb 2026, inside the window → reimbursement restarts 1 Apr 2026, the wait running from 1 Jan', () => {
    for (const region of ['hubei', 'hubei-wuhan']) {
      const r = run(lapsed2025(region, '2026-02-20'));
      expect(r.main.restoration, region).toEqual({ kind: 'date', date: '2026-04-01' });
      expect(r.main.waiting, region).toMatchObject({ start: '2026-01-01', end: '2026-03-31', total: 3 });
    }
  });

  // 吉林 and 湖南 leave open whether the first lapse year adds to the wait (R4's reading), so
  // the first year's 30 days give a second outcome; both count from 1 Jan now.
  it('吉林 (90 days, window to 28 Feb): paid 20 Feb 2026 → 1 Jan + 90 days = 1 Apr 2026 (「每多断保1年」: the first lapse year adds nothing)', () => {
    expect(dates(run(lapsed2025('jilin', '2026-02-20')).main.restoration)).toEqual(['2026-04-01']);
  });

  it('湖南 (90 days, window to 31 Jan): paid 20 Jan 2026 → 1 Apr 2026, or 1 May', () => {
    expect(dates(run(lapsed2025('hunan', '2026-01-20')).main.restoration)).toEqual(['2026-04-01', '2026-05-01']);
  });

  it('the national range contains 1 Apr 2026 (regions whose window runs into February), and later days where it closed in December', () => {
    const r = run(lapsed2025('national', '2026-02-20')).main.restoration;
    expect(r).toMatchObject({ kind: 'range', earliest: '2026-04-01' });
    expect(dates(r).some((d) => d > '2026-05-01')).toBe(true);
  });

  it('a payment in December in the same window still waits from 1 Jan (unchanged): 湖北, 1 Dec 2025 → 1 Apr 2026', () => {
    const r = run(scenario({ asOf: '2025-12-01', region: 'hubei', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2025-12-01', [2026])] }));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-04-01' });
  });
});
