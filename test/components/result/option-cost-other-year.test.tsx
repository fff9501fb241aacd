// Option costs against the plan in yuan where both are priced (R1c): the same number of years is
// not "the same amount" when the plan pays the full premium (湖南 after 31 Jan 2026: 1,100, W31)
// and the option pays another year at a standard not yet known, or at the personal rate.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

/** 湖南 W31: covered 2023–2025, plans to pay 2026 on 10 Mar 2026 (after 31 Jan: the full 1,100), seen on 5 Mar. */
const hunan = scenario({ asOf: '2026-03-05', region: 'hunan', years: { 2023: 'resident', 2024: 'resident', 2025: 'resident' }, payments: [residentPay('2026-03-10', [2026], 0, 'planned')] });

function costs(listName: string, label: string) {
  const shown = within(screen.getByRole('list', { name: listName })).getAllByRole('listitem').filter((li) => li.classList.contains('option'));
  return shown.map((c): [string, string] => [c.querySelector('h3')?.textContent ?? '', within(c).getByText(label).nextElementSibling?.textContent ?? '']);
}

describe('湖南 W31: the plan pays the full 1,100 for 2026', () => {
  it('in English: paying today is the same amount (both at 1,100); paying 2027 in its window is not said to be', async () => {
    await renderResultScreen(hunan, { today: '2026-03-05' });
    expect(await screen.findByTestId('headline')).toHaveTextContent('June 8, 2026');
    const rows = costs('Options and when reimbursement restarts under each', 'Premium compared with your plan');
    const today = rows.find(([title]) => title.startsWith('Pay today'));
    const nextYear = rows.find(([title]) => /2027/.test(title));
    expect(today?.[1]).toBe('the same amount');
    expect(nextYear?.[1]).toBe('the same number of years of premium (the amount may differ)');
  });

  it('in Chinese', async () => {
    await renderResultScreen(hunan, { language: 'zh-CN', today: '2026-03-05' });
    await screen.findByTestId('headline');
    const rows = costs('各种做法及医保报销恢复日期', '与您计划的缴费相比');
    expect(rows.find(([title]) => /2027/.test(title))?.[1]).toBe('缴费年数相同（金额可能不同）');
    expect(rows.map(([, cost]) => cost)).not.toContain(undefined);
  });
});

describe('湖南 in January: paying today at the personal rate (not priced) against a plan after 31 Jan at the full 1,100', () => {
  it('is not said to cost the same', async () => {
    const january = { ...hunan, asOf: '2026-01-20' };
    await renderResultScreen(january, { today: '2026-01-20' });
    await screen.findByTestId('headline');
    const rows = costs('Options and when reimbursement restarts under each', 'Premium compared with your plan');
    const today = rows.find(([title]) => title.startsWith('Pay today'));
    expect(today?.[1]).toBe('the same number of years of premium (the amount may differ)');
  });
});

