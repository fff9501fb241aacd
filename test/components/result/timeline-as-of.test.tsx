// A result opened on a later day than the one it was worked out for (a share link): the
// timeline marks that day as the date of the result, never as "today", in the drawing's legend
// and in its table; opened on the day itself, the marker is "today".
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** W22 江西: covered 2025, 2026 paid on 20 Jan 2026, worked out on 25 Nov 2026. */
const w22 = scenario({ asOf: '2026-11-25', region: 'jiangxi', years: { 2025: 'resident' }, payments: [residentPay('2026-01-20', [2026])] });

describe('the timeline marker for the as-of date', () => {
  it('opened a week later, in Chinese: 计算日期, not 今天, in the legend and the table', async () => {
    await renderResultScreen(w22, { language: 'zh-CN', today: '2026-12-02' });
    const table = await screen.findByRole('table', { name: '时间线（表格）' });
    expect(within(table).getByText('计算日期')).toBeInTheDocument();
    expect(within(table).queryByText('今天')).toBeNull();
    // The legend is for the eye only (aria-hidden): the table above is its text equivalent.
    const legend = document.querySelector('.timeline__legend');
    expect(legend?.textContent).toContain('计算日期');
    expect(legend?.textContent).not.toContain('今天');
  });

  it('opened on the day itself, in English: "Today"', async () => {
    await renderResultScreen(w22, { today: '2026-11-25' });
    const table = await screen.findByRole('table', { name: 'The timeline as a table' });
    expect(within(table).getByText('Today')).toBeInTheDocument();
    expect(within(table).queryByText('Date of this result')).toBeNull();
  });
});
