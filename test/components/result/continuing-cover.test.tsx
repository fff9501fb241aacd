// Cover with no break: someone covered the year before, with no lapse and no wait (R2), is not
// told their reimbursement "restarted" (恢复): their cover continues from that date, in the
// headline, the timeline, the options and the calendar file (the `_continuing` texts, chosen as
// a newborn's `_first` ones are: first-cover.ts). Anyone with a lapse keeps "restarts".
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { calculate } from '../../../src/calc';
import { coverContext } from '../../../src/features/result/first-cover';
import { noBreakUntil } from '../../../src/features/result/no-break';
import { lateIn2026ThenPlanned } from '../../fixtures/national-ranges';
import { chainFor } from '../../fixtures/packs';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { calendarFile, renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});


/** W20 北京: covered 2025, 2026 paid on 10 Feb 2026 in the window. */
const w20 = scenario({ asOf: '2026-02-10', region: 'beijing', years: { 2025: 'resident' }, payments: [residentPay('2026-02-10', [2026])] });
/** 北京, covered 2023–2026, plans to pay 2027 on 10 Feb 2027: 北京 has no 2027 window yet, so a range. */
const beijing2027 = scenario({ asOf: '2026-11-25', region: 'beijing', years: { 2023: 'resident', 2024: 'resident', 2025: 'resident', 2026: 'resident' }, payments: [residentPay('2027-02-10', [2027], 0, 'planned')] });

describe('cover that continues', () => {
  it('W20 北京, in Chinese: 连续享受, not 恢复, in the headline and the timeline', async () => {
    await renderResultScreen(w20, { language: 'zh-CN', today: '2026-02-10' });
    expect(await screen.findByTestId('headline')).toHaveTextContent(/^您的医保待遇没有中断：这笔缴费自2026年1月1日起为您提供保障。$/);
    const drawing = screen.getByRole('img', { name: /^时间线/ });
    expect(drawing.getAttribute('aria-label')).toContain('医保待遇没有中断，这笔缴费自2026年1月1日起提供保障');
    const table = screen.getByRole('table', { name: '时间线（表格）' });
    // The cover from 1 January is one row, 享受医保待遇 (cover that continues), not that and a marker row 医保待遇连续享受 on the same day.
    expect(within(table).getByRole('rowheader', { name: '享受医保待遇' }).parentElement).toHaveTextContent(/^享受医保待遇2026年1月1日2026年12月31日$/);
    expect(within(table).getAllByRole('row').filter((row) => row.textContent?.includes('2026年1月1日'))).toHaveLength(1);
    expect(table.textContent).not.toContain('恢复');
  });

  it('厦门, a continuous university entrant (W29): 连续享受 from 1 Sep 2025', async () => {
    const w29 = scenario({ asOf: '2025-11-15', region: 'fujian-xiamen', years: { 2025: 'resident' }, payments: [residentPay('2025-11-15', [2026])], circumstances: { universityEntrant: true } });
    await renderResultScreen(w29, { language: 'zh-CN', today: '2025-11-15' });
    expect(await screen.findByTestId('headline')).toHaveTextContent(/^您的医保待遇没有中断：这笔缴费自2025年9月1日起为您提供保障。$/);
  });

  it('成都, a new university student covered at home all year, 2027 paid at university on 10 Oct 2026: no break whatever the region, in both languages; the timeline draws 2026 as covered, not "depends on your region"', async () => {
    // Covered to 31 Dec 2026 by the 2026 premium paid at home; the university's cover runs from 1 Sep 2026 (R12), the payment date, or 1 Jan 2027, by region.
    const student = scenario({ asOf: '2026-12-06', region: 'sichuan-chengdu', years: { 2025: 'resident', 2026: 'resident' }, payments: [residentPay('2026-10-10', [2027])], circumstances: { universityEntrant: true } });
    const outcome = calculate(student, chainFor('sichuan-chengdu'));
    if (!outcome.ok) throw new Error('invalid');
    expect(outcome.result.main.restoration).toMatchObject({ kind: 'range', earliest: '2026-09-01', latest: '2027-01-01' });
    expect(noBreakUntil(outcome.result)).toBe('2026-12-31');
    await renderResultScreen(student, { today: '2026-12-06' });
    expect(await screen.findByTestId('headline')).toHaveTextContent(
      /^Your cover continues without a break, whatever your region's rules: your existing cover runs to December 31, 2026, and this payment covers you from January 1, 2027 at the latest\.$/,
    );
    expect(screen.getByRole('img', { name: /^Timeline/ }).getAttribute('aria-label')).toContain('your existing cover runs to December 31, 2026');
    const table = screen.getByRole('table', { name: 'The timeline as a table' });
    const rows = within(table).getAllByRole('row').map((row) => row.textContent);
    expect(rows).toContain('Covered (resident scheme)January 1, 2026December 31, 2026');
    expect(table.textContent).not.toContain('Depends on your region');
    cleanup();
    await renderResultScreen(student, { language: 'zh-CN', today: '2026-12-06' });
    expect(await screen.findByTestId('headline')).toHaveTextContent(/^无论当地规定如何，您的医保待遇都不会中断：您原有的医保待遇可享受至2026年12月31日，这笔缴费最晚自2027年1月1日起为您提供保障。$/);
  });

  it('planned, and where the range starts after the earlier cover ends, no "without a break" is claimed', async () => {
    const planned = scenario({ asOf: '2026-09-20', region: 'sichuan-chengdu', years: { 2025: 'resident', 2026: 'resident' }, payments: [residentPay('2026-10-10', [2027], 0, 'planned')], circumstances: { universityEntrant: true } });
    await renderResultScreen(planned, { today: '2026-09-20' });
    expect(await screen.findByTestId('headline')).toHaveTextContent(/^Once you pay, your cover continues without a break, whatever your region's rules: your existing cover runs to December 31, 2026, and this payment covers you from January 1, 2027 at the latest\.$/);
    expect(screen.getByRole('img', { name: /^Timeline/ }).getAttribute('aria-label')).toContain("once you pay, your cover continues without a break whatever your region's rules");
    // Paid on 20 Jan 2027 under the national rules: the dates run from 1 Sep 2026 to April 2027, past
    // the end of the 2026 cover, so the region's date decides whether there is a gap.
    const late = calculate(scenario({ asOf: '2027-01-20', years: { 2025: 'resident', 2026: 'resident' }, payments: [residentPay('2027-01-20', [2027])], circumstances: { universityEntrant: true } }), chainFor('national'));
    if (!late.ok) throw new Error('invalid');
    expect(late.result.main.restoration).toMatchObject({ kind: 'range', earliest: '2026-09-01' });
    expect((late.result.main.restoration as { latest: string }).latest > '2027-01-01').toBe(true);
    expect(noBreakUntil(late.result)).toBeNull();
    // 北京, 2027 to be paid in February: the earliest date (1 Jan 2027) is after the 2026 cover ends, so the region's date decides whether there is a gap.
    const outcome = calculate(beijing2027, chainFor('beijing'));
    if (!outcome.ok) throw new Error('invalid');
    expect(outcome.result.main.restoration.kind).toBe('range');
    expect(noBreakUntil(outcome.result)).toBeNull();
  });

  it('成都, in English: "Your cover has continued without a break: this payment has covered you since January 1, 2026" (not "since" as if uncovered before)', async () => {
    const chengdu = scenario({ asOf: '2026-02-10', region: 'sichuan-chengdu', years: { 2025: 'resident' }, payments: [residentPay('2026-01-10', [2026])] });
    await renderResultScreen(chengdu, { today: '2026-02-10' });
    const headline = await screen.findByTestId('headline');
    expect(headline).toHaveTextContent(/^Your cover has continued without a break: this payment has covered you since January 1, 2026\.$/);
    expect(headline).not.toHaveTextContent(/restart/);
  });

  it('北京, 2027 planned (a range): the headline, the options and the calendar file say when cover runs from, never "restart"', async () => {
    const { user } = await renderResultScreen(beijing2027, { today: '2026-11-25' });
    const headline = await screen.findByTestId('headline');
    // Paid on 10 Feb, within some regions' window: cover from 1 Jan there, counted once paid.
    expect(headline).toHaveTextContent(/^Your cover starts on a day between January 1, 2027 and May 12, 2027, depending on your region's rules\. Dates before the day you pay \(February 10, 2027\) are backdated: once you pay, cover counts from them\.$/);
    const options = screen.getByRole('list', { name: 'Options and when your cover runs from under each' });
    expect(within(options).getAllByText('Cover from').length).toBeGreaterThan(0);
    const ics = (await calendarFile(user)).replace(/\r\n /g, '');
    expect(ics).toContain('SUMMARY:Earliest possible start of your medical insurance cover (depends on your region)');
    expect(ics).not.toMatch(/restart/);
  });

  it('a lapse keeps "restarts" (W21-like: 北京, 2025 not covered, 2026 paid in the window)', () => {
    const lapsed = scenario({ asOf: '2026-02-10', region: 'beijing', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-02-10', [2026])] });
    const outcome = calculate(lapsed, chainFor('beijing'));
    if (!outcome.ok) throw new Error('invalid');
    expect(coverContext(lapsed, outcome.result)).toBeUndefined();
    const w20Outcome = calculate(w20, chainFor('beijing'));
    if (!w20Outcome.ok) throw new Error('invalid');
    expect(coverContext(w20, w20Outcome.result)).toBe('continuing');
  });

  it('national rules, 2025 not covered, 2026 paid late, 2027 planned: where the region took 2026, cover goes on into 2027; the headline says when cover runs from, not "restarts"', async () => {
    // 阜新, 呼和浩特, ...: 2026 taken, no lapse before 2027, cover from 1 Jan 2027. Elsewhere 2025-2026 lapsed: restarts up to 1 Jun 2027.
    const outcome = calculate(lateIn2026ThenPlanned, chainFor('national'));
    if (!outcome.ok) throw new Error('invalid');
    expect(outcome.result.main.lapseRange).toMatchObject({ min: 0, max: 2 });
    expect(coverContext(lateIn2026ThenPlanned, outcome.result)).toBe('continuing');
    await renderResultScreen(lateIn2026ThenPlanned, { today: '2026-12-01' });
    const headline = await screen.findByTestId('headline');
    expect(headline).toHaveTextContent(/^Your cover starts on a day between January 1, 2027 and June 1, 2027, depending on your region's rules\./);
    expect(headline).not.toHaveTextContent(/restart/);
  });

  it('the same in Chinese: 享受, not 恢复, in the sentence', async () => {
    await renderResultScreen(lateIn2026ThenPlanned, { language: 'zh-CN', today: '2026-12-01' });
    expect(await screen.findByTestId('headline')).toHaveTextContent(/^您的医保待遇将自2027年1月1日至2027年6月1日之间的某一天起享受，具体日期取决于当地规定。/);
  });

  it('湖北, a switch from the employee scheme: 2026 paid late (covered from December where taken), 2027 in the window: cover goes on where 2026 was taken, so not "restarts"', () => {
    const s = scenario({ asOf: '2026-12-05', region: 'hubei', years: { 2023: 'employee', 2024: 'employee', 2025: 'employee' }, employeePeriods: [{ from: '2023-01', to: '2026-03' }], payments: [residentPay('2026-09-10', [2026]), residentPay('2026-12-05', [2027], 0, 'planned')] });
    const outcome = calculate(s, chainFor('hubei'));
    if (!outcome.ok) throw new Error('invalid');
    // The run explained is the latest (2026 not taken), with no cover in 2026: the earlier payment's range says where it was.
    expect(outcome.result.enrolments[0]?.coveredYears).toEqual([]);
    expect(coverContext(s, outcome.result)).toBe('continuing');
  });

  it('where every region counts a lapse year the wait restarts cover: 2025 paid late, 2026 skipped, 2027 planned, under national rules', () => {
    const skipped = scenario({ asOf: '2026-12-01', region: 'national', years: { 2024: 'resident' }, payments: [residentPay('2025-03-10', [2025]), residentPay('2026-12-15', [2027], 0, 'planned')] });
    const outcome = calculate(skipped, chainFor('national'));
    if (!outcome.ok) throw new Error('invalid');
    expect(outcome.result.main.lapseRange === undefined || outcome.result.main.lapseRange.min > 0).toBe(true);
    expect(coverContext(skipped, outcome.result)).toBeUndefined();
  });

  it('a group exempt in some regions (released from prison), 2025 not covered: the exemption counts no lapse year, yet 2025 is a lapse everywhere, so cover restarts', async () => {
    const exempt = scenario({ asOf: '2026-02-01', region: 'national', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-02-10', [2026], 0, 'planned')], circumstances: { exemptGroup: { group: 'releasedPrisoner' } } });
    const outcome = calculate(exempt, chainFor('national'));
    if (!outcome.ok) throw new Error('invalid');
    // Some run (the exemption) counts no lapse year: the count alone does not make the cover go on.
    expect(outcome.result.main.lapseRange?.min).toBe(0);
    expect(coverContext(exempt, outcome.result)).toBeUndefined();
    await renderResultScreen(exempt, { today: '2026-02-01' });
    expect(await screen.findByTestId('headline')).toHaveTextContent(/restart/);
  });

  it('W21 北京, covered 2025, 2026 paid on 10 Mar 2026 after the window: cover restarts (a gap from January in every region)', async () => {
    const w21 = scenario({ asOf: '2026-03-10', region: 'beijing', years: { 2025: 'resident' }, payments: [residentPay('2026-03-10', [2026])] });
    const outcome = calculate(w21, chainFor('beijing'));
    if (!outcome.ok) throw new Error('invalid');
    expect(coverContext(w21, outcome.result)).toBeUndefined();
    await renderResultScreen(w21, { today: '2026-03-10' });
    const headline = await screen.findByTestId('headline');
    expect(headline).toHaveTextContent(/restart/);
    expect(headline).not.toHaveTextContent(/Your cover (runs|has run) from/);
  });
});

describe('an option that leaves continuing cover as it is', () => {
  // 青岛, covered 2025 and 2026, plans 2027 on 5 Nov 2026 (seen on 20 Oct 2026): paying today changes nothing.
  const qingdao = scenario({ asOf: '2026-10-20', region: 'shandong-qingdao', years: { 2025: 'resident', 2026: 'resident' }, payments: [residentPay('2026-11-05', [2027], 0, 'planned')] });

  it('in English: "your cover continues from the same date", never "restarts"', async () => {
    await renderResultScreen(qingdao, { today: '2026-10-20' });
    await screen.findByTestId('headline');
    expect(screen.getByText('Your cover continues from the same date as under your own plan: paying on this day does not change it.')).toBeInTheDocument();
    expect(screen.queryByText(/restarts on the same date/)).toBeNull();
  });

  it('in Chinese: 连续享受, not 恢复', async () => {
    await renderResultScreen(qingdao, { language: 'zh-CN', today: '2026-10-20' });
    await screen.findByTestId('headline');
    expect(screen.getByText('与按原计划缴费一样，医保待遇自同一日期起连续享受，这样缴费不会改变日期。')).toBeInTheDocument();
  });
});

describe('employee-scheme cover with no month between (E4: a gap of 0 months)', () => {
  const employeePay = (date: string, status: 'made' | 'planned') => ({ scheme: 'flexible' as const, date, backPay: false, status });

  it('a switch from the resident scheme after two years, no gap: "Your cover continues without a break", never "restarts"', async () => {
    const s = scenario({ asOf: '2026-01-15', years: { 2024: 'resident', 2025: 'resident' }, payments: [employeePay('2026-01-15', 'planned')] });
    await renderResultScreen(s, { today: '2026-01-15' });
    const headline = await screen.findByTestId('headline');
    expect(headline).toHaveTextContent(/^Once you pay, your cover continues without a break: this payment covers you from January 1, 2026\./);
    expect(headline).not.toHaveTextContent(/restart/);
  });

  it('without two years the region decides (E2): a range from 1 Jan, said as when cover starts, in Chinese too', async () => {
    const s = scenario({ asOf: '2026-01-15', years: { 2025: 'resident' }, payments: [employeePay('2026-01-15', 'made')] });
    await renderResultScreen(s, { language: 'zh-CN', today: '2026-01-15' });
    const headline = await screen.findByTestId('headline');
    expect(headline).toHaveTextContent(/^根据当地规定，您的医保待遇已经开始享受（最早自2026年1月1日起），或最晚将自2026年7月1日起享受。/);
    expect(headline).not.toHaveTextContent(/恢复/);
  });

  it('the gap read is the last payment\'s: a first payment with no gap, then one after 4 months, is no continuing cover', () => {
    const s = scenario({ asOf: '2026-06-15', years: { 2024: 'resident', 2025: 'resident' }, payments: [employeePay('2026-01-15', 'made'), employeePay('2026-06-15', 'planned')] });
    const outcome = calculate(s, chainFor('national'));
    if (!outcome.ok) throw new Error('invalid');
    expect(outcome.result.trace.filter((t) => t.rule === 'E4').map((t) => t.params.gapMonths)).toEqual([0, 4]);
    expect(coverContext(s, outcome.result)).toBeUndefined();
  });

  it('a gap of 1 month keeps "restarts" (cover from 1 Feb at the earliest: January had none)', () => {
    const s = scenario({ asOf: '2026-02-15', years: { 2025: 'resident' }, payments: [employeePay('2026-02-15', 'made')] });
    const outcome = calculate(s, chainFor('national'));
    if (!outcome.ok) throw new Error('invalid');
    expect(coverContext(s, outcome.result)).toBeUndefined();
  });
});
