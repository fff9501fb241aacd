// A planned payment that "pay today" beats: the headline says so (newcomer walk, 5 Dec 2026: a 武汉
// flexible worker whose employer stopped paying in June, planning to pay in January, was told
// 1 July 2027; paying today gives 1 January, said only by an unmarked option at the foot of the page).
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { employeePay, residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const wuhan = scenario({ asOf: '2026-12-05', region: 'hubei-wuhan', employeePeriods: [{ from: '2024-01', to: '2026-06', paidBy: 'employer' }], payments: [employeePay('2027-01-10', true, 'flexible', 'planned')] });

describe('"if you pay today instead" in the headline', () => {
  it('武汉, planned for 10 Jan 2027 (the 7th month: from 1 Jul 2027), paid today instead: 1 Jan 2027', async () => {
    await renderResultScreen(wuhan);
    expect(screen.getByTestId('headline')).toHaveTextContent('July 1, 2027');
    expect(screen.getByText('If you pay today (December 5, 2026) instead, your reimbursement restarts on January 1, 2027: see “What you can do” below.')).toBeVisible();
  });

  it('speaks of the plan paid today, not of paying today with repair years too (national rules, 2027 planned for 15 Jan 2027 after two lapse years)', async () => {
    // Planned: 1 May to 16 June 2027. Paid today as planned: 1 May to 1 June, no sooner start; with
    // 2 repair years too: 1 April, an option of its own that costs two years more.
    await renderResultScreen(scenario({ asOf: '2026-12-06', region: 'national', years: { 2023: 'resident', 2024: 'resident', 2025: 'none', 2026: 'none' }, payments: [residentPay('2027-01-15', [2027], 0, 'planned')] }));
    expect(screen.getByRole('listitem', { name: 'Pay today (December 6, 2026) for 2027, with 2 repair years' })).toHaveTextContent('April 1, 2027');
    expect(screen.queryByText(/If you pay today/)).toBeNull();
  });

  it('in Chinese', async () => {
    await renderResultScreen(wuhan, { language: 'zh-CN' });
    expect(screen.getByText('如果改为今天（2026年12月5日）缴费，医保报销将于2027年1月1日恢复，详见下方“您可以怎么做”。')).toBeVisible();
    // No space before the Chinese sentence that follows the months.
    expect(screen.getByText(/这次缴费补缴6个月/).textContent).toBe('这次缴费补缴6个月（2026年7月至2026年12月）。这些月份即使补缴，也不能享受待遇。');
  });

  it('not for a payment already made, nor where paying today gives no earlier date (2027 paid in its window)', async () => {
    await renderResultScreen(scenario({ asOf: '2026-12-05', region: 'hubei-wuhan', employeePeriods: [{ from: '2024-01', to: '2026-06', paidBy: 'employer' }], payments: [employeePay('2026-12-01', true, 'flexible')] }));
    expect(screen.queryByText(/instead, your reimbursement/)).toBeNull();
  });

  it('not where the plan is as soon: 北京, 2025 paid, 2027 planned in its window (paying today gives the same range)', async () => {
    await renderResultScreen(scenario({ asOf: '2026-12-05', region: 'beijing', years: { 2025: 'resident', 2026: 'none' }, payments: [residentPay('2026-12-20', [2027], 0, 'planned')] }));
    expect(screen.queryByText(/If you pay today/)).toBeNull();
  });

  // Newcomer walk, 6 Dec 2026: the plan back-pays 3 missed months on 10 Jan, so it covers from
  // 1 October; paying today "restarts" on 1 December but covers those same days, no sooner.
  const guangzhou = scenario({ asOf: '2026-12-06', region: 'guangdong-guangzhou', employeePeriods: [{ from: '2020-01', to: '2026-09' }], payments: [employeePay('2027-01-10', true, 'flexible', 'planned')], circumstances: { movedRegion: true } });

  it('not where the plan back-pays its gap: 广州, 3 months behind, back-paying on 10 Jan covers from 1 Oct, as paying today does', async () => {
    await renderResultScreen(guangzhou, { today: '2026-12-06' });
    expect(screen.getByTestId('headline')).toHaveTextContent('October 1, 2026 to December 31, 2026');
    expect(screen.queryByText(/If you pay today/)).toBeNull();
    // The option of paying today says the plan covers the same days; it is marked neither earliest nor cheapest.
    const option = screen.getByRole('heading', { name: /^Pay today/ }).closest('li') as HTMLElement;
    expect(option).toHaveTextContent('Your plan back-pays the missed months too, so once paid it also covers you from October 1, 2026.');
    expect(option.querySelector('.option__marks')).toBeNull();
  });

  it('in Chinese', async () => {
    await renderResultScreen(guangzhou, { today: '2026-12-06', language: 'zh-CN' });
    expect(screen.queryByText(/如果改为今天/)).toBeNull();
    expect(screen.getByText('您计划的缴费也会补缴断保的月份，缴费后同样自2026年10月1日起享受待遇。')).toBeVisible();
  });

  // Newcomer walk, 6 Dec 2026: covered through 2026, 2027 planned for 15 Mar 2027 (after its window,
  // a wait); paid today, in the window, cover goes on from 1 Jan 2027: nothing "restarts".
  it('江苏, covered through 2026: paying 2027 today keeps cover going from 1 January, said so', async () => {
    const jiangsu = scenario({ asOf: '2026-12-06', region: 'jiangsu', years: { 2025: 'resident', 2026: 'resident' }, payments: [residentPay('2027-03-15', [2027], 0, 'planned')] });
    await renderResultScreen(jiangsu, { today: '2026-12-06' });
    expect(screen.getByText('If you pay today (December 6, 2026) instead, your cover continues without a break from January 1, 2027: see “What you can do” below.')).toBeVisible();
    cleanup();
    await renderResultScreen(jiangsu, { today: '2026-12-06', language: 'zh-CN' });
    expect(screen.getByText('如果改为今天（2026年12月6日）缴费，自2027年1月1日起可继续享受医保待遇，不会中断，详见下方“您可以怎么做”。')).toBeVisible();
  });

  it('cover restored by an earlier payment goes on too: 广州, 2026 paid late (restored from 16 June), 2027 planned after its window', async () => {
    await renderResultScreen(scenario({ asOf: '2026-12-06', region: 'guangdong-guangzhou', years: { 2025: 'resident' }, payments: [residentPay('2026-03-15', [2026]), residentPay('2027-03-15', [2027], 0, 'planned')] }), { today: '2026-12-06' });
    expect(screen.getByText(/^If you pay today \(December 6, 2026\) instead, your cover continues without a break from January 1, 2027/)).toBeVisible();
  });

  it('a lapse before paying today still "restarts": 武汉, cover ended in June', async () => {
    await renderResultScreen(wuhan);
    expect(screen.getByText(/^If you pay today .* your reimbursement restarts on January 1, 2027/)).toBeVisible();
    expect(screen.queryByText(/continues without a break/)).toBeNull();
  });

  // Review, 6 Dec 2026: a switch from the employee scheme within 3 months (X3) also covers the gap
  // retroactively; the option must not say the resident plan "back-pays" anything.
  it('a switch to the resident scheme covering the gap: the option says the months since employee cover ended are covered, and marks no option earliest', async () => {
    await renderResultScreen(scenario({ asOf: '2026-09-05', employeePeriods: [{ from: '2018-01', to: '2026-07' }], payments: [residentPay('2026-10-15', [2026], 0, 'planned')] }), { today: '2026-09-05' });
    expect(screen.queryByText(/If you pay today/)).toBeNull();
    const today = screen.getByRole('heading', { name: /^Pay today/ }).closest('li') as HTMLElement;
    expect(today).toHaveTextContent('Your plan also covers you from August 1, 2026 once paid: the months since your employee cover ended are covered too.');
    expect(today).not.toHaveTextContent('back-pays');
    expect(screen.queryByText(/^Earliest/)).toBeNull();
  });

  it('not on a result seen after its day (the as-of notice speaks of that)', async () => {
    await renderResultScreen(wuhan, { today: '2026-12-20' });
    expect(screen.queryByText(/If you pay today/)).toBeNull();
  });
});

describe('back-paid months that stay without cover', () => {
  it('武汉, the 7th month: the months to back-pay are said not to be covered, even once back-paid', async () => {
    await renderResultScreen(wuhan);
    expect(screen.getByText(/6 months to back-pay with this payment \(July 2026 to December 2026\)/)).toHaveTextContent('(July 2026 to December 2026). These months are not covered, even once back-paid.');
  });

  it('one month is "this month" (青岛, November back-paid on 5 Dec 2026, not covered there)', async () => {
    const qingdao = scenario({ asOf: '2026-12-06', region: 'shandong-qingdao', employeePeriods: [{ from: '2020-01', to: '2026-10' }], payments: [employeePay('2026-12-05', true, 'flexible')] });
    await renderResultScreen(qingdao, { today: '2026-12-06' });
    expect(screen.getByText(/1 month back-paid \(November 2026\)/)).toHaveTextContent('This month is not covered, even though it was back-paid.');
    cleanup();
    await renderResultScreen(qingdao, { today: '2026-12-06', language: 'zh-CN' });
    expect(screen.getByText(/已补缴1个月/).textContent).toBe('已补缴1个月（2026年11月）。这个月虽已补缴，也不能享受待遇。');
  });

  it('not where the back-payment covers them (武汉, paid in the 3rd month): 补缴 and retroactive cover', async () => {
    await renderResultScreen(scenario({ asOf: '2026-09-05', region: 'hubei-wuhan', employeePeriods: [{ from: '2024-01', to: '2026-06', paidBy: 'employer' }], payments: [employeePay('2026-09-05', true, 'flexible')] }), { language: 'zh-CN' });
    expect(screen.getByText(/已补缴2个月/)).toBeVisible();
    expect(screen.queryByText(/也不能享受待遇/)).toBeNull();
  });
});
