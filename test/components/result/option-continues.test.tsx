// Finding 7 of the 2026-12-07 walk-through: after 2026 paid late, the only option (2027 paid today,
// in its window) said "Reimbursement restarts between January 1, 2027 and June 1, 2027" and "Extra
// premium" to someone covered in 2026. Cover goes on from 1 January 2027 without a break (R2);
// the later days come only where late payments for 2026 had closed (R1b, 甘肃), and the 2027
// premium is that year's ordinary premium.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

// National rules: covered 2023 and 2024, 2025 lapsed, 2026 paid on 15 March 2026; seen 7 Dec 2026.
const paidMarch = scenario({ asOf: '2026-12-07', years: { 2023: 'resident', 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-03-15', [2026])] });

const value = (card: HTMLElement, term: string) => within(card).getByText(term, { selector: 'dt' }).nextElementSibling;

describe('paying the next year on top of a payment that covers this one', () => {
  it('in English: cover continues from January 1, 2027; the later days only where the 2026 payment brought no cover', async () => {
    await renderResultScreen(paidMarch);
    const list = screen.getByRole('list', { name: 'Options and when reimbursement restarts under each' });
    const card = within(list).getByRole('listitem', { name: /^Also pay for 2027 today/ });
    expect(value(card, 'Cover continues')).toHaveTextContent(/^from January 1, 2027, with no break$/);
    expect(within(card).queryByText('Reimbursement restarts', { selector: 'dt' })).toBeNull();
    expect(card).toHaveTextContent('Only where your payment brought no cover in 2026 does reimbursement restart later, between May 1, 2027 and June 1, 2027: see which date applies where under this option, below.');
    expect(value(card, 'Premium for 2027')).toHaveTextContent(/^1 year of personal contribution/);
    expect(within(card).queryByText('Extra premium', { selector: 'dt' })).toBeNull();
  });

  it('in Chinese: 继续享受待遇 自2027年1月1日起，不断保; 2027年度保费, not 额外缴费', async () => {
    await renderResultScreen(paidMarch, { language: 'zh-CN' });
    const list = screen.getByRole('list', { name: '各种做法及医保报销恢复日期' });
    const card = within(list).getByRole('listitem', { name: /^在已缴费用之外/ });
    expect(value(card, '继续享受待遇')).toHaveTextContent(/^自2027年1月1日起，不断保$/);
    expect(card).toHaveTextContent('只有在您已缴的费用在2026年度享受不到待遇的地区，医保报销要到2027年5月1日至2027年6月1日之间才恢复');
    expect(value(card, '2027年度保费')).toHaveTextContent(/^1年的个人缴费（按当地的缴费标准）$/);
    expect(within(card).queryByText('额外缴费', { selector: 'dt' })).toBeNull();
  });

  it('the dates by region are still there, 2027-06-01 among them (甘肃)', async () => {
    await renderResultScreen(paidMarch);
    const card = within(screen.getByRole('list', { name: 'Options and when reimbursement restarts under each' })).getByRole('listitem', { name: /^Also pay for 2027 today/ });
    expect(within(card).getByText('Which date applies where under this option')).toBeInTheDocument();
    expect(card).toHaveTextContent('June 1, 2027');
  });
});
