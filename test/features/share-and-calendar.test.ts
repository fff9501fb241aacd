import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/calc';
import type { Result, Scenario } from '../../src/calc';
import { answersTag, buildIcs } from '../../src/features/result/ics';
import { rangeLines } from '../../src/features/result/range-lines';
import { makeRangeWording } from '../../src/features/result/range-wording';
import { createI18n } from '../../src/i18n/setup';
import { makeFormatters } from '../../src/i18n/use-format';
import { eventsFor, wordsFor as nationalWords } from '../fixtures/calendar';
import type { Language } from '../fixtures/calendar';
import { chainFor } from '../fixtures/packs';
import { decodeShare, encodeShare, shareUrl } from '../../src/features/result/share-link';
import { employeePay, residentPay, scenario } from '../fixtures/scenarios';

function run(s: Scenario): Result {
  const outcome = calculate(s, chainFor(s.region));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
}

/** The calendar events for `s` as the result screen makes them. */
const eventsOf = (s: Scenario, result: Result, language: Language) => eventsFor(s, result, chainFor(s.region), language);

/** Covered 2025, pays 2026 on `date` (RULES.md W34 on 2026-01-20 under the national rules). */
const payer2026 = (date: string, region = 'national') => scenario({ asOf: date, region, years: { 2025: 'resident' }, payments: [residentPay(date, [2026])] });

const wordsFor = (language: Language) => nationalWords(language, chainFor('national'));

const sample = scenario({ asOf: '2026-11-15', region: 'shandong-qingdao', years: { 2025: 'none', 2026: 'none' }, payments: [residentPay('2026-11-20', [2027], 1, 'planned')] });

describe('share links', () => {
  it('round-trips a scenario through the URL fragment', () => {
    const url = shareUrl(sample, 'https://example.org/app/?x=1');
    expect(url.startsWith('https://example.org/app/?x=1#s=1.')).toBe(true);
    expect(decodeShare(new URL(url).hash)).toEqual({ kind: 'ok', scenario: sample, fromVersion: 2 });
  });

  it('stays compact', () => {
    expect(encodeShare(sample).length).toBeLessThan(400);
  });

  it.each([
    ['#s=garbage', 'malformed'],
    ['#s=1.%%%', 'malformed'],
    ['#s=1.eyJ2IjoxfQ', 'invalid'],
    ['#s=0.eyJ2IjoxfQ', 'outdated'],
    ['#s=1.' + btoa(JSON.stringify({ ...sample, v: 0 })).replace(/=+$/, ''), 'outdated'],
    ['#s=1.' + btoa(JSON.stringify({ ...sample, asOf: '2026-02-30' })).replace(/=+$/, ''), 'invalid'],
  ])('reports %s as %s, never throwing', (hash, reason) => {
    expect(decodeShare(hash)).toEqual({ kind: 'error', reason });
  });

  it('ignores a hash without a scenario', () => {
    expect(decodeShare('')).toEqual({ kind: 'none' });
    expect(decodeShare('#main')).toEqual({ kind: 'none' });
  });
});

describe('calendar file', () => {
  it('writes all-day events with reminders, escaped and folded', () => {
    const text = buildIcs(
      [{ uid: 'restore-2027-05-01@yibao', date: '2027-05-01', title: '医保报销恢复, 记得带身份证', description: 'Line one\nline two; more', remindDaysBefore: [7, 0] }],
      '2026-11-25',
    );
    expect(text).toContain('DTSTART;VALUE=DATE:20270501\r\n');
    expect(text).toContain('DTEND;VALUE=DATE:20270502\r\n');
    expect(text).toContain('SUMMARY:医保报销恢复\\, 记得带身份证');
    expect(text).toContain('DESCRIPTION:Line one\\nline two\\; more');
    expect(text.match(/BEGIN:VALARM/g)).toHaveLength(2);
    expect(text).toContain('TRIGGER:-P7D');
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it("tags each UID with the person's answers: another person's reminders on the same day do not replace these, the same answers again do", () => {
    const event = { uid: 'payment-2026-12-06@yibao-lapse', date: '2026-12-06', title: 'Pay', description: 'Pay', remindDaysBefore: [] };
    const adult = answersTag(JSON.stringify({ region: 'beijing', payments: [{ date: '2026-12-06', years: [2027] }] }));
    const child = answersTag(JSON.stringify({ region: 'beijing', payments: [{ date: '2026-12-06', years: [2026, 2027] }] }));
    expect(adult).toMatch(/^[0-9a-z]+$/);
    expect(adult).not.toBe(child);
    expect(answersTag(JSON.stringify({ region: 'beijing', payments: [{ date: '2026-12-06', years: [2027] }] }))).toBe(adult);
    const uid = (tag?: string) => buildIcs([event], '2026-12-06', tag).match(/^UID:(.*)$/m)?.[1];
    expect(uid(adult)).toBe(`payment-2026-12-06-${adult}@yibao-lapse`);
    expect(uid(child)).not.toBe(uid(adult));
    expect(uid()).toBe('payment-2026-12-06@yibao-lapse');
  });
});

describe('calendar events for each kind of answer', () => {
  /** Covered 2025, lapsed 2026, plans to pay 2027 in its window (national rules: the wait is regional). */
  const planned2027 = scenario({ asOf: '2026-11-25', years: { 2025: 'resident', 2026: 'none' }, payments: [residentPay('2026-11-30', [2027], 0, 'planned')] });

  it('a range of two days still ahead: all-day events on each, titled as one of two dates, never a firm date; the two days and every line in their text', async () => {
    const words = await wordsFor('en');
    const { f, wording } = words;
    const result = run(planned2027);
    const r = result.main.restoration;
    if (r.kind !== 'range') throw new Error(`expected a range, got ${r.kind}`);
    expect(r.earliest > result.asOf).toBe(true);
    const events = await eventsOf(planned2027, result, 'en');
    const restore = events.filter((e) => e.uid.startsWith('restore'));
    // The latest day too: a reminder on the earliest alone could send someone to hospital too soon (newcomer walks, 6 Dec 2026).
    expect(restore.map((e) => e.date)).toEqual([r.earliest, r.latest]);
    const [event, latest] = restore;
    // Two days (r.outcomes): "on X or Y", not "between", and not "earliest" and "latest possible", which would offer the days in between.
    expect(latest?.title).toBe('Possible restart of medical insurance reimbursement: one of two dates (depends on your region)');
    expect(latest?.description).toContain(`restarts on ${f.date(r.earliest)} or ${f.date(r.latest)}. This reminder is on the later of the two dates, not a confirmed one:`);
    expect(latest?.description).toContain('Ask your local medical insurance office which date applies to you.');
    expect(event?.date).toBe(r.earliest);
    expect(event?.title).toBe('Possible restart of medical insurance reimbursement: one of two dates (depends on your region)');
    expect(event?.description).toContain(`restarts on ${f.date(r.earliest)} or ${f.date(r.latest)}. This reminder is on the earlier of the two dates`);
    expect(event?.description).toContain('not a confirmed one');
    const { lines, others } = rangeLines(r);
    for (const line of lines) expect(event?.description).toContain(wording.lineText(line));
    if (others) expect(event?.description).toContain(wording.othersText(others));
    expect(event?.description).toContain('Ask your local medical insurance office which date applies to you.');
    const ics = buildIcs(events, result.asOf);
    expect(ics).toContain(`DTSTART;VALUE=DATE:${r.earliest.replace(/-/g, '')}`);
    expect(ics).toContain(`DTSTART;VALUE=DATE:${r.latest.replace(/-/g, '')}`);
    expect(ics.match(/SUMMARY:Possible restart of medical/g)).toHaveLength(2);
    expect(ics).not.toMatch(/Earliest possible|Latest possible/);
  });

  it('a range of two days still ahead, in Chinese: the same, worded in Chinese', async () => {
    const [event, latest] = (await eventsOf(planned2027, run(planned2027), 'zh-CN')).filter((e) => e.uid.startsWith('restore'));
    expect(event?.title).toBe('医保报销可能恢复的两个日期之一（取决于当地规定）');
    expect(latest?.title).toBe('医保报销可能恢复的两个日期之一（取决于当地规定）');
    expect(event?.description).toContain('本提醒设在两个日期中较早的一个，并非确定的日期：');
    expect(latest?.description).toContain('本提醒设在两个日期中较晚的一个，并非确定的日期：');
    expect(event?.description).toContain('请向当地医保经办机构咨询适用于您的日期。');
  });

  it('W34, a range whose earliest day has passed: the event moves to the next possible day still ahead and says reimbursement may already have restarted', async () => {
    const s = payer2026('2026-01-20');
    const result = run(s);
    const r = result.main.restoration;
    if (r.kind !== 'range') throw new Error(`expected a range, got ${r.kind}`);
    expect(r.earliest < result.asOf).toBe(true);
    const ahead = r.outcomes.flatMap((o) => (o.restoration.kind === 'noCover' ? [] : [o.restoration.date])).filter((d) => d >= result.asOf).sort()[0];
    const restore = (await eventsOf(s, result, 'en')).filter((e) => e.uid.startsWith('restore'));
    // The next day still ahead, then the latest (where later).
    expect(restore.map((e) => e.date)).toEqual(ahead === r.latest ? [ahead] : [ahead, r.latest]);
    expect(restore[0]?.title).toBe('Next possible restart of medical insurance reimbursement (depends on your region)');
    expect(restore[0]?.description).toContain('under some of those rules it has already restarted');
  });

  it('W34 planned for that day: the earliest day is behind, but nothing has restarted before the money is paid: said as back-dated (both languages)', async () => {
    const s = scenario({ asOf: '2026-01-20', years: { 2025: 'resident' }, payments: [residentPay('2026-01-20', [2026], 0, 'planned')] });
    const result = run(s);
    const r = result.main.restoration;
    if (r.kind !== 'range') throw new Error(`expected a range, got ${r.kind}`);
    expect(r.earliest < result.asOf).toBe(true);
    const [en] = (await eventsOf(s, result, 'en')).filter((e) => e.uid.startsWith('restore'));
    expect(en?.description).toContain("under some of those rules it would restart on a day already past, backdated once you pay");
    expect(en?.description).not.toContain('already restarted');
    const [zh] = (await eventsOf(s, result, 'zh-CN')).filter((e) => e.uid.startsWith('restore'));
    expect(zh?.description).toContain('缴费后将从已经过去的某一天起追溯恢复');
  });

  it('the same where an employer pays (the employee scheme): "backdated once the contributions are paid", not "once you pay" (both languages)', async () => {
    // Employee cover to October 2026, November back-paid with the new employer's first contribution
    // expected on 15 December, seen on 7 December: 1 December in some regions, already behind.
    const s = scenario({ asOf: '2026-12-07', employeePeriods: [{ from: '2023-01', to: '2026-10', paidBy: 'employer' }], payments: [employeePay('2026-12-15', true, 'employee', 'planned')] });
    const result = run(s);
    const r = result.main.restoration;
    if (r.kind !== 'range') throw new Error(`expected a range, got ${r.kind}`);
    expect(r.earliest < result.asOf).toBe(true);
    const [en] = (await eventsOf(s, result, 'en')).filter((e) => e.uid.startsWith('restore'));
    expect(en?.description).toContain('under some of those rules it would restart on a day already past, backdated once the contributions are paid.');
    expect(en?.description).not.toContain('you pay');
    const [zh] = (await eventsOf(s, result, 'zh-CN')).filter((e) => e.uid.startsWith('restore'));
    expect(zh?.description).toContain('按其中部分规定，费用缴纳后将从已经过去的某一天起追溯恢复');
  });

  it('a firm date: one event on that day', async () => {
    const s = payer2026('2026-03-10', 'hunan');
    const result = run(s);
    const r = result.main.restoration;
    if (r.kind !== 'date') throw new Error(`expected a date, got ${r.kind}`);
    const restore = (await eventsOf(s, result, 'en')).filter((e) => e.uid.startsWith('restore'));
    expect(restore.map((e) => [e.date, e.title])).toEqual([[r.date, 'Medical insurance reimbursement restarts']]);
  });

  it('no cover this year: no restart event at all', async () => {
    const s = payer2026('2026-03-05', 'gansu');
    const result = run(s);
    expect(result.main.restoration.kind).toBe('noCover');
    expect((await eventsOf(s, result, 'en')).some((e) => e.uid.startsWith('restore'))).toBe(false);
  });
});

describe('region names under a range line', () => {
  it('names each region once, even where two codes name it (a province with two sources)', async () => {
    const i18n = createI18n({ language: 'en', allTexts: true });
    await i18n.changeLanguage('en');
    const f = makeFormatters('en', i18n.t);
    const names = { 'CN-SD': { 'zh-CN': '山东', en: 'Shandong' }, 'CN-SD-2': { 'zh-CN': '山东', en: 'Shandong' }, 'CN-JS': { 'zh-CN': '江苏', en: 'Jiangsu' } };
    const wording = makeRangeWording(i18n.t, i18n, f, names);
    expect(wording.regions(['CN-JS', 'CN-SD', 'CN-SD-2'])).toBe(' (regions: Jiangsu, Shandong)');
  });

  it('one region is "region", and a list whose names hold commas keeps its tail apart with a semicolon too', async () => {
    const i18n = createI18n({ language: 'en', allTexts: true });
    await i18n.changeLanguage('en');
    const f = makeFormatters('en', i18n.t);
    const en = (zh: string, name: string) => ({ 'zh-CN': zh, en: name });
    const names = { JX: en('江西', 'Jiangxi'), YN: en('云南', 'Yunnan'), BJ: en('北京', 'Beijing'), JL: en('吉林', 'Jilin'), HB: en('湖北', 'Hubei'), GZ: en('广东·广州', 'Guangzhou, Guangdong'), HN: en('湖南', 'Hunan'), SC: en('四川', 'Sichuan') };
    const wording = makeRangeWording(i18n.t, i18n, f, names);
    expect(wording.regions(['JX'])).toBe(' (region: Jiangxi)');
    expect(wording.regions(['YN', 'BJ', 'JL', 'HB', 'GZ', 'HN', 'SC'])).toBe(' (regions: Yunnan; Beijing; Jilin; Hubei; Guangzhou, Guangdong; and 2 more)');
    expect(wording.regions(['YN', 'BJ', 'JL', 'HB', 'HN', 'SC', 'JX'])).toBe(' (regions: Yunnan, Beijing, Jilin, Hubei, Hunan and 2 more)');
    // "and 1 more" would hide a name in as much room as it takes: six are named.
    expect(wording.regions(['YN', 'BJ', 'JL', 'HB', 'HN', 'SC'])).toBe(' (regions: Yunnan, Beijing, Jilin, Hubei, Hunan, Sichuan)');
    const zh = createI18n({ language: 'zh-CN', allTexts: true });
    await zh.changeLanguage('zh-CN');
    const zhWording = makeRangeWording(zh.t, zh, makeFormatters('zh-CN', zh.t), names);
    expect(zhWording.regions(['JX'])).toBe('（适用地区：江西）');
    expect(zhWording.regions(['YN', 'BJ', 'JL', 'HB', 'GZ', 'HN', 'SC'])).toBe('（适用地区：云南、北京、吉林、湖北、广东·广州及其他2个地区）');
  });
});

describe('conditions with alternatives', () => {
  it('what every alternative shares is said once, then "one of these holds", in both languages', async () => {
    const clause = (param: string, answer: string) => ({ param, year: 2026, answers: [answer] }) as never;
    const ways = [
      [clause('resident.lateEnrolmentUntil', 'open'), clause('resident.dateConvention', 'sameDay')],
      [clause('resident.lateEnrolmentUntil', 'open'), clause('resident.waitUnit', 'months')],
    ];
    const en = (await wordsFor('en')).wording.conditions(ways);
    expect(en).toMatch(/^if your region still accepted payments for 2026 on the day you paid, and one of these holds: .+; or .+$/);
    expect(en.match(/accepted payments for 2026/g)).toHaveLength(1);
    const zh = (await wordsFor('zh-CN')).wording.conditions(ways);
    expect(zh).toMatch(/^如果您缴费时当地仍办理2026年度参保缴费，并且符合以下情形之一：.+；或者.+$/);
  });

  it('three alternatives with nothing in common are each set apart by "; or if", never by a comma (their own clauses hold commas)', async () => {
    const clause = (param: string, answer: string) => ({ param, year: 2026, answers: [answer] }) as never;
    const ways = [
      [clause('resident.lateEnrolmentUntil', 'open'), clause('resident.dateConvention', 'sameDay')],
      [clause('resident.lateEnrolmentUntil', 'closed'), clause('resident.waitUnit', 'months')],
      [clause('resident.waitUnit', 'days'), clause('resident.dateConvention', 'nextDay')],
    ];
    const en = (await wordsFor('en')).wording.conditions(ways);
    expect(en.split('; or if ')).toHaveLength(3);
    expect(en).toMatch(/^if your region still accepted payments for 2026 on the day you paid and [^;]+; or if your region no longer accepted [^;]+; or if the wait is counted in days[^;]+$/);
    const zh = (await wordsFor('zh-CN')).wording.conditions(ways);
    expect(zh.split('；或者')).toHaveLength(3);
  });

  it('too many to list read as the rules they depend on, each named in words with its years, in both languages', async () => {
    const line = {
      restoration: { kind: 'date' as const, date: '2027-01-01' },
      alternatives: [],
      regions: [],
      readRegions: [],
      dependsOn: [
        { param: 'resident.lateEnrolmentUntil' as const, years: [2026] },
        { param: 'resident.dateConvention' as const, years: [2026, 2027] },
      ],
      incomplete: false,
    };
    const en = (await wordsFor('en')).wording.lineText(line);
    expect(en).toBe('January 1, 2027 — depends on these rules of your region: the last day a late payment for the year is accepted (for 2026); how the first covered day is counted (for 2026, 2027)');
    const zh = (await wordsFor('zh-CN')).wording.lineText(line);
    expect(zh).toBe('2027年1月1日：取决于当地的当年度参保缴费的最后期限（2026年度）、待遇起始日的计算方法（2026、2027年度）');
  });

  it('where the engine kept only some of the ways to an outcome, the rules are named "among others"', async () => {
    const line = { restoration: { kind: 'date' as const, date: '2027-01-01' }, alternatives: [], regions: [], readRegions: [], dependsOn: [{ param: 'resident.dateConvention' as const, years: [2026] }], incomplete: true };
    expect((await wordsFor('en')).wording.lineText(line)).toBe('January 1, 2027 — depends on these rules of your region, among others: how the first covered day is counted (for 2026)');
    expect((await wordsFor('zh-CN')).wording.lineText(line)).toBe('2027年1月1日：取决于当地的待遇起始日的计算方法（2026年度）等规定');
  });

  it('rules without a name of their own are named once, with all their years', async () => {
    const line = {
      restoration: { kind: 'date' as const, date: '2027-01-01' },
      alternatives: [],
      regions: [],
      readRegions: [],
      dependsOn: [
        { param: 'resident.notARule' as never, years: [2027] },
        { param: 'resident.dateConvention' as const, years: [2026] },
        { param: 'newborn.notARule' as never, years: [2026] },
      ],
      incomplete: false,
    };
    expect((await wordsFor('en')).wording.lineText(line)).toBe('January 1, 2027 — depends on these rules of your region: a rule your region sets (for 2026, 2027); how the first covered day is counted (for 2026)');
  });

  it('are joined in words in both languages, never shown as a text key', async () => {
    for (const language of ['en', 'zh-CN'] as const) {
      const { wording } = await wordsFor(language);
      const clause = (year: number) => ({ param: 'resident.enrolmentWindow', answers: [{ kind: 'windowOpen', open: false }], year }) as never;
      const text = wording.conditions([[clause(2025)], [clause(2026)]]);
      expect(text).not.toMatch(/regional\.|join\./);
      expect(text).toMatch(language === 'en' ? /; or if / : /；或者/);
    }
  });
});
