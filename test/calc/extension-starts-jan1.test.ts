// R1a: an extended payment period runs from 1 Jan of the benefit year to its end (L-FJ 「参保年度1月1日
// 至2月底为延长缴费期」; 甘肃 P-GS1 「补充参保缴费期为2025年1月1日至2月28日」). Where a window ends before
// 31 Dec (厦门 26 Dec 2025, P-XM1; 甘肃 25 Dec 2024, P-GS1), a payment in the days between is in neither:
// it is off-window, and the fixed wait runs from the payment date (R3, R7), as for 河北 in W23. Before,
// the extension was taken to start the day after the window, so 厦门 gave 1 Jan 2026 with no wait.
import { describe, expect, it } from 'vitest';
import { runShipped as run, outcomeDates as dates } from '../fixtures/packs';
import { residentPay, scenario } from '../fixtures/scenarios';

const continuous = (region: string, paid: string, year: number) =>
  scenario({ asOf: paid, region, years: { [year - 1]: 'resident' }, payments: [residentPay(paid, [year])] });

describe('R1a: the extension starts on 1 Jan; the days after an early window end are off-window', () => {
  it('厦门: covered 2025, pays 2026 on 2025-12-29 (window ended 26 Dec): a 3-month wait from 2025-12-29, 2026-03-01 … 2026-03-30, never 2026-01-01', () => {
    const r = run(continuous('fujian-xiamen', '2025-12-29', 2026));
    expect(r.main.restoration).toMatchObject({ kind: 'range', earliest: '2026-03-01', latest: '2026-03-30' });
    expect(dates(r.main.restoration)).not.toContain('2026-01-01');
    expect(r.main.waiting?.start).toBe('2025-12-29');
    expect(r.trace.some((t) => t.rule === 'R1' && t.step === 'outside')).toBe(true);
  });

  it('厦门: pays 2026 on 2026-01-05, in 福建\'s extension: from the payment date', () => {
    expect(run(continuous('fujian-xiamen', '2026-01-05', 2026)).main.restoration).toEqual({ kind: 'date', date: '2026-01-05' });
  });

  it('甘肃: covered 2024, pays 2025 on 2024-12-27 (window ended 25 Dec 2024, supplementary period from 1 Jan 2025): off-window, 90 days from the payment date, 2025-03-27', () => {
    const r = run(continuous('gansu', '2024-12-27', 2025));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2025-03-27' });
    expect(r.trace.some((t) => t.rule === 'R1' && t.step === 'outside')).toBe(true);
  });

  it('the national range for 厦门\'s payment holds 厦门\'s dates', () => {
    const n = dates(run(continuous('national', '2025-12-29', 2026)).main.restoration);
    for (const d of ['2026-03-01', '2026-03-29', '2026-03-30']) expect(n).toContain(d);
  });
});
