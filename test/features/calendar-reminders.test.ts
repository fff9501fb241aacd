// The .ics rules (issue 12, item 9), with exact dates: nothing before the scenario's as-of date,
// an event for a planned payment, and the enrolment window of the benefit year the person has
// to pay for next, not of a year already paid or planned. The windows come from a test pack
// that pins them (15 Oct to 31 Dec of the year before, no extension) so every date is known.
import { describe, expect, it } from 'vitest';
import { addDays, enrolmentWindow, enrolmentWindowEnds, parseRulePack } from '../../src/calc';
import type { RulePack, Scenario } from '../../src/calc';
import { buildIcs } from '../../src/features/result/ics';
import { calculatedEvents } from '../fixtures/calendar';
import { chainFor } from '../fixtures/packs';
import { firstVariant, pinnedChain } from '../fixtures/pinned-packs';
import { employeePay, residentPay, scenario } from '../fixtures/scenarios';

const REGION = 'ics-test';

/** National rules with every regional value pinned, and windows pinned to 15 Oct – 31 Dec. */
function windowPack(): RulePack[] {
  const [top, ...rest] = pinnedChain(chainFor('national'), REGION, firstVariant, {
    'resident.windowEnd': { yearOffset: -1, monthDay: '12-31' },
    'resident.extension': null,
  }) as [RulePack, ...RulePack[]];
  const start = [{ from: top.benefitYears.from, value: { yearOffset: -1, monthDay: '10-15' }, unit: 'day', sources: ['PINNED'], status: 'confirmed' }];
  const parsed = parseRulePack({ ...top, parameters: { ...top.parameters, 'resident.windowStart': start } });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return [parsed.pack, ...rest];
}

const packs = windowPack();

async function events(s: Scenario) {
  const { result, events: list } = await calculatedEvents(s, packs);
  return { result, list, ics: buildIcs(list, result.asOf) };
}

/** Each event as [uid prefix, date, the days its reminders go off]. */
function summary(list: Awaited<ReturnType<typeof events>>['list']) {
  return list.map((e) => [e.uid.replace(/-\d{4}-\d{2}-\d{2}@yibao-lapse$/, ''), e.date, e.remindDaysBefore.map((d) => addDays(e.date, -d))]);
}

describe('the test pack', () => {
  it('pins the windows this file relies on (their start stated by the test region)', () => {
    expect(enrolmentWindow(packs, 2027)).toEqual({ year: 2027, start: '2026-10-15', end: '2026-12-31', extendedEnd: null, startStated: true });
    expect(enrolmentWindow(packs, 2028)).toEqual({ year: 2028, start: '2027-10-15', end: '2027-12-31', extendedEnd: null, startStated: true });
  });
});

describe('calendar reminders as of the scenario date', () => {
  it('paid in the 2026 window while it is still open: the restart, then the 2027 window; not the 2026 window already paid for', async () => {
    const { result, list, ics } = await events(scenario({ asOf: '2025-12-20', region: REGION, years: { 2025: 'resident' }, payments: [residentPay('2025-12-20', [2026])] }));
    expect(result.main.restoration).toEqual({ kind: 'date', date: '2026-01-01' });
    expect(summary(list)).toEqual([
      ['restore', '2026-01-01', ['2025-12-31']],
      ['window-open', '2026-10-15', ['2026-10-15']],
      ['window-close', '2026-12-31', ['2026-12-17', '2026-12-28']],
    ]);
    expect(list[1]?.title).toBe('Resident medical insurance enrolment window for 2027 opens');
    expect(ics).not.toMatch(/Resident medical insurance enrolment window for 2026|DTSTART;VALUE=DATE:2025/);
  });

  it('a planned payment: an event on its day with a reminder the day before; the window after the planned year', async () => {
    const { result, list } = await events(
      scenario({ asOf: '2026-11-25', region: REGION, years: { 2025: 'resident', 2026: 'resident' }, payments: [residentPay('2026-12-01', [2027], 0, 'planned')] }),
    );
    expect(result.main.restoration).toEqual({ kind: 'date', date: '2027-01-01' });
    expect(summary(list)).toEqual([
      ['payment', '2026-12-01', ['2026-11-30']],
      ['restore', '2027-01-01', ['2026-12-31']],
      ['window-open', '2027-10-15', ['2027-10-15']],
      ['window-close', '2027-12-31', ['2027-12-17', '2027-12-28']],
    ]);
    expect(list[0]?.title).toBe('Pay resident medical insurance for 2027 (the date you planned)');
    expect(list[0]?.description).toBe('You planned to pay resident medical insurance for 2027 on December 1, 2026. Your result is worked out for this date; if you pay later, reimbursement may restart later.');
  });

  it('a planned payment tomorrow: the reminder the day before would be today, so it goes off on the day itself', async () => {
    const { list, ics } = await events(
      scenario({ asOf: '2026-11-25', region: REGION, years: { 2025: 'resident', 2026: 'resident' }, payments: [residentPay('2026-11-26', [2027], 1, 'planned')] }),
    );
    expect(summary(list)[0]).toEqual(['payment', '2026-11-26', ['2026-11-26']]);
    expect(list[0]?.description).toContain('Your plan includes 1 year of repair payments.');
    expect(ics).toContain('DTSTART;VALUE=DATE:20261126\r\nDTEND;VALUE=DATE:20261127\r\nSUMMARY:Pay resident medical insurance for 2027');
  });

  it('reimbursement restarted before the as-of date: no restart event; only the window still ahead', async () => {
    const { list } = await events(scenario({ asOf: '2026-03-01', region: REGION, years: { 2025: 'resident' }, payments: [residentPay('2025-12-20', [2026])] }));
    expect(summary(list)).toEqual([
      ['window-open', '2026-10-15', ['2026-10-15']],
      ['window-close', '2026-12-31', ['2026-12-17', '2026-12-28']],
    ]);
  });

  it('the window to pay next is already open: no event for its opening day, and only the reminders still ahead for its close', async () => {
    const { list } = await events(scenario({ asOf: '2026-12-20', region: REGION, years: { 2025: 'resident' }, payments: [residentPay('2025-12-20', [2026])] }));
    expect(summary(list)).toEqual([['window-close', '2026-12-31', ['2026-12-28']]]);
  });

  it('the year to pay next has a window already closed: the next window still open instead', async () => {
    const { list } = await events(scenario({ asOf: '2027-03-01', region: REGION, years: { 2025: 'resident' }, payments: [residentPay('2025-12-20', [2026])] }));
    expect(list.map((e) => e.title)).toEqual(['Resident medical insurance enrolment window for 2028 opens', 'Last day of the 2028 resident medical insurance enrolment window']);
    expect(summary(list)).toEqual([
      ['window-open', '2027-10-15', ['2027-10-15']],
      ['window-close', '2027-12-31', ['2027-12-17', '2027-12-28']],
    ]);
  });

  it('employee scheme: an event for the planned payment, no resident enrolment window', async () => {
    const { list } = await events(
      scenario({ asOf: '2026-11-25', region: REGION, employeePeriods: [{ from: '2023-01', to: '2026-06' }], payments: [employeePay('2026-12-10', false, 'employee', 'planned')] }),
    );
    expect(list.some((e) => e.uid.startsWith('window'))).toBe(false);
    const payment = list.filter((e) => e.uid.startsWith('payment'));
    expect(summary(payment)).toEqual([['payment', '2026-12-10', ['2026-12-09']]]);
    // The employer pays: the reminder is of the contribution the person expects, not a payment of theirs.
    expect(payment[0]?.title).toBe("Employee medical insurance: your employer's first contribution (the date you expect)");
  });

  it.each([
    ['2025-12-20', '2025-12-20', [2026]],
    ['2026-01-05', '2025-12-20', [2026]],
    ['2026-12-30', '2025-12-20', [2026]],
    ['2026-11-25', '2026-11-25', [2027]],
  ])('as of %s, paid on %s: no event before that day, no reminder on or before it', async (asOf, paid, years) => {
    const { list, ics } = await events(scenario({ asOf, region: REGION, years: { 2025: 'resident' }, payments: [residentPay(paid, years)] }));
    for (const e of list) {
      expect(e.date >= asOf).toBe(true);
      for (const d of e.remindDaysBefore) expect(addDays(e.date, -d) > asOf).toBe(true);
    }
    expect(ics.match(/BEGIN:VALARM/g)?.length ?? 0).toBe(list.reduce((n, e) => n + e.remindDaysBefore.length, 0));
  });
});

describe('a payment whose every restart also needs the next year paid (江西, 2026 alone on 2 Dec 2026)', () => {
  it('the payment reminder and the earliest-restart event both say it buys no cover without 2027, in their titles too (the list on the page and many calendars show only the title)', async () => {
    const chain = chainFor('jiangxi');
    const s = scenario({ asOf: '2026-12-01', region: 'jiangxi', years: { 2023: 'resident', 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-12-02', [2026], 0, 'planned')] });
    const { result, events: list } = await calculatedEvents(s, chain);
    expect(result.main.restoration).toMatchObject({ kind: 'range', earliest: '2027-03-01' });
    const payment = list.find((e) => e.uid.startsWith('payment-'));
    expect(payment?.date).toBe('2026-12-02');
    expect(payment?.description).toContain('This payment alone buys no cover: pay for 2027 too.');
    const restart = list.find((e) => e.uid.startsWith('restore-earliest-'));
    expect(restart?.date).toBe('2027-03-01');
    expect(restart?.description.startsWith('This payment alone buys no cover: the dates below apply only if you also pay for 2027.\n')).toBe(true);
    expect(payment?.title).toBe('Pay resident medical insurance for 2026 (the date you planned; pay for 2027 too)');
    expect(restart?.title).toBe('Earliest possible restart of medical insurance reimbursement (depends on your region) – if you also pay for 2027');
    const zh = await calculatedEvents(s, chain, 'zh-CN');
    expect(zh.events.map((e) => e.title)).toEqual(expect.arrayContaining(['缴纳2026年度城乡居民医保（您计划的缴费日；还须缴纳2027年度保费）', '医保报销最早可能恢复的日期（取决于当地规定），须同时缴纳2027年度保费']));
  });

  it('a firm date that needs the next year paid (阜新, 2026 alone planned for 1 Dec 2026 after a 2025 lapse: 1 Mar 2027 with 2027) says so in both titles', async () => {
    const chain = chainFor('liaoning-fuxin');
    const s = scenario({ asOf: '2026-11-30', region: 'liaoning-fuxin', years: { 2023: 'resident', 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-12-01', [2026], 0, 'planned')] });
    const { result, events: list } = await calculatedEvents(s, chain);
    expect(result.main.restoration).toEqual({ kind: 'needsNextYear', date: '2027-03-01', year: 2027 });
    expect(list.find((e) => e.uid === 'restore-2027-03-01@yibao-lapse')?.title).toBe('Medical insurance reimbursement restarts – if you also pay for 2027');
    expect(list.find((e) => e.uid.startsWith('payment-'))?.title).toBe('Pay resident medical insurance for 2026 (the date you planned; pay for 2027 too)');
  });
});

describe('the next window where its end is left to the region (national pack)', () => {
  const national = chainFor('national');

  async function nationalEvents(s: Scenario, language: 'en' | 'zh-CN' = 'en') {
    const { result, events: list } = await calculatedEvents(s, national, language);
    return { list, ics: buildIcs(list, result.asOf) };
  }

  it('the calculator gives every end the regions give the 2027 window, earliest first, carried forward from 2026', () => {
    expect(enrolmentWindow(national, 2027)).toBeNull();
    expect(enrolmentWindowEnds(national, 2027)).toEqual({
      year: 2027,
      ends: ['2026-12-25', '2026-12-26', '2026-12-28', '2026-12-31', '2027-01-31', '2027-02-25', '2027-02-28'],
      start: '2026-09-01',
      announced: false,
    });
    expect(enrolmentWindowEnds(national, 2026)).toMatchObject({ ends: ['2025-12-25', '2025-12-26', '2025-12-28', '2025-12-31', '2026-01-31', '2026-02-25', '2026-02-28'], announced: true });
    // A pinned end is the one end.
    expect(enrolmentWindowEnds(packs, 2027)).toEqual({ year: 2027, ends: ['2026-12-31'], start: '2026-10-15', announced: true });
    expect(enrolmentWindowEnds(national, 2040)).toBeNull();
  });

  it('paid for 2026: one reminder for 2027 (not announced) on the earliest end regions used before, 14 and 3 days before', async () => {
    const { list, ics } = await nationalEvents(scenario({ asOf: '2026-01-20', years: { 2025: 'resident' }, payments: [residentPay('2026-01-20', [2026])] }));
    const windows = list.filter((e) => e.uid.startsWith('window-'));
    expect(summary(windows)).toEqual([['window-close-earliest', '2026-12-25', ['2026-12-11', '2026-12-22']]]);
    const w = windows[0];
    // No region has announced its 2027 window: the days are those regions used before, never "in some regions".
    expect(w?.title).toBe('Check when the 2027 resident medical insurance enrolment window ends (not yet in the rules we have; reminder based on the days regions used before)');
    expect(w?.description).toBe(
      'The rules we have include no 2027 enrolment window yet. Going by the days regions used before, it may close between December 25, 2026 and February 28, 2027. ' +
        "This reminder is on the earliest of those days, not on your region's date.\n" +
        "Check the dates your local medical insurance office announces, and pay your 2027 resident medical insurance before your region's window closes to avoid a waiting period.",
    );
    expect(ics).toContain('DTSTART;VALUE=DATE:20261225');
    expect(ics).not.toMatch(/window-open/);
  });

  it('where the earliest end has passed: on the next end still ahead, saying some of those days have passed', async () => {
    const { list } = await nationalEvents(scenario({ asOf: '2026-12-27', years: { 2025: 'resident' }, payments: [residentPay('2025-12-20', [2026])] }));
    const windows = list.filter((e) => e.uid.startsWith('window-'));
    // Its reminders 14 and 3 days before fell on or before the as-of date: it goes off on the day.
    expect(summary(windows)).toEqual([['window-close-earliest', '2026-12-28', ['2026-12-28']]]);
    expect(windows[0]?.description).toContain('it may close between December 25, 2026 and February 28, 2027; some of those days have passed. This reminder is on the next of them');
  });

  it('in Chinese', async () => {
    const { list } = await nationalEvents(scenario({ asOf: '2026-01-20', years: { 2025: 'resident' }, payments: [residentPay('2026-01-20', [2026])] }), 'zh-CN');
    const w = list.find((e) => e.uid.startsWith('window-'));
    expect(w?.title).toBe('请留意2027年度居民医保集中参保期何时截止（本计算器尚未收录其日期，按各地往年的日期提醒）');
    expect(w?.description).toContain('本计算器收录的规定中还没有2027年度集中参保期的日期。按各地往年的做法，截止日期可能在2026年12月25日至2027年2月28日之间。本提醒设在其中最早的日期');
    expect(w?.description).toContain('请以当地医保经办机构公布的日期为准');
  });

  it('a window regions have announced (2026), whose ends differ: "in some regions", with the known ends', async () => {
    const { list } = await nationalEvents(scenario({ asOf: '2025-01-10', years: { 2024: 'resident' }, payments: [residentPay('2025-01-10', [2025])] }));
    const w = list.find((e) => e.uid.startsWith('window-close-earliest'));
    expect(w?.date).toBe('2025-12-25');
    expect(w?.title).toBe('Last day of the 2026 resident medical insurance enrolment window in some regions (the day depends on your region)');
    expect(w?.description).toContain('The enrolment window for 2026 ends on different days in different regions: the earliest known end is December 25, 2025, the latest February 28, 2026.');
    expect(w?.description).not.toContain('include no');
  });
});

describe('a newborn to enrol (X1): the last day of the newborn period is in the file', () => {
  it('成都, born 20 Oct 2026, payment planned for 3 Dec 2026: a reminder on 17 Jan 2027 (on time however 成都 counts the days, not everywhere; 18 Jan on time under the national reading), a week and a day before; none once the payment is made', async () => {
    const chain = chainFor('sichuan-chengdu');
    const s = scenario({ asOf: '2026-12-03', region: 'sichuan-chengdu', circumstances: { birthDate: '2026-10-20' }, payments: [residentPay('2026-12-03', [2026], 0, 'planned')] });
    const { events: list } = await calculatedEvents(s, chain, 'en');
    const deadline = list.find((e) => e.uid.startsWith('newborn-'));
    expect(deadline).toMatchObject({ date: '2027-01-17', title: 'Last day to enrol and pay for your child to be covered from birth', remindDaysBefore: [7, 1] });
    expect(deadline?.description).toBe('Enrol your child and pay by January 17, 2027, which is on time however your region counts the 90 days: your child is then covered from the day of birth, October 20, 2026. Under the national rules (the day of birth not counted in the 90 days), January 18, 2027 is on time too. After the period, cover starts later.');
    const zh = await calculatedEvents(s, chain, 'zh-CN');
    expect(zh.events.find((e) => e.uid.startsWith('newborn-'))?.title).toBe('新生儿参保缴费截止日（当天及以前缴费的，孩子自出生之日起享受待遇）');
    expect(zh.events.find((e) => e.uid.startsWith('newborn-'))?.description).toBe('请最迟在2027年1月17日（含当天）为孩子参保缴费，无论当地怎样计算，这一天都算按时，孩子即可自出生之日（2026年10月20日）起享受待遇。按国家规定计算（出生当天不算在90天内），2027年1月18日缴费也算按时。超过期限缴费的，待遇开始日期将推迟。');
    const made = scenario({ asOf: '2026-12-03', region: 'sichuan-chengdu', circumstances: { birthDate: '2026-10-20' }, payments: [residentPay('2026-12-03', [2026])] });
    const after = await calculatedEvents(made, chain, 'en');
    expect(after.events.some((e) => e.uid.startsWith('newborn-'))).toBe(false);
  });
});

describe("a newborn's free year of birth: the reminder is to enrol the child, not to pay", () => {
  // 湖北: a newborn's year of birth costs nothing (X1, premium ¥0). Born 10 Mar 2026, enrolment planned for 5 Dec 2026.
  const baby = (years: number[]) => scenario({ asOf: '2026-12-05', region: 'hubei', payments: [residentPay('2026-12-05', years, 0, 'planned')], circumstances: { birthDate: '2026-03-10' } });

  it('in Chinese and English, for the year of birth alone', async () => {
    const zh = (await calculatedEvents(baby([2026]), chainFor('hubei'), 'zh-CN')).events.find((e) => e.uid.startsWith('payment-'));
    expect(zh?.title).toBe('为孩子办理2026年度城乡居民医保参保（您计划的日期；出生当年免缴）');
    expect(zh?.description).toContain('您计划于2026年12月5日为孩子办理2026年度城乡居民医保参保，出生当年免缴。');
    const { result, events } = await calculatedEvents(baby([2026]), chainFor('hubei'));
    expect(result.main.premium).toMatchObject({ yuan: 0 });
    const en = events.find((e) => e.uid.startsWith('payment-'));
    expect(en?.title).toBe('Enrol your child in resident medical insurance for 2026 (the date you planned; free in the year of birth)');
  });

  it('with the next year paid too (not free): the usual reminder to pay', async () => {
    const { events } = await calculatedEvents(baby([2026, 2027]), chainFor('hubei'));
    expect(events.find((e) => e.uid.startsWith('payment-'))?.title).toBe('Pay resident medical insurance for 2026 and 2027 (the date you planned)');
  });
});
