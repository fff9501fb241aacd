// A newborn's first enrolment: nothing was covered before, so the headline says reimbursement
// starts (开始), not that it restarts (恢复), and so do the timeline's summary and table and the
// calendar file. Anyone who may have been covered before keeps "restarts".
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isFirstCover, isFirstEmployeeEnrolment } from '../../../src/features/result/first-cover';
import { employeePay, residentPay, scenario } from '../../fixtures/scenarios';
import { calendarFile, renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});


/** Born 1 Jul 2026, 2026 planned on 20 Nov 2026 (after the newborn period): a range under the national rules. */
const newborn = (region: string) => scenario({ asOf: '2026-11-20', region, payments: [residentPay('2026-11-20', [2026], 0, 'planned')], circumstances: { birthDate: '2026-07-01' } });

describe('a newborn’s first cover starts, it does not restart', () => {
  it('in English, under a range', async () => {
    await renderResultScreen(newborn('national'), { today: '2026-11-20' });
    const text = (await screen.findByTestId('headline')).textContent ?? '';
    expect(text).toMatch(/^Your child's reimbursement starts between /);
    expect(text).not.toContain('restart');
  });

  it('in Chinese, one date (福建: paid within the 90 days, covered from birth)', async () => {
    await renderResultScreen(scenario({ asOf: '2026-09-01', region: 'fujian', payments: [residentPay('2026-09-01', [2026], 0, 'planned')], circumstances: { birthDate: '2026-07-01' } }), { language: 'zh-CN', today: '2026-09-01' });
    const text = (await screen.findByTestId('headline')).textContent ?? '';
    expect(text).toMatch(/^缴费后，孩子即可享受医保报销/);
    expect(text).not.toMatch(/恢复/);
  });

  it('the timeline and the calendar file say "starts" too, in English', async () => {
    const { user } = await renderResultScreen(newborn('national'), { today: '2026-11-20' });
    const drawing = await screen.findByRole('img', { name: /^Timeline from / });
    expect(drawing.getAttribute('aria-label')).toMatch(/reimbursement starts between /);
    const table = screen.getByRole('table', { name: 'The timeline as a table' });
    expect(within(table).getByRole('rowheader', { name: 'Earliest possible start' })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: 'Latest possible start' })).toBeInTheDocument();
    expect(table.textContent).not.toMatch(/restart|again/i);
    const ics = await calendarFile(user);
    expect(ics).toContain('SUMMARY:Earliest possible start of medical insurance reimbursement');
    expect(ics.replace(/\r\n /g, '')).toContain('reimbursement starts between');
    expect(ics).not.toMatch(/restart/);
  });

  it('the timeline and the calendar file say 开始 too, in Chinese (福建: one date)', async () => {
    const { user } = await renderResultScreen(scenario({ asOf: '2026-09-01', region: 'fujian', payments: [residentPay('2026-09-01', [2026], 0, 'planned')], circumstances: { birthDate: '2026-07-01' } }), { language: 'zh-CN', today: '2026-09-01' });
    const drawing = await screen.findByRole('img', { name: /^时间线：/ });
    expect(drawing.getAttribute('aria-label')).toMatch(/开始/);
    expect(drawing.getAttribute('aria-label')).not.toMatch(/恢复/);
    const table = screen.getByRole('table', { name: '时间线（表格）' });
    expect(table.textContent).not.toMatch(/恢复/);
    const ics = await calendarFile(user);
    // Covered from birth, a date already past: the file holds the planned payment, which says when reimbursement starts.
    expect(ics.replace(/\r?\n /g, '')).toContain('如推迟缴费，医保报销开始的日期可能随之推迟');
    expect(ics).not.toMatch(/恢复/);
  });

  it('the options say when reimbursement starts, in both languages (their list, its labels)', async () => {
    await renderResultScreen(newborn('national'), { today: '2026-11-20' });
    const en = await screen.findByRole('list', { name: 'Options and when reimbursement starts under each' });
    expect(en.textContent).toMatch(/Reimbursement (starts|would start)/);
    expect(en.textContent).not.toMatch(/restart/i);
  });

  it('in Chinese the options and the wait say 开始, never 恢复', async () => {
    await renderResultScreen(newborn('national'), { language: 'zh-CN', today: '2026-11-20' });
    const zh = await screen.findByRole('list', { name: '各种做法及医保报销开始日期' });
    expect(zh.textContent).toMatch(/医保报销(将|可)开始/);
    expect(zh.textContent).not.toMatch(/恢复/);
  });

  it('who counts: only a child born at most two years before the year paid, with no cover in the answers and one payment', () => {
    expect(isFirstCover(newborn('national'))).toBe(true);
    expect(isFirstCover({ ...newborn('national'), circumstances: { birthDate: '1990-05-01' } })).toBe(false);
    expect(isFirstCover(scenario({ asOf: '2026-11-20', years: { 2026: 'resident' }, payments: [residentPay('2026-11-20', [2027], 0, 'planned')], circumstances: { birthDate: '2026-01-03' } }))).toBe(false);
    expect(isFirstCover(scenario({ asOf: '2026-11-20', payments: [residentPay('2026-11-20', [2027], 0, 'planned')], circumstances: { birthDate: '2025-12-30' } }))).toBe(true);
  });
});

/** No cover ever before (the history step's "None: this is my first enrolment"); a flexible worker's first payment, planned for 20 Dec 2026. */
const firstFlexible = (region: string) => scenario({ asOf: '2026-12-04', region, payments: [employeePay('2026-12-20', false, 'flexible', 'planned')] });

describe('an adult’s first employee enrolment starts cover, it does not restart (E3)', () => {
  it('in English: the headline, timeline, options and calendar file say "starts", of "your" reimbursement', async () => {
    const { user } = await renderResultScreen(firstFlexible('national'), { today: '2026-12-04' });
    const text = (await screen.findByTestId('headline')).textContent ?? '';
    expect(text).toMatch(/Your reimbursement starts (on|between) /);
    expect(text).not.toMatch(/restart|child/i);
    const drawing = await screen.findByRole('img', { name: /^Timeline from / });
    expect(drawing.getAttribute('aria-label')).toMatch(/reimbursement starts /);
    const table = screen.getByRole('table', { name: 'The timeline as a table' });
    expect(table.textContent).not.toMatch(/restart|again/i);
    const options = await screen.findByRole('list', { name: 'Options and when reimbursement starts under each' });
    expect(options.textContent).not.toMatch(/restart|child/i);
    const ics = (await calendarFile(user)).replace(/\r\n /g, '');
    expect(ics).not.toMatch(/restart|child/i);
  });

  it('in Chinese: 您的医保报销…开始, never 恢复 or 孩子 (武汉, flexible worker)', async () => {
    const { user } = await renderResultScreen(firstFlexible('hubei-wuhan'), { language: 'zh-CN', today: '2026-12-04' });
    const text = (await screen.findByTestId('headline')).textContent ?? '';
    expect(text).toMatch(/您的医保报销将(于|在).*开始/);
    expect(text).not.toMatch(/恢复|孩子/);
    const table = await screen.findByRole('table', { name: '时间线（表格）' });
    expect(table.textContent).not.toMatch(/恢复/);
    const ics = (await calendarFile(user)).replace(/\r?\n /g, '');
    expect(ics).toContain('医保报销开始的日期可能随之推迟');
    expect(ics).not.toMatch(/恢复|孩子/);
  });

  it('under the national rules (a range), in Chinese: the lines speak of a first enrolment, not of a gap or of 恢复', async () => {
    await renderResultScreen(firstFlexible('national'), { language: 'zh-CN', today: '2026-12-04' });
    const headline = await screen.findByTestId('headline');
    expect(headline.textContent).toMatch(/^您的医保报销将在.*之间开始/);
    const lines = screen.getByRole('list', { name: '各地适用的日期' });
    expect(lines).toHaveTextContent('当地对首次参保设置6个月等待期');
    expect(lines).toHaveTextContent('当地对首次以灵活就业人员身份参保的人员设置6个月等待期');
    expect(lines.textContent).not.toMatch(/断保超过|单位缴费停止后|恢复医保报销/);
  });

  it('under the national rules, in English: "after a first enrolment", never "after a gap of more than 3 months"', async () => {
    await renderResultScreen(firstFlexible('national'), { today: '2026-12-04' });
    await screen.findByTestId('headline');
    const lines = screen.getByRole('list', { name: 'Which date applies where' });
    expect(lines).toHaveTextContent('your region has no waiting period for a first enrolment');
    expect(lines.textContent).not.toMatch(/gap of more than|employer stopped|restart/);
  });

  it('who counts: an employee or flexible payment with no cover at all before it, and one payment', () => {
    expect(isFirstEmployeeEnrolment(firstFlexible('national'))).toBe(true);
    expect(isFirstEmployeeEnrolment(scenario({ asOf: '2026-12-04', payments: [employeePay('2026-12-20', false, 'employee', 'planned')] }))).toBe(true);
    expect(isFirstEmployeeEnrolment(scenario({ asOf: '2026-12-04', employeePeriods: [{ from: '2024-01', to: '2026-06', paidBy: 'employer' }], payments: [employeePay('2026-12-20', false, 'flexible', 'planned')] }))).toBe(false);
    expect(isFirstEmployeeEnrolment(scenario({ asOf: '2026-12-04', years: { 2026: 'resident' }, payments: [employeePay('2026-12-20', false, 'flexible', 'planned')] }))).toBe(false);
    expect(isFirstEmployeeEnrolment(scenario({ asOf: '2026-12-04', payments: [residentPay('2026-12-20', [2027], 0, 'planned')] }))).toBe(false);
  });
});

describe('the status line: "not yet enrolled" only until the first cover begins', () => {
  // 兵团, born 1 Jul 2025, 2025 paid on 15 Aug 2025 (covered from birth to 31 Dec 2025), nothing paid since.
  const coveredThenLapsed = scenario({ asOf: '2026-12-04', region: 'xinjiang-bingtuan', payments: [residentPay('2025-08-15', [2025])], circumstances: { birthDate: '2025-07-01' } });

  it('a baby covered for its birth year and not paid since has lapsed, in both languages', async () => {
    await renderResultScreen(coveredThenLapsed, { language: 'zh-CN', today: '2026-12-04' });
    expect(await screen.findByTestId('status')).toHaveTextContent('2026年12月4日的状态：未参保（断保）。');
  });

  it('in English too', async () => {
    await renderResultScreen(coveredThenLapsed, { today: '2026-12-04' });
    expect(await screen.findByTestId('status')).toHaveTextContent('Status on December 4, 2026: not covered, as your cover has lapsed.');
  });

  it('a baby whose first payment is still to be made is not yet enrolled', async () => {
    await renderResultScreen(newborn('national'), { today: '2026-11-20' });
    expect(await screen.findByTestId('status')).toHaveTextContent('Status on November 20, 2026: not yet enrolled, so not covered yet.');
  });
});
