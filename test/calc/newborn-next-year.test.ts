// X1 cross-year cover (newborn.coversNextYear). 海南 covers a newborn enrolled in time in the birth
// year and the next (P-HI1); 兵团 covers newborns born in its enrolment period to 31 Dec of the next
// year (P-XJ1 「集中缴费期内出生的新生儿…待遇享受期从出生之日…起至次年12月31日」), a condition the pack
// now states as data. Where the regions differ on the next year's cover, the national answer says it
// depends on the region (§8.2, §8.4) instead of drawing that year as a lapse.
import { describe, expect, it } from 'vitest';
import { runShipped as run } from '../fixtures/packs';
import { residentPay, scenario } from '../fixtures/scenarios';

const newborn = (region: string, birthDate: string, paid: string, asOf = '2026-03-01') =>
  scenario({ asOf, region, circumstances: { birthDate }, payments: [residentPay(paid, [2025])] });

describe('X1: a newborn enrolled in time, and the year after the birth year', () => {
  it('兵团: born 2025-11-10 (in the window, which ran to 2025-12-31), paid 2025-11-20: covered from birth to 2026-12-31, status on 2026-03-01 covered', () => {
    const r = run(newborn('xinjiang-bingtuan', '2025-11-10', '2025-11-20'));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2025-11-10' });
    expect(r.main.coveredYears).toEqual([
      { year: 2025, from: '2025-11-10', to: '2025-12-31' },
      { year: 2026, from: '2026-01-01', to: '2026-12-31' },
    ]);
    expect(r.main.benefitPeriodEnd).toBe('2026-12-31');
    expect(r.status).toBe('covered');
    expect(r.trace.some((t) => t.rule === 'X1' && t.step === 'coversNextYearBornInWindow')).toBe(true);
    expect(r.notes.map((n) => n.id)).toContain('X1.bingtuanBornInWindow');
  });

  it('兵团: born 2025-08-20 (before any window for 2026 opens), paid 2025-09-10: the birth year only', () => {
    const r = run(newborn('xinjiang-bingtuan', '2025-08-20', '2025-09-10'));
    expect(r.main.coveredYears.map((c) => c.year)).toEqual([2025]);
    expect(r.status).toBe('lapsed');
  });

  it('兵团: born 2025-09-15, before the notice (27 Oct 2025) showed the window open: not counted as born in it, the birth year only, with the note', () => {
    const r = run(newborn('xinjiang-bingtuan', '2025-09-15', '2025-10-01'));
    expect(r.main.coveredYears.map((c) => c.year)).toEqual([2025]);
    expect(r.notes.map((n) => n.id)).toContain('X1.bingtuanBornInWindow');
  });

  it('海南: the same child is covered in 2025 and 2026 (P-HI1)', () => {
    const r = run(newborn('hainan', '2025-11-10', '2025-11-20'));
    expect(r.main.coveredYears.map((c) => c.year)).toEqual([2025, 2026]);
    expect(r.status).toBe('covered');
  });

  it('national: 2026 depends on the region (海南, 兵团 cover it; most regions do not): status uncertain, the parameter named, 2026 not drawn as cover', () => {
    const r = run(newborn('national', '2025-11-10', '2025-11-20'));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2025-11-10' });
    expect(r.main.coveredYears.map((c) => c.year)).toEqual([2025]);
    expect(r.main.uncertainCover).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(r.status).toBe('uncertain');
    expect(r.regional).toContainEqual({ param: 'newborn.coversNextYear', year: 2025 });
    expect(r.trace.some((t) => t.rule === 'I6' && t.params.param === 'newborn.coversNextYear')).toBe(true);
  });

  it('national: born 2025-03-10, paid 2025-03-20: 2026 still depends on the region (海南 covers every newborn enrolled in time)', () => {
    const r = run(newborn('national', '2025-03-10', '2025-03-20'));
    expect(r.main.uncertainCover).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(r.status).toBe('uncertain');
  });

  it('national: the next year paid by a later payment does not depend on the region (born 2025-11-10, 2025 paid 2025-11-20, 2026 paid 2025-12-10)', () => {
    const r = run(scenario({ asOf: '2026-03-01', region: 'national', circumstances: { birthDate: '2025-11-10' }, payments: [residentPay('2025-11-20', [2025]), residentPay('2025-12-10', [2026])] }));
    expect(r.enrolments.map((e) => e.uncertainCover)).toEqual([undefined, undefined]);
    expect(r.periods.filter((p) => p.kind === 'uncertain')).toEqual([]);
    expect(r.regional.map((p) => p.param)).not.toContain('newborn.coversNextYear');
  });

  it('national: where the next year does depend on the region, its I6 step cites the sources of the variants (海南 P-HI1, 兵团 P-XJ1)', () => {
    const r = run(newborn('national', '2025-11-10', '2025-11-20'));
    const step = r.trace.find((t) => t.rule === 'I6' && t.params.param === 'newborn.coversNextYear');
    expect(step?.sources).toEqual(expect.arrayContaining(['P-HI1', 'P-XJ1']));
  });
});

// The other way round: an enrolment for the year after the birth year, within the newborn period. 海南
// counts it in so many words (「90天(含90天)内参加…(含跨年度登记参保)的…享受自出生之日起当年度和次年度…
// 待遇」); 兵团's window collects the next year, so a baby born in it and paid in it is covered from birth
// to 31 Dec of the next year. Elsewhere no source says so: the ordinary rules, the birth year a lapse.
const forNextYear = (region: string, birthDate: string, paid: string, asOf = '2026-03-01') =>
  scenario({ asOf, region, years: { 2025: 'none' }, circumstances: { birthDate }, payments: [residentPay(paid, [2026])] });

describe('X1: a newborn enrolled for the next year within the newborn period', () => {
  it('海南: born 2025-11-20, 2026 paid 2026-01-15 (day 56 of 90): covered from birth, 2025 and 2026, no lapse, no wait', () => {
    const r = run(forNextYear('hainan', '2025-11-20', '2026-01-15'));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2025-11-20' });
    expect(r.main.exemption).toBe('newborn');
    expect(r.main.coveredYears).toEqual([
      { year: 2025, from: '2025-11-20', to: '2025-12-31' },
      { year: 2026, from: '2026-01-01', to: '2026-12-31' },
    ]);
    expect(r.main.lapse).toBeNull();
    expect(r.main.waiting).toBeNull();
    expect(r.status).toBe('covered');
    const step = r.trace.find((t) => t.rule === 'X1' && t.step === 'nextYearWithin');
    expect(step?.params).toMatchObject({ birthDate: '2025-11-20', lastDay: '2026-02-18', paymentDate: '2026-01-15', year: 2026 });
    expect(step?.sources).toContain('P-HI1');
  });

  it('海南, the same plan not yet paid (as of 2026-01-10): no option to pay 2027 instead, which would leave the baby uncovered from birth', () => {
    const r = run(scenario({ asOf: '2026-01-10', region: 'hainan', years: { 2025: 'none' }, circumstances: { birthDate: '2025-11-20' }, payments: [residentPay('2026-01-15', [2026], 0, 'planned')] }));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2025-11-20' });
    expect(r.options.filter((o) => !o.years.includes(2026))).toEqual([]);
  });

  it('海南: born 2025-11-20, 2026 paid 2026-02-19 (day 91): past the newborn period, the ordinary rules (the birth year a lapse)', () => {
    const r = run(forNextYear('hainan', '2025-11-20', '2026-02-19'));
    expect(r.main.exemption).not.toBe('newborn');
    expect(r.main.coveredYears.map((c) => c.year)).toEqual([2026]);
    expect(r.trace.some((t) => t.step === 'nextYearWithin')).toBe(false);
  });

  it('兵团: born 2025-11-10 in the window, 2026 paid 2025-11-20 in it: covered from birth to 2026-12-31', () => {
    const r = run(forNextYear('xinjiang-bingtuan', '2025-11-10', '2025-11-20', '2025-12-01'));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2025-11-10' });
    expect(r.main.coveredYears.map((c) => [c.year, c.from])).toEqual([
      [2025, '2025-11-10'],
      [2026, '2026-01-01'],
    ]);
    expect(r.main.benefitPeriodEnd).toBe('2026-12-31');
    // Said as 兵团's rule (births in the window), not 海南's 「含跨年度参保」.
    expect(r.trace.find((t) => t.rule === 'X1')?.step).toBe('nextYearBornInWindow');
    expect(r.trace.find((t) => t.rule === 'X1')?.sources).toContain('P-XJ1');
  });

  it('兵团: born 2025-08-20, before the window, 2026 paid 2025-11-01: not this rule', () => {
    const r = run(forNextYear('xinjiang-bingtuan', '2025-08-20', '2025-11-01', '2025-12-01'));
    expect(r.main.exemption).not.toBe('newborn');
    expect(r.main.coveredYears.map((c) => c.year)).toEqual([2026]);
  });

  it('national: a range whose earliest day is birth (海南, 兵团) and whose other outcomes are the ordinary rules, with 海南 named', () => {
    const r = run(forNextYear('national', '2025-11-20', '2026-01-15'));
    const restoration = r.main.restoration;
    expect(restoration.kind).toBe('range');
    if (restoration.kind !== 'range') return;
    expect(restoration.earliest).toBe('2025-11-20');
    const fromBirth = restoration.outcomes.find((o) => o.restoration.kind === 'date' && o.restoration.date === '2025-11-20');
    expect(fromBirth?.when.some((w) => w.some((c) => c.param === 'newborn.coversNextYear' && c.regions.includes('hainan')))).toBe(true);
    expect(restoration.latest > '2026-01-15').toBe(true);
    expect(r.regional.map((p) => p.param)).toContain('newborn.coversNextYear');
  });

  it('北京, whose packs do not say: a range from birth (if the region covers the birth year too) to the ordinary rules', () => {
    const r = run(forNextYear('beijing', '2025-11-20', '2026-01-15'));
    expect(r.main.restoration).toMatchObject({ kind: 'range', earliest: '2025-11-20' });
    expect(r.regional.map((p) => p.param)).toContain('newborn.coversNextYear');
    // The run explained is the most cautious one: the ordinary rules.
    expect(r.main.exemption).not.toBe('newborn');
  });

  it('born before the first year the rules cover (2024-12-31), 2025 paid 2025-01-01: the ordinary rules, no error', () => {
    const r = run(scenario({ asOf: '2025-01-01', region: 'national', circumstances: { birthDate: '2024-12-31' }, payments: [residentPay('2025-01-01', [2025])] }));
    expect(r.main.exemption).not.toBe('newborn');
    expect(r.regional.map((p) => p.param)).not.toContain('newborn.coversNextYear');
  });

  it('past the newborn period (born 2025-03-01, 2026 paid 2026-01-10): the cross-year rule cannot matter and is not asked, nationally or in 北京', () => {
    for (const region of ['national', 'beijing']) {
      const r = run(forNextYear(region, '2025-03-01', '2026-01-10', '2026-01-10'));
      expect(r.regional.map((p) => p.param)).not.toContain('newborn.coversNextYear');
      expect(r.trace.some((t) => t.rule === 'X1' && t.step.startsWith('nextYear'))).toBe(false);
    }
  });
});
