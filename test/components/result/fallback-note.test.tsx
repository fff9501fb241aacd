// The note that the national rules fill in what a region's rules leave out points the reader to
// the section that shows whose rules each step follows, by that section's own name ("Why: step
// by step" / 计算依据), not as "the explanation", which names nothing on the page.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

// 湖南, covered 2025 and 2026, plans to pay 2027 on 20 Dec 2026: some steps follow the national rules.
const hunan = scenario({ asOf: '2026-12-07', region: 'hunan', years: { 2025: 'resident', 2026: 'resident' }, payments: [residentPay('2026-12-20', [2027], 0, 'planned')] });
const notes = (name: string) => within(screen.getByRole('complementary', { name })).getAllByRole('listitem').map((li) => li.textContent);

describe('the note on rules a region leaves out', () => {
  it('in English, names the "Why: step by step" section, which is on the page', async () => {
    await renderResultScreen(hunan, { today: '2026-12-07' });
    await screen.findByTestId('headline');
    expect(notes('Please note')).toContain('Not set locally: the national rules apply. “Why: step by step” below shows whose rules each step follows.');
    expect(screen.getByRole('region', { name: 'Why: step by step' })).toBeInTheDocument();
  });

  it('in Chinese, names 计算依据', async () => {
    await renderResultScreen(hunan, { language: 'zh-CN', today: '2026-12-07' });
    await screen.findByTestId('headline');
    expect(notes('请注意')).toContain('当地未规定：按国家规定计算。下方“计算依据”中标出了每一步依据的是哪里的规定。');
    expect(screen.getByRole('region', { name: '计算依据（逐步说明）' })).toBeInTheDocument();
  });
});
