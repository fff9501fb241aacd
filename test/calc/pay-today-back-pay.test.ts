// E1 in the what-if options: a gap too long to back-pay on the planned date (over 3 months) can be
// short enough today; paying today with the missed months back-paid is then offered as well.
import { describe, expect, it } from 'vitest';
import type { OptionResult, Result, Scenario } from '../../src/calc';
import { chainFor, runShipped } from '../fixtures/packs';
import { employeePay, scenario } from '../fixtures/scenarios';

const run = (s: Scenario): Result => runShipped(s, chainFor(s.region));
const today = (r: Result) => r.options.filter((o: OptionResult) => o.kind === 'payToday');

/** Employee cover to August 2026, paid again on 2027-01-20 as planned (gap Sep-Dec, 4 months), seen on 2026-12-04. */
const planned = (region: string, backPay = false) =>
  scenario({ asOf: '2026-12-04', region, years: { 2025: 'employee' }, employeePeriods: [{ from: '2020-01', to: '2026-08' }], payments: [employeePay('2027-01-20', backPay, 'employee', 'planned')] });

describe('pay today with the missed months back-paid', () => {
  it('青岛: the plan waits to 2027-04-01; paying today is 2027-03-01, and with Sep-Nov back-paid 2027-01-01 (the month after), 4 months more', () => {
    const r = run(planned('shandong-qingdao'));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2027-04-01' });
    const [plain, backPaid] = today(r);
    expect(plain?.backPay).toBeUndefined();
    expect(plain?.restoration).toEqual({ kind: 'date', date: '2027-03-01' });
    expect(plain?.extraPremiumYears).toBe(1);
    expect(backPaid?.backPay).toBe(true);
    expect(backPaid?.paymentDate).toBe('2026-12-04');
    expect(backPaid?.restoration).toEqual({ kind: 'date', date: '2027-01-01' });
    expect(backPaid?.extraPremiumYears).toBe(4);
  });

  it('national pack: the back-paid choice is a range no later than paying today without it', () => {
    const r = run(planned('national'));
    const [plain, backPaid] = today(r);
    if (plain?.restoration.kind !== 'range' || backPaid?.restoration.kind !== 'range') throw new Error('expected two ranges');
    expect(backPaid.backPay).toBe(true);
    expect(backPaid.restoration.earliest <= plain.restoration.earliest).toBe(true);
    expect(backPaid.restoration.latest < plain.restoration.latest).toBe(true);
  });

  it('a gap still over 3 months today (cover to June 2026): back-paying today gives nothing sooner, so it is not offered', () => {
    const r = run(scenario({ asOf: '2026-12-04', region: 'shandong-qingdao', years: { 2025: 'employee' }, employeePeriods: [{ from: '2020-01', to: '2026-06' }], payments: [employeePay('2027-01-20', false, 'employee', 'planned')] }));
    expect(today(r).filter((o) => o.backPay)).toEqual([]);
  });

  it('a plan in the month of today (gap Sep-Nov, planned 2026-12-20): the back-payment option is the plan\'s own, not a second "pay today"', () => {
    const r = run(scenario({ asOf: '2026-12-04', region: 'shandong-qingdao', years: { 2025: 'employee' }, employeePeriods: [{ from: '2020-01', to: '2026-08' }], payments: [employeePay('2026-12-20', false, 'employee', 'planned')] }));
    expect(today(r).filter((o) => o.backPay)).toEqual([]);
    expect(r.options.filter((o) => o.kind === 'backPay')).toHaveLength(1);
  });

  it('a plan that back-pays already gets no second "pay today"', () => {
    const r = run(scenario({ asOf: '2026-12-04', region: 'shandong-qingdao', years: { 2025: 'employee' }, employeePeriods: [{ from: '2020-01', to: '2026-09' }], payments: [employeePay('2027-01-20', true, 'employee', 'planned')] }));
    expect(today(r).filter((o) => o.backPay)).toEqual([]);
  });
});
