// The hint on back-paying a short gap says what the back-pay option gives, worked out over every
// regional variant, so it is never prefixed "Depending on your region, the following may apply" (a newcomer
// saw that hedge on a flexible worker who had moved city, next to an option giving one firm date).
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { employeePay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const warningTexts = (name: string) => within(screen.getByRole('note', { name })).getAllByRole('listitem').map((li) => li.textContent ?? '');

/** National rules: an employer paid to 2026-09, the cover moved city, a flexible worker plans to pay on 2026-12-07 without back-paying. */
const moved = scenario({
  asOf: '2026-12-07',
  employeePeriods: [{ from: '2020-01', to: '2026-09', paidBy: 'employer' }],
  payments: [employeePay('2026-12-07', false, 'flexible', 'planned')],
  circumstances: { movedRegion: true },
});

describe('the back-pay hint after a move (E1, S5)', () => {
  it('in English: the date back-paying gives, not hedged as applying in some regions only', async () => {
    await renderResultScreen(moved, { today: '2026-12-07' });
    const hint = warningTexts('Warnings').find((w) => w.includes('gap months'));
    expect(hint).toBe('Back-pay the gap months (from October 2026) and your reimbursement restarts on December 1, 2026. In that case the gap months are covered retroactively.');
  });

  it('in Chinese: no 视当地规定，可能出现以下情况', async () => {
    await renderResultScreen(moved, { language: 'zh-CN', today: '2026-12-07' });
    const hint = warningTexts('提示').find((w) => w.includes('补缴'));
    expect(hint).toBeDefined();
    expect(hint).not.toContain('视当地规定');
    expect(hint).toContain('2026年12月1日');
  });
});
