// A range with more outcomes than the headline lists one by one (range-lines.ts, MAX_LINES): the
// line summing up the others. Where those fall on exactly two days, it says "X or Y" / 「X或Y」
// (result.rangeDays.either), as a two-day range does everywhere (two-date-range.test.tsx), not
// "Between X and Y", which would offer the days between, which no region gives.
// 湖北, 2025 lapsed, 2026 planned for 2 Mar 2026, after the window: 31 May, 1 Jun, 2 Jun or 3 Jun
// 2026 by how regions count the wait, or no cover in 2026 where late payments are refused: five
// outcomes, so 2 and 3 June are summed up in one line, before the no-cover line.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const hubei = scenario({ asOf: '2026-02-27', region: 'hubei', years: { 2025: 'none' }, payments: [residentPay('2026-03-02', [2026], 0, 'planned')] });

/** The headline's lines (not the conditions listed under one), each as its date and its whole text. */
function lines(listName: string) {
  const list = screen.getByRole('list', { name: listName });
  return within(list)
    .getAllByRole('listitem')
    .filter((li) => li.parentElement === list)
    .map((li) => ({ when: li.querySelector('.headline__when')?.textContent, text: li.textContent ?? '' }));
}

describe('the line summing up the other outcomes, on exactly two days', () => {
  it('in English: "June 2, 2026 or June 3, 2026", third, before the no-cover line', async () => {
    await renderResultScreen(hubei, { today: '2026-02-27' });
    const shown = lines('Which date applies in which case');
    expect(shown.map((l) => l.when)).toEqual(['May 31, 2026', 'June 1, 2026', 'June 2, 2026 or June 3, 2026', expect.stringMatching(/^No cover in 2026/)]);
    // Its conditions follow it, as any line's do.
    expect(shown[2]?.text).toMatch(/^June 2, 2026 or June 3, 2026 — \S/);
    expect(shown.some((l) => /Between June 2, 2026 and June 3, 2026/.test(l.text))).toBe(false);
  });

  it('in Chinese: 「2026年6月2日或2026年6月3日」, not 之间', async () => {
    await renderResultScreen(hubei, { language: 'zh-CN', today: '2026-02-27' });
    const shown = lines('各种情形对应的日期');
    expect(shown.map((l) => l.when)).toEqual(['2026年5月31日', '2026年6月1日', '2026年6月2日或2026年6月3日', expect.stringMatching(/^2026年度/)]);
    expect(shown[2]?.text).toMatch(/^2026年6月2日或2026年6月3日：\S/);
    expect(shown.some((l) => l.text.includes('2026年6月2日至2026年6月3日之间'))).toBe(false);
  });
});
