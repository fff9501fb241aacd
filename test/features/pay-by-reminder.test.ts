// The calendar file of a flexible worker's plan just inside a month-count limit (warning payBy,
// E3a, E1-E3): an event on the last day to pay, reminded a week and a day before, saying what the
// result says, in both languages; none once the payment is made, none where no limit is crossed.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/calc';
import { calculatedEvents } from '../fixtures/calendar';
import { chainFor } from '../fixtures/packs';
import { employeePay, scenario } from '../fixtures/scenarios';

/** The employer paid up to `lastMonth`; as a flexible worker, a payment on `date` (not back-paying), seen on `asOf`. */
const wuhan = (lastMonth: string, date: string, asOf: string, status: 'planned' | 'made' = 'planned'): Scenario =>
  scenario({ asOf, region: 'hubei-wuhan', employeePeriods: [{ from: '2024-01', to: lastMonth, paidBy: 'employer' }], payments: [employeePay(date, false, 'flexible', status)] });

const payBy = async (s: Scenario, language: 'en' | 'zh-CN' = 'en') => (await calculatedEvents(s, chainFor(s.region), language)).events.filter((e) => e.uid.startsWith('pay-by-'));

describe('calendar: the last day to pay', () => {
  it('武汉, employer stopped after June 2026, planned 7 Dec 2026: on 31 Dec 2026, reminded 7 and 1 days before, in English', async () => {
    expect(await payBy(wuhan('2026-06', '2026-12-07', '2026-12-07'))).toEqual([
      {
        uid: 'pay-by-2026-12-31@yibao-lapse',
        date: '2026-12-31',
        title: 'Last day to pay for the earlier restart of your reimbursement',
        description: 'Please pay by December 31, 2026. If you pay on or after January 1, 2027, the gap in your cover will be longer, and your reimbursement will restart only on July 1, 2027, not on January 1, 2027.',
        remindDaysBefore: [7, 1],
      },
    ]);
  });

  it('the same in Chinese', async () => {
    const [event] = await payBy(wuhan('2026-06', '2026-12-07', '2026-12-07'), 'zh-CN');
    expect(event?.title).toBe('最晚缴费日（当天及以前缴费，医保报销恢复得更早）');
    expect(event?.description).toBe('请在2026年12月31日及之前缴费。如果在2027年1月1日或之后缴费，断保时间会更长，医保报销要到2027年7月1日才能恢复，而不是2027年1月1日。');
  });

  it('none once paid (7 Dec 2026), nor for a plan in the 7th month (1 Jan 2027: waiting longer only moves the date by the month waited)', async () => {
    expect(await payBy(wuhan('2026-06', '2026-12-07', '2026-12-07', 'made'))).toEqual([]);
    expect(await payBy(wuhan('2026-06', '2027-01-01', '2026-12-07'))).toEqual([]);
  });
});
