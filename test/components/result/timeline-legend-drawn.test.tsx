// The timeline's legend names only what the drawing shows. A period the layout keeps but draws
// wholly under another shows nothing: 海南 W33 (a newborn born 20 Nov 2025, the birth year paid on
// 15 Jan 2026, 2026 answered as not covered on a first pass) has 2026 as a lapse under the cover
// from birth, and the legend said "Not insured: counts as a lapse" with no lapse in sight. The
// table (the drawing's text equivalent) never listed it; now the legend agrees with the table.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../../src/calc';
import type { SupportedLanguage } from '../../../src/i18n/languages';
import { employeePay, residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

/** What the legend names, and the table's first column (a wait's length dropped: "(3 months)", "(1 month, counting …)"). */
async function legendAndTable(s: Scenario, language: SupportedLanguage = 'en') {
  await renderResultScreen(s, { language, today: s.asOf });
  const table = await screen.findByRole('table', { name: language === 'en' ? 'The timeline as a table' : '时间线（表格）' });
  const names = within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => (within(row).getByRole('rowheader').textContent ?? '').replace(/ \(\d+ (months?|days?)[^)]*\)$|（\d+(个月|天)[^）]*）$/, ''));
  const legend = [...document.querySelectorAll('.timeline__legend li')].map((li) => li.textContent ?? '');
  const drawn = [...document.querySelectorAll('figure.timeline svg[role="img"] rect.seg')].map((r) => r.getAttribute('class'));
  return { names, legend, drawn };
}

/** 海南 W33 as the wizard gives it on a first pass: 2026 answered as not covered. */
const w33 = (years: Scenario['history']['years'][number]['cover'] = 'none') =>
  scenario({ asOf: '2026-11-25', region: 'hainan', years: { 2026: years }, circumstances: { birthDate: '2025-11-20' }, payments: [residentPay('2026-01-15', [2025])] });

describe('the legend lists only what the drawing shows', () => {
  it('海南 W33: no "Not insured: counts as a lapse" where the lapse is drawn under the cover from birth', async () => {
    const { legend, names } = await legendAndTable(w33());
    expect(legend).not.toContain('Not insured: counts as a lapse');
    expect(legend.some((l) => /lapse/i.test(l))).toBe(false);
    expect(names.some((n) => /lapse/i.test(n))).toBe(false);
    expect(legend).toContain('Covered');
  });

  it('海南 W33 in Chinese: no 未参保：按断保计算', async () => {
    const { legend } = await legendAndTable(w33(), 'zh-CN');
    expect(legend).not.toContain('未参保：按断保计算');
    expect(legend.some((l) => l.includes('断保'))).toBe(false);
  });

  it('nor a history year of resident cover drawn under the same cover (2026 answered as covered)', async () => {
    const { legend } = await legendAndTable(w33('resident'));
    expect(legend).not.toContain('Covered (resident scheme)');
  });

  it.each<[string, Scenario]>([
    ['海南 W33', w33()],
    ['W13: lapse, wait, restart, a year in its window, lapse, wait, restart', scenario({ asOf: '2028-11-20', region: 'liaoning-fuxin', years: { 2024: 'resident', 2025: 'none', 2028: 'none' }, payments: [residentPay('2025-11-20', [2026]), residentPay('2026-11-20', [2027]), residentPay('2028-11-20', [2029])] })],
    ['甘肃-like range with no cover in some regions (national)', scenario({ asOf: '2026-03-05', years: { 2025: 'resident' }, payments: [residentPay('2026-03-05', [2026])] })],
    ['青岛 back-paid months not covered', scenario({ asOf: '2026-03-10', region: 'shandong-qingdao', employeePeriods: [{ from: '2020-01', to: '2025-12' }], payments: [employeePay('2026-03-10', true, 'flexible')] })],
    ['W16-like switch from the employee scheme (E2: retroactive months)', scenario({ asOf: '2025-08-05', region: 'jiangxi', employeePeriods: [{ from: '2023-06', to: '2025-05' }], payments: [residentPay('2025-08-05', [2025])] })],
  ])('%s: everything the legend names is a row of the table', async (_name, s) => {
    for (const language of ['en', 'zh-CN'] as const) {
      const { legend, names } = await legendAndTable(s, language);
      // A single date's restart diamond too: it is drawn in the entry of the period it begins, named as that period's row (timeline-legend.tsx).
      for (const entry of legend) expect(names, `${language}: legend entry "${entry}" not in ${JSON.stringify(names)}`).toContain(entry);
      cleanup();
    }
  });
});

describe('each kind of span has its own look', () => {
  // Newcomer walk, 6 Dec 2026: "Depends on your region" and "Covered again (or, depending on local
  // rules, no cover this year)" were both grey dots; where one ended and the other began was lost.
  it('national, 2026 paid in March: the uncertain span is grey dots, the cover after it dotted green', async () => {
    await legendAndTable(scenario({ asOf: '2026-03-05', years: { 2025: 'resident' }, payments: [residentPay('2026-03-05', [2026])] }));
    const swatch = (name: string) => {
      const li = [...document.querySelectorAll('.timeline__legend li')].find((l) => l.textContent === name) as HTMLElement;
      const pattern = li.querySelector('pattern') as SVGPatternElement;
      return [...pattern.querySelectorAll('rect, circle')].map((e) => e.getAttribute('class')).join(' ');
    };
    expect(swatch('Depends on your region')).toBe('seg--uncertain-bg seg--uncertain-dot');
    expect(swatch('Covered again (or, depending on local rules, no cover this year)')).toBe('seg--maybe-bg seg--maybe-dot');
    // The drawing defines the pattern its segment is filled with.
    const drawn = document.querySelector('figure.timeline svg[role="img"] rect.seg--maybeNoCover') as SVGRectElement;
    const fill = /url\(#(.+)\)/.exec(drawn.getAttribute('fill') ?? '')?.[1] as string;
    expect(document.getElementById(fill)?.querySelector('rect')?.getAttribute('class')).toBe('seg--maybe-bg');
  });
});
