// A step that reads no pack value follows RULES.md's own rule, which is national (E4 counts the
// months of a gap as S5 does): "Based on" names the national rules, not the region whose result
// it is (a newcomer's walk: 「断保月数的计算 … 依据：江苏省」 citing a national document).
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { calculate } from '../../../src/calc';
import { chainOf } from '../../calc/arbitraries';
import { employeePay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const flexible = scenario({ asOf: '2026-12-05', region: 'jiangsu', employeePeriods: [{ from: '2020-07', to: '2026-07' }], payments: [employeePay('2027-01-10', false, 'flexible', 'planned')] });

describe('the basis of a step that reads no pack value', () => {
  it('the engine gives the national pack as the basis of E4', () => {
    const out = calculate(flexible, chainOf('jiangsu'));
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    expect(out.result.trace.find((s) => s.rule === 'E4')?.packIds).toEqual(['national']);
    // No "where your region's rules say nothing, the national rules apply" for that alone: E4 reads no value.
    expect(out.result.notes.map((n) => n.id)).not.toContain('fallback');
  });

  it('in Chinese: 断保月数的计算, based on the national rules', async () => {
    await renderResultScreen(flexible, { language: 'zh-CN', today: '2026-12-05' });
    await screen.findByTestId('headline');
    const step = screen.getByText('断保月数的计算').closest('li') as HTMLElement;
    expect(within(step).getByText(/^依据：/)).toHaveTextContent(/^依据：全国基准（国家规定）$/);
  });
});
