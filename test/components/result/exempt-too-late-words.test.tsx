// An exempt group's time limit, said with its days and the last day it allowed (江西: 90 days
// from the event, P-JX1), in both languages, instead of "within a set time".
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen } from '../wizard/harness';

const graduate = scenario({ asOf: '2026-12-04', region: 'jiangxi', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-12-04', [2026], 0, 'planned')], circumstances: { exemptGroup: { group: 'graduateReturning', since: '2026-07-01' } } });

describe('an exempt group enrolled too late: the limit in days and the last day', () => {
  it('in English', async () => {
    await renderResultScreen(graduate, { today: '2026-12-04' });
    await screen.findByTestId('headline');
    expect(screen.getByText(/within 90 days of the event on July 1, 2026, that is by September 29, 2026; this payment is later, so the ordinary rules apply\./)).toBeInTheDocument();
    expect(screen.queryByText(/within a set time/)).toBeNull();
  });

  it('in Chinese', async () => {
    await renderResultScreen(graduate, { language: 'zh-CN', today: '2026-12-04' });
    await screen.findByTestId('headline');
    expect(screen.getByText(/当地仅对在90天内参保的.+免等待期（自2026年7月1日起计算，最迟2026年9月29日）；这笔缴费已超过期限，按一般规定执行。/)).toBeInTheDocument();
  });
});
