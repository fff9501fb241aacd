// A newborn's result speaks of the child (newcomer walk, 6 Dec 2026: 广州, born 1 Jul 2026, 2026
// and 2027 planned for 10 Dec): the option paying 2027 alone said "you would have no cover in
// 2026", and a note asked whether "you" have a personal account, which a baby does not.
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const newborn = scenario({ asOf: '2026-12-06', region: 'guangdong-guangzhou', payments: [residentPay('2026-12-10', [2026, 2027], 0, 'planned')], circumstances: { birthDate: '2026-07-01' } });

describe('a newborn’s options and notes', () => {
  it('the option giving up 2026 says the child would have no cover; no personal-account note', async () => {
    await renderResultScreen(newborn, { today: '2026-12-06' });
    expect(screen.getByText('This option leaves out 2026, which your own plan includes: your child would have no cover in 2026.')).toBeVisible();
    expect(screen.queryByText(/personal account/)).toBeNull();
    cleanup();
    await renderResultScreen(newborn, { today: '2026-12-06', language: 'zh-CN' });
    expect(screen.getByText('这一做法不包括您原计划中的2026年度，孩子在2026年度将没有保障。')).toBeVisible();
    expect(screen.queryByText(/个人账户/)).toBeNull();
  });

  it('an adult with a lapse keeps the personal-account note', async () => {
    await renderResultScreen(scenario({ asOf: '2026-12-06', region: 'guangdong-guangzhou', years: { 2025: 'resident', 2026: 'none' }, payments: [residentPay('2026-12-10', [2027], 0, 'planned')] }), { today: '2026-12-06' });
    expect(screen.getByText(/If you have a personal account/)).toBeVisible();
  });
});
