// The critical-illness cap after a lapse with no bonus earned: "¥400,000 becomes ¥400,000" said
// nothing; it now says the cap is unchanged, in both languages. A raised cap still says from what to what.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const cap = (years: Parameters<typeof scenario>[0]['years'], noClaimYears: number[] = []) =>
  scenario({ asOf: '2026-11-25', region: 'national', years, payments: [residentPay('2026-12-10', [2027], 0, 'planned')], criticalIllness: { originalCapYuan: 400_000, noClaimYears, bonusUsedYears: [] } });

const bonus = () => screen.getByRole('region', { name: /Critical-illness cap bonus|大病保险/ });

describe('critical-illness cap', () => {
  it('no bonus after a lapse (2025 and 2026 not covered): the cap is not raised (not "unchanged": a region may still lower it for the lapse, by an amount these rules do not state, B4), in English', async () => {
    await renderResultScreen(cap({ 2024: 'resident', 2025: 'none', 2026: 'none' }), { today: '2026-11-25' });
    await screen.findByTestId('headline');
    expect(within(bonus()).getByText('CN¥400,000, not raised')).toBeVisible();
    expect(bonus()).not.toHaveTextContent('unchanged');
    expect(bonus()).not.toHaveTextContent('becomes');
  });

  it('in Chinese', async () => {
    await renderResultScreen(cap({ 2024: 'resident', 2025: 'none', 2026: 'none' }), { language: 'zh-CN', today: '2026-11-25' });
    await screen.findByTestId('headline');
    expect(within(bonus()).getByText('仍为¥400,000，没有提高')).toBeVisible();
  });

  it('covered 2024–2026 with no claims in 2025 and 2026: the no-claim bonus raises the cap, from what to what', async () => {
    await renderResultScreen(cap({ 2024: 'resident', 2025: 'resident', 2026: 'resident' }, [2025, 2026]), { today: '2026-11-25' });
    await screen.findByTestId('headline');
    expect(within(bonus()).getByText(/^raised from CN¥400,000 to CN¥4\d\d,\d{3}$/)).toBeVisible();
  });
});
