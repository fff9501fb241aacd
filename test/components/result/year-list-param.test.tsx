// The years a payment covers ("2025,2026" in the R9 step) read as a list in the reader's
// language, not with the calculator's ASCII comma (2025,2026年度计为已参保), and with 年度 as everywhere else. 海南 W33: a
// newborn born 20 Nov 2025, the 2025 premium paid on 15 Jan 2026, covered in 2025 and 2026.
// The English sentence reads right for one year as for several (the step gets the years as one list, not a count).
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
    expect(why('Why: step by step')).toContain('Counted as covered: 2025 and 2026.');
  });

  // One year is the usual case (河北 W23: 2025 paid on 30 Dec 2024): the sentence must not say "These years" of it.
  it('in English, one year: no plural for it', async () => {
    const hebei = scenario({ asOf: '2026-12-07', region: 'hebei', years: { 2024: 'resident' }, payments: [residentPay('2024-12-30', [2025])] });
    await renderResultScreen(hebei, { today: '2026-12-07' });
    await screen.findByTestId('headline');
    expect(why('Why: step by step')).toContain('Counted as covered: 2025. Cover ends on December 31, 2025.');
    expect(why('Why: step by step')).not.toContain('These years');
  });
});
