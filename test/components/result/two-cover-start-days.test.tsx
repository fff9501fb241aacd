// A warning raised on several days (one per run of the rules) names them as a span, "a day
// between X and Y", which offers every day in between. Where the runs give only two days,
// nothing in between can happen: it names the two, "X or Y". 广州, covered in 2024, 2025 lapsed,
// 2026 planned for 20 Oct 2026 (after the window): its rules leave two readings, cover from
// 21 Jan or 21 Feb 2027. The same plan under the national rules starts on ten different days
// from 1 Jan to 21 Feb 2027: still a span.
// The options' note on a newborn's later year covered sooner says its days the same way: 江西,
// born 20 Oct 2026, 2026 and 2027 planned for 12 Jan 2027, covers 2027 under the plan from
// 1 Jan or 13 Jan 2027 (青岛's six days stay "a day between": later-year-sooner.test.tsx).
import { cleanup, screen, within } from '@testing-library/react';
import { calculate } from '../../../src/calc';
import { chainOf } from '../../calc/arbitraries';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const plan = (region: string) => scenario({ asOf: '2026-10-01', region, years: { 2024: 'resident' }, payments: [residentPay('2026-10-20', [2026], 0, 'planned')] });
const warnings = () =>
  within(screen.getByRole('note', { name: /^(Warnings|提示)$/ }))
    .getAllByRole('listitem')
    .map((li) => li.textContent ?? '');

describe('the days a warning names', () => {
  it('广州, two days, in English: "January 21, 2027 or February 21, 2027", not "a day between"', async () => {
    await renderResultScreen(plan('guangdong-guangzhou'), { today: '2026-10-01' });
    const said = warnings();
    expect(said).toContain('This payment alone buys no cover: the earliest your cover could start is January 21, 2027 or February 21, 2027, when 2026 is already over. Please also pay for the next year, or ask your local medical insurance office before you pay.');
    expect(said.filter((w) => w.includes('between'))).toEqual([]);
  });

  it('广州, two days, in Chinese: 2027年1月21日或2027年2月21日, not 之间的某一天', async () => {
    await renderResultScreen(plan('guangdong-guangzhou'), { language: 'zh-CN', today: '2026-10-01' });
    const said = warnings();
    expect(said).toContain('仅缴纳这笔费用，享受不到任何医保待遇：最早要到2027年1月21日或2027年2月21日起才能享受待遇，那时2026年度已经结束。请同时缴纳下一年度的保费，或缴费前先向当地医保经办机构咨询。');
    expect(said.filter((w) => w.includes('之间'))).toEqual([]);
  });

  it('national rules, ten days, in English: still a day between the first and the last', async () => {
    await renderResultScreen(plan('national'), { today: '2026-10-01' });
    expect(warnings().some((w) => w.includes('the earliest your cover could start is a day between January 1, 2027 and February 21, 2027, when 2026 is already over.'))).toBe(true);
  });

  it('national rules, ten days, in Chinese: still 之间的某一天', async () => {
    await renderResultScreen(plan('national'), { language: 'zh-CN', today: '2026-10-01' });
    expect(warnings().some((w) => w.includes('最早要到2027年1月1日至2027年2月21日之间的某一天起才能享受待遇，那时2026年度已经结束。'))).toBe(true);
  });

  describe('the option note on a later year covered sooner', () => {
    const baby = scenario({ asOf: '2026-12-05', region: 'jiangxi', payments: [residentPay('2027-01-12', [2026, 2027], 0, 'planned')], circumstances: { birthDate: '2026-10-20' } });

    it('江西: the plan covers 2027 from one of two days', () => {
      const o = calculate(baby, chainOf('jiangxi'));
      if (!o.ok) throw new Error('invalid scenario');
      expect(o.result.options.find((x) => x.kind === 'payToday')?.laterYearSooner?.plan).toEqual({ earliest: '2027-01-01', latest: '2027-01-13', days: 2 });
    });

    it('江西, in both languages: "January 1, 2027 or January 13, 2027" / 2027年1月1日或2027年1月13日', async () => {
      await renderResultScreen(baby, { today: '2026-12-05' });
      await screen.findByTestId('headline');
      const options = screen.getByRole('list', { name: /options/i });
      expect(within(options).getByText("This way, 2027 is covered from January 1, 2027; with your plan, from January 1, 2027 or January 13, 2027, depending on your region's rules.")).toBeInTheDocument();
      cleanup();
      await renderResultScreen(baby, { language: 'zh-CN', today: '2026-12-05' });
      await screen.findByTestId('headline');
      expect(screen.getByText('这样缴费，2027年度自2027年1月1日起享受待遇；按您的计划，自2027年1月1日或2027年1月13日（取决于当地规定）起。')).toBeInTheDocument();
    });
  });
});
