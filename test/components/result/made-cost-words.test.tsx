// After a payment made, the choice left (paying the next year on top of it) is priced under that
// year's name, 2028年度保费 / "Premium for 2028": it is the year's ordinary premium, not an extra one
// (finding 7, 2026-12-07), and its value says what is paid, not "more" (a reader saw
// 「额外缴费：多缴1年的个人缴费」, which says "extra" twice).
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

// 青岛: no cover in 2025 and 2026; 2027 paid late on 10 Oct 2027: paying 2028 on top is still open.
const qingdaoLate = scenario({ asOf: '2027-10-15', region: 'shandong-qingdao', years: { 2025: 'none', 2026: 'none' }, payments: [residentPay('2027-10-10', [2027], 0, 'made')] });

const cost = (card: HTMLElement, term: string) => within(card).getByText(term, { selector: 'dt' }).nextElementSibling;

describe('the price of a choice left after a payment made', () => {
  it('in Chinese: 2028年度保费：1年的个人缴费, not 额外缴费：多缴1年 (nor 需再缴: a comparison, not a bill)', async () => {
    await renderResultScreen(qingdaoLate, { language: 'zh-CN' });
    const list = screen.getByRole('list', { name: '各种做法及医保报销恢复日期' });
    const card = within(list).getByRole('listitem', { name: /^在已缴费用之外/ });
    expect(cost(card, '2028年度保费')).toHaveTextContent(/^1年的个人缴费（按当地的缴费标准）$/);
    expect(cost(card, '2028年度保费')?.textContent).not.toMatch(/多缴/);
    expect(within(card).queryByText('额外缴费', { selector: 'dt' })).toBeNull();
  });

  it('in English: "Premium for 2028: 1 year of …", not "Extra premium" nor "1 more year"', async () => {
    await renderResultScreen(qingdaoLate);
    const list = screen.getByRole('list', { name: 'Options and when reimbursement restarts under each' });
    const card = within(list).getByRole('listitem', { name: /on top of the payment already made$/ });
    expect(within(card).queryByText('Extra premium', { selector: 'dt' })).toBeNull();
    expect(cost(card, 'Premium for 2028')).toHaveTextContent(/^1 year of personal contribution \(at your region's standard\)$/);
  });

  it('a plan still says how it compares: 多缴1年 beside 与您计划的缴费相比', async () => {
    await renderResultScreen({ ...qingdaoLate, asOf: '2026-11-15', payments: [residentPay('2026-11-20', [2027], 0, 'planned')] }, { language: 'zh-CN' });
    const list = screen.getByRole('list', { name: '各种做法及医保报销恢复日期' });
    const card = within(list).getByRole('listitem', { name: /修复1年$/ });
    expect(cost(card, '与您计划的缴费相比')).toHaveTextContent(/^多缴1年的个人缴费/);
  });
});
