// A window start that no region announced is never a firm date (RULES.md R1, §8): the national
// pack's 1 September is only the typical first day. Where a region's own pack pins a window's end
// but not its start (南通, 兵团, 昆明 2026, 河北 2025), the result says so (`startStated: false`,
// on the main payment's window and on the next one) and the calendar file gets no "window opens"
// event, only the reminder before it closes, whose text names no opening day. Where the region
// states its start (福建, 河北 2026), the opening keeps its event. Shipped packs throughout.
import { describe, expect, it } from 'vitest';
import { addDays, calculate, enrolmentWindow } from '../../src/calc';
import type { Scenario } from '../../src/calc';
import { buildIcs } from '../../src/features/result/ics';
import { calculatedEvents } from '../fixtures/calendar';
import { chainFor } from '../fixtures/packs';
import { residentPay, scenario } from '../fixtures/scenarios';

/** The file's events as the result screen makes them (result-actions.tsx), under the region's shipped packs. */
async function events(s: Scenario, language: 'en' | 'zh-CN' = 'en') {
  const { result, events: list } = await calculatedEvents(s, chainFor(s.region), language);
  return { result, list, windows: list.filter((e) => e.uid.startsWith('window-')), ics: buildIcs(list, result.asOf) };
}

/** Each event as [uid without its date, date, the days its reminders go off]. */
const summary = (list: { uid: string; date: string; remindDaysBefore: number[] }[]) =>
  list.map((e) => [e.uid.replace(/-\d{4}-\d{2}-\d{2}@yibao-lapse$/, ''), e.date, e.remindDaysBefore.map((d) => addDays(e.date, -d))]);

/** Covered in 2024, 2025 paid in its window; seen on 1 Aug 2025, before any 2026 window opens: 2026 is the year to pay next. */
const paid2025 = (region: string) => scenario({ asOf: '2025-08-01', region, years: { 2024: 'resident' }, payments: [residentPay('2024-12-01', [2025])] });

describe('the calculator says whether a pinned window’s start is the region’s', () => {
  it.each([
    ['jiangsu-nantong', 2026, { start: '2025-09-01', end: '2025-12-28' }],
    ['xinjiang-bingtuan', 2026, { start: '2025-09-01', end: '2025-12-31' }],
    ['yunnan-kunming', 2026, { start: '2025-09-01', end: '2026-02-25' }],
    ['yunnan', 2026, { start: '2025-09-01', end: '2026-02-25' }],
    ['hebei', 2025, { start: '2024-09-01', end: '2024-12-28' }],
  ])('%s %i: the end is the region’s, the start only the typical day', (region, year, dates) => {
    expect(enrolmentWindow(chainFor(region), year)).toEqual({ year, ...dates, extendedEnd: null, startStated: false });
  });

  it.each([
    ['fujian', 2026, { start: '2025-09-01', end: '2025-12-31', extendedEnd: '2026-02-28' }],
    ['hebei', 2026, { start: '2025-10-20', end: '2025-12-31', extendedEnd: '2026-02-28' }],
    ['yunnan', 2025, { start: '2024-09-01', end: '2025-02-25', extendedEnd: null }],
  ])('%s %i: stated by the region', (region, year, dates) => {
    expect(enrolmentWindow(chainFor(region), year)).toEqual({ year, ...dates, startStated: true });
  });

  it('the next window carries the same flag (昆明 as of 1 Aug 2025: 2026, start not stated; 河北 as of 1 Aug 2024: 2025, not stated; as of 1 Aug 2025: 2026, stated)', () => {
    const next = (s: Scenario) => {
      const outcome = calculate(s, chainFor(s.region));
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
      return outcome.result.nextWindow;
    };
    expect(next(paid2025('yunnan-kunming'))).toEqual({ year: 2026, start: '2025-09-01', end: '2026-02-25', extendedEnd: null, startStated: false });
    expect(next(scenario({ asOf: '2024-08-01', region: 'hebei', payments: [residentPay('2024-12-01', [2025], 0, 'planned')] }))).toEqual({
      year: 2025,
      start: '2024-09-01',
      end: '2024-12-28',
      extendedEnd: null,
      startStated: false,
    });
    expect(next(scenario({ asOf: '2025-08-01', region: 'hebei', years: { 2024: 'resident' }, payments: [residentPay('2024-12-20', [2025])] }))).toMatchObject({ year: 2026, start: '2025-10-20', startStated: true });
  });
});

describe('the calendar file: no "window opens" event on a day the region did not state', () => {
  it.each([
    ['jiangsu-nantong', '2025-12-28', 'December 28, 2025'],
    ['xinjiang-bingtuan', '2025-12-31', 'December 31, 2025'],
    ['yunnan-kunming', '2026-02-25', 'February 25, 2026'],
  ])('%s, 2026 to pay next: only the reminder before its window closes, with no opening day in it', async (region, end, endText) => {
    const { windows, ics } = await events(paid2025(region));
    expect(summary(windows)).toEqual([['window-close', end, [addDays(end, -14), addDays(end, -3)]]]);
    const close = windows[0];
    expect(close?.title).toBe('Last day of the 2026 resident medical insurance enrolment window');
    expect(close?.description).toBe(
      `Pay your 2026 resident medical insurance within your region's enrolment window, which closes on ${endText}, to avoid a waiting period. ` +
        "The rules this calculator uses do not say when your region opens it: check the notice of your local medical insurance office.",
    );
    expect(ics).not.toMatch(/window-open|opens\b|September 1|DTSTART;VALUE=DATE:20250901/);
  });

  it('in Chinese (南通): 截止日期, and the opening day left to the local notice', async () => {
    const { windows } = await events(paid2025('jiangsu-nantong'), 'zh-CN');
    expect(windows.map((e) => e.title)).toEqual(['2026年度居民医保集中参保期最后一天']);
    expect(windows[0]?.description).toBe('请在当地集中参保期内（2025年12月28日截止）缴纳2026年度居民医保，以免产生待遇等待期。本计算器使用的规则中没有当地集中参保期的开始日期，请留意当地医保经办机构的通知。');
    expect(windows[0]?.description).not.toContain('9月1日');
  });

  it('the national pack alone: no opening event either (the end, too, is left to the region)', async () => {
    const { windows } = await events(paid2025('national'));
    expect(windows.map((e) => e.uid.replace(/-\d{4}-\d{2}-\d{2}@.*$/, ''))).toEqual(['window-close-earliest']);
  });

  it('where the region states the start, the opening keeps its event and both days are named (福建 2026: 1 Sep; 河北 2026: 20 Oct)', async () => {
    const fujian = await events(paid2025('fujian'));
    expect(summary(fujian.windows)).toEqual([
      ['window-open', '2025-09-01', ['2025-09-01']],
      ['window-close', '2025-12-31', ['2025-12-17', '2025-12-28']],
      // 福建 takes 2026 payments in an extended period to 28 Feb (R1a): the window's end is not the last day to pay.
      ['window-extended-close', '2026-02-28', ['2026-02-14', '2026-02-25']],
    ]);
    expect(fujian.windows[0]?.title).toBe('Resident medical insurance enrolment window for 2026 opens');
    expect(fujian.windows[0]?.description).toBe('Pay your 2026 resident medical insurance between September 1, 2025 and December 31, 2025 to avoid a waiting period.');
    const hebei = await events(scenario({ asOf: '2024-08-01', region: 'hebei', payments: [residentPay('2024-12-01', [2025], 0, 'planned')] }));
    expect(summary(hebei.windows)).toEqual([
      ['window-open', '2025-10-20', ['2025-10-20']],
      ['window-close', '2025-12-31', ['2025-12-17', '2025-12-28']],
      ['window-extended-close', '2026-02-28', ['2026-02-14', '2026-02-25']],
    ]);
  });
});

describe('the calendar file: a window with an extended payment period after it (R1a) is not the last day to pay', () => {
  /** 江西: continuous, 2026 to pay next; its 2026 window closes on 31 Dec 2025, the extended period runs to 28 Feb 2026 (P-JX2). */
  const jiangxi = scenario({ asOf: '2025-08-01', region: 'jiangxi', years: { 2024: 'resident' }, payments: [residentPay('2024-12-01', [2025])] });

  /** The events about the window's end (its opening, 15 Oct, has its own event as before). */
  const closing = async (language: 'en' | 'zh-CN' = 'en') => (await events(jiangxi, language)).windows.filter((e) => !e.uid.startsWith('window-open-'));

  it('in English: the window closes on December 31, and the last day of the extended period has its own event', async () => {
    const windows = await closing();
    expect(summary(windows).map(([uid, date]) => [uid, date])).toEqual([
      ['window-close', '2025-12-31'],
      ['window-extended-close', '2026-02-28'],
    ]);
    expect(windows.map((e) => e.title)).toEqual(['Resident medical insurance enrolment window for 2026 closes', 'Last day of the extended payment period for 2026']);
    const extended = 'After the window, your region still takes payments for 2026 until February 28, 2026 (extended payment period), but cover then starts later than January 1.';
    expect(windows[0]?.description).toBe(`Pay your 2026 resident medical insurance between October 15, 2025 and December 31, 2025 to avoid a waiting period.\n${extended}`);
    expect(windows[1]?.description).toBe(extended);
    expect(windows.map((e) => e.title)).not.toContain('Last day of the 2026 resident medical insurance enrolment window');
  });

  it('in Chinese: 集中参保期截止, then 延长缴费期截止', async () => {
    const windows = await closing('zh-CN');
    expect(windows.map((e) => e.title)).toEqual(['2026年度居民医保集中参保期截止', '2026年度医保延长缴费期截止']);
    expect(windows[1]?.description).toBe('集中参保期结束后，当地在延长缴费期内（至2026年2月28日）仍可缴纳2026年度保费，但医保报销开始的日期将晚于1月1日。');
    expect(windows.map((e) => e.title)).not.toContain('2026年度居民医保集中参保期最后一天');
  });

  it('seen in January, inside the extended period: only its end is still ahead', async () => {
    const inJanuary = { ...jiangxi, asOf: '2026-01-10' };
    const { windows } = await events(inJanuary);
    expect(summary(windows)).toEqual([['window-extended-close', '2026-02-28', ['2026-02-14', '2026-02-25']]]);
  });
});

describe('the calendar file: the year to pay next is one the payment does not already bring cover in', () => {
  it('海南 W33 (born 20 Nov 2025, 2025 paid on 15 Jan 2026): covered in 2025 and 2026, so the reminder is about 2027, not 2026', async () => {
    const s = scenario({ asOf: '2026-01-20', region: 'hainan', payments: [residentPay('2026-01-15', [2025])], circumstances: { birthDate: '2025-11-20' } });
    const { result, windows } = await events(s);
    expect(result.main.coveredYears.map((c) => c.year)).toEqual([2025, 2026]);
    expect(windows.length).toBeGreaterThan(0);
    for (const e of windows) {
      expect(e.title).toMatch(/\b2027\b/);
      expect(e.title).not.toMatch(/\b2026\b/);
    }
  });
});
