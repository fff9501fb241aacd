// A baby born in 2026 was told 「孩子视为连续参保（自2025年度起计算）」: the year counting starts
// (I1) is not the child's, who has years since birth only (newcomer walk, 6 Dec 2026).
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { calculate } from '../../../src/calc';
import { chainOf } from '../../calc/arbitraries';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** 武汉, born 20 Oct 2026, 2026 and 2027 paid on 15 Nov 2026. */
const baby = scenario({ asOf: '2026-12-05', region: 'hubei-wuhan', payments: [residentPay('2026-11-15', [2026, 2027])], circumstances: { birthDate: '2026-10-20', parentInsured: true } });

describe('continuity of a baby born after lapses began to count', () => {
  it('the step carries the birth year', () => {
    const o = calculate(baby, chainOf('hubei-wuhan'));
    if (!o.ok) throw new Error('invalid scenario');
    const continuous = o.result.trace.filter((s) => s.rule === 'R10' && s.step === 'continuous');
    expect(continuous.length).toBeGreaterThan(0);
    for (const s of continuous) expect(s.params.birthYear).toBe(2026);
  });

  it('said as since birth, in both languages, never "from 2025"', async () => {
    await renderResultScreen(baby, { language: 'zh-CN', today: '2026-12-05' });
    await screen.findByTestId('headline');
    expect(document.body.textContent).toContain('孩子自2026年出生以来没有断保年度：视为连续参保。');
    expect(document.body.textContent).not.toContain('自2025年度起计算');
    cleanup();
    await renderResultScreen(baby, { today: '2026-12-05' });
    await screen.findByTestId('headline');
    expect(document.body.textContent).toContain('No uncovered years since your child was born in 2026: your child counts as continuously insured.');
  });
});
