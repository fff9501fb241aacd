// National rules, 2025 lapsed, 2026 paid on 15 Mar 2026 (seen 7 Dec 2026). The headline gives the
// latest case's wait, 15 Mar to 15 Jul 2026; in 甘肃, which no longer took 2026 payments by then
// (RULES.md R1b), the payment bought nothing. The timeline's table drew 1 Jan to 31 May as "Before
// cover starts" with no wait at all (newcomer review, finding 5). It now lists the lapse to 14 Mar,
// the wait from the payment day where the payment was accepted, and the days that depend on the
// region to the headline's wait end; the drawing's summary gives the wait's start with that condition.
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderTimelineRows, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const paidInMarch = scenario({ asOf: '2026-12-07', years: { 2023: 'resident', 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-03-15', [2026])] });

/** The headline's waiting-period fact (a term and its description), by its term. */
function headlineWait(term: string): string | null {
  const dt = screen.getByText(term, { selector: 'dt' });
  return (dt.nextElementSibling as HTMLElement).textContent;
}

/** The legend's entries, by their text (the legend is hidden from screen readers: the table says it all). */
const legend = () => [...document.querySelectorAll('.timeline__legend li')].map((li) => li.textContent);

describe('the timeline where some region no longer accepted the payment (national, 2026 paid on 15 Mar 2026)', () => {
  it('in English: a lapse to March 14, the wait from March 15 if the payment was accepted, then "Depends on your region" to the headline\'s wait end', async () => {
    const rows = await renderTimelineRows(paidInMarch);
    const wait = 'Waiting period, if your region still accepted payments for 2026 on the day you paid: no reimbursement';
    expect(rows.filter((r) => (r[1] as string).endsWith('2026') && r[2] !== '')).toEqual([
      ['Lapse: not covered', 'January 1, 2026', 'March 14, 2026'],
      [wait, 'March 15, 2026', 'May 31, 2026'],
      ['Depends on your region', 'June 1, 2026', 'July 15, 2026'],
      ['Covered again (or, depending on local rules, no cover this year)', 'July 16, 2026', 'December 31, 2026'],
    ]);
    expect(rows.map((r) => r[0])).not.toContain('Before cover starts: no reimbursement');
    expect(headlineWait('Waiting period (in the case with the latest date)')).toMatch(/^March 15, 2026 to July 15, 2026/);
    expect(legend()).toContain(wait);
    const drawing = screen.getByRole('img', { name: /^Timeline/ });
    expect(drawing.getAttribute('aria-label')).toContain('If your region still accepted payments for 2026 on the day you paid, your waiting period started on March 15, 2026.');
    // Drawn dotted on the wait's amber, told apart from a wait that holds everywhere.
    expect(drawing.querySelectorAll('rect.seg--maybeWaiting')).toHaveLength(1);
  });

  it('in Chinese: 断保至3月14日，如当地仍办理2026年度参保缴费则自3月15日起为待遇等待期，再至7月15日取决于当地规定', async () => {
    const rows = await renderTimelineRows(paidInMarch, 'zh-CN');
    const wait = '待遇等待期（如您缴费时当地仍办理2026年度参保缴费）：不能报销';
    expect(rows.filter((r) => (r[1] as string).startsWith('2026') && r[2] !== '')).toEqual([
      ['断保：没有保障', '2026年1月1日', '2026年3月14日'],
      [wait, '2026年3月15日', '2026年5月31日'],
      ['取决于当地规定', '2026年6月1日', '2026年7月15日'],
      ['医保报销恢复（视当地规定，本年度也可能不予保障）', '2026年7月16日', '2026年12月31日'],
    ]);
    expect(rows.map((r) => r[0])).not.toContain('医保待遇开始前：不能报销');
    expect(headlineWait('待遇等待期（按日期最晚的情形）')).toMatch(/^2026年3月15日至2026年7月15日/);
    expect(legend()).toContain(wait);
    expect(screen.getByRole('img', { name: /^时间线/ }).getAttribute('aria-label')).toContain('如您缴费时当地仍办理2026年度参保缴费，待遇等待期自2026年3月15日起计算。');
  });

  it('planned (seen 10 Mar 2026, to pay on 15 Mar): the condition in the future tense, in the table and the summary', async () => {
    const planned = scenario({ asOf: '2026-03-10', years: { 2023: 'resident', 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-03-15', [2026], 0, 'planned')] });
    const rows = await renderTimelineRows(planned);
    expect(rows).toContainEqual(['Waiting period, if your region still accepts payments for 2026 on the day you plan to pay: no reimbursement', 'March 15, 2026', 'May 31, 2026']);
    expect(screen.getByRole('img', { name: /^Timeline/ }).getAttribute('aria-label')).toContain('If your region still accepts payments for 2026 on the day you plan to pay, your waiting period starts on March 15, 2026.');
  });
});
