// The timeline draws at most MAX_YEARS years. Where the result speaks of earlier ones (W12 阜新:
// lapsed 2025–2030, seen in 2031), the table says where they are instead of leaving them out unseen.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../fixtures/scenarios';
import { renderResultScreen, serveRules } from './wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

/** W12 (阜新): lapsed 2025–2030; 2031 paid on 15 Apr 2031 with 2 repair years. */
const w12 = scenario({
  asOf: '2031-05-01',
  region: 'liaoning-fuxin',
  years: { 2025: 'none', 2026: 'none', 2027: 'none', 2028: 'none', 2029: 'none', 2030: 'none' },
  payments: [residentPay('2031-04-15', [2031], 2)],
});

describe('years before the drawn timeline', () => {
  it('W12 in Chinese: the table starts in 2026 and a line under it says the earlier years (from 2025) are in the result above', async () => {
    await renderResultScreen(w12, { language: 'zh-CN', today: '2031-05-01' });
    const table = await screen.findByRole('table', { name: '时间线（表格）' });
    expect(within(table).getAllByRole('rowheader')[0]?.nextElementSibling).toHaveTextContent('2026年1月1日');
    expect(table.nextElementSibling).toHaveTextContent('时间线从2026年开始；更早的年份（自2025年起）见下方的“您的回答”和“计算依据”。');
  });

  it('in English, and not where everything is drawn', async () => {
    await renderResultScreen(w12, { today: '2031-05-01' });
    const table = await screen.findByRole('table', { name: 'The timeline as a table' });
    expect(table.nextElementSibling).toHaveTextContent('The timeline starts in 2026; for the earlier years (from 2025), see “Your answers” and “Why: step by step” below.');
  });

  it('a short history has no such line', async () => {
    await renderResultScreen(scenario({ asOf: '2026-05-01', region: 'liaoning-fuxin', years: { 2025: 'none' }, payments: [residentPay('2026-04-15', [2026])] }), { today: '2026-05-01' });
    await screen.findByRole('table', { name: 'The timeline as a table' });
    expect(document.body).not.toHaveTextContent("for the earlier years");
  });
});
