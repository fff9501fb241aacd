// Findings of a walk through bureau situations (2026-12): values the region's own sources
// give must decide the date and be cited where they are used.
//  1. 甘肃 P-GS1 (B(news)) 「…90日待遇等待期，每多断保1年，待遇等待期延长30日」 and 吉林 P-JL2 (C) 「每多断保1年…增加…30天」
//     use the wording RULES R4 reads as "each year after the first" (additionalYears, REGIONS §4.13):
//     a one-year lapse adds nothing, so one date, not a range to 1 May, marked as our reading.
//  2. The extended payment period's step (R1a) cites the region's own source for its cover start
//     (江西 P-JX2 / P-JX1 next day, 厦门 from the payment date), not only the national S4.
//  3. A payment no region covers yet, whose runs differ on the wait, reads "paid, not yet
//     covered", not "not enrolled (lapse)".
import { describe, expect, it } from 'vitest';
import { runShipped as run } from '../fixtures/packs';
import { residentPay, scenario } from '../fixtures/scenarios';

const lapsed2025 = (region: string, date: string) => scenario({ asOf: date, region, years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay(date, [2026])] });

describe('R4 under the wording 「每多断保1年」 (甘肃, 吉林)', () => {
  it('甘肃: 2025 lapsed, 2026 paid 2025-12-20 in the window: 90 days from 1 Jan, cover from 2026-04-01, no variable days', () => {
    const r = run(lapsed2025('gansu', '2025-12-20'));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-04-01' });
    expect(r.main.waiting).toMatchObject({ unit: 'days', fixed: 90, variable: 0 });
    expect(r.regional).toEqual([]);
    // Read from the wording, not from a worked example: said so, even for one lapse year.
    expect(r.notes.find((n) => n.id === 'R4.additionalYears')?.kind).toBe('interpretation');
  });

  it('吉林: 2025 lapsed, 2026 paid 2026-02-20 in the window (to 28 Feb): cover from 2026-04-01, the reading marked as ours', () => {
    const r = run(lapsed2025('jilin', '2026-02-20'));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-04-01' });
    expect(r.regional).toEqual([]);
    expect(r.notes.find((n) => n.id === 'R4.additionalYears')?.kind).toBe('interpretation');
  });

  it('甘肃: 2024 and 2025 answered as lapses: only 2025 counts (the rules start with benefit year 2025), cover from 2026-04-01', () => {
    const r = run(scenario({ asOf: '2025-12-20', region: 'gansu', years: { 2023: 'resident', 2024: 'none', 2025: 'none' }, payments: [residentPay('2025-12-20', [2026])] }));
    // The lapse before 2025 is not counted (the rules start with benefit year 2025): one year, as above.
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-04-01' });
  });

  it('甘肃: 2025 and 2026 lapsed, 2027 paid 2027-03-10 (after any window or extension known): 90 + 30 days from the payment', () => {
    const r = run(scenario({ asOf: '2027-03-10', region: 'gansu', years: { 2024: 'resident', 2025: 'none', 2026: 'none' }, payments: [residentPay('2027-03-10', [2027])] }));
    expect(r.main.waiting).toMatchObject({ unit: 'days', fixed: 90, variable: 30 });
    // 甘肃 states the 30 days itself (P-GS1): no note that they are borrowed.
    expect(r.notes.map((n) => n.id)).not.toContain('R4.daysPerYear');
  });

  // 吉林's days per further lapse year (30, P-JL2, a secondary source) are noted only where a year
  // adds them: one lapse year adds none under its reading, two add 30 days.
  it('吉林: the note on the days a further lapse year adds only where one does', () => {
    const perYearNoted = (r: ReturnType<typeof run>) => r.notes.some((n) => n.params.param === 'resident.variableDaysPerLapseYear');
    const one = run(lapsed2025('jilin', '2026-02-20'));
    expect(one.main.restoration).toEqual({ kind: 'date', date: '2026-04-01' });
    expect(perYearNoted(one)).toBe(false);
    const two = run(scenario({ asOf: '2027-03-10', region: 'jilin', years: { 2024: 'resident', 2025: 'none', 2026: 'none' }, payments: [residentPay('2027-03-10', [2027])] }));
    expect(two.main.waiting).toMatchObject({ unit: 'days', fixed: 90, variable: 30 });
    expect(perYearNoted(two)).toBe(true);
  });

  // 湖南 states only 「3个月(按90天计算)」 (P-HN2): the days a further lapse year adds are 甘肃's 30,
  // borrowed through the national rules, and said to be. One lapse year (2025), 2026 paid on 10 Mar
  // 2026 after 湖南's window (to 31 Jan): 90 days from the payment to 8 Jun, or 30 more to 8 Jul where
  // every lapse year adds days (湖南 does not say which reading).
  it('湖南: the days each further lapse year adds are those of 甘肃, noted as our assumption', () => {
    const r = run(scenario({ asOf: '2026-03-10', region: 'hunan', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-03-10', [2026])] }));
    expect(r.main.restoration).toMatchObject({ kind: 'range', earliest: '2026-06-08', latest: '2026-07-08' });
    expect(r.notes.find((n) => n.id === 'R4.daysPerYear')).toMatchObject({ kind: 'interpretation', params: { value: 30 } });
  });

  // Their packs take it as our reading of the wording (interpretation), so they are named as such (readRegions), as 福建 is for 福州's like wording (P-FJ2).
  it('the national range still holds both readings, and names 甘肃, 吉林 and 福建 beside the first as our reading', () => {
    const r = run(lapsed2025('national', '2025-12-20'));
    expect(r.main.restoration.kind).toBe('range');
    if (r.main.restoration.kind !== 'range') return;
    const reading = r.main.restoration.outcomes.flatMap((o) => o.when.flat()).find((c) => c.param === 'resident.variableReading' && c.answer === 'additionalYears');
    expect(reading?.readRegions).toEqual(expect.arrayContaining(['gansu', 'jilin', 'fujian']));
    expect(reading?.regions).not.toEqual(expect.arrayContaining(['gansu']));
  });
});

describe('R1a cites the region’s extension', () => {
  it('江西 W22: paid 2026-01-20 in the extended period, cover from the next day, cited from 江西’s sources', () => {
    const r = run(scenario({ asOf: '2026-01-20', region: 'jiangxi', years: { 2025: 'resident' }, payments: [residentPay('2026-01-20', [2026])] }));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-01-21' });
    const step = r.trace.find((t) => t.rule === 'R1a');
    expect(step?.sources).toContain('S4');
    expect(step?.sources.some((id) => id.startsWith('P-JX'))).toBe(true);
    expect(step?.packIds).toContain('jiangxi');
  });

  it('厦门: paid 2026-01-10 in the extended period, cover from the payment date, cited from 福建’s or 厦门’s sources', () => {
    const r = run(scenario({ asOf: '2026-01-10', region: 'fujian-xiamen', years: { 2025: 'resident' }, payments: [residentPay('2026-01-10', [2026])] }));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-01-10' });
    const step = r.trace.find((t) => t.rule === 'R1a');
    expect(step?.sources.some((id) => id !== 'S4')).toBe(true);
  });
});

describe('the status of a payment that no region covers yet', () => {
  it('成都: 2025 covered, 2026 paid 2026-03-10 (after the window; some regions no longer take it): paid, not yet covered, not "lapsed"', () => {
    const r = run(scenario({ asOf: '2026-03-10', region: 'sichuan-chengdu', years: { 2025: 'resident' }, payments: [residentPay('2026-03-10', [2026])] }));
    expect(r.main.restoration).toMatchObject({ kind: 'range', earliest: '2026-06-01', noCoverPossible: true });
    expect(r.status).toBe('paidNotYetCovered');
  });
});
