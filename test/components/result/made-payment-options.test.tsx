// Options for a payment already made (RULES.md R5, E1): the engine counts repair years (and
// back-paid months) as part of the payment, and the rules do not say whether paying them after it
// still shortens its wait, or from when. So a repair "option" of a made payment is no choice left
// to the person: it is shown apart, for comparison only, with no "earliest" or "lowest cost" mark
// and no price, and with a line sending the person to the local office. Choices they still have
// (the next year on top of it) stay in the list and are compared among themselves.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

// 青岛: no cover in 2025 and 2026; 2027 paid on 20 Nov 2026 (in the window): 1 May 2027, or 1 Apr with one repair year.
const qingdaoMade = scenario({ asOf: '2026-11-25', region: 'shandong-qingdao', years: { 2025: 'none', 2026: 'none' }, payments: [residentPay('2026-11-20', [2027], 0, 'made')] });
// 青岛: no cover in 2025 and 2026; 2027 paid late on 10 Oct 2027: the wait runs into 2028, which is
// not paid. A repair year would have given an earlier day; paying 2028 on top is still open.
const qingdaoLate = scenario({ asOf: '2027-10-15', region: 'shandong-qingdao', years: { 2025: 'none', 2026: 'none' }, payments: [residentPay('2027-10-10', [2027], 0, 'made')] });

const choices = () => screen.queryByRole('list', { name: 'Options and when reimbursement restarts under each' });
const comparison = () => screen.getByRole('region', { name: 'For comparison only: your payment already made' });
const REPAIR_LATER = 'The rules this calculator follows do not say whether repair years paid after this payment would still shorten its wait, or from when. Before paying any, ask your local medical insurance office.';

describe('repair years of a payment already made', () => {
  it('are shown for comparison only, with no price, and the person is told to ask before paying any', async () => {
    await renderResultScreen(qingdaoMade);
    expect(choices()).toBeNull();
    expect(screen.getByText('Your payment has already been made, so there are no other ways of paying to compare.')).toBeInTheDocument();
    const compared = comparison();
    expect(within(compared).getByText('Your payment of November 20, 2026 has already been made, so these are not choices left to you. They show what it would have given had it been made differently.')).toBeInTheDocument();
    expect(within(compared).getByText(REPAIR_LATER)).toBeInTheDocument();
    const card = within(compared).getByRole('listitem', { name: 'If your payment of November 20, 2026 (already made) had included 1 repair year' });
    expect(within(card).getByText('Reimbursement would restart', { selector: 'dt' }).nextElementSibling).toHaveTextContent('April 1, 2027');
    // Nothing to pay, so no price to compare.
    expect(within(card).queryByText('Extra premium')).toBeNull();
    expect(within(card).queryByText('Cost of this payment')).toBeNull();
  });

  it('never marked "earliest" beside a choice the person still has: the next year on top is compared alone', async () => {
    await renderResultScreen(qingdaoLate);
    const list = choices();
    if (!list) throw new Error('no choices');
    expect(within(list).getAllByRole('listitem', { name: /on top of the payment already made$/ })).toHaveLength(1);
    expect(within(list).queryByRole('listitem', { name: /had included/ })).toBeNull();
    const compared = comparison();
    expect(within(compared).getByRole('listitem', { name: /^If your payment of October 10, 2027 \(already made\) had included 1 repair year$/ })).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Compared with the other options' })).toBeNull();
  });

  it('in Chinese: 已缴 told as 仅供对照, with where to ask', async () => {
    await renderResultScreen(qingdaoMade, { language: 'zh-CN' });
    const compared = screen.getByRole('region', { name: '仅供对照：您已缴的这笔费用' });
    expect(within(compared).getByText('本计算器依据的规定没有说明：在这笔缴费之后再缴修复年数，是否还能缩短本次待遇等待期、从何时起缩短。如想修复，请先向当地医保经办机构咨询。')).toBeInTheDocument();
    const card = within(compared).getByRole('listitem', { name: '如您2026年11月20日已缴的费用中含修复1年' });
    expect(within(card).getByText('医保报销可恢复', { selector: 'dt' }).nextElementSibling).toHaveTextContent('2027年4月1日');
    expect(within(card).queryByText('额外缴费')).toBeNull();
  });

  it('a planned payment keeps its repair years as a choice, priced and compared', async () => {
    await renderResultScreen({ ...qingdaoMade, asOf: '2026-11-15', payments: [residentPay('2026-11-20', [2027], 0, 'planned')] });
    const list = choices();
    if (!list) throw new Error('no choices');
    const card = within(list).getByRole('listitem', { name: 'Repair 1 year with the payment you plan on November 20, 2026' });
    expect(within(card).getByText('Premium compared with your plan')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /For comparison only/ })).toBeNull();
  });
});
