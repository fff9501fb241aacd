// Two possible restart days are two dates, not the ends of a span: the timeline's table and the
// calendar file name each "one of two possible restart dates" / 「两个可能的恢复日期之一」 and "the other",
// where "earliest" and "latest possible restart" offered the days between them, which no region
// gives. From three days on, the earliest and the latest keep their names.
// National rules, 2024 covered, 2025 lapsed, 2026 paid on 20 Dec 2025: 1 Apr or 1 May 2026. Paid on
// 20 Jan 2026 instead: six days from 1 Apr to 21 May 2026.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../../src/calc';
import type { SupportedLanguage } from '../../../src/i18n/languages';
import { employeePay, residentPay, scenario } from '../../fixtures/scenarios';
import { calendarFile, renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const planned = scenario({ asOf: '2025-12-10', years: { 2024: 'resident' }, payments: [residentPay('2025-12-20', [2026], 0, 'planned')] });
const made = scenario({ asOf: '2026-04-15', years: { 2024: 'resident' }, payments: [residentPay('2025-12-20', [2026])] });
const six = scenario({ asOf: '2026-01-10', years: { 2024: 'resident' }, payments: [residentPay('2026-01-20', [2026], 0, 'planned')] });

/** The table's rows as [what, from], and the calendar file's events as [day, title, description]. */
async function shown(s: Scenario, language: SupportedLanguage = 'en') {
  const { user } = await renderResultScreen(s, { language, today: s.asOf });
  const table = await screen.findByRole('table', { name: language === 'en' ? 'The timeline as a table' : '时间线（表格）' });
  const rows = within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [within(row).getByRole('rowheader').textContent, within(row).getAllByRole('cell')[0]?.textContent]);
  const ics = await calendarFile(user, { readable: true });
  const events = [...ics.matchAll(/DTSTART;VALUE=DATE:(\d{8})[\s\S]*?SUMMARY:(.*)\r\nDESCRIPTION:([^\n]*)/g)].map((m) => [m[1], m[2], m[3]]);
  return { rows, events };
}

describe('two days', () => {
  it('in English: the table names "one of two possible restart dates" and "the other"; the calendar titles both as one of two dates', async () => {
    const { rows, events } = await shown(planned);
    expect(rows).toContainEqual(['One of two possible restart dates', 'April 1, 2026']);
    expect(rows).toContainEqual(['The other possible restart date', 'May 1, 2026']);
    expect(rows.flat().join(' ')).not.toMatch(/Earliest|Latest/);
    expect(events.filter(([day]) => day === '20260401' || day === '20260501')).toEqual([
      ['20260401', 'Possible restart of medical insurance reimbursement: one of two dates (depends on your region)', "Depending on your region's rules, reimbursement restarts on April 1, 2026 or May 1, 2026. This reminder is on the earlier of the two dates, not a confirmed one:"],
      ['20260501', 'Possible restart of medical insurance reimbursement: one of two dates (depends on your region)', "Depending on your region's rules, reimbursement restarts on April 1, 2026 or May 1, 2026. This reminder is on the later of the two dates, not a confirmed one:"],
    ]);
  });

  it('in Chinese: 两个可能的恢复日期之一 and 另一个可能的恢复日期, never 最早 or 最晚', async () => {
    const { rows, events } = await shown(planned, 'zh-CN');
    expect(rows).toContainEqual(['两个可能的恢复日期之一', '2026年4月1日']);
    expect(rows).toContainEqual(['另一个可能的恢复日期', '2026年5月1日']);
    const restarts = events.filter(([day]) => day === '20260401' || day === '20260501');
    expect(restarts.map(([, title]) => title)).toEqual(['医保报销可能恢复的两个日期之一（取决于当地规定）', '医保报销可能恢复的两个日期之一（取决于当地规定）']);
    expect(restarts.map(([, , text]) => text)).toEqual([
      '根据当地规定不同，医保报销在2026年4月1日或2026年5月1日恢复。本提醒设在两个日期中较早的一个，并非确定的日期：',
      '根据当地规定不同，医保报销在2026年4月1日或2026年5月1日恢复。本提醒设在两个日期中较晚的一个，并非确定的日期：',
    ]);
    expect(`${rows.flat().join(' ')} ${restarts.flat().join(' ')}`).not.toMatch(/最早|最晚/);
  });

  it('seen on 15 Apr 2026, after the earlier day: one reminder, on the later date, each day in its tense (both languages)', async () => {
    const en = await shown(made);
    expect(en.events.filter(([, title]) => title?.startsWith('Possible restart'))).toEqual([
      ['20260501', 'Possible restart of medical insurance reimbursement: one of two dates (depends on your region)', "Depending on your region's rules, reimbursement restarted on April 1, 2026, or restarts on May 1, 2026. This reminder is on the later date, not a confirmed one:"],
    ]);
    cleanup();
    const zh = await shown(made, 'zh-CN');
    expect(zh.events.filter(([, title]) => title?.startsWith('医保报销可能'))).toEqual([
      ['20260501', '医保报销可能恢复的两个日期之一（取决于当地规定）', '根据当地规定不同，医保报销已于2026年4月1日恢复，或将于2026年5月1日恢复。本提醒设在较晚的日期，并非确定的日期：'],
    ]);
  });

  it('江苏 flexible worker planning to pay on 10 Feb 2026: the earlier day already past is backdated once paid (both languages)', async () => {
    const jiangsu = scenario({ asOf: '2026-02-10', region: 'jiangsu', employeePeriods: [{ from: '2023-01', to: '2025-09' }], payments: [employeePay('2026-02-10', false, 'flexible', 'planned')] });
    const en = await shown(jiangsu);
    expect(en.events).toContainEqual(['20260501', 'Possible restart of medical insurance reimbursement: one of two dates (depends on your region)', "Depending on your region's rules, reimbursement restarts on February 1, 2026, a day already past, backdated once you pay, or on May 1, 2026. This reminder is on the later date, not a confirmed one:"]);
    cleanup();
    const zh = await shown(jiangsu, 'zh-CN');
    expect(zh.events).toContainEqual(['20260501', '医保报销可能恢复的两个日期之一（取决于当地规定）', '根据当地规定不同，医保报销可能缴费后追溯自2026年2月1日（已经过去）起恢复，也可能在2026年5月1日恢复。本提醒设在较晚的日期，并非确定的日期：']);
  });
});

describe('three days or more keep the earliest and the latest', () => {
  it('in English and Chinese', async () => {
    const en = await shown(six);
    expect(en.rows).toContainEqual(['Earliest possible restart', 'April 1, 2026']);
    expect(en.rows).toContainEqual(['Latest possible restart', 'May 21, 2026']);
    expect(en.events.map(([, title]) => title)).toEqual(expect.arrayContaining(['Earliest possible restart of medical insurance reimbursement (depends on your region)', 'Latest possible restart of medical insurance reimbursement (depends on your region)']));
    cleanup();
    const zh = await shown(six, 'zh-CN');
    expect(zh.rows).toContainEqual(['最早可能恢复', '2026年4月1日']);
    expect(zh.rows).toContainEqual(['最晚可能恢复', '2026年5月21日']);
  });
});
