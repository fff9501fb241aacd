// Finding 4 of the 2026-12-07 walk-through: the 2027 window may close on 25 December 2026 in some
// regions (18 days after the day seen), but only the calendar list said so. The option that pays
// 2027 in its window and "How to pay" now say it too, as the earliest possible end in some
// regions, never as the reader's own date (R1: each region sets its window).
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

// National rules: covered 2023 and 2024, 2025 lapsed, 2026 paid on 15 March 2026.
const paidMarch = (asOf: string) => scenario({ asOf, years: { 2023: 'resident', 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-03-15', [2026])] });

const how = () => screen.getByRole('region', { name: /^(How to pay|如何缴费)$/ });

describe('seen on 7 December 2026: the 2027 window may close on 25 December 2026', () => {
  it('in English: the option says to pay soon, with the earliest possible end', async () => {
    await renderResultScreen(paidMarch('2026-12-07'));
    const card = within(screen.getByRole('list', { name: 'Options and when reimbursement restarts under each' })).getByRole('listitem', { name: /^Also pay for 2027 today/ });
    expect(card).toHaveTextContent("Pay soon: in some regions the 2027 enrolment window may close as early as December 25, 2026. Check your region's notice for its own date.");
  });

  it('in English: How to pay gives the earliest and latest ends and what missing the window means', async () => {
    await renderResultScreen(paidMarch('2026-12-07'));
    expect(how()).toHaveTextContent(
      "The 2027 enrolment window closes on different days in different regions: in some it may close as early as December 25, 2026, in others by February 28, 2027. Pay as soon as your region's window is open rather than near its end: paid after your region's window (and any extended payment period), cover in 2027 comes only after a waiting period.",
    );
    expect(how()).not.toHaveTextContent('The dates of the next enrolment window differ between regions');
  });

  it('in Chinese: the option and 如何缴费', async () => {
    await renderResultScreen(paidMarch('2026-12-07'), { language: 'zh-CN' });
    const card = within(screen.getByRole('list', { name: '各种做法及医保报销恢复日期' })).getByRole('listitem', { name: /^在已缴费用之外/ });
    expect(card).toHaveTextContent('请尽早缴费：有的地区2027年度集中参保期最早可能于2026年12月25日截止。当地的截止日期请以当地通知为准。');
    expect(how()).toHaveTextContent('2027年度集中参保期的截止日期各地不同：有的地区最早可能于2026年12月25日截止，其他地区最晚于2027年2月28日截止。请在当地集中参保期开始后尽早缴费');
    expect(how()).not.toHaveTextContent('下一个集中参保期的起止日期各地不同');
  });
});

describe('seen on 10 January 2027: some regions have closed, others run to 28 February', () => {
  it('in English: How to pay says some have closed, with the latest end', async () => {
    await renderResultScreen(paidMarch('2027-01-10'));
    expect(how()).toHaveTextContent('The 2027 enrolment window closes on different days in different regions: in some it has already closed, in others it runs to February 28, 2027 at the latest.');
  });
});

describe('under a region whose packs pin the window', () => {
  it('湖南 gives its own date, not "some regions"', async () => {
    await renderResultScreen({ ...paidMarch('2026-12-07'), region: 'hunan' });
    expect(screen.queryByText(/in some regions the 2027 enrolment window/)).toBeNull();
    expect(how()).not.toHaveTextContent('in some it may close as early as');
  });
});
