// What the timeline draws before the answers say anything (issue: years drawn as a lapse that
// no answer or rule makes one), and a newborn's days from birth to the first cover: the drawing's
// summary and its text table say the same.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fromScenario } from '../../../src/features/wizard/from-scenario';
import { toScenario } from '../../../src/features/wizard/to-scenario';
import { employeePay, residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

/** Each row of the timeline's table as [what, from, until]. */
function rows(tableName: string) {
  const table = screen.getByRole('table', { name: tableName });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [within(row).getByRole('rowheader').textContent, ...within(row).getAllByRole('cell').map((c) => c.textContent)]);
}

/** Covered in 2025 (the years before it "not covered"), 2026 paid on 20 Jan 2026: national rules. */
const coveredFrom2025 = scenario({ asOf: '2026-01-20', years: { 2023: 'none', 2024: 'none', 2025: 'resident' }, payments: [residentPay('2026-01-20', [2026])] });

describe('years before anything the result says are not drawn as a lapse', () => {
  it('no cover before 2025 (when lapses start to count) and cover in 2025: the timeline starts in 2025, with no lapse', async () => {
    await renderResultScreen(coveredFrom2025, { today: '2026-01-20' });
    const drawing = await screen.findByRole('img', { name: /^Timeline from / });
    expect(drawing.getAttribute('aria-label')).toMatch(/^Timeline from January 1, 2025 to December 31, 2026;/);
    const table = rows('The timeline as a table');
    expect(table[0]).toEqual(['Covered (resident scheme)', 'January 1, 2025', 'December 31, 2025']);
    expect(table.map((r) => r[0])).not.toContain('Lapse: not covered');
    expect(screen.getByText('2025', { selector: 'text' })).toBeInTheDocument();
    expect(screen.queryByText('2024', { selector: 'text' })).not.toBeInTheDocument();
  });

  it('a shared link that gave only 2025: the years it never had are no lapse either, in Chinese', async () => {
    const shared = scenario({ asOf: '2026-01-20', years: { 2025: 'resident' }, payments: [residentPay('2026-01-20', [2026])] });
    // What the app computes from a link: its answers, with the rows the form shows filled in.
    await renderResultScreen(toScenario(fromScenario(shared), '2026-01-20'), { language: 'zh-CN', today: '2026-01-20' });
    const drawing = await screen.findByRole('img', { name: /^时间线：/ });
    expect(drawing.getAttribute('aria-label')).toMatch(/^时间线：2025年1月1日至2026年12月31日；/);
    expect(rows('时间线（表格）').map((r) => r[0])).not.toContain('断保：没有保障');
  });

  it('a year without cover between covered ones is still drawn, as the answers say: not covered, and (before 2025, I1) not counted as a lapse year', async () => {
    await renderResultScreen(scenario({ asOf: '2026-01-20', years: { 2023: 'resident', 2024: 'none', 2025: 'resident' }, payments: [residentPay('2026-01-20', [2026])] }), { today: '2026-01-20' });
    await screen.findByRole('img', { name: /^Timeline from January 1, 2023 / });
    expect(rows('The timeline as a table')).toContainEqual(['Not covered: not counted as a lapse year', 'January 1, 2024', 'December 31, 2024']);
  });

  it('a lapse year the result counts is drawn (2025 not covered, 2026 paid late)', async () => {
    await renderResultScreen(scenario({ asOf: '2026-05-20', region: 'liaoning-fuxin', years: { 2023: 'none', 2024: 'none', 2025: 'none' }, payments: [residentPay('2026-05-20', [2026])] }), { today: '2026-05-20' });
    await screen.findByRole('img', { name: /^Timeline from January 1, 2025 / });
    expect(rows('The timeline as a table')[0]).toEqual(['Lapse: not covered', 'January 1, 2025', 'December 31, 2025']);
  });
});

/** Born 10 Mar 2026, 2026 paid on 20 Nov 2026 (after the newborn period): national rules, a range from the payment day. */
const lateNewborn = scenario({ asOf: '2026-11-25', years: { 2023: 'none', 2024: 'none', 2025: 'none' }, payments: [residentPay('2026-11-20', [2026])], circumstances: { birthDate: '2026-03-10' } });

describe('a newborn’s timeline from the birth', () => {
  it('marks the birth and shows the days to the payment as before cover starts, not blank and not a lapse', async () => {
    await renderResultScreen(lateNewborn, { today: '2026-11-25' });
    await screen.findByRole('img', { name: /^Timeline from January 1, 2026 / });
    const table = rows('The timeline as a table');
    expect(table.slice(0, 2)).toEqual([
      ['Born', 'March 10, 2026', ''],
      ['Before cover starts: no reimbursement', 'March 10, 2026', 'November 19, 2026'],
    ]);
    expect(table.map((r) => r[0])).not.toContain('Lapse: not covered');
    expect(table.map((r) => r[0]).join(' ')).not.toMatch(/restart|again/i);
  });

  it('in Chinese', async () => {
    await renderResultScreen(lateNewborn, { language: 'zh-CN', today: '2026-11-25' });
    await screen.findByRole('img', { name: /^时间线：/ });
    const table = rows('时间线（表格）');
    expect(table.slice(0, 2)).toEqual([
      ['出生', '2026年3月10日', ''],
      ['医保待遇开始前：不能报销', '2026年3月10日', '2026年11月19日'],
    ]);
    expect(table.map((r) => r[0]).join(' ')).not.toMatch(/断保|恢复/);
  });

  it('born in 2024, first paid for 2026: nothing before the birth; the uncounted birth year is before cover, the counted 2025 a lapse year for a first enrolment', async () => {
    await renderResultScreen(scenario({ asOf: '2026-01-15', years: { 2023: 'none', 2024: 'none', 2025: 'none' }, payments: [residentPay('2026-01-15', [2026])], circumstances: { birthDate: '2024-06-20' } }), { today: '2026-01-15' });
    await screen.findByRole('img', { name: /^Timeline from January 1, 2024 / });
    const table = rows('The timeline as a table');
    expect(table.slice(0, 3)).toEqual([
      ['Born', 'June 20, 2024', ''],
      ['Before cover starts: no reimbursement', 'June 20, 2024', 'December 31, 2024'],
      ['Not insured: counts as a lapse', 'January 1, 2025', 'December 31, 2025'],
    ]);
  });
});

describe('employee cover whose first month was not given', () => {
  it('"paid since" left blank: the table gives the last month paid, and says the start was not given (not one month of cover)', async () => {
    const flexible = scenario({ asOf: '2026-12-06', employeePeriods: [{ from: '2026-09', to: '2026-09', fromUnknown: true }], payments: [employeePay('2026-12-10', true, 'flexible', 'planned')] });
    await renderResultScreen(flexible, { today: '2026-12-06' });
    await screen.findByRole('img', { name: /^Timeline from / });
    expect(rows('The timeline as a table')).toContainEqual(['Covered (employee scheme)', 'start not given', 'September 30, 2026']);
  });

  it('typed, the same month is given as the start, in Chinese too', async () => {
    const flexible = scenario({ asOf: '2026-12-06', employeePeriods: [{ from: '2026-09', to: '2026-09' }], payments: [employeePay('2026-12-10', true, 'flexible', 'planned')] });
    await renderResultScreen(flexible, { language: 'zh-CN', today: '2026-12-06' });
    await screen.findByRole('img', { name: /^时间线/ });
    const covered = rows('时间线（表格）').find((r) => r[0] === '已参保（职工医保）');
    expect(covered?.[1]).toMatch(/^2026年9月1日$/);
  });
});
