// Values a review of the region packs against the evidence found missing (1 Dec 2026): 江苏's
// 3-month cap holds for flexible workers too (L-JS: 「不超过3个月的待遇享受等待期」, RULES E3), and
// 山东's window for benefit year 2025 ran 1 Sep to 31 Dec 2024 (山东省医保局, B).
import { describe, expect, it } from 'vitest';
import { chainFor, runShipped as run } from '../fixtures/packs';
import { employeePay, residentPay, scenario } from '../fixtures/scenarios';

describe('region pack values added after the evidence review', () => {
  it('江苏: a flexible worker after an 11-month gap waits at most 3 months: 1 Jun to 1 Sep 2026, never the national 6 months (1 Dec)', () => {
    const flexible = (region: string) => run(scenario({ asOf: '2026-06-10', region, employeePeriods: [{ from: '2023-01', to: '2025-06' }], payments: [employeePay('2026-06-10', false, 'flexible', 'planned')] }));
    expect(flexible('jiangsu').main.restoration).toMatchObject({ kind: 'range', earliest: '2026-06-01', latest: '2026-09-01' });
    // The national rules still allow up to 6 months.
    expect(flexible('national').main.restoration).toMatchObject({ kind: 'range', latest: '2026-12-01' });
  });

  // The same cap read for a first enrolment and after employer-paid cover: 武汉's tiers (E3a, up to
  // 6 months) came in from the national rules and gave 1 May 2027. Paying on 20 Nov 2026: from the
  // payment month (no wait) to 1 Feb 2027 (3 months), in 江苏 and its city 南通. Found by a newcomer's walk.
  it.each(['jiangsu', 'jiangsu-nantong'])('%s: a flexible worker enrolling for the first time, or after employer-paid cover, waits at most 3 months too', (region) => {
    const paying = (periods: { from: string; to: string; paidBy?: 'employer' | 'self' }[]) => run(scenario({ asOf: '2026-11-20', region, employeePeriods: periods, payments: [employeePay('2026-11-20', false, 'flexible', 'planned')] }));
    for (const r of [paying([]), paying([{ from: '2020-01', to: '2026-02', paidBy: 'employer' }])]) {
      expect(r.main.restoration).toMatchObject({ kind: 'range', earliest: '2026-11-01', latest: '2027-02-01' });
      expect(r.notes.map((n) => n.id)).not.toContain('E3a.wuhanTiers');
    }
  });

  // P-XJ1 is 兵团's notice for 2026 (2025-10-27): that its new students need no continuous cover is
  // pinned from 2026, as the early cover it goes with is; for 2025 the national rules leave it open
  // and name no region for it.
  it('兵团: "no continuity needed" for university entrants from 2026, the year of its notice, not 2025', () => {
    const own = chainFor('xinjiang-bingtuan')[0]?.parameters['resident.universityEntrantNeedsContinuity'] ?? [];
    expect(own.map((e) => e.from)).toEqual([2026]);
    const national = chainFor('national')[0]?.parameters['resident.universityEntrantNeedsContinuity'] ?? [];
    const named = (year: number) => national.filter((e) => e.from <= year && (e.to ?? 9999) >= year).flatMap((e) => ('regional' in e ? e.regional.flatMap((v) => [...v.regions, ...(v.readRegions ?? [])]) : []));
    expect(named(2025)).not.toContain('xinjiang-bingtuan');
    expect(named(2026)).toContain('xinjiang-bingtuan');
    // P-XJ1 says nothing of continuity either way: "none needed" is our reading of 「首次在兵团参保缴费的」, and said so.
    expect(own.map((e) => ('status' in e ? e.status : null))).toEqual(['interpretation']);
  });

  it('山东 and 青岛: 2025 paid on 15 Jan 2025 was after the window (ended 31 Dec 2024), so no outcome covers it from 1 Jan as a window payment', () => {
    for (const region of ['shandong', 'shandong-qingdao']) {
      const r = run(scenario({ asOf: '2025-01-15', region, years: { 2023: 'resident', 2024: 'resident' }, payments: [residentPay('2025-01-15', [2025])] }));
      const restoration = r.main.restoration;
      const dates = restoration.kind === 'range' ? restoration.outcomes.map((o) => ('date' in o.restoration ? o.restoration.date : null)) : ['date' in restoration ? restoration.date : null];
      expect(dates, region).not.toContain('2025-01-01');
    }
    // Under the national rules a region whose window ran into February covers that payment from 1 Jan.
    const national = run(scenario({ asOf: '2025-01-15', region: 'national', years: { 2023: 'resident', 2024: 'resident' }, payments: [residentPay('2025-01-15', [2025])] }));
    expect(national.main.restoration).toMatchObject({ kind: 'range', earliest: '2025-01-01' });
  });

  it('云南: "no extension" in 2026 rests on the 红塔区 notice (C), so it is marked unconfirmed, not confirmed from P-YN1 (which gives no 2026 dates)', () => {
    const yunnan = chainFor('yunnan')[0];
    const entry = (yunnan?.parameters['resident.extension'] ?? []).find((e) => e.from === 2026);
    expect(entry).toMatchObject({ value: null, sources: ['P-YN3'], status: 'unconfirmed' });
  });

  it('national: "no enrolment after 28 Feb" for 2025 (甘肃) rests on a secondary source, so it is kept in the range marked unconfirmed, with a note saying why; 2026 is confirmed (P-GS2)', () => {
    // Continuous 2024, 2025 paid on 5 Mar 2025: where enrolment closed after 28 Feb it buys nothing in 2025.
    const late = (asOf: string, year: number) => run(scenario({ asOf, region: 'national', years: { [year - 2]: 'resident', [year - 1]: 'resident' }, payments: [residentPay(asOf, [year])] }));
    const r2025 = late('2025-03-05', 2025);
    expect(r2025.main.restoration).toMatchObject({ kind: 'range', noCoverPossible: true });
    expect(r2025.notes.find((n) => n.id === 'R1b.closed2025')).toMatchObject({ kind: 'unconfirmed' });
    const r2026 = late('2026-03-05', 2026);
    expect(r2026.main.restoration).toMatchObject({ kind: 'range', noCoverPossible: true });
    expect(r2026.notes.map((n) => n.id)).not.toContain('R1b.closed2025');
  });

  it('national: 兵团\'s born-in-the-window dates (27 Oct to 31 Dec) are its 2025 notice\'s, so they stop at 2025; later years keep "covered next year or not" without dates nobody announced', () => {
    const national = chainFor('national')[0];
    const entries = national?.parameters['newborn.coversNextYear'] ?? [];
    const dated = (e: (typeof entries)[number]) => ('regional' in e ? e.regional.some((v) => typeof v.value === 'object') : typeof e.value === 'object');
    expect(entries.filter(dated).map((e) => [e.from, e.to])).toEqual([[2025, 2025]]);
    const later = entries.find((e) => e.from === 2026);
    expect(later && 'regional' in later ? later.regional.map((v) => v.value) : null).toEqual([false, true]);
  });
});
