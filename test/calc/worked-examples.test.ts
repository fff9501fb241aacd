// RULES.md §10: every worked example as a named case with exact dates. ★ = official source.
// W1, W10-W19 and W36 run under a fixture that pins the v1 national defaults; under the shipped
// national pack each of them must give a range containing its date (§8). The others run
// under the region's own pack.
import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/calc';
import type { Restoration, Result, RulePack, Scenario } from '../../src/calc';
import { chainFor } from '../fixtures/packs';
import { employeePay, residentPay, scenario } from '../fixtures/scenarios';
import { v1DefaultsChain } from '../fixtures/v1-defaults';

const FIXTURE = 'test-v1-defaults';

function runOn(s: Scenario, packs: RulePack[]): Result {
  const outcome = calculate(s, packs);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
}

function run(s: Scenario): Result {
  return runOn(s, s.region === FIXTURE ? v1DefaultsChain() : chainFor(s.region));
}

const restoredOn = (r: Result) => (r.main.restoration.kind === 'date' ? r.main.restoration.date : `not a date: ${JSON.stringify(r.main.restoration)}`);
const dateOf = (r: Restoration) => (r.kind === 'date' ? r.date : `not a date: ${JSON.stringify(r)}`);
const rangeOf = (r: Result) => (r.main.restoration.kind === 'range' ? [r.main.restoration.earliest, r.main.restoration.latest] : `not a range: ${JSON.stringify(r.main.restoration)}`);
const outcomeDates = (r: Restoration) => (r.kind === 'range' ? r.outcomes.map((o) => (o.restoration.kind === 'noCover' ? 'noCover' : o.restoration.date)) : []);

/** The v1 cases: each runs under the fixture, and under the national pack gives a range that holds its date. */
const v1Cases: { name: string; s: Scenario; date: string }[] = [];
function v1Case(name: string, s: Scenario, date: string): Scenario {
  v1Cases.push({ name, s, date });
  return s;
}

describe('resident scheme, v1 national defaults (fixture)', () => {
  it('W1 covered 2025 and paying 2026 in the window gives cover from 1 Jan with no wait', () => {
    const r = run(v1Case('W1', scenario({ asOf: '2025-11-10', region: FIXTURE, years: { 2025: 'resident' }, payments: [residentPay('2025-11-10', [2026])] }), '2026-01-01'));
    expect(restoredOn(r)).toBe('2026-01-01');
    expect(r.main.waiting).toBeNull();
    expect(r.main.lapse).toBeNull();
    expect(r.status).toBe('covered');
  });

  it.each([
    [0, '2028-06-01', 5],
    [1, '2028-05-01', 4],
    [2, '2028-04-01', 3],
    [3, '2028-04-01', 3],
  ])('W10 lapsed 2025-2027, paying 2028 on 2027-11-20 with %i repair years gives %s', (repair, date, months) => {
    const s = v1Case(`W10 repair ${repair}`, scenario({ asOf: '2027-11-20', region: FIXTURE, years: { 2025: 'none', 2026: 'none', 2027: 'none' }, payments: [residentPay('2027-11-20', [2028], repair)] }), date);
    const r = run(s);
    expect(restoredOn(r)).toBe(date);
    expect(r.main.waiting).toMatchObject({ unit: 'months', total: months, usefulRepairYears: 2 });
    expect(r.warnings.some((w) => w.id === 'repairRemovesNothing')).toBe(repair === 3);
  });

  it.each([0, 1, 3])('W11 lapsed 2025-2028, paying 2029 in the window: the 6-month floor gives 2029-07-01 with %i repair years', (repair) => {
    const r = run(v1Case(`W11 repair ${repair}`, scenario({ asOf: '2028-11-01', region: FIXTURE, years: { 2025: 'none', 2026: 'none', 2027: 'none', 2028: 'none' }, payments: [residentPay('2028-11-01', [2029], repair)] }), '2029-07-01'));
    expect(restoredOn(r)).toBe('2029-07-01');
    expect(r.main.waiting).toMatchObject({ total: 6, usefulRepairYears: 0 });
  });

  it('W12 lapsed 2025-2030, paying 2031 on 2031-04-15 outside the window waits 8 months; 2 repair years make it 6', () => {
    const lapsed = { 2025: 'none', 2026: 'none', 2027: 'none', 2028: 'none', 2029: 'none', 2030: 'none' } as const;
    const plain = run(v1Case('W12', scenario({ asOf: '2031-04-15', region: FIXTURE, years: lapsed, payments: [residentPay('2031-04-15', [2031])] }), '2031-12-15'));
    expect(restoredOn(plain)).toBe('2031-12-15');
    expect(plain.main.waiting).toMatchObject({ fixed: 3, variable: 5, total: 8, usefulRepairYears: 2 });
    const repaired = run(v1Case('W12 repair 2', scenario({ asOf: '2031-04-15', region: FIXTURE, years: lapsed, payments: [residentPay('2031-04-15', [2031], 2)] }), '2031-10-15'));
    expect(restoredOn(repaired)).toBe('2031-10-15');
    expect(repaired.main.waiting?.total).toBe(6);
  });

  it('W13 separate lapses: only the latest run counts (2026-04-01, 2027-01-01, 2029-04-01)', () => {
    const r = run(
      v1Case(
        'W13',
        scenario({
          asOf: '2028-11-10',
          region: FIXTURE,
          years: { 2025: 'none', 2028: 'none' },
          payments: [residentPay('2025-12-01', [2026]), residentPay('2026-11-10', [2027]), residentPay('2028-11-10', [2029])],
        }),
        '2029-04-01',
      ),
    );
    expect(r.enrolments.map((e) => dateOf(e.restoration))).toEqual(['2026-04-01', '2027-01-01', '2029-04-01']);
    expect(r.main.lapse).toEqual({ years: [2028] });
    expect(r.notes.map((n) => n.id)).toContain('I3');
  });

  it('W36 I7: a late 2026 payment and a June 2027 payment: 2026 buys nothing, 2027 waits 4 months from 1 Jun, never from March', () => {
    const r = run(
      v1Case('W36', scenario({ asOf: '2027-06-01', region: FIXTURE, years: { 2025: 'none' }, payments: [residentPay('2026-12-01', [2026]), residentPay('2027-06-01', [2027])] }), '2027-10-01'),
    );
    const [first, second] = r.enrolments;
    expect(first?.restoration).toEqual({ kind: 'needsNextYear', date: '2027-03-01', year: 2027 });
    expect(second?.lapse).toEqual({ years: [2025, 2026] });
    expect(second?.waiting).toMatchObject({ start: '2027-06-01', fixed: 3, variable: 1, total: 4 });
    expect(dateOf(second!.restoration)).toBe('2027-10-01');
  });
});

describe('employee scheme and switching, v1 national defaults (fixture)', () => {
  it('W14 last paid 2025-03, back-paying Apr-Jun in July: cover from July, Apr-Jun retroactive', () => {
    const r = run(v1Case('W14', scenario({ asOf: '2025-07-15', region: FIXTURE, employeePeriods: [{ from: '2023-01', to: '2025-03' }], payments: [employeePay('2025-07-15', true)] }), '2025-07-01'));
    expect(restoredOn(r)).toBe('2025-07-01');
    expect(r.main.retroactive).toEqual({ from: '2025-04-01', to: '2025-06-30' });
    expect(r.main.lapse).toEqual({ months: { from: '2025-04', to: '2025-06' }, count: 3 });
    expect(r.status).toBe('covered');
  });

  it('W14 after a move between pooling regions (S5) the gap is covered under the national pack too', () => {
    const r = run(scenario({ asOf: '2025-07-15', employeePeriods: [{ from: '2023-01', to: '2025-03' }], circumstances: { movedRegion: true }, payments: [employeePay('2025-07-15', true)] }));
    expect(restoredOn(r)).toBe('2025-07-01');
    expect(r.main.retroactive).toEqual({ from: '2025-04-01', to: '2025-06-30' });
  });

  it('W14 within one region under the national pack: 2025-07-01 to 2025-08-01, gap cover uncertain', () => {
    const r = run(scenario({ asOf: '2025-07-15', employeePeriods: [{ from: '2023-01', to: '2025-03' }], payments: [employeePay('2025-07-15', true)] }));
    expect(rangeOf(r)).toEqual(['2025-07-01', '2025-08-01']);
    expect(r.regional.map((p) => p.param)).toContain('employee.shortGapWithinRegion');
  });

  it('W14 under hubei-wuhan the gap is covered (C source, unconfirmed)', () => {
    const r = run(scenario({ asOf: '2025-07-15', region: 'hubei-wuhan', employeePeriods: [{ from: '2023-01', to: '2025-03' }], payments: [employeePay('2025-07-15', true)] }));
    expect(restoredOn(r)).toBe('2025-07-01');
    expect(r.main.retroactive).toEqual({ from: '2025-04-01', to: '2025-06-30' });
  });

  it('W15 last paid 2025-03, resuming 2025-08: a 4-month gap gives 2025-08-01 to 2026-02-01 (at most 6 months)', () => {
    const r = run(scenario({ asOf: '2025-08-10', region: FIXTURE, employeePeriods: [{ from: '2023-01', to: '2025-03' }], payments: [employeePay('2025-08-10', true)] }));
    expect(rangeOf(r)).toEqual(['2025-08-01', '2026-02-01']);
    expect(r.regional.map((p) => p.param)).toEqual(['employee.longGapWaitMonths']);
  });

  it('W15 in Jiangsu the wait is at most 3 months: 2025-08-01 to 2025-11-01', () => {
    const r = run(scenario({ asOf: '2025-08-10', region: 'jiangsu', employeePeriods: [{ from: '2023-01', to: '2025-03' }], payments: [employeePay('2025-08-10', true)] }));
    expect(rangeOf(r)).toEqual(['2025-08-01', '2025-11-01']);
  });

  it('W16 two years of employee cover to 2025-05, paying resident 2025 on 2025-08-05: cover from August, Jun-Jul retroactive', () => {
    const r = run(v1Case('W16', scenario({ asOf: '2025-08-05', region: FIXTURE, employeePeriods: [{ from: '2023-06', to: '2025-05' }], payments: [residentPay('2025-08-05', [2025])] }), '2025-08-01'));
    expect(restoredOn(r)).toBe('2025-08-01');
    expect(r.main.retroactive).toEqual({ from: '2025-06-01', to: '2025-07-31' });
    expect(r.main.exemption).toBe('switch');
    expect(r.main.waiting).toBeNull();
  });

  it('W17 employee cover to 2025-05, resident 2025 paid 2025-10-10 and 2026 in the window: no 2025 cover, cover from 2026-01-10', () => {
    const r = run(
      v1Case(
        'W17',
        scenario({ asOf: '2025-11-20', region: FIXTURE, employeePeriods: [{ from: '2023-06', to: '2025-05' }], payments: [residentPay('2025-10-10', [2025]), residentPay('2025-11-20', [2026])] }),
        '2026-01-10',
      ),
    );
    const [first, second] = r.enrolments;
    expect(first?.restoration).toEqual({ kind: 'needsNextYear', date: '2026-01-10', year: 2026 });
    expect(first?.coveredYears).toEqual([]);
    expect(r.warnings.map((w) => w.id)).toContain('paysForNothing');
    expect(second?.restoration).toEqual({ kind: 'date', date: '2026-01-10' });
    expect(r.status).toBe('waiting');
  });
});

describe('exemptions, v1 national defaults (fixture)', () => {
  it('W18 newborn born 2025-11-20 with the birth-year premium paid 2026-01-10 is covered from birth', () => {
    const r = run(v1Case('W18', scenario({ asOf: '2026-01-10', region: FIXTURE, circumstances: { birthDate: '2025-11-20' }, payments: [residentPay('2026-01-10', [2025])] }), '2025-11-20'));
    expect(restoredOn(r)).toBe('2025-11-20');
    expect(r.main.exemption).toBe('newborn');
    expect(r.main.coveredYears).toEqual([{ year: 2025, from: '2025-11-20', to: '2025-12-31' }]);
  });

  it('W19 low-income, lapse not by choice, paying 2025-06-10 is covered from the payment date', () => {
    const r = run(v1Case('W19', scenario({ asOf: '2025-06-10', region: FIXTURE, circumstances: { lowIncomeNotByChoice: true }, payments: [residentPay('2025-06-10', [2025])] }), '2025-06-10'));
    expect(restoredOn(r)).toBe('2025-06-10');
    expect(r.main.exemption).toBe('lowIncome');
    expect(r.main.waiting).toBeNull();
  });
});

describe('the shipped national pack gives a range holding every v1 date (§8)', () => {
  // The cases are recorded by the tests above as they run (vitest runs a file's tests in order).
  it('W1, W10-W19 and W36 each give, under the national pack, their v1 date or a range with it as an outcome', () => {
    expect(v1Cases.length).toBeGreaterThanOrEqual(15);
    for (const c of v1Cases) {
      const main = run({ ...c.s, region: 'national' }).main.restoration;
      if (main.kind === 'range') {
        expect(outcomeDates(main), c.name).toContain(c.date);
        expect(main.earliest <= c.date && c.date <= main.latest, c.name).toBe(true);
      } else {
        expect(dateOf(main), c.name).toBe(c.date);
      }
    }
  });
});

describe('W2-W9: v1 regional examples under their packs', () => {
  it('W2 ★ L-FX paying 2025 late on 3 Jul waits until 2 Oct; 2026 paid in the window starts on 1 Jan', () => {
    const r = run(scenario({ asOf: '2025-11-20', region: 'liaoning-fuxin', payments: [residentPay('2025-07-03', [2025]), residentPay('2025-11-20', [2026])] }));
    const [first, second] = r.enrolments;
    expect(first?.restoration).toEqual({ kind: 'date', date: '2025-10-03' });
    expect(first?.waiting).toMatchObject({ start: '2025-07-03', end: '2025-10-02', total: 3, fixed: 3, variable: 0 });
    expect(first?.coveredYears).toEqual([{ year: 2025, from: '2025-10-03', to: '2025-12-31' }]);
    expect(second?.restoration).toEqual({ kind: 'date', date: '2026-01-01' });
  });

  it('W3 ★ L-FX paying 2025 and 2026 together on 6 Nov 2025 gives no 2025 cover and cover from 2026-02-06', () => {
    const r = run(scenario({ asOf: '2025-11-06', region: 'liaoning-fuxin', payments: [residentPay('2025-11-06', [2025, 2026])] }));
    expect(restoredOn(r)).toBe('2026-02-06');
    expect(r.main.waiting).toMatchObject({ start: '2025-11-06', end: '2026-02-05', total: 3 });
    expect(r.main.coveredYears).toEqual([{ year: 2026, from: '2026-02-06', to: '2026-12-31' }]);
    expect(r.warnings).toContainEqual({ id: 'noCoverInYear', params: { year: 2025, coverStart: '2026-02-06' } });
  });

  it('W4 ★ L-FX lapsed 2025, paying 2026 in the window on 3 Dec 2025 waits 3 months from 1 Jan', () => {
    const r = run(scenario({ asOf: '2025-12-03', region: 'liaoning-fuxin', years: { 2025: 'none' }, payments: [residentPay('2025-12-03', [2026])] }));
    expect(restoredOn(r)).toBe('2026-04-01');
    expect(r.main.lapse).toEqual({ years: [2025] });
    expect(r.main.waiting).toMatchObject({ start: '2026-01-01', end: '2026-03-31', fixed: 3, variable: 0 });
  });

  it('W5 ★ L-QD lapsed 2025 and 2026, paying 2027 in the window without repair waits 3+1 months', () => {
    const r = run(scenario({ asOf: '2026-11-15', region: 'shandong-qingdao', years: { 2025: 'none', 2026: 'none' }, payments: [residentPay('2026-11-15', [2027])] }));
    expect(restoredOn(r)).toBe('2027-05-01');
    expect(r.main.waiting).toMatchObject({ fixed: 3, variable: 1, total: 4, usefulRepairYears: 1 });
  });

  it('W6 ★ L-QD as W5 with one repair year waits 3 months', () => {
    const r = run(scenario({ asOf: '2026-11-15', region: 'shandong-qingdao', years: { 2025: 'none', 2026: 'none' }, payments: [residentPay('2026-11-15', [2027], 1)] }));
    expect(restoredOn(r)).toBe('2027-04-01');
    expect(r.main.waiting).toMatchObject({ fixed: 3, variable: 0, repairRemoved: 1, total: 3 });
  });

  it('W7 ★ L-GZ money received 1 Mar 2026 after the window ended waits 1 Mar to 1 Jun and is covered from 2 Jun', () => {
    const r = run(scenario({ asOf: '2026-03-01', region: 'guangdong-guangzhou', years: { 2025: 'resident' }, payments: [residentPay('2026-03-01', [2026])] }));
    expect(restoredOn(r)).toBe('2026-06-02');
    expect(r.main.waiting).toMatchObject({ start: '2026-03-01', end: '2026-06-01', total: 3 });
  });

  it('W7 inside the Guangzhou window (28 Feb 2026) a continuous enrollee is covered from 1 Jan', () => {
    const r = run(scenario({ asOf: '2026-02-28', region: 'guangdong-guangzhou', years: { 2025: 'resident' }, payments: [residentPay('2026-02-28', [2026])] }));
    expect(restoredOn(r)).toBe('2026-01-01');
  });

  it('W8 ★ L-HHHT missing the 2025 window and paying on 12 Mar 2025 is covered from 1 Jun (month-based)', () => {
    const r = run(scenario({ asOf: '2025-03-12', region: 'neimenggu-hohhot', payments: [residentPay('2025-03-12', [2025])] }));
    expect(restoredOn(r)).toBe('2025-06-01');
    expect(r.main.waiting).toMatchObject({ start: '2025-03-12', end: '2025-05-31', total: 3 });
  });

  it('W9 L-HHHT lapsed 2025, paying 2026 in the window: the Hohhot reading waits 4 months', () => {
    const r = run(scenario({ asOf: '2025-12-01', region: 'neimenggu-hohhot', years: { 2025: 'none' }, payments: [residentPay('2025-12-01', [2026])] }));
    expect(restoredOn(r)).toBe('2026-05-01');
    expect(r.main.waiting).toMatchObject({ fixed: 3, variable: 1 });
  });
});

describe('W20-W35: v2 examples from official sources', () => {
  it('W20 ★ P-BJ1 北京: covered 2025, paying 2026 on 10 Feb 2026 inside the window is covered from 1 Jan', () => {
    const r = run(scenario({ asOf: '2026-02-10', region: 'beijing', years: { 2025: 'resident' }, payments: [residentPay('2026-02-10', [2026])] }));
    expect(restoredOn(r)).toBe('2026-01-01');
    expect(r.main.waiting).toBeNull();
  });

  it('W21 P-BJ1 北京: paying on 10 Mar 2026 after the window: the national conventions give 2026-06-01 to 2026-06-11', () => {
    const r = run(scenario({ asOf: '2026-03-10', region: 'beijing', years: { 2025: 'resident' }, payments: [residentPay('2026-03-10', [2026])] }));
    expect(rangeOf(r)).toEqual(['2026-06-01', '2026-06-11']);
    expect(r.regional.map((p) => p.param)).toContain('resident.dateConvention');
  });

  it('W22 ★ P-JX2 江西: covered 2025, paying 2026 on 20 Jan 2026 is covered from the next day', () => {
    const r = run(scenario({ asOf: '2026-01-20', region: 'jiangxi', years: { 2025: 'resident' }, payments: [residentPay('2026-01-20', [2026])] }));
    expect(restoredOn(r)).toBe('2026-01-21');
  });

  it('W23 ★ P-HE-2025 河北: paying 2025 on 30 Dec 2024 after the window closed on the 28th waits from the payment date, never from 1 Jan', () => {
    const r = run(scenario({ asOf: '2024-12-30', region: 'hebei', years: { 2024: 'resident' }, payments: [residentPay('2024-12-30', [2025])] }));
    const main = r.main.restoration;
    expect(main.kind === 'range' ? [main.earliest, main.latest] : dateOf(main)).toEqual(['2025-03-01', '2025-03-31']);
    expect(outcomeDates(main)).not.toContain('2025-01-01');
    expect(r.main.waiting).toMatchObject({ start: '2024-12-30' });
  });

  it('W24 ★ P-JX4 江西: a low-income person (医疗救助对象) paying 2025 on 15 Mar 2025 is covered from the next day', () => {
    const r = run(scenario({ asOf: '2025-03-15', region: 'jiangxi', circumstances: { lowIncomeNotByChoice: true }, payments: [residentPay('2025-03-15', [2025])] }));
    expect(restoredOn(r)).toBe('2025-03-16');
    expect(r.main.waiting).toBeNull();
  });

  it('W25 ★ P-JX4 江西: employee cover 2024-06 to 2025-01 (under 2 years), paying resident 2025 on 20 Mar 2025: no wait, from the next day', () => {
    const r = run(scenario({ asOf: '2025-03-20', region: 'jiangxi', employeePeriods: [{ from: '2024-06', to: '2025-01' }], payments: [residentPay('2025-03-20', [2025])] }));
    expect(restoredOn(r)).toBe('2025-03-21');
  });

  it('W26 ★ P-HB3 武汉: born 1 Jan 2026, paid 1 Apr 2026 (day 91 counting the birth day): from 1 May 2026', () => {
    const r = run(scenario({ asOf: '2026-04-01', region: 'hubei-wuhan', circumstances: { birthDate: '2026-01-01' }, payments: [residentPay('2026-04-01', [2026])] }));
    expect(restoredOn(r)).toBe('2026-05-01');
  });

  it('W27 ★ E3a 武汉: employer-paid cover to 2025-12, paying as a flexible worker on 15 May 2026 (month 5): from 1 Jun 2026', () => {
    const r = run(scenario({ asOf: '2026-05-15', region: 'hubei-wuhan', employeePeriods: [{ from: '2020-01', to: '2025-12', paidBy: 'employer' }], payments: [employeePay('2026-05-15', false, 'flexible')] }));
    expect(restoredOn(r)).toBe('2026-06-01');
  });

  it('W28 ★ 青岛 (C): a flexible worker covered to 2025-12 back-pays Jan-Feb on 10 Mar 2026: from 1 Apr 2026, Jan-Feb not covered', () => {
    const r = run(scenario({ asOf: '2026-03-10', region: 'shandong-qingdao', employeePeriods: [{ from: '2020-01', to: '2025-12' }], payments: [employeePay('2026-03-10', true, 'flexible')] }));
    expect(restoredOn(r)).toBe('2026-04-01');
    expect(r.main.retroactive).toBeNull();
  });

  it('W29 ★ 厦门: a continuous university entrant insured at school paying 2026 on 15 Nov 2025 is covered from 1 Sep 2025', () => {
    const r = run(scenario({ asOf: '2025-11-15', region: 'fujian-xiamen', years: { 2025: 'resident' }, circumstances: { universityEntrant: true }, payments: [residentPay('2025-11-15', [2026])] }));
    expect(restoredOn(r)).toBe('2025-09-01');
  });

  it.each([
    ['2026-01-15', '2026-01-15', false],
    ['2026-04-10', '2026-07-10', false],
    ['2026-07-05', '2026-10-05', true],
  ])('W30 ★ P-QH1 青海: continuous, paying 2026 on %s is covered from %s', (paid, from, full) => {
    const r = run(scenario({ asOf: paid, region: 'qinghai', years: { 2025: 'resident' }, payments: [residentPay(paid, [2026])] }));
    expect(restoredOn(r)).toBe(from);
    if (full) expect(r.main.premium).toMatchObject({ yuan: 1100, full: true });
  });

  it('W31 ★ P-HN1/2 湖南: paying 2026 on 20 Jan 2026 is in the window (from 1 Jan); on 10 Mar 2026 waits 90 days to 8 Jun at the full 1,100', () => {
    const inWindow = run(scenario({ asOf: '2026-01-20', region: 'hunan', years: { 2025: 'resident' }, payments: [residentPay('2026-01-20', [2026])] }));
    expect(restoredOn(inWindow)).toBe('2026-01-01');
    const late = run(scenario({ asOf: '2026-03-10', region: 'hunan', years: { 2025: 'resident' }, payments: [residentPay('2026-03-10', [2026])] }));
    expect(restoredOn(late)).toBe('2026-06-08');
    expect(late.main.waiting).toMatchObject({ unit: 'days', total: 90 });
    expect(late.main.premium).toMatchObject({ yuan: 1100, full: true });
  });

  it('W32 ★ P-GS1/2 甘肃: 10 Feb 2026 in the supplementary period waits 90 days (11 May); 5 Mar 2026 buys no cover in 2026', () => {
    const supplementary = run(scenario({ asOf: '2026-02-10', region: 'gansu', years: { 2025: 'resident' }, payments: [residentPay('2026-02-10', [2026])] }));
    expect(restoredOn(supplementary)).toBe('2026-05-11');
    const closed = run(scenario({ asOf: '2026-03-05', region: 'gansu', years: { 2025: 'resident' }, payments: [residentPay('2026-03-05', [2026])] }));
    expect(closed.main.restoration).toEqual({ kind: 'noCover', year: 2026 });
    expect(closed.warnings.map((w) => w.id)).toContain('lateEnrolmentClosed');
  });

  it('W33 ★ P-HI1 海南: born 20 Nov 2025, registered and paid 15 Jan 2026: covered from birth in 2025 and 2026', () => {
    const r = run(scenario({ asOf: '2026-01-15', region: 'hainan', circumstances: { birthDate: '2025-11-20' }, payments: [residentPay('2026-01-15', [2025])] }));
    expect(restoredOn(r)).toBe('2025-11-20');
    expect(r.main.coveredYears.map((c) => c.year)).toEqual([2025, 2026]);
  });

  it('W34 I6 national: covered 2025, paying 2026 on 20 Jan 2026 gives 1 Jan to 21 Apr 2026, explained by conditions', () => {
    const r = run(scenario({ asOf: '2026-01-20', years: { 2025: 'resident' }, payments: [residentPay('2026-01-20', [2026])] }));
    expect(rangeOf(r)).toEqual(['2026-01-01', '2026-04-21']);
    const dates = outcomeDates(r.main.restoration);
    for (const d of ['2026-01-01', '2026-01-20', '2026-01-21', '2026-04-21']) expect(dates).toContain(d);
    expect(r.regional.map((p) => p.param)).toEqual(expect.arrayContaining(['resident.windowEnd', 'resident.extension', 'resident.waitUnit', 'resident.dateConvention']));
    expect(r.status).toBe('uncertain');
  });

  it('W35 I6 national: covered 2025, paying 2026 on 20 Dec 2025 is covered from 1 Jan (every known window is open then)', () => {
    const r = run(scenario({ asOf: '2025-12-20', years: { 2025: 'resident' }, payments: [residentPay('2025-12-20', [2026])] }));
    expect(restoredOn(r)).toBe('2026-01-01');
    expect(r.regional).toEqual([]);
  });
});

describe('§8.5 the window start is not a date variant', () => {
  it('a planned national payment on 1 Oct 2025 for 2026 is accepted, with a note that some regions open later (北京: 30 Nov)', () => {
    const r = run(scenario({ asOf: '2025-09-20', years: { 2025: 'resident' }, payments: [residentPay('2025-10-01', [2026], 0, 'planned')] }));
    expect(restoredOn(r)).toBe('2026-01-01');
    expect(r.notes).toContainEqual(expect.objectContaining({ id: 'R1.mayOpenLater', params: { date: '2025-11-30' } }));
  });

  it('a payment already made on 1 Oct 2025 gets no such note: the person says it was accepted', () => {
    const r = run(scenario({ asOf: '2025-10-01', years: { 2025: 'resident' }, payments: [residentPay('2025-10-01', [2026])] }));
    expect(r.notes.map((n) => n.id)).not.toContain('R1.mayOpenLater');
  });
});
