// 湖南's year-end switch from the employee to the resident scheme (衡山 P-HN2, a county notice the
// Hunan pack reads as the province's 2026 rule, as it does the notice's window and 90 days):
// 「2025年职工医保缴费月份不少于3个月，2025年10月1日后断保且在3个月内参加居民医保的，可选择只按个人缴费
// 标准缴纳2026年度居民医保费，2025年不享受待遇，2026年不设待遇等待期，自2026年1月1日开始享受待遇。」
// RULES.md has no such rule (REGIONS §4.12), so it is a regional value (switch.yearEndToResident):
// pinned by the Hunan pack for 2026, one of the national variants elsewhere. Found by the data audit
// of 5 Dec 2026: Hunan gave 10 Feb to 11 May 2026 for a case the notice covers from 1 Jan, and the
// national range left 1 Jan out for a lapse from 1 Jan 2026 paid in March.
import { describe, expect, it } from 'vitest';
import { outcomeDates as dates, runShipped as run } from '../fixtures/packs';
import { residentPay, scenario } from '../fixtures/scenarios';

const steps = (r: ReturnType<typeof run>) => r.trace.map((t) => `${t.rule}.${t.step}`);

/** Employee cover over `from`..`to`, then 2026 paid in the resident scheme on `date` (made). */
const switcher = (region: string, from: string, to: string, date: string) =>
  scenario({ asOf: date, region, employeePeriods: [{ from, to }], payments: [residentPay(date, [2026], 0)] });

describe('湖南: the year-end switch (P-HN2)', () => {
  it('9 employee months in 2025, lapse from 1 Dec 2025, 2026 paid on 10 Feb 2026 (after the window): covered from 1 Jan 2026, no wait, at the personal contribution', () => {
    const r = run(switcher('hunan', '2025-03', '2025-11', '2026-02-10'));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-01-01' });
    expect(r.main.exemption).toBe('yearEndSwitch');
    expect(r.main.waiting).toBeNull();
    // Not the full ¥1,100 charged after 31 Jan; the personal rate is not in the pack: not priced.
    expect(r.main.premium).toBeNull();
    expect(steps(r)).toEqual(expect.arrayContaining(['R1c.yearEndPersonal', 'X3.yearEnd']));
    expect(steps(r)).not.toContain('R1c.full');
    const step = r.trace.find((t) => t.rule === 'X3' && t.step === 'yearEnd');
    expect(step?.params).toMatchObject({ lastEmployeeMonth: '2025-11', months: 9, minMonths: 3, prevYear: 2025, lapseFrom: '2025-10-01', maxMonths: 3, gapMonths: 2, year: 2026, coverFrom: '2026-01-01' });
    expect(step?.sources).toContain('P-HN2');
    expect(step?.packId).toBe('hunan');
    // 2025's gap months are not covered by it ("2025年不享受待遇").
    expect(r.periods).toContainEqual(expect.objectContaining({ kind: 'lapse', from: '2025-12-01', to: '2025-12-31' }));
  });

  it('employee cover to December 2025 (the lapse starts on 1 Jan 2026, after 1 Oct), paid on 10 Mar 2026: 1 Jan 2026', () => {
    expect(run(switcher('hunan', '2025-04', '2025-12', '2026-03-10')).main.restoration).toEqual({ kind: 'date', date: '2026-01-01' });
  });

  it('not for a lapse from 1 Sep 2025 (before 1 Oct): the ordinary switch rules, a wait', () => {
    const r = run(switcher('hunan', '2025-03', '2025-08', '2026-02-10'));
    expect(r.main.exemption).toBeNull();
    expect(r.main.restoration.kind).toBe('range');
    expect(dates(r.main.restoration)).not.toContain('2026-01-01');
    expect(r.main.premium).toMatchObject({ yuan: 1100, full: true });
  });

  it('not with only 2 employee months in 2025 (at least 3 are needed)', () => {
    const r = run(switcher('hunan', '2025-10', '2025-11', '2026-02-10'));
    expect(r.main.exemption).not.toBe('yearEndSwitch');
    expect(dates(r.main.restoration)).not.toContain('2026-01-01');
  });

  it('not when the resident scheme is joined after more than 3 missed months (lapse from 1 Nov, paid in March: 4 months)', () => {
    const r = run(switcher('hunan', '2025-03', '2025-10', '2026-03-10'));
    expect(r.main.exemption).not.toBe('yearEndSwitch');
    expect(dates(r.main.restoration)).not.toContain('2026-01-01');
  });

  it('two years of employee cover and more (X3 applies): the same cover from the payment month with January back-covered, at the personal contribution', () => {
    const r = run(switcher('hunan', '2020-01', '2025-11', '2026-02-10'));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-02-01' });
    expect(r.main.retroactive).toEqual({ from: '2026-01-01', to: '2026-01-31' });
    expect(r.main.premium).toBeNull();
    expect(steps(r)).toContain('R1c.yearEndPersonal');
  });

  it('a payment in the window (January) by someone continuous: 1 Jan by the ordinary rules (R2), not this rule', () => {
    const r = run(switcher('hunan', '2025-03', '2025-11', '2026-01-10'));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-01-01' });
    expect(steps(r)).not.toContain('X3.yearEnd');
  });

  it('a year marked as employee cover without its months (its end unknown): the rule is not applied on a guess', () => {
    const r = run(scenario({ asOf: '2026-02-10', region: 'hunan', years: { 2025: 'employee' }, payments: [residentPay('2026-02-10', [2026], 0)] }));
    expect(steps(r)).not.toContain('X3.yearEnd');
  });

  it('2027 (the Hunan pack pins the rule for 2026 only): left to the region, a range that includes 1 Jan 2027', () => {
    const r = run(scenario({ asOf: '2027-02-10', region: 'hunan', employeePeriods: [{ from: '2026-03', to: '2026-11' }], payments: [residentPay('2027-02-10', [2027], 0)] }));
    expect(r.main.restoration.kind).toBe('range');
    expect(dates(r.main.restoration)).toContain('2027-01-01');
    expect(r.regional.map((p) => p.param)).toContain('switch.yearEndToResident');
  });
});

describe('national: the year-end switch is one of the regional outcomes (§8)', () => {
  it('lapse from 1 Dec 2025, paid 10 Feb 2026: a range that includes 1 Jan 2026, naming the rule and 湖南', () => {
    const r = run(switcher('national', '2025-03', '2025-11', '2026-02-10'));
    expect(r.main.restoration.kind).toBe('range');
    expect(dates(r.main.restoration)).toContain('2026-01-01');
    const rule = r.regional.find((p) => p.param === 'switch.yearEndToResident');
    expect(rule).toBeDefined();
  });

  it('lapse from 1 Jan 2026, paid 10 Mar 2026: 1 Jan 2026 is inside the national range (it was not)', () => {
    const r = run(switcher('national', '2025-04', '2025-12', '2026-03-10'));
    expect(r.main.restoration).toMatchObject({ kind: 'range', earliest: '2026-01-01' });
  });

  it('no such question where the rule cannot apply (employee cover ended in June 2025): the range does not name it', () => {
    const r = run(switcher('national', '2025-01', '2025-06', '2026-02-10'));
    expect(r.regional.map((p) => p.param)).not.toContain('switch.yearEndToResident');
  });
});

describe('the year-end switch: the edges of our reading (a note says it is ours)', () => {
  it('employee cover to September 2025 (the lapse starts on 1 Oct): it applies, with the note on our reading', () => {
    const r = run(switcher('hunan', '2025-03', '2025-09', '2026-01-20'));
    // In the window and continuous by I2: R2's 1 Jan; after it (February), the rule's.
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-01-01' });
    const late = run(switcher('hunan', '2025-03', '2025-10', '2026-02-10'));
    expect(late.main.exemption).toBe('yearEndSwitch');
    expect(late.notes.map((n) => n.id)).toContain('X3.yearEndReading');
  });

  it('lapse from 1 Jan 2026: paid in April (3 whole months missed) it applies; paid in May (4) it does not', () => {
    expect(run(switcher('hunan', '2025-04', '2025-12', '2026-04-20')).main.exemption).toBe('yearEndSwitch');
    const may = run(switcher('hunan', '2025-04', '2025-12', '2026-05-05'));
    expect(may.main.exemption).not.toBe('yearEndSwitch');
    expect(dates(may.main.restoration)).not.toContain('2026-01-01');
  });

  it('2027 under the Hunan pack: the range names no region for the rule (the pack pins 2026 only), not 湖南 itself', () => {
    const r = run(scenario({ asOf: '2027-02-10', region: 'hunan', employeePeriods: [{ from: '2026-03', to: '2026-11' }], payments: [residentPay('2027-02-10', [2027], 0)] }));
    const when = r.main.restoration.kind === 'range' ? r.main.restoration.outcomes.flatMap((o) => o.when.flat()) : [];
    const rule = when.filter((c) => c.param === 'switch.yearEndToResident' && c.answer === 'yearEnd');
    expect(rule.length).toBeGreaterThan(0);
    for (const c of rule) expect(c.regions).toEqual([]);
  });
});

describe('the year-end switch in what an option costs and when the full premium starts (R1c)', () => {
  /** Employee cover to November 2025 (lapse from 1 Dec), 2026 planned on `date`, as of `asOf`. */
  const planned = (asOf: string, date: string, to = '2025-11') => scenario({ asOf, region: 'hunan', employeePeriods: [{ from: '2025-03', to }], payments: [residentPay(date, [2026], 0, 'planned')] });
  const fullFrom = (r: ReturnType<typeof run>) => r.warnings.filter((w) => w.id === 'fullPremiumFrom').map((w) => ('from' in w.params ? w.params.from : null));

  it('paying today (15 Feb) instead of the plan (10 Mar) costs the same personal contribution, not the full ¥1,100', () => {
    const r = run(planned('2026-02-15', '2026-03-10'));
    const today = r.options.find((o) => o.kind === 'payToday');
    expect(today?.paymentDate).toBe('2026-02-15');
    // The personal rate is not in the Hunan pack: unpriced, and the same as the plan's.
    expect(today?.costYuan).toBeNull();
    expect(today?.extraCostYuan).toBe(0);
  });

  it('the full premium starts for a switcher once more than 3 months are missed: after 31 Mar for a lapse from 1 Dec, after 28 Feb for one from 1 Nov', () => {
    expect(fullFrom(run(planned('2026-01-20', '2026-03-10')))).toEqual(['2026-04-01']);
    expect(fullFrom(run(planned('2026-01-20', '2026-02-10', '2025-10')))).toEqual(['2026-03-01']);
  });

  it('a plan after the full-premium day that the switch still keeps personal is warned of the day it ends (plan 10 Mar, from 1 Apr)', () => {
    expect(fullPremiumWarned(run(planned('2026-02-15', '2026-03-10')))).toBe('2026-03-31');
  });

  it('not a switcher (employee cover ended in August 2025): the full premium from 1 Feb, as for everyone', () => {
    const r = run(planned('2026-01-20', '2026-03-10', '2025-08'));
    expect(fullFrom(r)).toEqual(['2026-02-01']);
    expect(r.main.premium).toMatchObject({ yuan: 1100, full: true });
  });
});

function fullPremiumWarned(r: ReturnType<typeof run>): string | null {
  const w = r.warnings.find((x) => x.id === 'fullPremiumFrom');
  return w && 'lastDay' in w.params ? (w.params.lastDay as string) : null;
}
