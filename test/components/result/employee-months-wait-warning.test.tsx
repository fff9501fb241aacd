// A year marked as employee cover without months, before a resident payment: taken to run up to
// the payment (no switch wait), the result says a wait may apply had it ended earlier, and asks
// for the months (湖北 sets 3 months for such a switch, P-HB2).
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen } from '../wizard/harness';

const noMonths = scenario({ asOf: '2025-11-10', region: 'hubei', years: { 2025: 'employee' }, payments: [residentPay('2025-11-10', [2026])] });

describe('employee cover without months before a resident payment', () => {
  it('in English', async () => {
    await renderResultScreen(noMonths, { today: '2025-11-10' });
    expect(await screen.findByText(/^You marked 2025 as covered by the employee scheme without giving months, so we take that cover to have run until just before your payment\. If it ended more than 3 months before the month of your payment, your region may set a wait/)).toBeInTheDocument();
  });

  it('in Chinese', async () => {
    await renderResultScreen(noMonths, { language: 'zh-CN', today: '2025-11-10' });
    expect(await screen.findByText(/^您将2025年标为职工医保，但没有填写月份，因此按职工医保一直缴到这笔缴费之前计算。如果职工医保停缴时距缴费当月已超过3个月/)).toBeInTheDocument();
  });
});
