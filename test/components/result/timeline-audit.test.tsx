// Three faults a user audit found in the result page's timeline:
// 1. a window start drawn as an event where only the national pack's typical day (1 September, an
//    interpretation no region announced) stood behind it (南通 2026); only a start the region's own
//    pack states is an event, and the table says the same as the drawing;
// 2. the legend's lapse swatch was solid while the drawing's lapse is hatched;
// 3. employee-scheme months back-paid with the payment were drawn and listed as "Lapse: not
//    covered"; they are back-paid, with what the result says of their cover (covered
//    retroactively in 武汉, not in 青岛, depending on the region under the national rules).
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { employeePay, residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const table = (name = 'The timeline as a table') => screen.getByRole('table', { name });
/** Each row of the timeline's table as [what, from, until]. */
const rows = (name?: string) =>
  within(table(name))
    .getAllByRole('row')
    .slice(1)
    .map((row) => [within(row).getByRole('rowheader').textContent, ...within(row).getAllByRole('cell').map((c) => c.textContent)]);
const figure = (name = 'Timeline') => screen.getByRole('figure', { name });
/** The drawing's legend (hidden from assistive technology: the table is the text equivalent). */
const legend = (name?: string) => figure(name).querySelector('.timeline__legend') as HTMLElement;

/** Covered 2024 and 2025, pays 2026 on 10 Dec 2025, in the window. */
const inWindow = (region: string) => scenario({ asOf: '2025-12-20', region, years: { 2024: 'resident', 2025: 'resident' }, payments: [residentPay('2025-12-10', [2026])] });

describe('a window start is an event only where the region states it', () => {
  it('南通 states its 2026 window end but not its start: no "window opened" on 1 Sep 2025, in the drawing, legend or table', async () => {
    await renderResultScreen(inWindow('jiangsu-nantong'), { today: '2025-12-20' });
    await screen.findByTestId('headline');
    const what = rows().map((r) => r[0]);
    // The window for 2026 (it closes on 31 Dec 2025): the year it is for, not the year it closes in.
    expect(what).toContain('Enrolment window for 2026 closes');
    expect(what.some((w) => /window.*opened/.test(w ?? ''))).toBe(false);
    expect(rows().some((r) => r[1] === 'September 1, 2025')).toBe(false);
    expect(figure().querySelector('.marker-line--windowStart')).toBeNull();
    expect(legend()).not.toHaveTextContent(/window.*opened/);
  });

  it('in Chinese too: no 集中参保期已开始', async () => {
    await renderResultScreen(inWindow('jiangsu-nantong'), { language: 'zh-CN', today: '2025-12-20' });
    await screen.findByTestId('headline');
    const what = rows('时间线（表格）').map((r) => r[0]);
    expect(what).toContain('2026年度集中参保期结束');
    expect(what.some((w) => /集中参保期已开始/.test(w ?? ''))).toBe(false);
  });

  it('under the national rules alone: no window start either', async () => {
    await renderResultScreen(inWindow('national'), { today: '2025-12-20' });
    await screen.findByTestId('headline');
    expect(rows().map((r) => r[0]).filter((w) => /window/.test(w ?? ''))).toEqual([]);
    expect(figure().querySelector('.marker-line--windowStart')).toBeNull();
  });

  it('福建 states its window (1 Sep to 31 Dec 2025): the start is drawn and listed', async () => {
    await renderResultScreen(inWindow('fujian'), { today: '2025-12-20' });
    await screen.findByTestId('headline');
    expect(rows()).toContainEqual(['Enrolment window for 2026 opened', 'September 1, 2025', '']);
    expect(figure().querySelector('.marker-line--windowStart')).not.toBeNull();
  });
});

describe('the legend fills each swatch as the drawing fills its kind', () => {
  it('the lapse swatch is hatched with the drawing\'s pattern, not solid', async () => {
    await renderResultScreen(scenario({ asOf: '2026-11-25', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-11-25', [2027])] }), { today: '2026-11-25' });
    await screen.findByTestId('headline');
    const drawn = figure().querySelector('svg[role="img"] rect.seg--lapse') as SVGRectElement;
    const swatch = legend().querySelector('rect.seg--lapse') as SVGRectElement;
    const patternOf = (rect: SVGRectElement) => {
      const id = /^url\(#(.+)\)$/.exec(rect.getAttribute('fill') ?? '')?.[1];
      return id ? document.getElementById(id) : null;
    };
    const drawnPattern = patternOf(drawn);
    const swatchPattern = patternOf(swatch);
    expect(drawnPattern?.tagName).toBe('pattern');
    expect(swatchPattern?.tagName).toBe('pattern');
    // The same hatching: the same tile, turned the same way, with the same pale ground and red line.
    expect(swatchPattern?.innerHTML).toBe(drawnPattern?.innerHTML);
    expect(swatchPattern?.getAttribute('patternTransform')).toBe(drawnPattern?.getAttribute('patternTransform'));
  });
});

/** W28: a flexible worker covered to 2025-12 pays on 10 Mar 2026, back-paying Jan-Feb or not. */
const gap = (region: string, backPay: boolean, status: 'made' | 'planned' = 'made') =>
  scenario({ asOf: '2026-03-10', region, employeePeriods: [{ from: '2020-01', to: '2025-12' }], payments: [employeePay('2026-03-10', backPay, 'flexible', status)] });

describe('back-paid months are back-paid, never a lapse', () => {
  // E4: the gap is the months between the last covered month and the payment month, so March, the
  // payment's own month, is paid: its days before the payment are no third stretch of lapse beside
  // "2 months back-paid" and "a gap of 2 months" (they were drawn as "Lapse" 1-9 March).
  it('青岛 (gap not covered, E1): "Back-paid, but not covered" for Jan-Feb; March, the payment month, before cover starts (no waiting period); no lapse', async () => {
    await renderResultScreen(gap('shandong-qingdao', true), { today: '2026-03-10' });
    await screen.findByTestId('headline');
    expect(rows()).toContainEqual(['Back-paid, but not covered: no reimbursement for these months', 'January 1, 2026', 'February 28, 2026']);
    expect(rows().map((r) => r[0])).not.toContain('Lapse: not covered');
    expect(rows().filter((r) => r[0] === 'Before cover starts: no reimbursement')).toEqual([['Before cover starts: no reimbursement', 'March 1, 2026', 'March 31, 2026']]);
    expect(screen.getByRole('region', { name: 'Why: step by step' })).toHaveTextContent('A gap of 2 months, back-paid in the same region');
    expect(legend()).not.toHaveTextContent('Lapse');
    expect(rows().map((r) => r[0])).not.toContain('Waiting period: no reimbursement');
    expect(figure().querySelector('svg[role="img"] rect.seg--backPaidNotCovered')).not.toBeNull();
    expect(legend()).toHaveTextContent('Back-paid, but not covered: no reimbursement for these months');
  });

  it('青岛 in Chinese: 已补缴，但这段时间不能报销', async () => {
    await renderResultScreen(gap('shandong-qingdao', true), { language: 'zh-CN', today: '2026-03-10' });
    await screen.findByTestId('headline');
    expect(rows('时间线（表格）')).toContainEqual(['已补缴，但这段时间不能报销', '2026年1月1日', '2026年2月28日']);
    expect(rows('时间线（表格）').map((r) => r[0])).not.toContain('断保：没有保障');
    expect(rows('时间线（表格）').filter((r) => r[0] === '医保待遇开始前：不能报销')).toEqual([['医保待遇开始前：不能报销', '2026年3月1日', '2026年3月31日']]);
  });

  it('武汉 (gap covered): "Back-paid: covered retroactively", and no lapse drawn under it', async () => {
    await renderResultScreen(gap('hubei-wuhan', true), { today: '2026-03-10' });
    await screen.findByTestId('headline');
    expect(rows()).toContainEqual(['Back-paid: covered retroactively', 'January 1, 2026', 'February 28, 2026']);
    expect(rows().map((r) => r[0])).not.toContain('Lapse: not covered');
    expect(figure().querySelector('svg[role="img"] rect.seg--lapse')).toBeNull();
    expect(legend()).not.toHaveTextContent('Lapse');
  });

  it('武汉 in Chinese: 已补缴：追溯享受待遇', async () => {
    await renderResultScreen(gap('hubei-wuhan', true), { language: 'zh-CN', today: '2026-03-10' });
    await screen.findByTestId('headline');
    expect(rows('时间线（表格）')).toContainEqual(['已补缴：追溯享受待遇', '2026年1月1日', '2026年2月28日']);
  });

  it('under the national rules (some regions cover the gap, others do not): whether they are covered depends on the region', async () => {
    await renderResultScreen(gap('national', true), { today: '2026-03-10' });
    await screen.findByTestId('headline');
    expect(rows()).toContainEqual(['Back-paid: whether these months are covered depends on your region', 'January 1, 2026', 'February 28, 2026']);
    expect(rows().map((r) => r[0])).not.toContain('Lapse: not covered');
  });

  it('a planned back-payment: months to back-pay with this payment, not yet back-paid', async () => {
    await renderResultScreen(gap('shandong-qingdao', true, 'planned'), { today: '2026-03-10' });
    await screen.findByTestId('headline');
    expect(rows()).toContainEqual(['To be back-paid with this payment, but not covered: no reimbursement for these months', 'January 1, 2026', 'February 28, 2026']);
    expect(rows().map((r) => r[0])).not.toContain('Back-paid, but not covered: no reimbursement for these months');
  });

  it('months not back-paid are still the lapse they are: the 2 gap months, not the payment month', async () => {
    await renderResultScreen(gap('shandong-qingdao', false), { today: '2026-03-10' });
    await screen.findByTestId('headline');
    expect(rows().filter((r) => r[0] === 'Lapse: not covered')).toEqual([['Lapse: not covered', 'January 1, 2026', 'February 28, 2026']]);
    expect(rows()).toContainEqual(['Before cover starts: no reimbursement', 'March 1, 2026', 'March 9, 2026']);
    expect(rows().map((r) => r[0]).some((w) => /Back-paid|back-pay/.test(w ?? ''))).toBe(false);
  });
});
