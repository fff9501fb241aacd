// The timeline after a range's days: from the latest day every local rule covers. The row and the
// legend say "Covered, whatever your region's rules", not "Covered again" (a newcomer's walk read that
// row, on the range's latest day, as the answer's one date), and not "Covered in every region":
// the range is over the rules a region may follow, so under a chosen region (河北) "every region"
// read as cover anywhere in China. 江苏 flexible worker, last paid July 2026, paying on 10 Jan
// 2027 without back-pay: 1 Jan to 1 Apr 2027 depending on the region.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { employeePay, residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const flexible = scenario({ asOf: '2026-12-05', region: 'jiangsu', employeePeriods: [{ from: '2020-07', to: '2026-07' }], payments: [employeePay('2027-01-10', false, 'flexible', 'planned')] });
/** W23 (河北): covered 2024, paid 2025 on 30 Dec 2024, after the window ended on 28 Dec: 1–31 Mar 2025 by the day counting. */
const w23 = scenario({ asOf: '2024-12-30', region: 'hebei', years: { 2023: 'resident', 2024: 'resident' }, payments: [residentPay('2024-12-30', [2025])] });
/** 阜新's own rules, one date (1 Apr 2026 after a 2025 lapse, paid in the window): "Covered again", no range before it. */
const oneDate = scenario({ asOf: '2025-12-20', region: 'liaoning-fuxin', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2025-12-20', [2026])] });

const table = () => screen.getByRole('table', { name: /timeline as a table|时间线（表格）/i });
const rowNamed = (name: string) => within(table()).getByRole('rowheader', { name }).closest('tr') as HTMLElement;

describe('the cover after a range', () => {
  it(`in English: "Covered, whatever your region's rules" from the latest day, after "Depends on your region"`, async () => {
    await renderResultScreen(flexible, { today: '2026-12-05' });
    await screen.findByTestId('headline');
    expect(within(rowNamed('Depends on your region')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['January 1, 2027', 'March 31, 2027']);
    expect(within(rowNamed("Covered, whatever your region's rules")).getAllByRole('cell')[0]).toHaveTextContent('April 1, 2027');
    expect(within(table()).queryByRole('rowheader', { name: 'Covered again' })).not.toBeInTheDocument();
  });

  it('in Chinese', async () => {
    await renderResultScreen(flexible, { language: 'zh-CN', today: '2026-12-05' });
    await screen.findByTestId('headline');
    expect(within(rowNamed('无论当地规定如何，均享受医保待遇')).getAllByRole('cell')[0]).toHaveTextContent('2027年4月1日');
  });

  it('one date keeps "Covered again"', async () => {
    await renderResultScreen(oneDate, { today: '2025-12-20' });
    await screen.findByTestId('headline');
    expect(within(rowNamed('Covered again')).getAllByRole('cell')[0]).toHaveTextContent('April 1, 2026');
    expect(within(table()).queryByRole('rowheader', { name: "Covered, whatever your region's rules" })).not.toBeInTheDocument();
  });

  it('under a chosen region (河北, W23) the row and the legend never say "every region"', async () => {
    await renderResultScreen(w23, { today: '2024-12-30' });
    await screen.findByTestId('headline');
    expect(within(rowNamed('Depends on your region')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['March 1, 2025', 'March 30, 2025']);
    expect(within(rowNamed("Covered, whatever your region's rules")).getAllByRole('cell').map((c) => c.textContent)).toEqual(['March 31, 2025', 'December 31, 2025']);
    const legend = [...document.querySelectorAll('.timeline__legend li')].map((li) => li.textContent ?? '');
    expect(legend).toContain("Covered, whatever your region's rules");
    expect(document.body.textContent).not.toMatch(/every region/i);
  });
});
