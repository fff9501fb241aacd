// 武汉 (E3a): a flexible worker's wait depends on whether an employer paid the cover before the
// gap. Left blank (the question is optional), the result says what an employer-paid answer gives
// when it differs, instead of one date that may be 5 months late (a newcomer saw 1 May 2027
// blank and 1 Dec 2026 with "an employer").
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EmployeePeriod } from '../../../src/calc';
import { employeePay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

/** Covered by the employee scheme 2024-01 to 2026-06; as a flexible worker pays on 10 Nov 2026 (planned). */
const wuhan = (period: EmployeePeriod) => scenario({ asOf: '2026-11-10', region: 'hubei-wuhan', employeePeriods: [period], payments: [employeePay('2026-11-10', false, 'flexible', 'planned')] });

describe('who paid before a flexible worker’s gap, left blank', () => {
  it('in English: the headline, then the date an employer-paid answer gives', async () => {
    await renderResultScreen(wuhan({ from: '2024-01', to: '2026-06' }), { today: '2026-11-10' });
    expect(await screen.findByTestId('headline')).toHaveTextContent('Your reimbursement restarts on May 1, 2027.');
    expect(screen.getByTestId('paid-by-alternative')).toHaveTextContent(
      'You did not say who paid for your employee-scheme cover up to June 2026. If an employer paid for it, different rules apply, and the date your reimbursement restarts is instead: December 1, 2026. To see which applies to you, change your answers and say who paid.',
    );
  });

  it('in Chinese', async () => {
    await renderResultScreen(wuhan({ from: '2024-01', to: '2026-06' }), { language: 'zh-CN', today: '2026-11-10' });
    await screen.findByTestId('headline');
    expect(screen.getByTestId('paid-by-alternative')).toHaveTextContent('您没有说明2026年6月及以前的职工医保由谁缴费。如由单位缴纳，适用的规定不同，医保报销恢复日期改为：2026年12月1日。如需确定适用哪种情况，请修改回答，说明由谁缴费。');
  });

  it('answered (either way), there is nothing to add', async () => {
    await renderResultScreen(wuhan({ from: '2024-01', to: '2026-06', paidBy: 'self' }), { today: '2026-11-10' });
    await screen.findByTestId('headline');
    expect(screen.queryByTestId('paid-by-alternative')).toBeNull();
  });

  it('where the answer changes nothing (江西 sets no such rule), nothing is added', async () => {
    await renderResultScreen(scenario({ asOf: '2026-11-10', region: 'jiangxi', employeePeriods: [{ from: '2024-01', to: '2026-06' }], payments: [employeePay('2026-11-10', false, 'flexible', 'planned')] }), { today: '2026-11-10' });
    await screen.findByTestId('headline');
    expect(screen.queryByTestId('paid-by-alternative')).toBeNull();
  });
});
