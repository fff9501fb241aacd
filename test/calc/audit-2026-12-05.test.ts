// Three faults found by checking the situations that sources state (the data audit of 5 Dec 2026),
// each against the source's own words:
// - E2 (S5 ②) applies to a switch with no gap too: 「中断缴费3个月（含）以内」 includes a gap of 0 months,
//   so a resident-scheme member without two years of cover who starts as a flexible worker in January
//   is left to the region (switch.shortGapWithoutTwoYears), as one who starts in February is. Before, a
//   gap of 0 months skipped the two-year test and gave a firm 1 January.
// - X3: a resident payment covers only the years it pays for (R8). Employee cover to November 2025,
//   then 2026 paid in January: December 2025 is no cover (衡山 P-HN2 on this very case: 「2025年不享受
//   待遇…自2026年1月1日开始享受待遇」). Before, December was "covered retroactively".
// - X1 江西 (P-JX4, C): a baby born in 2024, before the packs' first year, is under the rules of the
//   year paid: registered on 1 June 2025 before the first birthday, covered from 2 June. Before, the
//   rule was looked up for 2024, where no pack has one, and the baby got the ordinary wait.
import { describe, expect, it } from 'vitest';
import { outcomeDates as dates, runShipped as run } from '../fixtures/packs';
import { employeePay, residentPay, scenario } from '../fixtures/scenarios';

const steps = (r: ReturnType<typeof run>) => r.trace.map((t) => `${t.rule}.${t.step}`);

describe('E2: a switch into the employee scheme with no gap still needs two years (S5 ②)', () => {
  const flexibleFrom = (years: Record<number, 'resident'>, region = 'national') => scenario({ asOf: '2026-01-15', region, years, payments: [employeePay('2026-01-15', false, 'flexible')] });

  it('national: resident cover in 2025 only, flexible worker from 15 Jan 2026: a range from 1 Jan (no wait) to 1 Jul (a 6-month wait), left to the region', () => {
    const r = run(flexibleFrom({ 2025: 'resident' }));
    expect(r.main.restoration).toMatchObject({ kind: 'range', earliest: '2026-01-01', latest: '2026-07-01' });
    expect(dates(r.main.restoration)).toEqual(expect.arrayContaining(['2026-01-01', '2026-01-15', '2026-01-16', '2026-07-01']));
    expect(r.regional.map((p) => p.param)).toContain('switch.shortGapWithoutTwoYears');
    expect(steps(r)).toContain('E2.noContinuity');
  });

  it('the same a month later (a gap of 1 month) gives the same kind of range: a gap of 0 is no longer the exception', () => {
    const r = run(scenario({ asOf: '2026-02-15', years: { 2025: 'resident' }, payments: [employeePay('2026-02-15', false, 'flexible')] }));
    expect(r.main.restoration).toMatchObject({ kind: 'range', earliest: '2026-02-01', latest: '2026-08-01' });
  });

  it('江西 (switchers without two years: from the next day, P-JX4): 16 Jan 2026, one date', () => {
    expect(run(flexibleFrom({ 2025: 'resident' }, 'jiangxi')).main.restoration).toEqual({ kind: 'date', date: '2026-01-16' });
  });

  it('江西\'s next day leaves 1-15 Jan without cover: drawn as before cover (the payment month is no gap month, E4), not left blank nor as a lapse (a first enrolment has none)', () => {
    const r = run(flexibleFrom({ 2025: 'resident' }, 'jiangxi'));
    expect(r.periods.filter((p) => p.from >= '2026-01-01')).toEqual([
      { kind: 'beforeCover', from: '2026-01-01', to: '2026-01-15' },
      { kind: 'restored', from: '2026-01-16', to: null },
    ]);
    const first = run(scenario({ asOf: '2026-01-15', region: 'hubei-wuhan', payments: [employeePay('2026-01-15', false, 'flexible')] }));
    expect(first.periods.some((p) => p.kind === 'lapse')).toBe(false);
  });

  it('no such stretch over days something else covers: a second flexible payment in January, a year marked as employee cover, a year paid in the resident scheme', () => {
    const twice = run(scenario({ asOf: '2026-01-25', region: 'jiangxi', years: { 2025: 'resident' }, payments: [employeePay('2026-01-15', false, 'flexible'), employeePay('2026-01-25', false, 'flexible')] }));
    expect(twice.periods.filter((p) => p.from < '2026-01-25' && (p.kind === 'lapse' || p.kind === 'beforeCover'))).toEqual([{ kind: 'beforeCover', from: '2026-01-01', to: '2026-01-15' }]);
    const employeeYear = run(scenario({ asOf: '2026-01-21', region: 'jiangxi', years: { 2025: 'resident', 2026: 'employee' }, payments: [employeePay('2026-01-21', false, 'flexible')] }));
    expect(employeeYear.periods.some((p) => (p.kind === 'lapse' || p.kind === 'beforeCover') && p.from < '2026-01-21')).toBe(false);
    const paidLate = run(scenario({ asOf: '2030-03-13', region: 'yunnan', years: { 2029: 'resident' }, payments: [employeePay('2030-01-11', false, 'flexible'), residentPay('2030-03-13', [2030], 0)] }));
    expect(paidLate.periods.some((p) => (p.kind === 'lapse' || p.kind === 'beforeCover') && p.from === '2030-01-01')).toBe(false);
  });

  it('with two years of resident cover (2024, 2025): one date, 1 Jan 2026, as a switch with nothing to back-pay', () => {
    const r = run(flexibleFrom({ 2024: 'resident', 2025: 'resident' }));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-01-01' });
    expect(r.main.exemption).toBe('switch');
    expect(r.main.retroactive).toBeNull();
    expect(steps(r)).toEqual(['E4.gap', 'E2.noGap']);
    expect(r.warnings.map((w) => w.id)).not.toContain('backPayGapForRetroactiveCover');
  });

  it('a switch while a paid resident year still runs (2025 and 2026 paid, flexible from 15 Jan or 15 Jun 2026): no gap at all, one date, no range over the resident cover (R8)', () => {
    for (const [date, from] of [
      ['2026-01-15', '2026-01-01'],
      ['2026-06-15', '2026-06-01'],
    ] as const) {
      const r = run(scenario({ asOf: date, years: { 2025: 'resident', 2026: 'resident' }, payments: [employeePay(date, false, 'flexible')] }));
      expect(r.main.restoration).toEqual({ kind: 'date', date: from });
      expect(steps(r)).toEqual(['E4.gap', 'E2.residentCoverRuns']);
      expect(r.periods.some((p) => p.kind === 'uncertain')).toBe(false);
      expect(r.periods).toContainEqual({ kind: 'covered', from: '2026-01-01', to: '2026-12-31' });
      expect(r.status).toBe('covered');
    }
  });

  it('no gap within the employee scheme is no switch: cover simply goes on from the payment month', () => {
    const r = run(scenario({ asOf: '2026-01-15', employeePeriods: [{ from: '2025-06', to: '2025-12' }], payments: [employeePay('2026-01-15', false)] }));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-01-01' });
    expect(r.main.exemption).toBeNull();
  });
});

describe('X3: the gap before the year paid is not covered by a resident payment (R8, 衡山 P-HN2)', () => {
  const switcher = (region: string, to: string, date: string) => scenario({ asOf: date, region, employeePeriods: [{ from: '2020-01', to }], payments: [residentPay(date, [2026])] });

  it('湖南: employee cover to Nov 2025, 2026 paid on 25 Jan 2026: from 1 Jan 2026, December 2025 not covered and drawn as a lapse', () => {
    for (const region of ['hunan', 'national']) {
      const r = run(switcher(region, '2025-11', '2026-01-25'));
      expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-01-01' });
      expect(r.main.retroactive).toBeNull();
      expect(steps(r)).toContain('X3.switchBeforeYear');
      expect(r.periods).toContainEqual({ kind: 'lapse', from: '2025-12-01', to: '2025-12-31' });
      expect(r.periods.some((p) => p.kind === 'retroactive')).toBe(false);
    }
  });

  it('paid on 15 Feb 2026: from 1 Feb, January 2026 covered retroactively, December 2025 not', () => {
    const r = run(switcher('hunan', '2025-11', '2026-02-15'));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-02-01' });
    expect(r.main.retroactive).toEqual({ from: '2026-01-01', to: '2026-01-31' });
    const step = r.trace.find((t) => t.rule === 'X3');
    expect(step).toMatchObject({ step: 'switchPartlyBeforeYear', params: { retroFrom: '2026-01-01', retroTo: '2026-01-31', year: 2026 } });
  });

  it('a gap within the year paid is covered as before: cover to Jan 2026, paid 15 Mar 2026: from 1 Mar, February covered retroactively', () => {
    const r = run(switcher('hunan', '2026-01', '2026-03-15'));
    expect(r.main.retroactive).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(steps(r)).toContain('X3.switch');
  });

  it('no gap (cover to Dec 2025, 2026 paid on 15 Jan 2026): from 1 Jan, said as a switch with no gap', () => {
    const r = run(switcher('hunan', '2025-12', '2026-01-15'));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-01-01' });
    expect(steps(r)).toContain('X3.switchNoGap');
  });
});

describe('X1 江西: a baby born before the packs\' first year is under the rules of the year paid (P-JX4)', () => {
  const baby = (region: string) => scenario({ asOf: '2025-06-01', region, circumstances: { birthDate: '2024-08-01' }, payments: [residentPay('2025-06-01', [2025])] });

  it('born 1 Aug 2024, registered and paid 1 Jun 2025 (before the first birthday): from 2 Jun 2025, no wait', () => {
    const r = run(baby('jiangxi'));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2025-06-02' });
    expect(r.main.exemption).toBe('newbornLate');
    expect(r.main.waiting).toBeNull();
  });

  it('its date rests on the newborn rule, not on 江西\'s 2025 window (not in its pack): no warning that the window is unknown', () => {
    expect(run(baby('jiangxi')).warnings.map((w) => w.id)).not.toContain('windowNotKnown');
  });

  it('a child covered before who renews before turning one keeps the warning: the unknown window could give 1 January (R2)', () => {
    const renewal = run(scenario({ asOf: '2026-12-05', region: 'jiangxi', circumstances: { birthDate: '2026-03-01' }, payments: [residentPay('2026-03-10', [2026]), residentPay('2027-01-20', [2027], 0, 'planned')] }));
    expect(renewal.warnings.map((w) => w.id)).toContain('windowNotKnown');
  });

  it('national: 2 Jun 2025 is among the outcomes (江西 is a region that gives it)', () => {
    expect(dates(run(baby('national')).main.restoration)).toContain('2025-06-02');
  });
});
