// One meaning per word in the timeline, table and legend alike, in both languages: "Covered"
// (享受医保待遇) is cover that continues cover in force; "Covered again" (医保报销恢复) is cover that
// restarts after a lapse or a waiting period. Before, the words followed the headline of the last
// payment for every period of cover: W13's 2027 (paid in its window after a covered 2026) was
// "Covered again", W2's cover after its 2025 wait was "Covered" because the 2026 payment continues
// it, and a range's cover after its latest restart read "Covered" in English, 医保报销恢复 in Chinese.
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../../src/calc';
import type { SupportedLanguage } from '../../../src/i18n/languages';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderTimelineRows, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

/** The table's rows as [what, from, until], and what the legend names. */
async function timeline(s: Scenario, language: SupportedLanguage = 'en') {
  const rows = await renderTimelineRows(s, language);
  const legend = [...document.querySelectorAll('.timeline__legend li')].map((li) => li.textContent ?? '');
  return { rows, legend };
}

const COVER = /^(Covered|Covered again|享受医保待遇|医保报销恢复)$|no cover this year\)|本年度也可能不予保障/;
const coverRows = (rows: (string | null)[][]) => rows.filter((r) => COVER.test(r[0] ?? ''));

/** W13 (阜新): lapsed 2025; 2026 in its window (3-month wait); 2027 in its window; lapsed 2028; 2029 in its window. */
const w13 = scenario({
  asOf: '2028-11-20',
  region: 'liaoning-fuxin',
  years: { 2024: 'resident', 2025: 'none', 2028: 'none' },
  payments: [residentPay('2025-11-20', [2026]), residentPay('2026-11-20', [2027]), residentPay('2028-11-20', [2029])],
});

/** W2 (阜新): 2025 paid late on 3 Jul 2025 (wait to 2 Oct), 2026 paid in its window. */
const w2 = scenario({ asOf: '2025-12-01', region: 'liaoning-fuxin', years: { 2024: 'resident' }, payments: [residentPay('2025-07-03', [2025]), residentPay('2025-11-20', [2026])] });

describe('"Covered" continues cover, "Covered again" restarts it', () => {
  it('W13: cover after each wait is "Covered again"; 2027, paid in its window after a covered 2026, is "Covered"', async () => {
    const { rows, legend } = await timeline(w13);
    expect(coverRows(rows)).toEqual([
      ['Covered again', 'April 1, 2026', 'December 31, 2026'],
      ['Covered', 'January 1, 2027', 'December 31, 2027'],
      ['Covered again', 'April 1, 2029', 'December 31, 2029'],
    ]);
    expect(legend).toEqual(expect.arrayContaining(['Covered again', 'Covered']));
  });

  it('W13 in Chinese: 医保报销恢复 after each wait, 享受医保待遇 for 2027', async () => {
    const { rows, legend } = await timeline(w13, 'zh-CN');
    expect(coverRows(rows)).toEqual([
      ['医保报销恢复', '2026年4月1日', '2026年12月31日'],
      ['享受医保待遇', '2027年1月1日', '2027年12月31日'],
      ['医保报销恢复', '2029年4月1日', '2029年12月31日'],
    ]);
    expect(legend).toEqual(expect.arrayContaining(['医保报销恢复', '享受医保待遇']));
  });

  it('W2: the last payment continues cover (2026 "Covered"), but the cover after the 2025 wait restarted ("Covered again")', async () => {
    for (const [language, again, covered] of [
      ['en', 'Covered again', 'Covered'],
      ['zh-CN', '医保报销恢复', '享受医保待遇'],
    ] as const) {
      const { rows } = await timeline(w2, language);
      expect(coverRows(rows).map((r) => r[0])).toEqual([again, covered]);
      cleanup();
    }
  });

  it('a range with no cover in some regions: after its latest restart, cover restarts in both languages', async () => {
    const s = scenario({ asOf: '2026-03-05', years: { 2025: 'resident' }, payments: [residentPay('2026-03-05', [2026])] });
    const en = await timeline(s);
    expect(coverRows(en.rows).map((r) => r[0])).toEqual(['Covered again (or, depending on local rules, no cover this year)']);
    expect(en.legend).toContain('Covered again (or, depending on local rules, no cover this year)');
    cleanup();
    const zh = await timeline(s, 'zh-CN');
    expect(coverRows(zh.rows).map((r) => r[0])).toEqual(['医保报销恢复（视当地规定，本年度也可能不予保障）']);
  });

  it('cover with no break (W1) and a newborn’s first cover (海南 W33) are "Covered" throughout, never "again"', async () => {
    const w1 = await timeline(scenario({ asOf: '2025-11-10', region: 'liaoning-fuxin', years: { 2024: 'resident', 2025: 'resident' }, payments: [residentPay('2025-11-10', [2026])] }));
    expect(coverRows(w1.rows).map((r) => r[0])).toEqual(['Covered']);
    cleanup();
    const w33 = await timeline(scenario({ asOf: '2026-11-25', region: 'hainan', years: { 2026: 'none' }, circumstances: { birthDate: '2025-11-20' }, payments: [residentPay('2026-01-15', [2025])] }), 'zh-CN');
    expect(coverRows(w33.rows).map((r) => r[0])).toEqual(['享受医保待遇', '享受医保待遇']);
    expect(w33.legend).not.toContain('医保报销恢复');
  });
});
