// E2 without two years of employee cover (switch.shortGapWithoutTwoYears) must not make cover start
// later than the ordinary rules. Under I2 a year with employee cover is not a lapse year, so a
// switcher who pays in the window is continuous and R2 covers from 1 Jan (云南 P-YN1 exempts such
// switchers from the wait; 湖南 P-HN2: 「2026年不设待遇等待期，自2026年1月1日开始享受待遇」; 北京 P-BJ1:
// 「在集中参保期内缴纳…自2026年1月1日起享受」). Before, the exemption came first and gave the payment
// date or the next day (1-14 Jan uncovered in 云南).
import { describe, expect, it } from 'vitest';
import { runShipped as run, outcomeDates as dates } from '../fixtures/packs';
import { residentPay, scenario } from '../fixtures/scenarios';

const switcher = (region: string, from: string, to: string, date: string) =>
  scenario({ asOf: date, region, employeePeriods: [{ from, to }], payments: [residentPay(date, [2026])] });

describe('E2 without two years: paid in the window while continuous by I2, R2 covers from 1 Jan', () => {
  it('云南: employee cover 2025-03…2025-12, pays 2026 on 2026-01-15 (window to 25 Feb): from 2026-01-01, not 2026-01-15', () => {
    const r = run(switcher('yunnan', '2025-03', '2025-12', '2026-01-15'));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-01-01' });
    expect(r.main.coveredYears).toEqual([{ year: 2026, from: '2026-01-01', to: '2026-12-31' }]);
    expect(r.trace.some((t) => t.rule === 'E2' && t.step === 'continuousInWindow')).toBe(true);
    expect(r.trace.some((t) => t.rule === 'R2' && t.step === 'window')).toBe(true);
  });

  it('湖南: employee cover 2025-03…2025-10, pays 2026 on 2026-01-15 (window to 31 Jan): 2026-01-01 as P-HN2 says, one date', () => {
    expect(run(switcher('hunan', '2025-03', '2025-10', '2026-01-15')).main.restoration).toEqual({ kind: 'date', date: '2026-01-01' });
  });

  it('北京: employee cover 2025-03…2025-12, pays 2026 on 2026-02-10 (window to 28 Feb): 2026-01-01, not a range to 2026-02-11', () => {
    expect(run(switcher('beijing', '2025-03', '2025-12', '2026-02-10')).main.restoration).toEqual({ kind: 'date', date: '2026-01-01' });
  });

  it('the national range still holds 1 Jan and each region answer', () => {
    const national = run(switcher('national', '2025-03', '2025-12', '2026-01-15'));
    expect(national.main.restoration).toMatchObject({ kind: 'range', earliest: '2026-01-01' });
    expect(dates(national.main.restoration)).toContain('2026-01-01');
  });

  it('after the window the exemption still applies: 云南, employee to 2025-12, pays 2026 on 2026-03-10 (gap 2 months): from the payment date or the next day (P-YN1 names no day), or 1 Jan where a year-end switch rule like 湖南\'s applies (云南 says nothing of one)', () => {
    const r = run(switcher('yunnan', '2025-03', '2025-12', '2026-03-10'));
    expect(r.main.restoration).toMatchObject({ kind: 'range', earliest: '2026-01-01', latest: '2026-03-11' });
    expect(dates(r.main.restoration)).toEqual(expect.arrayContaining(['2026-01-01', '2026-03-10', '2026-03-11']));
    expect(r.main.exemption).toBe('switch');
  });
});
