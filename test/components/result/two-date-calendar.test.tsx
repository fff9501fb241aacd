// Every restart event of the calendar file, where the answers give just two possible days, names
// each as one of two dates and says whether it is on the earlier or the later one. "Earliest",
// "latest" and "next possible restart" read as the ends of a span, offering the days between,
// which no answer gives. Read from the .ics text the result screen's button downloads, in both
// languages: the regions' two days (national rules), and the two days of who paid left blank
// (武汉, E3a: 1 Dec 2026 if an employer paid, 1 May 2027 if not), before and after the first passed.
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { calculate } from '../../../src/calc';
import type { Scenario } from '../../../src/calc';
import { buildIcs } from '../../../src/features/result/ics';
import type { PayerAlternative } from '../../../src/features/result/paid-by-alternative';
import { possibleDays } from '../../../src/features/result/range-lines';
import type { SupportedLanguage } from '../../../src/i18n/languages';
import { eventsFor } from '../../fixtures/calendar';
import { chainFor } from '../../fixtures/packs';
import { employeePay, residentPay, scenario } from '../../fixtures/scenarios';
import { calendarFile, renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

/** The restart events of a readable .ics text (calendarFile's `readable`), as [day, title, description]. */
function restartEvents(ics: string): [string, string, string][] {
  return ics
    .split('BEGIN:VEVENT')
    .slice(1)
    .filter((block) => /\r\nUID:restore-/.test(block))
    .map((block) => [block.match(/DTSTART;VALUE=DATE:(\d{8})/)?.[1] ?? '', block.match(/\r\nSUMMARY:(.*)\r\n/)?.[1] ?? '', block.match(/\r\nDESCRIPTION:([\s\S]*?)\r\n(?:BEGIN:VALARM|END:VEVENT)/)?.[1] ?? '']);
}

async function restartsOf(s: Scenario, language: SupportedLanguage) {
  const { user } = await renderResultScreen(s, { language, today: s.asOf });
  await screen.findByTestId('headline');
  const events = restartEvents(await calendarFile(user, { readable: true }));
  cleanup();
  return events;
}

/** What reads as the ends of a span of days, in either language. */
const SPAN_WORDS = /Earliest possible|Latest possible|Next possible|earliest possible date|latest of those dates|next possible date|最早可能|最晚可能|下一个可能|其中最晚/;

const wuhan = (to: string, paid: string, status: 'made' | 'planned', asOf: string) =>
  scenario({ asOf, region: 'hubei-wuhan', employeePeriods: [{ from: '2024-01', to }], payments: [employeePay(paid, false, 'flexible', status)] });

describe('who paid left blank, two days in all (武汉)', () => {
  const planned = wuhan('2026-06', '2026-11-10', 'planned', '2026-11-10');

  it('in English: the earlier date, one of two dates, "on the earlier of the two dates"', async () => {
    const events = await restartsOf(planned, 'en');
    expect(events.map(([day, title]) => [day, title])).toEqual([['20261201', 'Possible restart of medical insurance reimbursement: one of two dates (depends on who paid)']]);
    expect(events[0]?.[2].split('\n').at(-1)).toBe('This reminder is on the earlier of the two dates, not a confirmed one. Tell the calculator who paid to get a single date.');
    expect(events.flat().join('\n')).not.toMatch(SPAN_WORDS);
  });

  it('in Chinese: 两个日期之一, 两个日期中较早的一个', async () => {
    const events = await restartsOf(planned, 'zh-CN');
    expect(events.map(([day, title]) => [day, title])).toEqual([['20261201', '医保报销可能恢复的两个日期之一（取决于由谁缴费）']]);
    expect(events[0]?.[2].split('\n').at(-1)).toBe('本提醒设在两个日期中较早的一个，并非确定的日期。请在计算器中说明由谁缴费，就能得到确切的日期。');
    expect(events.flat().join('\n')).not.toMatch(SPAN_WORDS);
  });

  it('made, the earlier day (1 Apr 2026) passed on 1 May 2026: the later day, "on the later date", in both languages', async () => {
    const made = wuhan('2025-12', '2026-03-10', 'made', '2026-05-01');
    const en = await restartsOf(made, 'en');
    expect(en).toEqual([['20260901', 'Possible restart of medical insurance reimbursement: one of two dates (depends on who paid)', expect.stringMatching(/\nIn one of these cases reimbursement has already restarted\. This reminder is on the later date, not a confirmed one\. Tell the calculator who paid to get a single date\.$/)]]);
    const zh = await restartsOf(made, 'zh-CN');
    expect(zh).toEqual([['20260901', '医保报销可能恢复的两个日期之一（取决于由谁缴费）', expect.stringMatching(/\n按其中一种情况，医保报销已经恢复。本提醒设在较晚的日期，并非确定的日期。请在计算器中说明由谁缴费，就能得到确切的日期。$/)]]);
  });
});

describe('no restart event of a two-day answer reads as a span', () => {
  // National rules unless named; each gives exactly two possible restart days (every title says so).
  const cases: [string, Scenario][] = [
    ['planned, both days ahead', scenario({ asOf: '2025-12-10', years: { 2024: 'resident' }, payments: [residentPay('2025-12-20', [2026], 0, 'planned')] })],
    ['made, one day behind and one ahead', scenario({ asOf: '2026-04-15', years: { 2024: 'resident' }, payments: [residentPay('2025-12-20', [2026])] })],
    ['江苏 flexible worker, planned: the earlier day backdated', scenario({ asOf: '2026-02-10', region: 'jiangsu', employeePeriods: [{ from: '2023-01', to: '2025-09' }], payments: [employeePay('2026-02-10', false, 'flexible', 'planned')] })],
    ['吉林: two days or no cover', scenario({ asOf: '2026-07-09', region: 'jilin', years: { 2024: 'none', 2025: 'none' }, payments: [residentPay('2026-04-10', [2026])] })],
    ['湖南: the later day with 2027 paid too', scenario({ asOf: '2026-12-09', region: 'hunan', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-09-10', [2026])] })],
    ['武汉, who paid blank, backdated', wuhan('2026-06', '2026-10-15', 'planned', '2026-10-15')],
  ];

  it.each(cases)('%s', async (_, s) => {
    for (const language of ['en', 'zh-CN'] as const) {
      const events = await restartsOf(s, language);
      expect(events.length).toBeGreaterThan(0);
      for (const [, title, text] of events) {
        expect(title).toMatch(/one of two dates|两个日期之一|两个起始日之一/);
        expect(`${title}\n${text}`).not.toMatch(SPAN_WORDS);
      }
    }
  });
});

describe('the range’s two days, with a date only an employer-paid cover gives on one of them', () => {
  it('titled as one of two dates that depends on the region and on who paid, not "earliest possible"', async () => {
    // National rules, 1 Apr or 1 May 2026 (planned on 20 Dec 2025). The employer-paid answer is
    // made up here: its one day of its own (1 May 2026, under another region) adds no third day.
    const s = scenario({ asOf: '2025-12-10', years: { 2024: 'resident' }, payments: [residentPay('2025-12-20', [2026], 0, 'planned')] });
    const chain = chainFor('national');
    const outcome = calculate(s, chain);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    const r = outcome.result.main.restoration;
    if (r.kind !== 'range') throw new Error('expected a range');
    expect(possibleDays(r).filter((d, i, all) => all.indexOf(d) === i)).toEqual(['2026-04-01', '2026-05-01']);
    const last = r.outcomes.find((o) => o.restoration.kind === 'date' && o.restoration.date === '2026-05-01');
    if (!last) throw new Error('no 1 May outcome');
    const payer: PayerAlternative = { month: '2025-06', ifEmployer: r, status: 'waiting', extra: { kind: 'range', earliest: '2026-05-01', latest: '2026-05-01', noCoverPossible: false, outcomes: [last] } };
    const en = buildIcs(await eventsFor(s, outcome.result, chain, 'en', { payer }), s.asOf).replace(/\r\n /g, '');
    expect(en).toContain('SUMMARY:Possible restart of medical insurance reimbursement: one of two dates (depends on your region and on who paid)');
    expect(en).toContain('This reminder is on the earlier of the two dates\\, not a confirmed one');
    expect(en).not.toMatch(/Earliest possible|Next possible|earliest possible date/);
    const zh = buildIcs(await eventsFor(s, outcome.result, chain, 'zh-CN', { payer }), s.asOf).replace(/\r\n /g, '');
    expect(zh).toContain('SUMMARY:医保报销可能恢复的两个日期之一（取决于当地规定和由谁缴费）');
    expect(zh).not.toMatch(/最早可能|下一个可能/);
  });
});
