// The result tells the truth for its day and its region (issue 12, points 3, 6 and 7): a made
// payment is told as made, past dates in the past tense, a result for an earlier day says so
// and can be worked out again for today; the timeline's table lists what its drawing shows;
// one cap sentence per result; the "why" list cites only the chain's own documents, each rule
// under a plain name with its id as a small reference.
import { cleanup, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { employeePay, residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen } from '../wizard/harness';


const warnings = () => screen.queryByRole('note', { name: /warnings|注意|提醒/i });

// A 2026 payment in December: the wait runs past the year, so 2026 alone buys no cover.
const lateIn2026 = (status: 'made' | 'planned') =>
  scenario({ asOf: '2026-12-10', region: 'guangdong-guangzhou', years: { 2025: 'none' }, payments: [residentPay('2026-12-10', [2026], 0, status)] });

// Before the restart, as planned; seen again in July 2027, both possible restarts are past.
const guangzhou = scenario({ asOf: '2026-11-15', region: 'guangdong-guangzhou', years: { 2025: 'none', 2026: 'none' }, payments: [residentPay('2026-11-20', [2027], 0, 'planned')] });

/** The table's rows as [what, from, until]. */
function tableRows(): string[][] {
  const table = screen.getByRole('table', { name: 'The timeline as a table' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent ?? ''));
}

describe('tense and time', () => {
  it('a planned payment that buys nothing is advised against; a made one is told as made', async () => {
    await renderResultScreen(lateIn2026('planned'));
    expect(warnings()).toHaveTextContent(/Please also pay for the next year, or ask your local medical insurance office before you pay\./);
  });

  it('a payment already made gets no "before paying" advice', async () => {
    await renderResultScreen(lateIn2026('made'));
    const list = warnings();
    expect(list).not.toBeNull();
    expect(list).not.toHaveTextContent(/before paying|before you pay|Paying for 2026 as planned/);
    expect(list).toHaveTextContent(/Your payment for 2026 brings no cover in 2026|This payment alone brings no cover/);
  });

  it('a made payment reads as made in Chinese too', async () => {
    await renderResultScreen(lateIn2026('made'), { language: 'zh-CN' });
    expect(screen.getByRole('article')).not.toHaveTextContent(/缴费前再考虑|按计划缴纳2026年度保费/);
  });

  it('W36 (阜新): the made 2026 payment that buys nothing is told as made, though the answer is about the planned 2027 one', async () => {
    const w36 = scenario({ asOf: '2026-12-01', region: 'liaoning-fuxin', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-12-01', [2026]), residentPay('2027-06-01', [2027], 0, 'planned')] });
    await renderResultScreen(w36, { language: 'zh-CN' });
    expect(screen.getByRole('article')).toHaveTextContent('仅凭这笔已缴的费用，您享受不到待遇');
    expect(screen.getByRole('article')).not.toHaveTextContent(/缴费前再考虑/);
    // Said once: "no cover in 2026" is part of "this payment alone buys nothing".
    expect(screen.getByRole('article')).not.toHaveTextContent('您已缴纳的2026年度保费，在2026年度享受不到待遇');
  });

  it('W20 (北京) planned, seen on 1 Feb 2026 in a window that runs to 28 Feb: cover continues once paid, and the status says 2026 is not paid yet, not "lapse"', async () => {
    const w20 = scenario({ asOf: '2026-02-01', region: 'beijing', years: { 2025: 'resident' }, payments: [residentPay('2026-02-10', [2026], 0, 'planned')] });
    await renderResultScreen(w20, { language: 'zh-CN' });
    expect(screen.getByTestId('status')).toHaveTextContent('2026年2月1日的状态：本年度尚未缴费。');
    expect(screen.getByTestId('status')).not.toHaveTextContent('断保');
  });

  it('a range whose both ends are past is told in the past tense (广州, two days: "on X or Y")', async () => {
    await renderResultScreen({ ...guangzhou, asOf: '2027-07-01', payments: [residentPay('2026-11-20', [2027], 0, 'made')] });
    expect(screen.getByTestId('headline')).toHaveTextContent("Your reimbursement restarted on May 1, 2027 or June 1, 2027, depending on your region's rules.");
    expect(screen.getByTestId('headline')).not.toHaveTextContent('restarts');
    expect(screen.getByTestId('status')).toHaveTextContent('covered');
  });

  it('a past range in Chinese: 已在……或……恢复', async () => {
    await renderResultScreen({ ...guangzhou, asOf: '2027-07-01', payments: [residentPay('2026-11-20', [2027], 0, 'made')] }, { language: 'zh-CN' });
    expect(screen.getByTestId('headline')).toHaveTextContent('您的医保报销已在2027年5月1日或2027年6月1日恢复，具体日期取决于当地规定。');
  });

  it('a result for an earlier day says so and can be worked out again for today, with the same answers', async () => {
    // Shared a few days after paying; opened the next summer.
    const shared = { ...guangzhou, asOf: '2026-11-25', payments: [residentPay('2026-11-20', [2027], 0, 'made')] };
    const { user } = await renderResultScreen(shared, { today: '2027-07-01' });
    const notice = screen.getByRole('note', { name: 'Work it out again for today' });
    expect(notice).toHaveTextContent('This result is worked out for November 25, 2026, the date the link was made. Today is July 1, 2027');
    expect(screen.getByTestId('headline')).toHaveTextContent('Your reimbursement restarts on May 1, 2027 or June 1, 2027');
    expect(screen.getByTestId('status')).toHaveTextContent('Status on November 25, 2026');
    await user.click(within(notice).getByRole('button', { name: 'Work it out again for today' }));
    expect(screen.getByTestId('headline')).toHaveTextContent('Your reimbursement restarted on May 1, 2027 or June 1, 2027');
    expect(screen.getByTestId('status')).toHaveTextContent('Status on July 1, 2027');
    expect(screen.getByText('Worked out again for today, July 1, 2027, with the same answers.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Work it out again for today' })).toBeNull();
    // The button pressed is gone: focus goes to the heading, not to the page's body.
    expect(screen.getByRole('heading', { level: 1, name: 'Your result' })).toHaveFocus();
  });

  it('a shared result for a payment already made does not call it planned; one for a planned payment does (both languages)', async () => {
    // Paid on 20 Nov 2026, shared on 25 Nov, opened the next summer.
    const made = { ...guangzhou, asOf: '2026-11-25', payments: [residentPay('2026-11-20', [2027], 0, 'made')] };
    await renderResultScreen(made, { today: '2027-07-01' });
    const notice = screen.getByRole('note', { name: 'Work it out again for today' });
    expect(notice).toHaveTextContent('This result is worked out for November 25, 2026, the date the link was made. Today is July 1, 2027; the status and advice below are as they stood then, and may have changed since.');
    expect(notice).not.toHaveTextContent('planned');
    cleanup();
    await renderResultScreen(made, { today: '2027-07-01', language: 'zh-CN' });
    const zh = screen.getByRole('note', { name: '按今天重新计算' });
    expect(zh).toHaveTextContent('这一结果按2026年11月25日（生成链接的日期）计算。今天是2027年7月1日，下面的状态和建议都是按当时的情况给出的，现在可能已有变化。');
    expect(zh).not.toHaveTextContent('计划');
    cleanup();
    const planned = { ...guangzhou, asOf: '2026-11-25', payments: [residentPay('2026-12-10', [2027], 0, 'planned')] };
    await renderResultScreen(planned, { today: '2026-12-01' });
    expect(screen.getByRole('note', { name: 'Work it out again for today' })).toHaveTextContent('what was planned then may have happened or changed since.');
  });

  it('worked out again for a day past its planned payment: the problem page takes the focus, its alert holding a real list', async () => {
    // Planned for 15 Jan 2027 when shared; opened on 1 Feb 2027, the plan is in the past.
    const shared = { ...guangzhou, asOf: '2026-11-25', payments: [residentPay('2027-01-15', [2027], 0, 'planned')] };
    const { user } = await renderResultScreen(shared, { today: '2027-02-01' });
    await user.click(screen.getByRole('button', { name: 'Work it out again for today' }));
    expect(screen.getByRole('heading', { level: 1, name: 'We cannot calculate this yet' })).toHaveFocus();
    // The alert role on a wrapper: on the <ul> it took away the list (axe: listitem).
    const alert = screen.getByRole('alert');
    expect(within(within(alert).getByRole('list')).getByRole('listitem')).toHaveTextContent('A planned payment cannot be in the past.');
  });

  it('a result for today shows no such notice', async () => {
    await renderResultScreen(guangzhou, { today: '2026-11-15' });
    expect(screen.queryByRole('button', { name: 'Work it out again for today' })).toBeNull();
  });
});

describe('timeline and table agree', () => {
  it('an employee history: the table lists no lapse under employee cover', async () => {
    await renderResultScreen(
      scenario({ asOf: '2026-11-15', region: 'shandong-qingdao', years: { 2023: 'none', 2024: 'none', 2025: 'none', 2026: 'none' }, employeePeriods: [{ from: '2023-01', to: '2026-01' }], payments: [residentPay('2026-11-20', [2027], 0, 'planned')] }),
    );
    const rows = tableRows();
    expect(rows).toContainEqual(['Covered (employee scheme)', 'January 1, 2023', 'January 31, 2026']);
    // 2026 had employee cover, so it is no lapse year: the months after it are not covered, and said so.
    expect(rows.filter((r) => r[0] === 'Lapse: not covered')).toEqual([]);
    expect(rows).toContainEqual(['Not covered: not counted as a lapse year', 'February 1, 2026', 'December 31, 2026']);
  });

  it('a resident history keeps one lapse row per year', async () => {
    await renderResultScreen(guangzhou);
    expect(tableRows().filter((r) => r[0] === 'Lapse: not covered')).toEqual([
      ['Lapse: not covered', 'January 1, 2025', 'December 31, 2025'],
      ['Lapse: not covered', 'January 1, 2026', 'December 31, 2026'],
    ]);
  });

  it('a flexible worker after employee cover: the lapse starts after the cover ends', async () => {
    await renderResultScreen(scenario({ asOf: '2026-03-10', region: 'jiangsu', years: { 2025: 'none', 2026: 'none' }, employeePeriods: [{ from: '2023-01', to: '2025-06' }], payments: [employeePay('2026-03-10', false, 'flexible')] }));
    const rows = tableRows();
    expect(rows).toContainEqual(['Covered (employee scheme)', 'January 1, 2023', 'June 30, 2025']);
    expect(rows.filter((r) => r[0] === 'Lapse: not covered').map((r) => r[1])).toEqual(['July 1, 2025', 'January 1, 2026']);
  });

  it('a 江苏 employee gap states one cap, and the wait of the case shown as a span', async () => {
    await renderResultScreen(scenario({ asOf: '2026-02-10', region: 'jiangsu', employeePeriods: [{ from: '2023-01', to: '2025-09' }], payments: [employeePay('2026-02-10', false)] }));
    const text = screen.getByRole('article').textContent ?? '';
    expect(text).not.toMatch(/up to \d+ months?/);
    // Paid on the day it is seen: in the regions with no wait, cover already runs from the payment month.
    expect(screen.getByTestId('headline')).toHaveTextContent("Your reimbursement restarted on February 1, 2026, or restarts on May 1, 2026, depending on your region's rules.");
    // The case with the latest date (1 May) waits until the day before it.
    expect(screen.getByText('Waiting period (in the case with the latest date)').nextElementSibling).toHaveTextContent(/^February 10, 2026 to April 30, 2026 \(3 months, counting the month of payment as the first\)$/);
  });
});

describe('sources', () => {
  it('a 广州 result cites no 阜新 or 青岛 document, and names each rule in words', async () => {
    await renderResultScreen(guangzhou);
    const why = screen.getByRole('region', { name: 'Why: step by step' });
    expect(why).not.toHaveTextContent(/阜新|青岛|Fuxin|Qingdao/);
    expect(why).toHaveTextContent('广州');
    const steps = within(why).getAllByRole('listitem').filter((li) => li.classList.contains('why__step'));
    for (const step of steps) {
      const label = step.querySelector('.why__rule')?.textContent ?? '';
      expect(label).not.toMatch(/^(Rule )?[A-Z]\d/);
      expect(label.length).toBeGreaterThan(3);
    }
    expect(steps.map((li) => li.querySelector('.why__rule')?.textContent)).toContain('Counting the years without cover');
    // Our rule ids (R1, R10, I6…) are not words a reader or a bureau knows.
    expect(why).not.toHaveTextContent(/\b(Rule |ref\. )?[RI]\d+[a-z]?\b/);
  });

  it('"Based on" names every pack a step took values from, the region first; a number not checked against its document says so', async () => {
    // W7: 广州's window ended on 28 February 2026; its start falls back to the national rules.
    await renderResultScreen(scenario({ asOf: '2026-03-01', region: 'guangdong-guangzhou', years: { 2025: 'resident' }, payments: [residentPay('2026-03-01', [2026])] }));
    const why = screen.getByRole('region', { name: 'Why: step by step' });
    const window = within(why).getByText('The enrolment window').closest('li') as HTMLElement;
    expect(window).toHaveTextContent('Based on: Guangzhou, Guangdong; National baseline');
    expect(window).toHaveTextContent('February 28, 2026');
  });

  it('an unverified document number is marked in the reader’s language', async () => {
    await renderResultScreen(scenario({ asOf: '2026-12-01', region: 'hubei-wuhan', employeePeriods: [{ from: '2023-01', to: '2026-10' }], payments: [employeePay('2026-12-01', true, 'flexible', 'made')] }));
    const why = screen.getByRole('region', { name: 'Why: step by step' });
    expect(why).toHaveTextContent('医保办发〔2021〕43号 (document number not verified)');
    expect(why).not.toHaveTextContent('文号未核实');
  });

  it('a 青岛 result still cites 青岛’s own documents', async () => {
    await renderResultScreen({ ...guangzhou, region: 'shandong-qingdao' });
    const why = screen.getByRole('region', { name: 'Why: step by step' });
    expect(why).toHaveTextContent('青岛医疗保障');
    expect(why).not.toHaveTextContent(/阜新|广州|呼和浩特/);
  });

  it('in Chinese too: a plain name, no rule id', async () => {
    await renderResultScreen(guangzhou, { language: 'zh-CN' });
    const why = screen.getByRole('region', { name: '计算依据（逐步说明）' });
    expect(why).not.toHaveTextContent(/阜新|青岛/);
    expect(within(why).getByText('断保年数的计算')).toHaveClass('why__rule');
    expect(why).not.toHaveTextContent(/编号|[RI]\d+[a-z]?(?![\d])/);
  });
});

describe('the wait after an employee-scheme gap, said for the reason it applies', () => {
  it('a two-month gap not back-paid (青岛, flexible) is not called "a longer gap"', async () => {
    await renderResultScreen(scenario({ asOf: '2026-12-01', region: 'shandong-qingdao', employeePeriods: [{ from: '2023-01', to: '2025-12' }], payments: [employeePay('2026-03-10', false, 'flexible', 'made')] }));
    expect(screen.getByText(/^This payment does not back-pay the missed months, so the wait after a gap applies: cover starts 3 months after the payment month, on June 1, 2026\.$/)).toBeInTheDocument();
    expect(screen.queryByText(/A gap of more than/)).toBeNull();
  });

  it('a gap of more than 3 months (national, flexible worker after employer cover to December 2025, paying 1 June 2026): says the limit it passed, and that the wait is the region’s', async () => {
    await renderResultScreen(scenario({ asOf: '2026-05-01', region: 'national', employeePeriods: [{ from: '2020-01', to: '2025-12', paidBy: 'employer' }], payments: [employeePay('2026-06-01', false, 'flexible', 'planned')] }));
    expect(screen.getByText(/^A gap of more than 3 months: if your region's wait is 6 months from the payment month, cover starts on December 1, 2026\.$/)).toBeInTheDocument();
  });
});
