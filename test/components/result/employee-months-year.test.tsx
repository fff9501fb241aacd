// A year marked as employee cover whose months are given is covered for those months only: a
// keyboard walk (6 Dec 2026) had 广州 employee cover to August 2026, 2023-2026 marked "employee
// scheme", 2027 planned in the resident scheme. The timeline drew 2026 as covered to December, the
// headline said cover "continues without a break", and the months without cover were called a
// lapse where the explanation says 2026 is not a lapse year.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const rows = (name: string) => within(screen.getByRole('table', { name })).getAllByRole('row').map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? ''));

describe('广州: employee cover January 2023 to August 2026, 2027 planned on 6 Dec 2026', () => {
  const marked = scenario({ asOf: '2026-12-06', region: 'guangdong-guangzhou', years: { 2023: 'employee', 2024: 'employee', 2025: 'employee', 2026: 'employee' }, employeePeriods: [{ from: '2023-01', to: '2026-08' }], payments: [residentPay('2026-12-06', [2027], 0, 'planned')] });
  const monthsOnly = { ...marked, history: { ...marked.history, years: [] } };

  it.each([
    ['the years marked as employee cover', marked],
    ['the months alone', monthsOnly],
  ])('%s: covered to August, then not covered (not a lapse year); cover restarts, it does not continue', async (_name, s) => {
    await renderResultScreen(s, { today: '2026-12-06' });
    const table = rows('The timeline as a table');
    expect(table).toContainEqual(['Covered (employee scheme)', 'January 1, 2023', 'August 31, 2026']);
    expect(table).toContainEqual(['Not covered: not counted as a lapse year', 'September 1, 2026', 'December 31, 2026']);
    expect(table.flat()).not.toContain('Lapse: not covered');
    expect(screen.getByTestId('headline')).toHaveTextContent('Your reimbursement restarts on January 1, 2027.');
    expect(screen.getByTestId('headline')).not.toHaveTextContent('without a break');
    cleanup();
  });

  it('in Chinese', async () => {
    await renderResultScreen(marked, { language: 'zh-CN', today: '2026-12-06' });
    expect(rows('时间线（表格）')).toContainEqual(['没有保障：不计为断保年度', '2026年9月1日', '2026年12月31日']);
    expect(screen.getByTestId('headline')).not.toHaveTextContent('没有中断');
  });
});

// A fresh-eyes review: a real lapse year this payment does not count (2025, before a covered 2026)
// was named "not counted as a lapse year". Only months after employee cover in a covered year, and
// years before lapses count (I1), are.
describe('a lapse year before a covered year, then 2028 planned on 6 Dec 2027 (national rules)', () => {
  it('2025 is still "Lapse: not covered"; 2024, before lapses count, is not counted', async () => {
    const s = scenario({ asOf: '2027-12-06', years: { 2023: 'resident', 2024: 'none', 2025: 'none', 2026: 'resident', 2027: 'resident' }, payments: [residentPay('2027-12-06', [2028], 0, 'planned')] });
    await renderResultScreen(s, { today: '2027-12-06' });
    const table = rows('The timeline as a table');
    expect(table).toContainEqual(['Lapse: not covered', 'January 1, 2025', 'December 31, 2025']);
    expect(table).toContainEqual(['Not covered: not counted as a lapse year', 'January 1, 2024', 'December 31, 2024']);
  });
});

