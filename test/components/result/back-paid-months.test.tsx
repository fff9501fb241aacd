// Months an employee-scheme payment back-pays are paid (E1): the facts under the headline say
// so, and never call them a lapse "without payment" (a newcomer saw "Lapse: 2 months without
// payment" for a 青岛 flexible worker who had back-paid January and February).
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { employeePay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

/** W28: a flexible worker covered to 2025-12 pays on 10 Mar 2026, back-paying Jan-Feb or not. */
const qingdao = (backPay: boolean, status: 'made' | 'planned' = 'made') =>
  scenario({ asOf: '2026-03-10', region: 'shandong-qingdao', employeePeriods: [{ from: '2020-01', to: '2025-12' }], payments: [employeePay('2026-03-10', backPay, 'flexible', status)] });

const fact = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling;

describe('back-paid months in the facts', () => {
  it('in English: "2 months back-paid", no lapse', async () => {
    await renderResultScreen(qingdao(true), { today: '2026-03-10' });
    await screen.findByTestId('headline');
    expect(fact('Back-payment')).toHaveTextContent('2 months back-paid (January 2026 to February 2026)');
    expect(screen.queryByText('Lapse', { selector: 'dt' })).toBeNull();
    expect(screen.queryByText(/without payment/)).toBeNull();
  });

  it('in Chinese: 已补缴2个月, never 未缴费', async () => {
    await renderResultScreen(qingdao(true), { language: 'zh-CN', today: '2026-03-10' });
    await screen.findByTestId('headline');
    expect(fact('补缴')).toHaveTextContent('已补缴2个月（2026年1月至2026年2月）');
    expect(screen.queryByText(/未缴费/)).toBeNull();
  });

  it('a planned back-payment: the months this payment back-pays', async () => {
    await renderResultScreen(qingdao(true, 'planned'), { today: '2026-03-10' });
    await screen.findByTestId('headline');
    expect(fact('Back-payment')).toHaveTextContent('2 months to back-pay with this payment (January 2026 to February 2026)');
  });

  it('months not back-paid are still the lapse they are', async () => {
    await renderResultScreen(qingdao(false), { today: '2026-03-10' });
    await screen.findByTestId('headline');
    expect(fact('Lapse')).toHaveTextContent('2 months without payment (January 2026 to February 2026)');
    expect(screen.queryByText('Back-payment', { selector: 'dt' })).toBeNull();
  });
});

describe('the Why step on a short gap back-paid in 青岛 (E1, cover from the month after payment)', () => {
  it('says which month it counts from: the month after the payment, not a bare "the next month"', async () => {
    await renderResultScreen(qingdao(true), { today: '2026-03-10' });
    const why = await screen.findByRole('region', { name: 'Why: step by step' });
    expect(why).toHaveTextContent('A gap of 2 months, back-paid in the same region: your region covers you from the month after your payment, April 1, 2026; the gap months are not covered.');
    expect(why).not.toHaveTextContent('from the next month');
  });
});
