// The why-trace under a range follows one case (the latest date). A step whose value is one
// regional variant of the national rules says so, instead of citing the national baseline as
// if every region used that value; a step every region agrees on still cites the baseline.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

/** Covered 2023–2024, no cover in 2025; 2026 paid on 2 Dec 2026 under the national rules (a range). */
const late2026 = (region: string) => scenario({ asOf: '2026-12-02', region, years: { 2023: 'resident', 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-12-02', [2026], 0, 'planned')] });

const basedOnLines = () => within(screen.getByRole('region', { name: /^(Why: step by step|计算依据（逐步说明）)$/ })).getAllByText(/^(Based on|依据)：?/).map((p) => p.textContent ?? '');

describe('why-trace: values that differ between regions', () => {
  it('in English, a step that followed one regional variant names it as such; the others cite the national baseline', async () => {
    await renderResultScreen(late2026('national'), { today: '2026-12-02' });
    await screen.findByTestId('headline');
    const lines = basedOnLines();
    expect(lines).toContain('Based on: a rule that differs between regions (here, the case with the latest date)');
    expect(lines).toContain('Based on: National baseline');
  });

  it('in Chinese', async () => {
    await renderResultScreen(late2026('national'), { language: 'zh-CN', today: '2026-12-02' });
    await screen.findByTestId('headline');
    expect(basedOnLines()).toContain('依据：各地不同的规定（此处按日期最晚的情形）');
  });

  it('W20 (北京 pins what it reads): one date, and no step says its rule differs between regions', async () => {
    await renderResultScreen(scenario({ asOf: '2026-02-10', region: 'beijing', years: { 2025: 'resident' }, payments: [residentPay('2026-02-10', [2026])] }), { today: '2026-02-10' });
    expect(await screen.findByTestId('headline')).toHaveTextContent('January 1, 2026');
    expect(basedOnLines().join('\n')).not.toContain('differs between regions');
  });

  it('the rules that differ between regions are named in one step, not one step each', async () => {
    await renderResultScreen(late2026('national'), { today: '2026-12-02' });
    await screen.findByTestId('headline');
    const why = screen.getByRole('region', { name: 'Why: step by step' });
    const steps = within(why).getAllByRole('listitem').filter((li) => /regions set differently/.test(li.textContent ?? ''));
    expect(steps).toHaveLength(1);
    expect(steps[0]).toHaveTextContent(/The answer depends on rules that regions set differently: .+ \(2026\), .+ and .+\. We show the date for every known variant instead of guessing yours\./);
  });
});
