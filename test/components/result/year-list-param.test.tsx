// The years a payment covers ("2025,2026" in the R9 step) read as a list in the reader's
// language, not with the calculator's ASCII comma (2025,2026年度计为已参保), and with 年度 as everywhere else. 海南 W33: a
// newborn born 20 Nov 2025, the 2025 premium paid on 15 Jan 2026, covered in 2025 and 2026.
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const hainan = scenario({ asOf: '2026-01-15', region: 'hainan', circumstances: { birthDate: '2025-11-20' }, payments: [residentPay('2026-01-15', [2025])] });
const why = (name: string) => screen.getByRole('region', { name }).textContent ?? '';

describe('the years a payment covers, in the R9 step', () => {
  it('in Chinese: 2025和2026', async () => {
    await renderResultScreen(hainan, { language: 'zh-CN', today: '2026-01-15' });
    await screen.findByTestId('headline');
    expect(why('计算依据（逐步说明）')).toContain('2025和2026年度计为已参保，待遇享受期至');
  });

  it('in English: 2025 and 2026', async () => {
    await renderResultScreen(hainan, { today: '2026-01-15' });
    await screen.findByTestId('headline');
    expect(why('Why: step by step')).toContain('These years count as covered: 2025 and 2026.');
  });
});
