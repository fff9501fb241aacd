// On paper the "why" steps print without their sources and one list follows them: every source
// the steps cite, once each. The list must hold exactly the steps' sources, none twice.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

describe('the printed list of sources', () => {
  it.each([
    ['en', 'Sources cited'],
    ['zh-CN', '计算依据的出处'],
  ] as const)('lists each source the steps cite, once (%s)', async (language, title) => {
    await renderResultScreen(scenario({ asOf: '2026-02-20', region: 'jiangxi', years: { 2025: 'resident' }, payments: [residentPay('2026-02-20', [2026], 0, 'made')] }), { language, today: '2026-02-20' });
    await screen.findByTestId('headline');
    const list = screen.getByRole('region', { name: title });
    const printed = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    const cited = [...document.querySelectorAll('cite.citation')].filter((c) => !list.contains(c)).map((c) => c.closest('li')?.textContent ?? '');
    expect(printed.length).toBeGreaterThan(1);
    expect(new Set(printed).size).toBe(printed.length);
    expect(new Set(printed)).toEqual(new Set(cited));
  });
});
