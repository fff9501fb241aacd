// A flexible worker's planned payment just inside a month-count limit (E1/E2's 3 months, 武汉's
// tiers E3a): paid from the next month, reimbursement would restart later than the month waited,
// so the result says by which day to pay (warning payBy). Where waiting a month only moves the
// date by that month (a plain wait, E3), or the payment is made or an employer's, it says nothing.
import { describe, expect, it } from 'vitest';
import type { Result, Scenario, Warning } from '../../src/calc';
import { chainFor, runShipped } from '../fixtures/packs';
import { employeePay, scenario } from '../fixtures/scenarios';

const run = (s: Scenario): Result => runShipped(s, chainFor(s.region));
const payBy = (r: Result): Warning[] => r.warnings.filter((w) => w.id === 'payBy');

/** Cover to `lastMonth` paid by `paidBy`, then a payment on `date` (planned unless said), seen on `asOf`. */
const after = (region: string, lastMonth: string, paidBy: 'employer' | 'self', date: string, asOf: string, backPay = true, scheme: 'flexible' | 'employee' = 'flexible', status: 'planned' | 'made' = 'planned') =>
  scenario({ asOf, region, employeePeriods: [{ from: '2024-01', to: lastMonth, paidBy }], payments: [employeePay(date, backPay, scheme, status)] });

describe('pay by the end of the month: a month-count limit crossed', () => {
  it('武汉 (E3a), employer stopped after June 2026, planned 7 Dec 2026 (month 6): from 1 Jan 2027; paid from 1 Jan 2027 (month 7) only from 1 Jul 2027: pay by 31 Dec 2026', () => {
    const r = run(after('hubei-wuhan', '2026-06', 'employer', '2026-12-07', '2026-12-07'));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2027-01-01' });
    expect(payBy(r)).toEqual([{ id: 'payBy', params: { lastDay: '2026-12-31', nextDay: '2027-01-01', planEarliest: '2027-01-01', planLatest: '2027-01-01', laterEarliest: '2027-07-01', laterLatest: '2027-07-01', limitRule: 'E3a', gapMonths: 5, laterGapMonths: 6 } }]);
    // Said before every other warning: it is what to act on.
    expect(r.warnings[0]?.id).toBe('payBy');
  });

  it('武汉, the same person planning 1 Jan 2027 (month 7): 1 Jul 2027, which matches that later date, and no deadline (waiting into February only moves it a month)', () => {
    const r = run(after('hubei-wuhan', '2026-06', 'employer', '2027-01-01', '2026-12-07'));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2027-07-01' });
    expect(payBy(r)).toEqual([]);
  });

  it('武汉, employer stopped after May 2026, back-paying on 15 Aug 2026 (month 3, gap covered from 1 Jun): from 1 Aug 2026; from 1 Sep (month 4) only from 1 Oct 2026: pay by 31 Aug 2026', () => {
    const r = run(after('hubei-wuhan', '2026-05', 'employer', '2026-08-15', '2026-08-15'));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-08-01' });
    expect(payBy(r)[0]?.params).toMatchObject({ lastDay: '2026-08-31', nextDay: '2026-09-01', laterEarliest: '2026-10-01', laterLatest: '2026-10-01', limitRule: 'E3a' });
  });

  it('武汉, months 4 to 5 (planned 15 Sep 2026: 1 Oct; in October: 1 Nov): only a month later, no deadline', () => {
    expect(payBy(run(after('hubei-wuhan', '2026-05', 'employer', '2026-09-15', '2026-09-15')))).toEqual([]);
  });

  it('青岛 (E1 next month, E3 3 months), own cover to Aug 2026, back-paying Sep-Nov on 7 Dec 2026 (a 3-month gap): from 1 Jan 2027; from 1 Jan 2027 (a 4-month gap) only from 1 Apr 2027: pay by 31 Dec 2026', () => {
    const r = run(after('shandong-qingdao', '2026-08', 'self', '2026-12-07', '2026-12-07'));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2027-01-01' });
    expect(payBy(r)).toEqual([{ id: 'payBy', params: { lastDay: '2026-12-31', nextDay: '2027-01-01', planEarliest: '2027-01-01', planLatest: '2027-01-01', laterEarliest: '2027-04-01', laterLatest: '2027-04-01', limitRule: 'E1', gapMonths: 3, laterGapMonths: 4 } }]);
  });

  it('青岛, the same gap not back-paid: 3 months from the payment month either way (1 Mar, then 1 Apr 2027), no deadline', () => {
    const r = run(after('shandong-qingdao', '2026-08', 'self', '2026-12-07', '2026-12-07', false));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2027-03-01' });
    expect(payBy(r)).toEqual([]);
  });

  it('national rules (§8), own cover to Aug 2026, back-paying on 7 Dec 2026: 1 Dec 2026 to 1 Jan 2027; from 1 Jan 2027 a region\'s wait of up to 6 months (E3) gives up to 1 Jul 2027: raised for some regions only', () => {
    const r = run(after('national', '2026-08', 'self', '2026-12-07', '2026-12-07'));
    expect(r.main.restoration).toMatchObject({ kind: 'range', earliest: '2026-12-01', latest: '2027-01-01' });
    expect(payBy(r)).toEqual([{ id: 'payBy', params: { lastDay: '2026-12-31', nextDay: '2027-01-01', planEarliest: '2026-12-01', planLatest: '2027-01-01', laterEarliest: '2027-01-01', laterLatest: '2027-07-01', limitRule: 'E1', gapMonths: 3, laterGapMonths: 4 }, someRegions: true }]);
  });

  it('national rules, a gap of 4 months already (cover to Jul 2026, paid 7 Dec 2026): every region\'s wait is counted from the payment month, so no deadline', () => {
    expect(payBy(run(after('national', '2026-07', 'self', '2026-12-07', '2026-12-07')))).toEqual([]);
  });

  it('青岛, own cover to Nov 2026, paying December on 15 Dec 2026 (no gap): from 1 Dec 2026; from 1 Jan 2027 there is a 1-month gap, back-paid only from 1 Feb 2027 (E1): pay by 31 Dec 2026, with no gap yet', () => {
    const r = run(after('shandong-qingdao', '2026-11', 'self', '2026-12-15', '2026-12-07'));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-12-01' });
    expect(payBy(r)).toEqual([{ id: 'payBy', params: { lastDay: '2026-12-31', nextDay: '2027-01-01', planEarliest: '2026-12-01', planLatest: '2026-12-01', laterEarliest: '2027-02-01', laterLatest: '2027-02-01', limitRule: 'E1', gapMonths: 0, laterGapMonths: 1 } }]);
    // The later payment as the warning tells it: 1 Jan 2027, back-paying December, restarts on 1 Feb 2027.
    expect(run(after('shandong-qingdao', '2026-11', 'self', '2027-01-01', '2026-12-07')).main.restoration).toEqual({ kind: 'date', date: '2027-02-01' });
  });

  it('武汉, resident cover for 2026 only, switching as a flexible worker on 15 Dec 2026: covered from 1 Dec 2026 (E2, the resident year runs); from 1 Jan 2027 still no gap, but up to a 6-month wait (E3) without the two years', () => {
    const s = scenario({ asOf: '2026-12-07', region: 'hubei-wuhan', years: { 2026: 'resident' }, payments: [employeePay('2026-12-15', true, 'flexible', 'planned')] });
    const r = run(s);
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-12-01' });
    expect(payBy(r)[0]?.params).toMatchObject({ planEarliest: '2026-12-01', laterEarliest: '2027-01-01', laterLatest: '2027-07-01', gapMonths: 0, laterGapMonths: 0 });
  });

  it('no deadline for a payment already made, nor for an employer\'s contributions (the reader does not time them)', () => {
    expect(payBy(run(after('hubei-wuhan', '2026-06', 'employer', '2026-12-07', '2026-12-07', true, 'flexible', 'made')))).toEqual([]);
    expect(payBy(run(after('shandong-qingdao', '2026-08', 'employer', '2026-12-07', '2026-12-07', true, 'employee')))).toEqual([]);
  });
});
