// The step that counts a year of employee-scheme cover as continuous (I2) names the year as a
// benefit year, as the answers do, rather than opening a sentence with a bare number
// ("2026 was covered…"). 湖南: employee cover to December 2026, resident 2027 planned.
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const switcher = scenario({
  asOf: '2026-12-07',
  region: 'hunan',
  years: { 2025: 'employee', 2026: 'employee' },
  employeePeriods: [{ from: '2020-01', to: '2026-12', paidBy: 'employer' }],
  payments: [residentPay('2026-12-20', [2027], 0, 'planned')],
});
const why = (name: string) => screen.getByRole('region', { name }).textContent ?? '';

describe('a year of employee cover in the steps', () => {
  it('in English: "Benefit year 2026 was covered by the employee scheme"', async () => {
    await renderResultScreen(switcher, { today: '2026-12-07' });
    await screen.findByTestId('headline');
    expect(why('Why: step by step')).toContain('Benefit year 2026 was covered by the employee scheme, so it does not count as a lapse year.');
  });

  it('in Chinese: 2026年度有职工医保', async () => {
    await renderResultScreen(switcher, { language: 'zh-CN', today: '2026-12-07' });
    await screen.findByTestId('headline');
    expect(why('计算依据（逐步说明）')).toContain('2026年度有职工医保，不计为断保年度。');
  });
});
