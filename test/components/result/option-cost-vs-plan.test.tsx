// "Lowest cost" compares with the person's own plan too: a repair year on top of a plan that
// already gets the same or a sooner date costs more than the plan, so it is never marked lowest
// cost (a newcomer saw it on "Repair 1 year" beside "Pay today … Extra premium: none"). And a
// window already open in some regions today says so, not that it opens today.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { employeePay, residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

/** National rules: covered 2024, no cover in 2025 or 2026; plans 2027 alone on 10 Dec 2026 (today 25 Nov 2026). */
const plan2027 = scenario({ asOf: '2026-11-25', region: 'national', years: { 2024: 'resident', 2025: 'none', 2026: 'none' }, payments: [residentPay('2026-12-10', [2027], 0, 'planned')] });

const cards = (name = 'Options and when reimbursement restarts under each') => within(screen.getByRole('list', { name })).getAllByRole('listitem').filter((li) => li.classList.contains('option'));

describe('option marks against the plan', () => {
  it('a repair option that pays more than the plan is not "Lowest cost"', async () => {
    await renderResultScreen(plan2027, { today: '2026-11-25' });
    await screen.findByTestId('headline');
    const repair = cards().find((c) => /^Repair 1 year/.test(c.querySelector('h3')?.textContent ?? ''));
    expect(repair).toBeDefined();
    expect(repair).not.toHaveTextContent('Lowest cost');
  });

  it('the pay-today card names what is the same: the date reimbursement restarts', async () => {
    await renderResultScreen(plan2027, { today: '2026-11-25' });
    await screen.findByTestId('headline');
    const today = cards().find((c) => /^Pay today/.test(c.querySelector('h3')?.textContent ?? ''));
    expect(today).toHaveTextContent('Your reimbursement restarts on the same date as under your own plan: paying on this day does not bring it forward.');
  });

  it('employee scheme, a planned back-payment: paying today instead pays the same months of contributions, not "years of premium" (E4: paid by the month), in both languages', async () => {
    const employee = scenario({ asOf: '2026-11-25', employeePeriods: [{ from: '2020-01', to: '2026-09', paidBy: 'employer' }], payments: [employeePay('2026-12-01', true, 'employee', 'planned')] });
    for (const [language, list, name, cost] of [
      ['en', 'Options and when reimbursement restarts under each', /^If the contributions are paid today/, 'the same months of contributions'],
      ['zh-CN', '各种做法及医保报销恢复日期', /^如今天/, '缴费月数相同'],
    ] as const) {
      await renderResultScreen(employee, { language, today: '2026-11-25' });
      await screen.findByTestId('headline');
      const today = cards(list).find((c) => name.test(c.querySelector('h3')?.textContent ?? ''));
      expect(today, language).toHaveTextContent(cost);
      expect(today, language).not.toHaveTextContent(language === 'en' ? 'years of premium' : '缴费年数');
      cleanup();
    }
  });

  it('employee scheme: the cost is labelled as contributions, not premium ("Premium compared with your plan: 2 more months of contributions" read oddly)', async () => {
    const moved = scenario({ asOf: '2026-12-07', employeePeriods: [{ from: '2020-01', to: '2026-09', paidBy: 'employer' }], payments: [employeePay('2026-12-07', false, 'flexible', 'planned')], circumstances: { movedRegion: true } });
    await renderResultScreen(moved, { today: '2026-12-07' });
    await screen.findByTestId('headline');
    const backPay = cards().find((c) => /^Back-pay the missed months/.test(c.querySelector('h3')?.textContent ?? ''));
    expect(backPay).toBeDefined();
    const label = within(backPay as HTMLElement).getByText('Contributions compared with your plan', { selector: 'dt' });
    expect(label.nextElementSibling).toHaveTextContent('2 more months of contributions');
    expect(backPay).not.toHaveTextContent('Premium compared with your plan');
  });

  it('青岛 employee scheme, planned 2027-01-20 after cover to Aug 2026: "pay today and back-pay the missed months" gives 2027-01-01 for 4 more months, beside paying today alone (2027-03-01), in both languages', async () => {
    const qingdao = scenario({ asOf: '2026-12-04', region: 'shandong-qingdao', years: { 2025: 'employee' }, employeePeriods: [{ from: '2020-01', to: '2026-08' }], payments: [employeePay('2027-01-20', false, 'employee', 'planned')] });
    for (const [language, list, title, alone, date, cost] of [
      ['en', 'Options and when reimbursement restarts under each', 'If the contributions are paid today (December 4, 2026) and the missed months back-paid', 'If the contributions are paid today (December 4, 2026)', 'January 1, 2027', '4 more months of contributions'],
      ['zh-CN', '各种做法及医保报销恢复日期', '如今天（2026年12月4日）缴纳费用，并补缴断保月份', '如今天（2026年12月4日）缴纳费用', '2027年1月1日', '多缴4个月的缴费'],
    ] as const) {
      await renderResultScreen(qingdao, { language, today: '2026-12-04' });
      await screen.findByTestId('headline');
      const titles = cards(list).map((c) => c.querySelector('h3')?.textContent ?? '');
      expect(titles, language).toContain(alone);
      const backPaid = cards(list).find((c) => c.querySelector('h3')?.textContent === title);
      expect(backPaid, language).toBeDefined();
      expect(backPaid, language).toHaveTextContent(date);
      expect(backPaid, language).toHaveTextContent(cost);
      cleanup();
    }
  });

  it('employee options cost months of contributions: a 2-month gap not back-paid in the plan, no card that pays more months than the plan is "Lowest cost"', async () => {
    const gap2 = scenario({ asOf: '2026-12-04', region: 'shandong-qingdao', years: { 2025: 'employee' }, employeePeriods: [{ from: '2020-01', to: '2026-10' }], payments: [employeePay('2027-01-10', false, 'employee', 'planned')] });
    await renderResultScreen(gap2, { today: '2026-12-04' });
    await screen.findByTestId('headline');
    const shown = cards();
    expect(shown.length).toBeGreaterThan(1);
    for (const c of shown) if (/more months? of contributions/.test(c.textContent ?? '')) expect(c).not.toHaveTextContent('Lowest cost');
  });

  it('福建, 2026 paid on 10 Oct 2026 after a 2025 lapse, whose rules do not state the 2027 window yet: the follow-up is "today, if your region’s 2027 window is already open" (not "open in some regions", which is not about 福建), in both languages', async () => {
    const fujian = scenario({ asOf: '2026-11-25', region: 'fujian', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-10-10', [2026])] });
    await renderResultScreen(fujian, { today: '2026-11-25' });
    await screen.findByTestId('headline');
    expect(screen.getByRole('heading', { level: 3, name: /^Also pay for 2027 today \(November 25, 2026\), if your region's 2027 enrolment window is already open, on top of the payment already made/ })).toBeVisible();
  });

  it('in Chinese', async () => {
    const fujian = scenario({ asOf: '2026-11-25', region: 'fujian', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-10-10', [2026])] });
    await renderResultScreen(fujian, { language: 'zh-CN', today: '2026-11-25' });
    await screen.findByTestId('headline');
    expect(screen.getByRole('heading', { level: 3, name: /^在已缴费用之外，今天（2026年11月25日）另缴2027年度保费（如当地2027年度集中参保期已经开始）/ })).toBeVisible();
  });

  it('武汉 newborn (born 10 Mar 2026, 2026 free, 2027 unpriced, planned 11 Dec): paying 2027 alone is "the same amount" and later (1 Apr against 1 Jan), so not "Lowest cost" nor "1 year less"', async () => {
    const baby = scenario({ asOf: '2026-12-04', region: 'hubei-wuhan', circumstances: { birthDate: '2026-03-10' }, payments: [residentPay('2026-12-11', [2026, 2027], 0, 'planned')] });
    await renderResultScreen(baby, { today: '2026-12-04' });
    await screen.findByTestId('headline');
    const only2027 = cards('Options and when reimbursement starts under each').find((c) => /^Pay for 2027/.test(c.querySelector('h3')?.textContent ?? ''));
    expect(only2027).toBeDefined();
    expect(only2027).toHaveTextContent('April 1, 2027');
    expect(only2027).toHaveTextContent('the same amount');
    expect(only2027).not.toHaveTextContent('year less');
    expect(only2027).not.toHaveTextContent('Lowest cost');
  });

  it('阜新, 2025 lapsed, 2026 planned on 5 Dec 2026 (a wait past the year: 2027 must be paid too): paying 2027 alone, one year instead of two, keeps "Lowest cost" though it restarts later; paying 2026 today does not get it', async () => {
    const fuxin = scenario({ asOf: '2026-11-30', region: 'liaoning-fuxin', years: { 2023: 'resident', 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-12-05', [2026], 0, 'planned')] });
    await renderResultScreen(fuxin, { today: '2026-11-30' });
    await screen.findByTestId('headline');
    const titled = (re: RegExp) => cards().find((c) => re.test(c.querySelector('h3')?.textContent ?? ''));
    expect(titled(/^Pay for 2027/)).toHaveTextContent('Lowest cost');
    expect(titled(/^Pay today/)).not.toHaveTextContent('Lowest cost');
  });
});

