// X1 after the newborn period: 江西 enrols babies from 90 days to their first birthday without a wait,
// from the day after payment (P-JX4, C: 「出生90天后至1周岁参保缴费的，不设待遇等待期，缴费次日起享受医保
// 待遇…如其于2025年6月1日办理参保登记，则自2025年6月2日起享受」). The rule runs to age one, so it reaches a
// payment for the year after the birth year too; before, it applied only to the birth year's premium,
// and the birth year then counted as a lapse year (a 4-month wait). A child enrolled under a newborn
// rule has no lapse to count (RULES §5, X1).
import { describe, expect, it } from 'vitest';
import { runShipped as run, outcomeDates as dates } from '../fixtures/packs';
import { residentPay, scenario } from '../fixtures/scenarios';

const baby = (region: string, birthDate: string, paid: string, year: number) =>
  scenario({ asOf: paid, region, circumstances: { birthDate }, payments: [residentPay(paid, [year])] });

describe('X1 江西: from 90 days to the first birthday, no wait, cover from the next day', () => {
  it('born 2025-08-01, pays 2026 on 2026-06-01 (age ten months): from 2026-06-02, and 2025 is no lapse year', () => {
    const r = run(baby('jiangxi', '2025-08-01', '2026-06-01', 2026));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-06-02' });
    expect(r.main.exemption).toBe('newbornLate');
    expect(r.main.waiting).toBeNull();
    expect(r.main.lapse).toBeNull();
    expect(r.periods.some((p) => p.kind === 'lapse')).toBe(false);
    expect(r.trace.some((t) => t.rule === 'X1' && t.step === 'untilAgeOne')).toBe(true);
    expect(r.notes.map((n) => n.id)).toContain('X1.jiangxiUntilAgeOne');
  });

  it('P-JX4 own example, the birth year paid: born 2025-01-10, registered and paid 2025-06-01: from 2025-06-02', () => {
    expect(run(baby('jiangxi', '2025-01-10', '2025-06-01', 2025)).main.restoration).toEqual({ kind: 'date', date: '2025-06-02' });
  });

  it('on the first birthday the rule has ended: born 2025-08-01, pays 2026 on 2026-08-01: the ordinary wait, not 2026-08-02', () => {
    const r = run(baby('jiangxi', '2025-08-01', '2026-08-01', 2026));
    expect(dates(r.main.restoration)).not.toContain('2026-08-02');
    expect(r.main.exemption).toBeNull();
  });

  it('paid in the window for the next year (born 2025-12-01, pays 2026 on 2025-12-20): from 2026-01-01, never before the year paid, unless the region covers the birth year too (海南, 兵团; 江西 does not say)', () => {
    const r = run(baby('jiangxi', '2025-12-01', '2025-12-20', 2026));
    expect(dates(r.main.restoration)).toEqual(['2025-12-01', '2026-01-01']);
    if (r.main.restoration.kind !== 'range') return;
    const [fromBirth, ordinary] = r.main.restoration.outcomes;
    expect(fromBirth?.when).toEqual([[expect.objectContaining({ param: 'newborn.coversNextYear', answer: 'true', regions: ['hainan'], readRegions: ['xinjiang-bingtuan'] })]]);
    expect(ordinary?.when).toEqual([[expect.objectContaining({ param: 'newborn.coversNextYear', answer: 'false' })]]);
  });

  it('the national range holds 江西 answer 2026-06-02', () => {
    const r = run(baby('national', '2025-08-01', '2026-06-01', 2026));
    expect(r.main.restoration).toMatchObject({ kind: 'range', earliest: '2026-06-02' });
    expect(r.regional.map((p) => p.param)).toContain('newborn.afterWindow');
  });

  it('not for a year after the next (born 2025-12-20, 2027 paid on 2026-11-10): the ordinary rules, 2025 and 2026 counted as lapse years', () => {
    const r = run(baby('jiangxi', '2025-12-20', '2026-11-10', 2027));
    expect(r.trace.some((t) => t.rule === 'X1' && t.step === 'untilAgeOne')).toBe(false);
    expect(r.main.lapse && 'years' in r.main.lapse ? r.main.lapse.years : null).toEqual([2025, 2026]);
  });
});
