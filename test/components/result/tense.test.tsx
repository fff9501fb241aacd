// Issue 12, point 3, in the options, the range lines and the timeline: every sentence is right for
// the day the result is for. A repair or back-pay option of a payment already made is a "what if"
// about that payment ("would have restarted" once its date is past); of a planned payment, a plan
// with its date. A restart before the as-of date is past for a payment made, and backdated for one
// still planned. The timeline's accessible name and table say "made" or "planned", "restarted" or
// "restarts", in both languages.
import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lateIn2026ThenPlanned, lateIn2027 } from '../../fixtures/national-ranges';
import { employeePay, residentPay, scenario } from '../../fixtures/scenarios';
import { AppProviders, createQueryClient } from '../../../src/app/app';
import { calculate } from '../../../src/calc';
import { Headline } from '../../../src/features/result/headline';
import { chainFor } from '../../fixtures/packs';
import { makeI18n, serveRules, renderResultScreen } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());


// 青岛: no cover in 2025 and 2026; 2027 paid on 20 Nov 2026 (in the window), so the wait of
// 4 months runs from 1 Jan 2027 and cover restarts on 1 May 2027 (1 Apr with one repair year).
const qingdao = (asOf: string, status: 'made' | 'planned') =>
  scenario({ asOf, region: 'shandong-qingdao', years: { 2025: 'none', 2026: 'none' }, payments: [residentPay('2026-11-20', [2027], 0, status)] });

// 武汉: employee cover to April 2026, May missed and back-paid with a payment planned for 25 June:
// cover from the payment month, 1 June 2026, before the as-of date 20 June. The employer pays
// (scheme 'employee'): "once the contributions are paid", not "once you pay" (payer-words.ts).
const wuhanPlan = scenario({ asOf: '2026-06-20', region: 'hubei-wuhan', employeePeriods: [{ from: '2023-01', to: '2026-04' }], payments: [employeePay('2026-06-25', true, 'employee', 'planned')] });

// National rules, 2025 without cover, 2026 paid in June: whether late payments are still accepted is regional.
const national = (date: string, asOf: string, status: 'made' | 'planned') =>
  scenario({ asOf, region: 'national', years: { 2025: 'none' }, payments: [residentPay(date, [2026], 0, status)] });

// A variant of a payment already made is told apart, for comparison only (its title one level down).
const optionCard = (name: string) => screen.getByRole('heading', { level: /already made\) had|已缴的费用中/.test(name) ? 4 : 3, name }).closest('li') as HTMLElement;
/** The label of the card's restoration and what it says, as [label, value]. */
function restorationOf(card: HTMLElement, label: string): [string, string] {
  const term = within(card).getByText(label, { selector: 'dt' });
  return [term.textContent ?? '', term.nextElementSibling?.textContent ?? ''];
}
/** The timeline table's rows as [what, from, until]. */
function tableRows(caption: string): string[][] {
  return within(screen.getByRole('table', { name: caption }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent ?? ''));
}

describe('options: made vs planned, past vs future', () => {
  it('a repair option of a payment already made, seen after its date: "would have restarted"', async () => {
    await renderResultScreen(qingdao('2027-06-01', 'made'));
    const card = optionCard('If your payment of November 20, 2026 (already made) had included 1 repair year');
    expect(restorationOf(card, 'Reimbursement would have restarted')).toEqual(['Reimbursement would have restarted', 'April 1, 2027']);
    expect(screen.queryByRole('heading', { name: /^Repair 1 year/ })).not.toBeInTheDocument();
  });

  it('the same made payment seen before the date: "would restart"', async () => {
    await renderResultScreen(qingdao('2026-11-25', 'made'));
    const card = optionCard('If your payment of November 20, 2026 (already made) had included 1 repair year');
    expect(restorationOf(card, 'Reimbursement would restart')).toEqual(['Reimbursement would restart', 'April 1, 2027']);
  });

  it('a planned payment: a plan with its date, told in the future', async () => {
    await renderResultScreen(qingdao('2026-11-15', 'planned'));
    const card = optionCard('Repair 1 year with the payment you plan on November 20, 2026');
    expect(restorationOf(card, 'Reimbursement restarts')).toEqual(['Reimbursement restarts', 'April 1, 2027']);
  });

  it('in Chinese: 已缴 as a "what if" (本可), 计划缴 as a plan (将)', async () => {
    await renderResultScreen(qingdao('2027-06-01', 'made'), { language: 'zh-CN' });
    const made = optionCard('如您2026年11月20日已缴的费用中含修复1年');
    expect(restorationOf(made, '医保报销本可恢复')).toEqual(['医保报销本可恢复', '2027年4月1日']);
  });

  it('in Chinese, planned', async () => {
    await renderResultScreen(qingdao('2026-11-15', 'planned'), { language: 'zh-CN' });
    const planned = optionCard('在计划缴费日（2026年11月20日）修复1年');
    expect(restorationOf(planned, '医保报销将恢复')).toEqual(['医保报销将恢复', '2027年4月1日']);
  });

  it('an employer-paid option backdated before the as-of date restarts once the contributions are paid', async () => {
    // 武汉, employee cover to April 2026, contributions planned for 10 July without May and June; paid on 20 May instead, no month is missed.
    await renderResultScreen(scenario({ asOf: '2026-05-20', region: 'hubei-wuhan', employeePeriods: [{ from: '2023-01', to: '2026-04' }], payments: [employeePay('2026-07-10', false, 'employee', 'planned')] }), { today: '2026-05-20' });
    await screen.findByTestId('headline');
    // An employee-scheme payment pays months: "pay today" names no benefit year; the employer pays, so the title does not tell the reader to.
    const card = optionCard('If the contributions are paid today (May 20, 2026)');
    expect(restorationOf(card, 'Reimbursement restarts once the contributions are paid, backdated to')).toEqual(['Reimbursement restarts once the contributions are paid, backdated to', 'May 1, 2026']);
  });

  it('a plan whose cover is backdated before the as-of date restarts once paid, not "since"', async () => {
    await renderResultScreen(wuhanPlan);
    expect(screen.getByTestId('headline')).toHaveTextContent('Once the contributions are paid, your reimbursement restarts, backdated to June 1, 2026.');
    expect(screen.getByTestId('headline')).not.toHaveTextContent(/covered again since/);
    // Contributions paid today, in the plan's own month, would give these same dates: the employer's, so no such card (employer-pay-today-no-gain.test.tsx).
    expect(screen.queryByRole('heading', { level: 3, name: /paid today/ })).toBeNull();
    expect(screen.getByRole('img', { name: /once the contributions are paid, reimbursement restarts, backdated to June 1, 2026\./ })).toBeInTheDocument();
    // One row for the restart and the cover it begins (the period's), not a second "Reimbursement restarts" row on the same day.
    expect(tableRows('The timeline as a table')).toContainEqual(['Covered again', 'June 1, 2026', 'ongoing']);
    expect(tableRows('The timeline as a table').map((r) => r[0])).not.toContain('Reimbursement restarts');
    expect(tableRows('The timeline as a table')).toContainEqual(['Contributions planned', 'June 25, 2026', '']);
  });

  it('the backdated plan in Chinese', async () => {
    await renderResultScreen(wuhanPlan, { language: 'zh-CN' });
    expect(screen.getByTestId('headline')).toHaveTextContent('费用缴纳后，您的医保报销将恢复，并追溯至2026年6月1日：自该日起发生的医疗费用，可按规定报销。');
    expect(screen.getByRole('img', { name: /；费用缴纳后医保报销将恢复，并追溯至2026年6月1日。/ })).toBeInTheDocument();
    expect(tableRows('时间线（表格）')).toContainEqual(['计划缴纳费用', '2026年6月25日', '']);
  });
});

describe('a plan: backdated only when cover starts before the day it is paid', () => {
  // 武汉, the same month missed and back-paid: cover from the payment month.
  const wuhanOn = (date: string, asOf: string) =>
    scenario({ asOf, region: 'hubei-wuhan', employeePeriods: [{ from: '2023-01', to: '2026-10' }], payments: [employeePay(date, true, 'employee', 'planned')] });

  it('paid on the 1st, today: the restart is that day, not "backdated" to it', async () => {
    await renderResultScreen(wuhanOn('2026-12-01', '2026-12-01'));
    expect(screen.getByTestId('headline')).toHaveTextContent('Your reimbursement restarts on December 1, 2026.');
    expect(screen.getByTestId('headline')).not.toHaveTextContent(/backdated/);
    expect(screen.getByRole('img', { name: /restarts on December 1, 2026/ })).toBeInTheDocument();
    // One month missed reads as that month, not "November 2026 to November 2026"; back-paid, it is no lapse.
    // The employer pays the employee scheme: the month is back-paid with its contributions, not "this payment" of the reader's.
    expect(screen.getByText('1 month to be back-paid with the contributions (November 2026)')).toBeInTheDocument();
  });

  it('paid on the 15th of a later month: backdated to the 1st of that month, though it is still ahead', async () => {
    await renderResultScreen(wuhanOn('2026-12-15', '2026-11-20'));
    expect(screen.getByTestId('headline')).toHaveTextContent('Once the contributions are paid, your reimbursement restarts, backdated to December 1, 2026.');
  });

  it('in Chinese: 恢复 on the day itself, 追溯 only before it', async () => {
    await renderResultScreen(wuhanOn('2026-12-01', '2026-12-01'), { language: 'zh-CN' });
    // The restart itself is not backdated; the back-paid month before it is covered too, and said so.
    expect(screen.getByTestId('headline')).not.toHaveTextContent('并追溯至');
    expect(screen.getByTestId('headline')).toHaveTextContent('您的医保报销将于2026年12月1日恢复。此前2026年11月1日至2026年11月30日的期间，费用缴纳后也享受待遇。');
    expect(screen.getByText('本次缴纳的费用补缴1个月（2026年11月）')).toBeInTheDocument();
  });
});

// The conditions are checked without their "if": a line of three or more clauses lists them under "if all of these apply:".
describe('range lines: the payment date as made or planned', () => {
  it('a planned payment: "on the day you plan to pay"', async () => {
    await renderResultScreen(national('2026-06-20', '2026-06-10', 'planned'));
    const lines = screen.getByRole('list', { name: 'Which date applies where' });
    expect(lines).toHaveTextContent('your region still accepts payments for 2026 on the day you plan to pay');
    expect(lines).toHaveTextContent('your region no longer accepts payments for 2026 on the day you plan to pay');
    expect(lines).not.toHaveTextContent('on the day you paid');
  });

  it('a payment made: "on the day you paid", in the past', async () => {
    await renderResultScreen(national('2026-06-05', '2026-06-10', 'made'));
    const lines = screen.getByRole('list', { name: 'Which date applies where' });
    expect(lines).toHaveTextContent('your region still accepted payments for 2026 on the day you paid');
    expect(lines).not.toHaveTextContent('plan to pay');
  });

  // An option pays on its own day (today, here, not the 20 June planned): its conditions say "on
  // that day" / 这一天, which its title names; "the day you plan to pay" read as the plan's day.
  const todayOptionLines = () => {
    const card = screen.getAllByRole('listitem').find((li) => li.querySelector('h3') && /June 10, 2026|2026年6月10日/.test(li.querySelector('h3')?.textContent ?? '') && li.querySelector('details')) as HTMLElement;
    // The outcome list (clauses of three or more are lists inside it).
    return within(card).getAllByRole('list')[0] as HTMLElement;
  };

  it('an option on another day: "on that day", not "on the day you plan to pay"', async () => {
    await renderResultScreen(national('2026-06-20', '2026-06-10', 'planned'));
    const lines = todayOptionLines();
    expect(lines).toHaveTextContent('your region still accepts payments for 2026 on that day');
    expect(lines).toHaveTextContent('your region no longer accepts payments for 2026 on that day');
    expect(lines).not.toHaveTextContent('plan to pay');
    // The plan's own lines keep its day.
    expect(screen.getByRole('list', { name: 'Which date applies where' })).toHaveTextContent('on the day you plan to pay');
  });

  it('in Chinese: an option\'s conditions say 这一天, not 您计划缴费时', async () => {
    await renderResultScreen(national('2026-06-20', '2026-06-10', 'planned'), { language: 'zh-CN' });
    const lines = todayOptionLines();
    expect(lines).toHaveTextContent('这一天当地仍办理2026年度参保缴费');
    expect(lines).not.toHaveTextContent('您计划缴费时');
  });

  it('in Chinese: 您计划缴费时 for a plan', async () => {
    await renderResultScreen(national('2026-06-20', '2026-06-10', 'planned'), { language: 'zh-CN' });
    expect(screen.getByRole('list', { name: '各地适用的日期' })).toHaveTextContent('您计划缴费时当地仍办理2026年度参保缴费');
  });

  // 2026 paid late (made), then 2027 planned in its window: whether 2026 was still accepted is
  // about the payment already made, even though the answer is about the planned one.
  const madeThenPlanned = lateIn2026ThenPlanned;

  it('a payment made before the planned one: its conditions stay about the payment made', async () => {
    await renderResultScreen(madeThenPlanned);
    const lines = screen.getByRole('list', { name: 'Which date applies where' });
    expect(lines).toHaveTextContent('your region still accepted payments for 2026 on the day you paid');
    expect(lines).toHaveTextContent('your region no longer accepted payments for 2026 on the day you paid');
    expect(lines).not.toHaveTextContent('payments for 2026 on the day you plan to pay');
  });

  it('a warning about the year the made payment paid reads as about that payment, in the past', async () => {
    await renderResultScreen(madeThenPlanned);
    const warnings = screen.getByRole('note', { name: 'Warnings' });
    // Named by its date: a later payment follows it (the warning's `later`).
    expect(warnings).toHaveTextContent(/When you paid on [A-Z][a-z]+ \d{1,2}, 2026, your region no longer accepted payments that buy cover for 2026: that payment brought no cover in 2026\./);
    expect(warnings).not.toHaveTextContent('Your region no longer accepts payments that buy cover for 2026');
  });

  it('the lapse the planned payment follows is a span where regions count the year paid late differently', async () => {
    await renderResultScreen(madeThenPlanned);
    expect(screen.getByText("Up to 2 years without cover (2025 and 2026): how many count depends on your region's rules")).toBeInTheDocument();
  });

  it('the same in Chinese: 您缴费时, not 您计划缴费时, for the year already paid', async () => {
    await renderResultScreen(madeThenPlanned, { language: 'zh-CN' });
    const lines = screen.getByRole('list', { name: '各地适用的日期' });
    expect(lines).toHaveTextContent('您缴费时当地仍办理2026年度参保缴费');
    expect(lines).not.toHaveTextContent('您计划缴费时当地仍办理2026年度');
  });
});

describe('repair years that shorten nothing, and the status where some regions give no cover', () => {
  it('a payment made: "none of it shortened your wait", in the past; the status is covered by the range’s last day, unless no cover, not "not covered"', async () => {
    await renderResultScreen(lateIn2027);
    expect(screen.getByText('Depending on your region, the following may apply. Your payment included 6 years of repair, but none of it shortened your wait: it bought nothing.')).toBeInTheDocument();
    expect(screen.queryByText(/only 0/)).toBeNull();
    // Every dated outcome began by 14 September 2027: covered by the last of them, with the no-cover exception.
    expect(screen.getByTestId('status')).toHaveTextContent(/^Status on September 14, 2027: covered, since September 9, 2027 at the latest\. But in some regions this payment brings no cover in 2027 \(see above\)\.$/);
  });

  it('a warning only some regions raise says so: late payments for 2027 closed "only in some regions"', async () => {
    await renderResultScreen(lateIn2027);
    const warnings = screen.getByRole('note', { name: 'Warnings' });
    expect(within(warnings).getAllByText(/^Depending on your region, the following may apply\. /).some((li) => li.textContent?.includes('2027'))).toBe(true);
  });

  it('in Chinese: 您这笔缴费含修复6年，但都没有缩短等待期', async () => {
    await renderResultScreen(lateIn2027, { language: 'zh-CN' });
    expect(screen.getByText('视当地规定，可能出现以下情况。您这笔缴费含修复6年，但都没有缩短等待期，这部分缴费没有作用。')).toBeInTheDocument();
    expect(screen.getByTestId('status')).not.toHaveTextContent('未参保');
  });
});

describe("the timeline's accessible name and table", () => {
  it('after the restart, for a payment made: "restarted", "Payment made"', async () => {
    await renderResultScreen(qingdao('2027-06-01', 'made'));
    expect(screen.getByRole('img', { name: /^Timeline from January 1, 2025 to December 31, 2027; reimbursement restarted on May 1, 2027\./ })).toBeInTheDocument();
    const rows = tableRows('The timeline as a table');
    expect(rows).toContainEqual(['Payment made', 'November 20, 2026', '']);
    // The restart is the start of its period's row: one row, not "Reimbursement restarted" beside it.
    expect(rows).toContainEqual(['Covered again', 'May 1, 2027', 'December 31, 2027']);
    expect(rows.map((r) => r[0])).not.toContain('Reimbursement restarts');
    expect(rows.map((r) => r[0])).not.toContain('Reimbursement restarted');
  });

  it('before the restart, for a payment planned: "restarts", "Payment planned"', async () => {
    await renderResultScreen(qingdao('2026-11-15', 'planned'));
    expect(screen.getByRole('img', { name: /^Timeline from January 1, 2025 to December 31, 2027; reimbursement restarts on May 1, 2027\./ })).toBeInTheDocument();
    const rows = tableRows('The timeline as a table');
    expect(rows).toContainEqual(['Payment planned', 'November 20, 2026', '']);
    expect(rows).toContainEqual(['Covered again', 'May 1, 2027', 'December 31, 2027']);
    expect(rows.filter((r) => r[1] === 'May 1, 2027')).toHaveLength(1);
  });

  it('in Chinese: 已于…恢复 and 已缴费 after; 将于…恢复 and 计划缴费 before', async () => {
    await renderResultScreen(qingdao('2027-06-01', 'made'), { language: 'zh-CN' });
    expect(screen.getByRole('img', { name: /医保报销已于2027年5月1日恢复。/ })).toBeInTheDocument();
    expect(tableRows('时间线（表格）')).toEqual(expect.arrayContaining([['已缴费', '2026年11月20日', ''], ['医保报销恢复', '2027年5月1日', '2027年12月31日']]));
    expect(tableRows('时间线（表格）').map((r) => r[0])).not.toContain('医保报销已恢复');
  });

  it('in Chinese, planned', async () => {
    await renderResultScreen(qingdao('2026-11-15', 'planned'), { language: 'zh-CN' });
    expect(screen.getByRole('img', { name: /医保报销将于2027年5月1日恢复。/ })).toBeInTheDocument();
    expect(tableRows('时间线（表格）')).toEqual(expect.arrayContaining([['计划缴费', '2026年11月20日', ''], ['医保报销恢复', '2027年5月1日', '2027年12月31日']]));
    expect(tableRows('时间线（表格）').map((r) => r[0])).not.toContain('医保报销将恢复');
  });
});

describe('the first step of "Why": the payment as made or planned', () => {
  /** The text of the "Why" list's first step. */
  const firstStep = (title: string) => within(screen.getByRole('region', { name: title })).getAllByRole('listitem')[0]?.textContent ?? '';

  it.each([
    // No region's 2027 window is known: the step rests on earlier years' windows, in the payment's tense.
    ['en', 'made', "You paid on November 20, 2026. The rules here include no region's 2027 enrolment window yet. If your region's window for 2027 is like those announced for earlier years, it had not ended by then"],
    ['en', 'planned', "You plan to pay on November 20, 2026. The rules here include no region's 2027 enrolment window yet. If your region's window for 2027 is like those announced for earlier years, it will not have ended by then"],
    ['zh-CN', 'made', '您已于2026年11月20日缴费。本计算器尚未收录任何地区2027年度的集中参保期。如当地2027年度的集中参保期与往年公布的相近，当时尚未截止'],
    ['zh-CN', 'planned', '您计划于2026年11月20日缴费。本计算器尚未收录任何地区2027年度的集中参保期。如当地2027年度的集中参保期与往年公布的相近，届时尚未截止'],
  ] as const)('%s, a payment %s', async (language, status, expected) => {
    await renderResultScreen(qingdao(status === 'made' ? '2026-11-25' : '2026-11-10', status), { language });
    expect(firstStep(language === 'en' ? 'Why: step by step' : '计算依据（逐步说明）')).toContain(expected);
  });

  // 北京's 2026 window ended on 28 Feb 2026; a payment on 10 Mar 2026 is after it.
  const beijingLate = (status: 'made' | 'planned') =>
    scenario({ asOf: status === 'made' ? '2026-03-20' : '2026-03-05', region: 'beijing', years: { 2025: 'none' }, payments: [residentPay('2026-03-10', [2026], 0, status)] });

  it.each([
    ['en', 'made', 'You paid on March 10, 2026, after the 2026 enrolment window ended on February 28, 2026.'],
    ['en', 'planned', 'You plan to pay on March 10, 2026, after the end of the 2026 enrolment window on February 28, 2026.'],
    ['zh-CN', 'made', '您已于2026年3月10日缴费，当时2026年度集中参保期已于2026年2月28日结束。'],
    ['zh-CN', 'planned', '您计划于2026年3月10日缴费，届时2026年度集中参保期已于2026年2月28日结束。'],
  ] as const)('%s, a payment %s after the window', async (language, status, expected) => {
    await renderResultScreen(beijingLate(status), { language });
    expect(firstStep(language === 'en' ? 'Why: step by step' : '计算依据（逐步说明）')).toContain(expected);
  });

  // 青岛's rules do not yet give its 2027 window, so the national ones apply, where its end is regional:
  // on 20 January some regions' windows are still open, so the sentence says what the steps assume.
  it.each([
    ['en', 'made', 'You paid on January 20, 2027. If the 2027 enrolment window where you live had closed by then, this was a late payment; the steps below assume it had.'],
    ['en', 'planned', 'You plan to pay on January 20, 2027. If the 2027 enrolment window where you live has closed by then, this will be a late payment; the steps below assume it has.'],
    ['zh-CN', 'made', '您已于2027年1月20日缴费。如当地2027年度集中参保期当时已经结束，即属于逾期缴费；以下步骤按这种情形说明。'],
    ['zh-CN', 'planned', '您计划于2027年1月20日缴费。如当地2027年度集中参保期届时已经结束，即属于逾期缴费；以下步骤按这种情形说明。'],
  ] as const)('%s, a payment %s where the window is regional', async (language, status, expected) => {
    await renderResultScreen(scenario({ asOf: status === 'made' ? '2027-01-25' : '2027-01-10', region: 'shandong-qingdao', years: { 2025: 'none', 2026: 'none' }, payments: [residentPay('2027-01-20', [2027], 0, status)] }), { language });
    expect(firstStep(language === 'en' ? 'Why: step by step' : '计算依据（逐步说明）')).toContain(expected);
  });

  // On 10 March every region's 2026 window has closed (the latest end known is 28 February): said as a
  // fact, for every region we know of. (Not for 2027, whose windows no region has announced: above.)
  it.each([
    ['en', 'made', 'You paid on March 10, 2026. The 2026 enrolment window ended on different dates in different regions, but in every region we know of it had closed by then, so this was a late payment.'],
    ['en', 'planned', 'You plan to pay on March 10, 2026. The 2026 enrolment window ends on different dates in different regions, but in every region we know of it will have closed by then, so this will be a late payment.'],
    ['zh-CN', 'made', '您已于2026年3月10日缴费。各地2026年度集中参保期的截止日期不尽相同，但据已知的各地通知，当时均已结束，属于逾期缴费。'],
    ['zh-CN', 'planned', '您计划于2026年3月10日缴费。各地2026年度集中参保期的截止日期不尽相同，但据已知的各地通知，届时均已结束，属于逾期缴费。'],
  ] as const)('%s, a payment %s after every region’s window', async (language, status, expected) => {
    await renderResultScreen(scenario({ asOf: status === 'made' ? '2026-03-20' : '2026-03-01', region: 'national', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-03-10', [2026], 0, status)] }), { language });
    expect(firstStep(language === 'en' ? 'Why: step by step' : '计算依据（逐步说明）')).toContain(expected);
  });

  it('2027, whose windows no region has announced: after every end carried forward, still "if"', async () => {
    await renderResultScreen(scenario({ asOf: '2027-03-10', region: 'shandong-qingdao', years: { 2025: 'none', 2026: 'none' }, payments: [residentPay('2027-03-01', [2027])] }), { language: 'en' });
    expect(firstStep('Why: step by step')).toContain('If the 2027 enrolment window where you live had closed by then, this was a late payment');
  });
});

describe('a range whose earliest day has passed and latest has not (a made payment)', () => {
  // 北京 flexible worker, employer-paid to June 2025, paid 15 Oct 2025 without back-pay; seen on 10 Jan 2026:
  // depending on the region, cover restarted on 1 Oct 2025 or restarts as late as 1 Apr 2026.
  const beijingFlex = scenario({ asOf: '2026-01-10', region: 'beijing', employeePeriods: [{ from: '2023-01', to: '2025-06', paidBy: 'employer' }], payments: [employeePay('2025-10-15', false, 'flexible')] });

  it('in English: partly past, partly ahead, not "restarts between"', async () => {
    await renderResultScreen(beijingFlex, { today: '2026-01-10' });
    const headline = await screen.findByTestId('headline');
    expect(headline).toHaveTextContent("Depending on your region's rules, your reimbursement has already restarted (on October 1, 2025 at the earliest) or will restart by April 1, 2026.");
    expect(screen.getByRole('img', { name: /reimbursement has already restarted \(on October 1, 2025 at the earliest\) or will restart by April 1, 2026/ })).toBeInTheDocument();
  });

  it('in Chinese', async () => {
    await renderResultScreen(beijingFlex, { language: 'zh-CN', today: '2026-01-10' });
    const headline = await screen.findByTestId('headline');
    expect(headline).toHaveTextContent('根据当地规定，您的医保报销已经恢复（最早于2025年10月1日恢复），或最晚将于2026年4月1日恢复。');
  });

  it('seen after the latest day: the past tense, as before', async () => {
    await renderResultScreen({ ...beijingFlex, asOf: '2026-05-01' }, { today: '2026-05-01' });
    const headline = await screen.findByTestId('headline');
    expect(headline).toHaveTextContent('Your reimbursement restarted between October 1, 2025 and April 1, 2026');
  });
});

describe('a partly-past range whose later dates need the next year paid', () => {
  // National; covered 2024, not 2025; 2026 paid on 15 Sep 2026, seen on 20 Dec 2026: the dates after the
  // as-of day come only with 2027 paid too, so "will restart by" is not said.
  const s = scenario({ asOf: '2026-12-20', region: 'national', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-09-15', [2026])] });

  it('does not promise the later dates', async () => {
    await renderResultScreen(s, { today: '2026-12-20' });
    const headline = await screen.findByTestId('headline');
    expect(headline.textContent).not.toContain('will restart by');
  });
});

describe('a made payment whose range has begun, with later dates that need the next year paid', () => {
  // National rules: employee cover to 2026-03, 2026 paid on 10 Sep 2026 (a switch): from 1 Dec 2026 in some regions, up to
  // 1 Mar 2027 (with 2027 paid) or no cover in others. Seen on 5 Dec 2026, 1 Dec is past: not "restarts between 1 Dec and ...".
  const switched = scenario({ asOf: '2026-12-05', region: 'national', years: { 2023: 'employee', 2024: 'employee', 2025: 'employee' }, employeePeriods: [{ from: '2023-01', to: '2026-03' }], payments: [residentPay('2026-09-10', [2026])] });

  it('in English: "may have restarted already … or not yet", then which dates need 2027 paid (no promise of the later ones)', async () => {
    await renderResultScreen(switched, { today: '2026-12-05' });
    expect(await screen.findByTestId('headline')).toHaveTextContent(/^Depending on your region's rules, your reimbursement may have restarted already \(on December 1, 2026 at the earliest\) or not yet \(the other dates run to March 1, 2027\), or this payment brings no cover in 2026\. Some of these dates apply only if you also pay for 2027 \(marked below\)\.$/);
  });

  it('in Chinese: 可能已经恢复 … 也可能尚未恢复', async () => {
    await renderResultScreen(switched, { language: 'zh-CN', today: '2026-12-05' });
    expect(await screen.findByTestId('headline')).toHaveTextContent(/^根据当地规定，您的医保报销可能已经恢复（最早于2026年12月1日恢复），也可能尚未恢复（其余日期最晚为2027年3月1日）；也可能这笔已缴的费用在2026年度享受不到待遇。其中部分日期须同时缴纳2027年度保费才适用（见下方标注）。$/);
  });
});

describe('"may have started already, or not yet" in the words of each way cover begins', () => {
  const switched = scenario({ asOf: '2026-12-05', region: 'national', years: { 2023: 'employee', 2024: 'employee', 2025: 'employee' }, employeePeriods: [{ from: '2023-01', to: '2026-03' }], payments: [residentPay('2026-09-10', [2026])] });

  it.each([
    ['first', 'en', /^Depending on your region's rules, your child's reimbursement may have started already \(on December 1, 2026 at the earliest\) or not yet \(the other dates run to March 1, 2027\), or this payment brings no cover in 2026\./],
    ['continuing', 'en', /^Depending on your region's rules, your cover may have started already \(on December 1, 2026 at the earliest\) or not yet/],
    ['first', 'zh-CN', /^根据当地规定，孩子的医保报销可能已经开始（最早于2026年12月1日开始），也可能尚未开始（其余日期最晚为2027年3月1日）；/],
    ['continuing', 'zh-CN', /^根据当地规定，您的医保待遇可能已经开始享受（最早自2026年12月1日起），也可能尚未开始/],
  ] as const)('%s, in %s: never "restarted"', async (cover, language, expected) => {
    const outcome = calculate(switched, chainFor('national'));
    if (!outcome.ok) throw new Error('invalid');
    render(
      <AppProviders i18n={await makeI18n(language)} queryClient={createQueryClient()}>
        <Headline result={outcome.result} chain={chainFor('national')} region="national" cover={cover} />
      </AppProviders>,
    );
    expect(screen.getByTestId('headline')).toHaveTextContent(expected);
    expect(screen.getByTestId('headline')).not.toHaveTextContent(/restart|恢复/);
  });
});
