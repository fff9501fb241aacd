// A cap cut for lapse years (B4) with no bonus earned: 青岛, 2025 not insured, 2026 paid on
// 5 Mar 2026, cap ¥400,000. The cap goes down to ¥397,000; it once read "raised from ¥400,000 to
// ¥397,000" with an uplift of "¥0". Now: lowered, the cut on a line of its own, and no "¥0" rise.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const qingdao = scenario({
  asOf: '2026-03-05',
  region: 'shandong-qingdao',
  years: { 2024: 'resident', 2025: 'none' },
  payments: [residentPay('2026-03-05', [2026])],
  criticalIllness: { originalCapYuan: 400_000, noClaimYears: [], bonusUsedYears: [] },
});

const bonus = () => screen.getByRole('region', { name: /Critical-illness cap bonus|大病保险/ });
/** The value shown for a term of the bonus list. */
const valueOf = (term: string) => within(bonus()).getByText(term).nextElementSibling?.textContent;

describe('a critical-illness cap lowered after a lapse', () => {
  it('in Chinese: 降低到, the cut, and no "¥0" uplift', async () => {
    await renderResultScreen(qingdao, { language: 'zh-CN', today: '2026-03-05' });
    await screen.findByTestId('headline');
    expect(valueOf('最高支付限额')).toBe('视当地规定，为¥394,000至¥397,000（原为¥400,000）');
    expect(valueOf('断保后降低')).toBe('¥3,000至¥6,000，取决于当地规定');
    expect(valueOf('提高总额')).toBe('没有提高');
    expect(bonus()).not.toHaveTextContent('提高到');
  });

  it('in English', async () => {
    await renderResultScreen(qingdao, { today: '2026-03-05' });
    await screen.findByTestId('headline');
    expect(valueOf('Payment cap')).toBe("CN¥394,000 to CN¥397,000, depending on your region's rules (was CN¥400,000)");
    expect(valueOf('Lowered after the lapse')).toBe("CN¥3,000 to CN¥6,000, depending on your region's rules");
    expect(valueOf('Total uplift')).toBe('none');
  });

  it('paid in the window (one answer everywhere): one cut, the cap lowered to ¥397,000', async () => {
    const inWindow = { ...qingdao, asOf: '2025-12-20', payments: [residentPay('2025-12-20', [2026])] };
    await renderResultScreen(inWindow, { language: 'zh-CN', today: '2025-12-20' });
    await screen.findByTestId('headline');
    expect(valueOf('最高支付限额')).toBe('由¥400,000降低到¥397,000');
    expect(valueOf('断保后降低')).toBe('¥3,000');
    expect(valueOf('提高总额')).toBe('没有提高');
    expect(bonus()).not.toHaveTextContent('取决于当地规定');
  });
});
