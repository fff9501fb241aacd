// A newborn's first enrolment: nothing was covered before, so the headline says reimbursement
// starts (开始), not that it restarts (恢复). Anyone who may have been covered before keeps "restarts".
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isFirstCover } from '../../../src/features/result/first-cover';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

/** Born 1 Jul 2026, 2026 planned on 20 Nov 2026 (after the newborn period): a range under the national rules. */
const newborn = (region: string) => scenario({ asOf: '2026-11-20', region, payments: [residentPay('2026-11-20', [2026], 0, 'planned')], circumstances: { birthDate: '2026-07-01' } });

describe('a newborn’s first cover starts, it does not restart', () => {
  it('in English, under a range', async () => {
    await renderResultScreen(newborn('national'), { today: '2026-11-20' });
    const text = (await screen.findByTestId('headline')).textContent ?? '';
    expect(text).toMatch(/^Your reimbursement starts between /);
    expect(text).not.toContain('restart');
  });

  it('in Chinese, one date (福建: paid within the 90 days, covered from birth)', async () => {
    await renderResultScreen(scenario({ asOf: '2026-09-01', region: 'fujian', payments: [residentPay('2026-09-01', [2026], 0, 'planned')], circumstances: { birthDate: '2026-07-01' } }), { language: 'zh-CN', today: '2026-09-01' });
    const text = (await screen.findByTestId('headline')).textContent ?? '';
    expect(text).toMatch(/开始/);
    expect(text).not.toMatch(/恢复/);
  });

  it('who counts: only a child born at most two years before the year paid, with no cover in the answers and one payment', () => {
    expect(isFirstCover(newborn('national'))).toBe(true);
    expect(isFirstCover({ ...newborn('national'), circumstances: { birthDate: '1990-05-01' } })).toBe(false);
    expect(isFirstCover(scenario({ asOf: '2026-11-20', years: { 2026: 'resident' }, payments: [residentPay('2026-11-20', [2027], 0, 'planned')], circumstances: { birthDate: '2026-01-03' } }))).toBe(false);
    expect(isFirstCover(scenario({ asOf: '2026-11-20', payments: [residentPay('2026-11-20', [2027], 0, 'planned')], circumstances: { birthDate: '2025-12-30' } }))).toBe(true);
  });
});
