// The result screen by role and label: headline, status, facts, timeline text equivalent,
// options, cited steps, notes, actions.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { employeePay, residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen } from '../wizard/harness';

const W5 = scenario({ asOf: '2026-11-15', region: 'shandong-qingdao', years: { 2025: 'none', 2026: 'none' }, payments: [residentPay('2026-11-20', [2027], 0, 'planned')] });


describe('result screen', () => {
  it('W5: says when reimbursement restarts, the status today and the waiting period', async () => {
    await renderResultScreen(W5);
    expect(screen.getByRole('heading', { level: 1, name: 'Your result' })).toBeInTheDocument();
    expect(screen.getByTestId('headline')).toHaveTextContent('Your reimbursement restarts on May 1, 2027.');
    expect(screen.getByTestId('status')).toHaveTextContent('Status on November 15, 2026: not covered, as your cover has lapsed.');
    expect(screen.getByText('2 years without cover (2025 and 2026)')).toBeInTheDocument();
    // One phrase with its parts in brackets (it ran on as a loose sentence with no stop before it).
    expect(screen.getByText('January 1, 2027 to April 30, 2027 (4 months: fixed 3 months plus variable 1 month)')).toBeInTheDocument();
  });

  it('draws the timeline with an accessible name and a table of the same facts', async () => {
    await renderResultScreen(W5);
    expect(screen.getByRole('img', { name: /reimbursement restarts on May 1, 2027/ })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'The timeline as a table' });
    // The answer's own wait says its length in its unit.
    const waiting = within(table).getByRole('rowheader', { name: 'Waiting period: no reimbursement (4 months)' }).closest('tr') as HTMLElement;
    expect(within(waiting).getAllByRole('cell').map((c) => c.textContent)).toEqual(['January 1, 2027', 'April 30, 2027']);
    expect(within(table).getAllByRole('rowheader', { name: 'Lapse: not covered' })).toHaveLength(2);
  });

  it('offers the one useful repair year with its date and its cost in premium years', async () => {
    await renderResultScreen(W5);
    const options = screen.getByRole('list', { name: 'Options and when reimbursement restarts under each' });
    const repair = within(options).getByRole('heading', { name: 'Repair 1 year with the payment you plan on November 20, 2026' }).closest('li') as HTMLElement;
    expect(repair).toHaveTextContent('April 1, 2027');
    expect(repair).toHaveTextContent("1 more year of personal contribution (at your region's standard)");
  });

  it('explains each step by its plain name (no rule id), the pack that gave the values and an official citation', async () => {
    await renderResultScreen(W5);
    const steps = within(screen.getByRole('region', { name: 'Why: step by step' })).getAllByRole('listitem').filter((li) => li.classList.contains('why__step'));
    const r4 = steps.find((li) => li.querySelector('.why__rule')?.textContent === 'The variable waiting period') as HTMLElement;
    expect(r4).toHaveTextContent('The variable waiting period Your cover lapsed');
    expect(r4).not.toHaveTextContent(/\bR4\b/);
    expect(r4).toHaveTextContent('Your cover lapsed for 2 years. Each year without cover after the first adds one month: 1 month of variable waiting period.');
    expect(r4).toHaveTextContent('Based on: Qingdao, Shandong');
    const link = within(r4).getByRole('link', { name: '《关于健全基本医疗保险参保长效机制的指导意见》(opens in a new tab)' });
    expect(link).toHaveAttribute('href', 'https://www.gov.cn/zhengce/content/202408/content_6965741.htm');
  });

  it('shows interpretations and unconfirmed points next to the answer', async () => {
    await renderResultScreen(W5);
    const notes = screen.getByRole('complementary', { name: 'Please note' });
    expect(notes).toHaveTextContent('Lapses before 2025 are not counted');
    expect(screen.getByRole('complementary', { name: 'During the lapse and the wait' })).toHaveTextContent('depends on your region');
  });

  it('W15: shows the regional range, which date applies when, and the rule that differs', async () => {
    await renderResultScreen(scenario({ asOf: '2025-08-10', employeePeriods: [{ from: '2023-01', to: '2025-03' }], payments: [employeePay('2025-08-10', true)] }));
    // Paid and seen on 10 Aug 2025: where the gap is covered, cover already runs from 1 August.
    expect(screen.getByTestId('headline')).toHaveTextContent("Depending on your region's rules, your reimbursement has already restarted (on August 1, 2025 at the earliest) or will restart by February 1, 2026.");
    const list = screen.getByRole('list', { name: 'Which date applies where' });
    // The list's own lines, not the clauses a long condition lists under its date.
    const lines = within(list).getAllByRole('listitem').filter((item) => item.parentElement === list);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.length).toBeLessThanOrEqual(4);
    expect(lines[0]).toHaveTextContent(/^August 1, 2025 — if your region/);
    const why = screen.getByRole('region', { name: 'Why: step by step' });
    expect(why).toHaveTextContent('The answer depends on a rule that regions set differently: the wait after a gap of more than 3 months in employee-scheme cover');
    expect(why).not.toHaveTextContent('employee.longGapWaitMonths');
  });

  it('W3 in Chinese: warns that the 2025 payment buys no 2025 cover', async () => {
    await renderResultScreen(scenario({ asOf: '2025-11-06', region: 'liaoning-fuxin', payments: [residentPay('2025-11-06', [2025, 2026])] }), { language: 'zh-CN' });
    expect(screen.getByTestId('headline')).toHaveTextContent('您的医保报销将于2026年2月6日恢复。');
    // The payment is made: the warning says what it did, not what paying now would do.
    expect(screen.getByRole('note', { name: '提示' })).toHaveTextContent('您已缴纳的2025年度保费，在2025年度享受不到待遇：最早要到2026年2月6日起才能享受待遇。');
  });

  it('holds only the answers in the share link and says so', async () => {
    await renderResultScreen(W5);
    const input = screen.getByRole('textbox', { name: 'Share link' });
    expect((input as HTMLInputElement).value).toMatch(/#s=1\./);
    expect(input).toHaveAccessibleDescription(/no name or ID number/);
  });

  it('asks before starting again, and can be cancelled with its button or Esc, focus back on Start again', async () => {
    const { user, onStartAgain } = await renderResultScreen(W5);
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onStartAgain).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Start again' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('button', { name: 'Yes, clear and start again' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Start again' })).toHaveFocus();
    expect(onStartAgain).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    await user.click(screen.getByRole('button', { name: 'Yes, clear and start again' }));
    expect(onStartAgain).toHaveBeenCalledOnce();
  });

  it('shows the errors instead of a result for an invalid scenario', async () => {
    const { user, onEdit } = await renderResultScreen({ ...W5, payments: [residentPay('2026-11-01', [2027], 0, 'planned')] });
    expect(screen.getByRole('heading', { level: 1, name: 'We cannot calculate this yet' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('A planned payment cannot be in the past.');
    await user.click(screen.getByRole('button', { name: 'Change your answers' }));
    expect(onEdit).toHaveBeenCalledOnce();
  });

  it('a month that does not exist in a link says so with an example month, no placeholder left', async () => {
    await renderResultScreen({ ...W5, history: { ...W5.history, employeePeriods: [{ from: '2024-13', to: '2025-02' }] } });
    expect(screen.getByRole('heading', { level: 1, name: 'We cannot calculate this yet' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a real month, for example 2026-08.');
    expect(screen.getByRole('alert').textContent).not.toContain('{{');
  });
});
