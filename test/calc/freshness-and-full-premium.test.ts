// RULES.md §8.6 and R1c, as plain data: a payment whose benefit year has no window in the
// region's packs is told so with the last window they have (windowNotKnown), and a planned
// payment or an option before the day the full premium applies is told both amounts where the
// pack knows both (fullPremiumFrom). Exact dates from the shipped packs.
import { describe, expect, it } from 'vitest';
import type { Result, Scenario, Warning } from '../../src/calc';
import { runShipped } from '../fixtures/packs';
import { residentPay, scenario } from '../fixtures/scenarios';
import { v1DefaultsChain } from '../fixtures/v1-defaults';

const run = runShipped;

const only = (r: Result, id: Warning['id']) => r.warnings.filter((w) => w.id === id);

/** Covered 2025 and 2026; plans to pay `year` on `date`. */
const planned = (region: string, asOf: string, date: string, year: number) =>
  scenario({ asOf, region, years: { 2025: 'resident', 2026: 'resident' }, payments: [residentPay(date, [year], 0, 'planned')] });

describe('a benefit year with no window in the region’s packs (§8.6)', () => {
  it('海南 W33: a newborn covered from birth (X1) reads no window, so none is said to be missing', () => {
    const born = run(scenario({ asOf: '2026-01-15', region: 'hainan', circumstances: { birthDate: '2025-11-20' }, payments: [residentPay('2026-01-15', [2025])] }));
    expect(born.main.exemption).toBe('newborn');
    expect(only(born, 'windowNotKnown')).toEqual([]);
  });

  it('湖南 (windows to 2026), a 2027 plan: says 2027 is not known and shows the 2026 window, 1 Sep 2025 to 31 Jan 2026', () => {
    const r = run(planned('hunan', '2026-11-15', '2027-01-20', 2027));
    expect(only(r, 'windowNotKnown')).toEqual([
      { id: 'windowNotKnown', params: { year: 2027, lastYear: 2026, start: '2025-09-01', end: '2026-01-31', endLatest: null, extendedEnd: null, regional: true } },
    ]);
    // Not silently 湖南's 2026 window: the answer spans the windows known elsewhere.
    expect(r.main.restoration).toMatchObject({ kind: 'range', earliest: '2027-01-01', latest: '2027-04-20' });
  });

  it('青海, a 2027 plan: the 2026 window with its extended payment period to 28 Feb 2026', () => {
    const r = run(planned('qinghai', '2026-11-15', '2026-11-20', 2027));
    expect(only(r, 'windowNotKnown')).toEqual([
      { id: 'windowNotKnown', params: { year: 2027, lastYear: 2026, start: '2025-10-21', end: '2025-12-31', endLatest: null, extendedEnd: '2026-02-28', regional: true } },
    ]);
  });

  it('the national rules, a 2028 plan: the 2026 windows, ending between 25 Dec 2025 and 28 Feb 2026 by region', () => {
    const r = run(scenario({ asOf: '2027-11-15', years: { 2025: 'resident', 2026: 'resident', 2027: 'resident' }, payments: [residentPay('2027-11-20', [2028], 0, 'planned')] }));
    expect(only(r, 'windowNotKnown')).toEqual([
      { id: 'windowNotKnown', params: { year: 2028, lastYear: 2026, start: null, end: '2025-12-25', endLatest: '2026-02-28', extendedEnd: null, regional: true } },
    ]);
    // Without an exemption the answer depends on the unannounced window, and the note says so.
    expect(r.notes.map((n) => n.id)).toContain('R1.windowNotAnnounced');
  });

  it('a region whose packs have no window at all (阜新): says so, with no last window', () => {
    const r = run(scenario({ asOf: '2025-11-10', region: 'liaoning-fuxin', years: { 2025: 'resident' }, payments: [residentPay('2025-11-10', [2026])] }));
    expect(only(r, 'windowNotKnown')).toEqual([
      { id: 'windowNotKnown', params: { year: 2026, lastYear: null, start: null, end: null, endLatest: null, extendedEnd: null, regional: true } },
    ]);
  });

  it('江西, a 医疗救助对象 exempt from the wait (X2): covered from the next day whatever the window, so none is said to be missing', () => {
    const r = run(scenario({ asOf: '2025-03-10', region: 'jiangxi', years: { 2023: 'resident', 2024: 'none' }, circumstances: { exemptGroup: { group: 'medicalAid', newlyAdded: true } }, payments: [residentPay('2025-03-15', [2025], 0, 'planned')] }));
    expect(r.main.exemption).toBe('exemptGroup');
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2025-03-16' });
    expect(only(r, 'windowNotKnown')).toEqual([]);
  });

  it('a low-income person (S4) paying in November for a year whose window no pack states: 1 Jan 2028 in or out of the window, so none is said to be missing', () => {
    const r = run(scenario({ asOf: '2027-11-15', years: { 2026: 'none', 2027: 'none' }, circumstances: { lowIncomeNotByChoice: true }, payments: [residentPay('2027-11-20', [2028], 0, 'planned')] }));
    expect(r.main.exemption).toBe('lowIncome');
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2028-01-01' });
    expect(only(r, 'windowNotKnown')).toEqual([]);
    // Nor, under "Please note", that no region's 2028 window is announced: the answer does not depend on one.
    expect(r.notes.map((n) => n.id)).not.toContain('R1.windowNotAnnounced');
    // Whether the region takes payments that early still matters, and is still said.
    expect(r.notes.map((n) => n.id)).toContain('R1.mayOpenLater');
  });

  it('湖南, the same person paying on 15 Jan 2027: the unknown 2027 window makes the range (1 Jan if still open), so it is said', () => {
    const r = run(scenario({ asOf: '2026-11-10', region: 'hunan', years: { 2025: 'none', 2026: 'none' }, circumstances: { lowIncomeNotByChoice: true }, payments: [residentPay('2027-01-15', [2027], 0, 'planned')] }));
    expect(r.main.restoration).toMatchObject({ kind: 'range', earliest: '2027-01-01', latest: '2027-01-16' });
    expect(only(r, 'windowNotKnown').map((w) => w.params.year)).toEqual([2027]);
  });

  it('once per benefit year, for the first year of each resident payment', () => {
    const s = scenario({ asOf: '2027-03-01', region: 'hunan', years: { 2025: 'resident' }, payments: [residentPay('2026-01-20', [2026]), residentPay('2027-03-01', [2027, 2028], 0, 'planned')] });
    expect(only(run(s), 'windowNotKnown').map((w) => w.params.year)).toEqual([2027]);
  });

  it.each([
    ['hunan', 2026],
    ['national', 2026],
    ['national', 2025],
    // A city with no window of its own reads its province's (武汉 → 湖北 2026).
    ['hubei-wuhan', 2026],
  ])('%s, %i: the window is in the packs, so no warning', (region, year) => {
    const r = run(scenario({ asOf: `${year - 1}-11-20`, region, years: { [year - 1]: 'resident' }, payments: [residentPay(`${year - 1}-12-20`, [year], 0, 'planned')] }));
    expect(only(r, 'windowNotKnown')).toEqual([]);
  });

  it('a region pack that pins a window for every year (the v1 fixture) gets no warning', () => {
    const s = scenario({ asOf: '2030-11-20', region: 'test-v1-defaults', years: { 2030: 'resident' }, payments: [residentPay('2030-11-20', [2031])] });
    expect(only(run(s, v1DefaultsChain()), 'windowNotKnown')).toEqual([]);
  });

  it('employee-scheme payments read no window', () => {
    const s = scenario({ asOf: '2028-03-01', employeePeriods: [{ from: '2020-01', to: '2027-12' }], payments: [{ scheme: 'employee', date: '2028-03-01', backPay: true, status: 'made' }] });
    expect(only(run(s), 'windowNotKnown')).toEqual([]);
  });
});

describe('the full premium ahead (R1c)', () => {
  /** Covered 2025; pays 2026 on `date` (planned unless said), asked on `asOf`. */
  const payer = (region: string, asOf: string, date: string, status: 'made' | 'planned' = 'planned', tier?: Scenario['circumstances']['premiumTier']) =>
    scenario({ asOf, region, years: { 2025: 'resident' }, payments: [residentPay(date, [2026], 0, status)], circumstances: tier ? { premiumTier: tier } : {} });

  it('湖南, planning to pay 2026 on 20 Jan 2026: after 31 Jan it costs the full 1,100; the personal amount is not in the pack, so none is given', () => {
    const r = run(payer('hunan', '2026-01-10', '2026-01-20'));
    expect(only(r, 'fullPremiumFrom')).toEqual([
      { id: 'fullPremiumFrom', params: { year: 2026, from: '2026-02-01', lastDay: '2026-01-31', fullYuan: 1100, personalYuan: null, tier: null } },
    ]);
  });

  it('湖南, planning 10 Mar 2026 (full premium) while paying today (10 Jan) is still before 1 Feb: warned through the option', () => {
    const r = run(payer('hunan', '2026-01-10', '2026-03-10'));
    expect(r.main.premium).toEqual({ yuan: 1100, full: true, tier: 'full' });
    expect(r.options.find((o) => o.kind === 'payToday')?.paymentDate).toBe('2026-01-10');
    expect(only(r, 'fullPremiumFrom').map((w) => w.params)).toEqual([{ year: 2026, from: '2026-02-01', lastDay: '2026-01-31', fullYuan: 1100, personalYuan: null, tier: null }]);
  });

  it('青海, planning 2026 on 20 May 2026: after 30 Jun it costs 1,100 instead of the standard 400', () => {
    const r = run(payer('qinghai', '2026-05-10', '2026-05-20'));
    expect(only(r, 'fullPremiumFrom')).toEqual([
      { id: 'fullPremiumFrom', params: { year: 2026, from: '2026-07-01', lastDay: '2026-06-30', fullYuan: 1100, personalYuan: 400, tier: 'standard' } },
    ]);
  });

  it.each([
    ['a payment already made', payer('hunan', '2026-01-20', '2026-01-20', 'made')],
    ['a plan after the date with today after it too', payer('hunan', '2026-03-01', '2026-03-10')],
    ['a region without a full premium (北京)', payer('beijing', '2026-01-10', '2026-01-20', 'planned', 'workingAge')],
    ['the national rules', payer('national', '2026-01-10', '2026-01-20')],
  ])('no warning for %s', (_name, s) => {
    expect(only(run(s), 'fullPremiumFrom')).toEqual([]);
  });

  it('done when: 湖南, a payment made on 10 Mar 2026 waits 90 days to 8 Jun 2026 at the full 1,100', () => {
    const r = run(payer('hunan', '2026-03-10', '2026-03-10', 'made'));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-06-08' });
    expect(r.main.waiting).toMatchObject({ unit: 'days', total: 90, start: '2026-03-10', end: '2026-06-07' });
    expect(r.main.premium).toEqual({ yuan: 1100, full: true, tier: 'full' });
    expect(r.trace).toContainEqual(expect.objectContaining({ rule: 'R1c', step: 'full', params: { yuan: 1100, from: '2026-02-01' } }));
  });

  describe('湖南 2026 newborns (P-HN1: free with a parent insured in 湖南)', () => {
    /** Born 10 Mar 2026, paid 20 Apr 2026 (day 41, within the newborn period, after the window closed on 31 Jan). */
    const newborn = (parentInsured?: boolean) =>
      scenario({ asOf: '2026-04-20', region: 'hunan', payments: [residentPay('2026-04-20', [2026], 0, 'made')], circumstances: { birthDate: '2026-03-10', ...(parentInsured === undefined ? {} : { parentInsured }) } });

    it('a parent insured: nothing for 2026, cover from birth, not the full 1,100', () => {
      const r = run(newborn(true));
      expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-03-10' });
      expect(r.main.premium).toEqual({ yuan: 0, full: false, tier: 'newbornParentInsured' });
      expect(r.trace).toContainEqual(expect.objectContaining({ rule: 'R1c', step: 'newbornParentInsured', params: { yuan: 0, year: 2026 } }));
      expect(r.notes.map((n) => n.id)).not.toContain('R1c.newbornNoParentInsured');
    });

    it.each([
      ['no parent insured there', false],
      ['the question not answered', undefined],
    ])('%s: the amount is not known (no rate is stated for such children), said in a note; still covered from birth', (_name, parentInsured) => {
      const r = run(newborn(parentInsured));
      expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-03-10' });
      expect(r.main.premium).toBeNull();
      expect(r.trace.some((s) => s.rule === 'R1c')).toBe(false);
      expect(r.notes).toContainEqual(expect.objectContaining({ id: 'R1c.newbornNoParentInsured', kind: 'unconfirmed', affects: 'cost', params: { year: 2026, yuan: 0 } }));
    });

    it.each([
      ['with a parent insured', true],
      ['without', false],
    ])('a baby born 10 Jan 2026, paying on 25 Jan (%s): no warning that paying after 31 Jan costs 1,100 (not a newborn’s price)', (_name, parentInsured) => {
      const s = scenario({ asOf: '2026-01-15', region: 'hunan', payments: [residentPay('2026-01-25', [2026], 0, 'planned')], circumstances: { birthDate: '2026-01-10', parentInsured } });
      expect(only(run(s), 'fullPremiumFrom')).toEqual([]);
    });

    it('an adult paying 2026 on the same day still pays the full 1,100', () => {
      const r = run(scenario({ asOf: '2026-04-20', region: 'hunan', years: { 2025: 'resident' }, payments: [residentPay('2026-04-20', [2026], 0, 'made')] }));
      expect(r.main.premium).toEqual({ yuan: 1100, full: true, tier: 'full' });
    });

    it('born 1 Jun 2026, enrolled for 2026 alone on 25 Nov (late): it may bring no cover in 2026, and the warning says the year is free (no "ask before you pay")', () => {
      const late = (parentInsured: boolean, years: number[]) =>
        run(scenario({ asOf: '2026-11-25', region: 'hunan', payments: [residentPay('2026-11-25', years, 0, 'planned')], circumstances: { birthDate: '2026-06-01', parentInsured } }));
      const free = late(true, [2026]);
      expect(free.main.premium).toEqual({ yuan: 0, full: false, tier: 'newbornParentInsured' });
      expect(only(free, 'paysForNothing').map((w) => w.params)).toEqual([expect.objectContaining({ lastPaidYear: 2026, free: true })]);
      // Not free: the amount is not known, so no such claim.
      expect(only(late(false, [2026]), 'paysForNothing').map((w) => w.params.free)).toEqual([undefined]);
    });

    it('the options price the newborn the same way: paying today costs nothing more', () => {
      const planned = scenario({ asOf: '2026-04-20', region: 'hunan', payments: [residentPay('2026-05-20', [2026], 0, 'planned')], circumstances: { birthDate: '2026-03-10', parentInsured: true } });
      const today = run(planned).options.find((o) => o.kind === 'payToday');
      expect(today).toMatchObject({ paymentDate: '2026-04-20', costYuan: 0, extraCostYuan: 0 });
    });
  });
});
