// A flexible worker's plan that back-pays the missed months where that buys nothing: after a gap of
// more than 3 months the region's wait applies whether or not they are back-paid (E3), and 武汉's
// tiers for ex-employees (E3a) give the gap cover only within the 3rd month since the employer
// stopped (「三个月（含办理当月）内」), the month after payment in months 4-6 and the 7th month after
// that. The options then offer the same payment without the back-payment: the same dates, the gap's
// months not paid. Where back-paying does bring cover forward (E1, E3a's first tier) it is not offered.
import { describe, expect, it } from 'vitest';
import type { OptionResult, Result, Scenario } from '../../src/calc';
import { chainFor, runShipped } from '../fixtures/packs';
import { employeePay, scenario } from '../fixtures/scenarios';

const run = (s: Scenario): Result => runShipped(s, chainFor(s.region));
const of = (r: Result, kind: OptionResult['kind']) => r.options.filter((o) => o.kind === kind);

/** Employer-paid cover to May 2026, then a flexible worker's own payment planned on `date`. */
const afterEmployer = (region: string, date: string, asOf: string, backPay = true, scheme: 'flexible' | 'employee' = 'flexible', status: 'planned' | 'made' = 'planned') =>
  scenario({ asOf, region, employeePeriods: [{ from: '2024-01', to: '2026-05', paidBy: 'employer' }], payments: [employeePay(date, backPay, scheme, status)] });

describe('options: a planned back-payment that buys nothing is offered without it', () => {
  it.each([
    // date planned, month since the employer stopped, months back-paid, restart
    ['2026-09-15', 4, 3, '2026-10-01'],
    ['2026-10-15', 5, 4, '2026-11-01'],
    ['2026-11-15', 6, 5, '2026-12-01'],
    ['2026-12-15', 7, 6, '2027-06-01'],
    ['2027-03-15', 10, 9, '2027-09-01'],
  ])('武汉 (E3a), back-paying on %s (month %i, %i months): the same payment without it restarts on the same day, %s, for those months less', (date, _month, months, restart) => {
    const r = run(afterEmployer('hubei-wuhan', date, date));
    expect(r.main.restoration).toEqual({ kind: 'date', date: restart });
    const [without, ...more] = of(r, 'noBackPay');
    expect(more).toEqual([]);
    expect(without?.paymentDate).toBe(date);
    expect(without?.restoration).toEqual({ kind: 'date', date: restart });
    expect(without?.extraPremiumYears).toBe(-months);
    expect(without?.sameAsPlan).toBe(true);
    expect(without?.noBackPay).toBe(true);
  });

  it('武汉, back-paying on 15 Aug 2026 (month 3): the gap is covered from 1 Jun 2026, so leaving the back-payment out is no same-date option', () => {
    const r = run(afterEmployer('hubei-wuhan', '2026-08-15', '2026-08-15'));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-08-01' });
    expect(r.main.retroactive).toEqual({ from: '2026-06-01', to: '2026-07-31' });
    expect(of(r, 'noBackPay')).toEqual([]);
  });

  it('national rules, a gap of 4 months (Jun-Sep) back-paid on 15 Oct 2026: the E3 range 1 Oct 2026 to 1 Apr 2027 either way, so without it for 4 months less', () => {
    const r = run(afterEmployer('national', '2026-10-15', '2026-10-15'));
    const [without] = of(r, 'noBackPay');
    expect(without?.restoration).toMatchObject({ kind: 'range', earliest: '2026-10-01', latest: '2027-04-01' });
    expect(r.main.restoration).toMatchObject({ kind: 'range', earliest: '2026-10-01', latest: '2027-04-01' });
    expect(without?.extraPremiumYears).toBe(-4);
    expect(without?.sameAsPlan).toBe(true);
  });

  it('national rules, a gap of 3 months (Jun-Aug) back-paid on 15 Sep 2026: E1 makes the back-payment count (1 Sep to 1 Oct 2026, not up to 1 Mar 2027), so it is kept', () => {
    const r = run(afterEmployer('national', '2026-09-15', '2026-09-15'));
    expect(r.main.restoration).toMatchObject({ kind: 'range', earliest: '2026-09-01', latest: '2026-10-01' });
    expect(of(r, 'noBackPay')).toEqual([]);
  });

  it('§8.4: 武汉 leaves out the back-payment of a 3-month gap paid in the 4th month (15 Sep 2026), which the national rules still count (E1); the national answer for the payment without it contains 1 Oct 2026', () => {
    expect(of(run(afterEmployer('national', '2026-09-15', '2026-09-15')), 'noBackPay')).toEqual([]);
    const national = run(afterEmployer('national', '2026-09-15', '2026-09-15', false));
    expect(national.main.restoration).toMatchObject({ kind: 'range', earliest: '2026-09-01', latest: '2027-03-01' });
    if (national.main.restoration.kind !== 'range') throw new Error('expected a range');
    expect(national.main.restoration.outcomes.map((o) => (o.restoration.kind === 'date' ? o.restoration.date : null))).toContain('2026-10-01');
  });

  it('武汉, back-paying on 15 Dec 2026 (month 7, from 1 Jun 2027) seen on 1 Oct 2026 (month 5): paying today without it restarts on 1 Nov 2026, saving June to September', () => {
    const r = run(afterEmployer('hubei-wuhan', '2026-12-15', '2026-10-01'));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2027-06-01' });
    const [today, ...more] = of(r, 'payToday');
    expect(more).toEqual([]);
    expect(today?.paymentDate).toBe('2026-10-01');
    expect(today?.noBackPay).toBe(true);
    expect(today?.backPay).toBeUndefined();
    expect(today?.restoration).toEqual({ kind: 'date', date: '2026-11-01' });
    expect(today?.extraPremiumYears).toBe(-4);
    expect(of(r, 'noBackPay')[0]?.extraPremiumYears).toBe(-6);
  });

  it('武汉, back-paying on 15 Oct 2026 (month 5) seen on 1 Aug 2026 (month 3): paying today keeps the back-payment, which covers the gap from 1 Jun 2026', () => {
    const r = run(afterEmployer('hubei-wuhan', '2026-10-15', '2026-08-01'));
    const [today] = of(r, 'payToday');
    expect(today?.noBackPay).toBeUndefined();
    expect(today?.restoration).toEqual({ kind: 'date', date: '2026-08-01' });
    expect(today?.extraPremiumYears).toBe(0);
    expect(of(r, 'noBackPay')[0]?.restoration).toEqual({ kind: 'date', date: '2026-11-01' });
  });

  it('national rules, a switch from resident cover without the two years (E2), a gap of 2 months (Jan-Feb 2027) back-paid on 10 Mar 2027: the rules leave it to the region, so the back-payment is never called useless', () => {
    const switcher = scenario({ asOf: '2027-03-01', region: 'national', years: { 2026: 'resident' }, payments: [employeePay('2027-03-10', true, 'flexible', 'planned')] });
    const r = run(switcher);
    expect(r.main.restoration).toMatchObject({ kind: 'range', earliest: '2027-03-01', latest: '2027-09-01' });
    expect(of(r, 'noBackPay')).toEqual([]);
    expect(r.options.filter((o) => o.noBackPay)).toEqual([]);
    // With the two years the same back-payment covers the gap (E2): leaving it out would have cost that.
    const continuous = run(scenario({ asOf: '2027-03-01', region: 'national', years: { 2025: 'resident', 2026: 'resident' }, payments: [employeePay('2027-03-10', true, 'flexible', 'planned')] }));
    expect(continuous.main.restoration).toEqual({ kind: 'date', date: '2027-03-01' });
  });

  it('not offered for a payment already made, nor where the employer back-pays (the employer-paid scheme), nor without a back-payment planned', () => {
    expect(of(run(afterEmployer('hubei-wuhan', '2026-10-15', '2026-12-01', true, 'flexible', 'made')), 'noBackPay')).toEqual([]);
    expect(of(run(afterEmployer('national', '2026-10-15', '2026-10-15', true, 'employee')), 'noBackPay')).toEqual([]);
    expect(of(run(afterEmployer('hubei-wuhan', '2026-10-15', '2026-10-15', false)), 'noBackPay')).toEqual([]);
  });
});
