// A late payment whose wait ends in the next year in every region (I4 under §8): the headline
// says the payment alone buys nothing before it gives the span, in both languages and tenses,
// and an option whose restarts all need the next year paid says so too.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

/** 江西: covered 2023–2024, no cover in 2025; 2026 alone paid (or planned) on 2 Dec 2026. */
const late2026 = (region: string, status: 'planned' | 'made', asOf = '2026-12-02') =>
  scenario({ asOf, region, years: { 2023: 'resident', 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-12-02', [2026], 0, status)] });

const headline = () => screen.getByTestId('headline');

describe('a range whose every restart needs the next year paid', () => {
  it('planned, in English: the payment alone buys no cover; with 2027 too, between 1 March and 3 April 2027', async () => {
    await renderResultScreen(late2026('jiangxi', 'planned'), { today: '2026-12-02' });
    expect(await screen.findByTestId('headline')).toHaveTextContent(
      "This payment alone buys no cover. If you also pay for 2027, your reimbursement restarts between March 1, 2027 and April 3, 2027, depending on your region's rules.",
    );
  });

  it('planned, in Chinese', async () => {
    await renderResultScreen(late2026('jiangxi', 'planned'), { language: 'zh-CN', today: '2026-12-02' });
    expect(await screen.findByTestId('headline')).toHaveTextContent('仅缴纳这笔费用，享受不到医保待遇。如同时缴纳2027年度保费，医保报销将在2027年3月1日至2027年4月3日之间恢复，具体日期取决于当地规定。');
  });

  it('made, and the earliest day passed without 2027 paid: what it would have taken, in the past tense', async () => {
    await renderResultScreen(late2026('jiangxi', 'made', '2027-03-15'), { today: '2027-03-15' });
    expect(await screen.findByTestId('headline')).toHaveTextContent('This payment alone brought no cover. Had you also paid for 2027, your reimbursement would have restarted between March 1, 2027 and April 3, 2027');
  });

  it('made, and both ends behind the day of the result: what it would have taken, in the past tense', async () => {
    await renderResultScreen(late2026('jiangxi', 'made', '2027-05-01'), { language: 'zh-CN', today: '2027-05-01' });
    expect(await screen.findByTestId('headline')).toHaveTextContent('仅这笔缴费没有带来医保待遇。如当时同时缴纳了2027年度保费，医保报销本可在2027年3月1日至2027年4月3日之间恢复');
  });

  it('the timeline table draws the wait to the day before the latest restart, without one region’s length beside it', async () => {
    await renderResultScreen(late2026('jiangxi', 'planned'), { today: '2026-12-02' });
    await screen.findByTestId('headline');
    const table = screen.getByRole('table', { name: 'The timeline as a table' });
    const row = within(table).getByRole('row', { name: /^Waiting period/ });
    expect(row).toHaveTextContent(/^Waiting period: no reimbursement\s*Dec(ember)? 2, 2026\s*Apr(il)? 2, 2027$/);
  });

  it('under the national rules, where some regions stopped taking 2026 payments, it says both, and never that cover comes in spring on this payment alone', async () => {
    await renderResultScreen(late2026('national', 'planned'), { today: '2026-12-02' });
    const text = (await screen.findByTestId('headline')).textContent ?? '';
    expect(text).toContain('This payment alone buys no cover: if payments for 2026 are no longer accepted, that year has no cover; if they still are and you also pay for 2027, your reimbursement restarts between March 1, 2027 and April 3, 2027');
    expect(text).not.toMatch(/^Your reimbursement restarts/);
  });

  it('the repair option, whose restarts also all need 2027, says "only if 2027 is paid too"', async () => {
    await renderResultScreen(late2026('jiangxi', 'planned'), { today: '2026-12-02' });
    await screen.findByTestId('headline');
    const options = screen.getByRole('region', { name: 'What you can do' });
    expect(within(options).getByText(/between March 1, 2027 and March 3, 2027, only if 2027 is paid too/)).toBeVisible();
    expect(headline()).toBeVisible();
  });
});
