// 湖北: a baby born 10 Mar 2026 with a parent insured is enrolled free of charge for its year of
// birth (X1). Enrolled on 10 Dec 2026, after the newborn period, with 2027 paid too: where a
// region makes it wait, 2026 brings no cover. The warning says the child is enrolled for 2026
// (free), not that a 2026 premium is paid; with a payment made, that it was enrolled.
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { calculate } from '../../../src/calc';
import { chainOf } from '../../calc/arbitraries';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const baby = { birthDate: '2026-03-10', parentInsured: true };
const planned = scenario({ asOf: '2026-12-05', region: 'hubei', circumstances: baby, payments: [residentPay('2026-12-10', [2026, 2027], 0, 'planned')] });
const made = scenario({ asOf: '2026-12-12', region: 'hubei', circumstances: baby, payments: [residentPay('2026-12-10', [2026, 2027])] });
/** 湖南 enrols a newborn free only where a parent is insured (P-HN1): without, 2026 is charged, and the warning speaks of paying. */
const paying = scenario({ asOf: '2026-12-05', region: 'hunan', circumstances: { birthDate: '2026-03-10' }, payments: [residentPay('2026-12-10', [2026, 2027], 0, 'planned')] });
const hunanFree = scenario({ asOf: '2026-12-05', region: 'hunan', circumstances: baby, payments: [residentPay('2026-12-10', [2026, 2027], 0, 'planned')] });

function noCover(s: typeof planned) {
  const out = calculate(s, chainOf(s.region));
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out.result.warnings.filter((w) => w.id === 'noCoverInYear');
}

describe('a free year of birth that brings no cover', () => {
  it('the engine marks the warning free, only where the year cost nothing', () => {
    const free = noCover(planned);
    expect(free.length).toBeGreaterThan(0);
    for (const w of free) expect(w.params).toMatchObject({ year: 2026, free: true });
    for (const w of noCover(hunanFree)) expect(w.params).toMatchObject({ year: 2026, free: true });
    const charged = noCover(paying);
    expect(charged.length).toBeGreaterThan(0);
    for (const w of charged) expect(w.params.free).toBeUndefined();
  });

  it('in Chinese: the child is enrolled for 2026, free; made: was enrolled', async () => {
    await renderResultScreen(planned, { language: 'zh-CN', today: '2026-12-05' });
    const text = screen.getByText(/2026年度享受不到待遇/);
    expect(text.textContent).toContain('按计划为孩子办理2026年度参保（出生当年免缴），2026年度享受不到待遇：最早要到2027年1月1日至2027年3月11日之间的某一天起孩子才能享受待遇。');
    expect(text.textContent).not.toContain('缴纳2026年度保费');
  });

  it('in Chinese, made', async () => {
    await renderResultScreen(made, { language: 'zh-CN', today: '2026-12-12' });
    const text = screen.getByText(/2026年度享受不到待遇/);
    expect(text.textContent).toContain('您已为孩子办理2026年度参保（出生当年免缴），但在2026年度享受不到待遇：');
    expect(text.textContent).not.toContain('已缴纳的2026年度保费');
  });

  it('in English', async () => {
    await renderResultScreen(planned, { today: '2026-12-05' });
    const text = screen.getByText(/brings no cover in 2026/);
    expect(text.textContent).toContain("Enrolling your child for 2026 as planned (free in the year of birth) brings no cover in 2026: the earliest your child's cover could start is a day between January 1, 2027 and March 11, 2027.");
  });

  it('where the year was charged, the premium is still named', async () => {
    await renderResultScreen(paying, { language: 'zh-CN', today: '2026-12-05' });
    expect(screen.getByText(/2026年度享受不到待遇/).textContent).toContain('按计划缴纳2026年度保费，2026年度享受不到待遇');
  });
});
