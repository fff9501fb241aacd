// E3 on a switch from the employee scheme to the resident scheme after a gap of more than 3
// months (RULES.md §4, S5 ③: each region may set a wait of up to 6 months; the national pack
// gives the range). Under I2 a year with employee months is not a lapse year, so the ordinary
// rules alone would cover a window payment from 1 Jan, a firm date that 咸宁 contradicts: 「职工医保
// 转城乡居民医保参保断缴超过3个月等情形下，缴纳2026年度城乡居民医保，将设置3个月待遇等待期，即2026年4月1日
// 开始享受待遇」 (P-HB2).
import { describe, expect, it } from 'vitest';
import { outcomeDates as dates, runShipped as run } from '../fixtures/packs';
import { residentPay, scenario } from '../fixtures/scenarios';
import { v1DefaultsChain } from '../fixtures/v1-defaults';

const switcher = (region: string, to: string, date: string, years = [2026]) =>
  scenario({ asOf: date, region, employeePeriods: [{ from: '2020-01', to }], payments: [residentPay(date, years)] });

describe('E3 on a switch to the resident scheme after a gap of more than 3 months', () => {
  it('湖北 (咸宁 P-HB2): employee cover to 2025-06, pays 2026 on 2026-01-10 in the window: a 3-month wait, from 2026-04-01', () => {
    const r = run(switcher('hubei', '2025-06', '2026-01-10'));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-04-01' });
    expect(r.main.lapse).toBeNull();
    expect(r.main.waiting).toMatchObject({ start: '2026-01-01', end: '2026-03-31', unit: 'months', total: 3 });
    expect(r.main.coveredYears).toEqual([{ year: 2026, from: '2026-04-01', to: '2026-12-31' }]);
    const step = r.trace.find((t) => t.rule === 'E3' && t.step === 'switchWait');
    expect(step?.params).toMatchObject({ lastEmployeeMonth: '2025-06', gapMonths: 6, maxMonths: 3, months: 3, coverFrom: '2026-04-01', ordinary: false });
    expect(step?.sources).toContain('P-HB2');
    // The source is a reposted city notice (grade C): said so.
    expect(r.notes.map((n) => n.id)).toContain('E3.switchSecondary');
  });

  it('湖北, the same paid on 2026-02-10, still in the window (to 28 Feb): the wait runs from 1 Jan, 2026-04-01', () => {
    const r = run(switcher('hubei', '2025-06', '2026-02-10'));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-04-01' });
    expect(r.main.waiting).toMatchObject({ start: '2026-01-01', end: '2026-03-31' });
  });

  it('江苏 caps such waits at 3 months (L-JS): the range ends on 2026-04-01, not 07-01', () => {
    expect(dates(run(switcher('jiangsu', '2025-06', '2025-12-15')).main.restoration)).toEqual(['2026-01-01', '2026-04-01']);
  });

  it('the national pack: no firm date but the range no wait / 3 months / 6 months, naming the rule', () => {
    const r = run(switcher('national', '2025-06', '2025-12-15'));
    expect(r.main.restoration).toMatchObject({ kind: 'range', earliest: '2026-01-01', latest: '2026-07-01' });
    expect(dates(r.main.restoration)).toEqual(['2026-01-01', '2026-04-01', '2026-07-01']);
    expect(r.regional.map((p) => p.param)).toContain('switch.longGapWaitMonths');
    expect(r.notes.map((n) => n.id)).toContain('E3.switchRegional');
    // The employee scheme's own note would speak of a wait in the scheme this person is leaving.
    expect(r.notes.map((n) => n.id)).not.toContain('E3.regional');
  });

  it('湖南 leaves it open beyond its own case (P-HN2 covers a lapse after 1 Oct joined within 3 months): employee cover to 2025-02 gives the range', () => {
    const r = run(switcher('hunan', '2025-02', '2025-12-15'));
    expect(dates(r.main.restoration)).toEqual(['2026-01-01', '2026-04-01', '2026-07-01']);
  });

  it('a gap of 3 months or less is not one: employee cover to 2025-09, pays 2026 on 2026-01-10 (湖北): from 2026-01-01', () => {
    const r = run(switcher('hubei', '2025-09', '2026-01-10'));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-01-01' });
    expect(r.trace.some((t) => t.step === 'switchWait')).toBe(false);
  });

  it('with a lapse year too, the later of the two waits: employee cover to 2024-06, pays 2026 (湖北): 2026-04-01 either way; national up to 2026-07-01', () => {
    const r = run(switcher('hubei', '2024-06', '2026-01-10'));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-04-01' });
    expect(r.main.lapse).toEqual({ years: [2025] });
    expect(r.trace.find((t) => t.step === 'switchWait')?.params).toMatchObject({ months: 3, coverFrom: '2026-04-01', ordinary: true });
    // A longer gap never gives an earlier latest day than a shorter one (employee cover to 2025-02: 2026-07-01).
    const national = run(switcher('national', '2024-06', '2026-01-10'));
    expect(national.main.restoration).toMatchObject({ kind: 'range', latest: '2026-07-01' });
  });

  it('a payment in the year runs the wait from the 1st of the payment month, and the later of the two waits counts: 湖北, employee cover to 2026-01, pays 2026 on 2026-06-10', () => {
    const r = run(scenario({ asOf: '2026-06-10', region: 'hubei', employeePeriods: [{ from: '2020-01', to: '2026-01' }], payments: [residentPay('2026-06-10', [2026])] }));
    // The switch wait ends on 1 Sep (June + 3 months). After the window (28 Feb) the ordinary rules
    // give the fixed 3 months from the payment date, by the day count 湖北 leaves open: 10 or 11
    // Sep, or 1 Sep where the payment month counts as the first; none is earlier than 1 Sep (R8:
    // one enrolment, one wait, the later day).
    const all = dates(r.main.restoration);
    expect(all[0]).toBe('2026-09-01');
    expect(all).toEqual(expect.arrayContaining(['2026-09-10', '2026-09-11']));
    expect(r.trace.find((t) => t.step === 'switchWait')?.params).toMatchObject({ months: 3, coverFrom: '2026-09-11', ordinary: true });
  });

  it('a year marked as employee cover without months is taken to run up to the payment (no wait), and the answer asks for its months (湖北)', () => {
    const r = run(scenario({ asOf: '2025-11-10', region: 'hubei', years: { 2025: 'employee' }, payments: [residentPay('2025-11-10', [2026])] }));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-01-01' });
    expect(r.warnings).toContainEqual({ id: 'employeeMonthsUnknownWait', params: { lastYear: 2025, maxMonths: 3 } });
    // With its months given (to June: the wizard then sends the months, not the year), the wait: 2026-04-01, and no such warning.
    const told = run(scenario({ asOf: '2025-11-10', region: 'hubei', employeePeriods: [{ from: '2020-01', to: '2025-06' }], payments: [residentPay('2025-11-10', [2026])] }));
    expect(told.main.restoration).toEqual({ kind: 'date', date: '2026-04-01' });
    expect(told.warnings.map((w) => w.id)).not.toContain('employeeMonthsUnknownWait');
  });

  // E2 after two whole years marked as employee cover: no wait from the payment month, the January gap
  // covered; that rests on the years being whole, so the answer says so (a newcomer's walk, Dec 2026).
  it('no wait after a switch that rests on years without months: said so; not where the months are given', () => {
    const r = run(scenario({ asOf: '2026-02-10', region: 'national', years: { 2024: 'employee', 2025: 'employee' }, payments: [residentPay('2026-02-10', [2026])] }));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-02-01' });
    expect(r.warnings).toContainEqual({ id: 'employeeMonthsAssumed', params: { requiredYears: 2, maxMonths: 3 } });
    const told = run(scenario({ asOf: '2026-02-10', region: 'national', employeePeriods: [{ from: '2024-01', to: '2025-12' }], payments: [residentPay('2026-02-10', [2026])] }));
    expect(told.main.restoration).toEqual({ kind: 'date', date: '2026-02-01' });
    expect(told.warnings.map((w) => w.id)).not.toContain('employeeMonthsAssumed');
    // Only the years that make the two years count: an older year without months is no guess that matters,
    const older = run(scenario({ asOf: '2026-02-10', region: 'national', years: { 2021: 'employee' }, employeePeriods: [{ from: '2022-01', to: '2025-12' }], payments: [residentPay('2026-02-10', [2026])] }));
    expect(older.warnings.map((w) => w.id)).not.toContain('employeeMonthsAssumed');
    // but one inside them is, though months are given on both sides of it.
    const between = run(scenario({ asOf: '2026-02-10', region: 'national', years: { 2024: 'employee' }, employeePeriods: [{ from: '2023-01', to: '2023-12' }, { from: '2025-01', to: '2025-12' }], payments: [residentPay('2026-02-10', [2026])] }));
    expect(between.main.restoration).toEqual({ kind: 'date', date: '2026-02-01' });
    expect(between.warnings.map((w) => w.id)).toContain('employeeMonthsAssumed');
  });

  it('no such warning where the region sets no switch wait (v1 defaults)', () => {
    const r = run(scenario({ asOf: '2025-11-10', region: 'test-v1-defaults', years: { 2025: 'employee' }, payments: [residentPay('2025-11-10', [2026])] }), v1DefaultsChain());
    expect(r.warnings.map((w) => w.id)).not.toContain('employeeMonthsUnknownWait');
  });

  it('under the v1 defaults (no switch wait) the ordinary answer stands, with the step saying the region sets none', () => {
    const r = run(switcher('test-v1-defaults', '2025-06', '2025-12-15'), v1DefaultsChain());
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-01-01' });
    expect(r.main.waiting).toBeNull();
    expect(r.trace.find((t) => t.step === 'switchWait')?.params).toMatchObject({ months: 0, coverFrom: '2026-01-01' });
  });

  it('one switch, one wait: 湖北, employee cover to 2026-03, 2026 paid late on 2026-09-10 (covered from December where taken), 2027 paid in the window on 2026-12-05: no second switch wait where 2026 was taken', () => {
    const s = scenario({ asOf: '2026-12-05', region: 'hubei', years: { 2023: 'employee', 2024: 'employee', 2025: 'employee' }, employeePeriods: [{ from: '2023-01', to: '2026-03' }], payments: [residentPay('2026-09-10', [2026]), residentPay('2026-12-05', [2027], 0, 'planned')] });
    const r = run(s);
    // Where 2026 was taken, its cover (from about 10 December, after its own switch wait) goes on into 2027 (R2); where it was not, 2027 is the switch: 1 Apr (P-HB2).
    expect(r.main.restoration).toMatchObject({ kind: 'range', earliest: '2027-01-01', latest: '2027-04-01' });
    expect(dates(r.main.restoration)).toEqual(['2027-01-01', '2027-04-01']);
  });
});

