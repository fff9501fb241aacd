// 武汉 (E3a): a flexible worker's wait depends on whether an employer paid the cover before the
// gap. Left blank (the question is optional), the headline gives both answers when they differ,
// instead of one date that may be 5 months late (a newcomer saw 1 May 2027 blank and 1 Dec 2026
// with "an employer"), and offers to say who paid.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProviders, createQueryClient } from '../../../src/app/app';
import { calculate } from '../../../src/calc';
import type { EmployeePeriod } from '../../../src/calc';
import { Headline } from '../../../src/features/result/headline';
import { chainFor } from '../../fixtures/packs';
import { employeePay, scenario } from '../../fixtures/scenarios';
import { makeI18n, renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

/** Covered by the employee scheme 2024-01 to 2026-06; as a flexible worker pays on 10 Nov 2026 (planned). */
const wuhan = (period: EmployeePeriod) => scenario({ asOf: '2026-11-10', region: 'hubei-wuhan', employeePeriods: [period], payments: [employeePay('2026-11-10', false, 'flexible', 'planned')] });

describe('who paid before a flexible worker’s gap, left blank', () => {
  it('in English: no one date; both answers, earliest first, and a way to say who paid', async () => {
    const { user, onEdit } = await renderResultScreen(wuhan({ from: '2024-01', to: '2026-06' }), { today: '2026-11-10' });
    expect(await screen.findByTestId('headline')).toHaveTextContent('When your reimbursement restarts depends on who paid for your employee-scheme cover up to June 2026:');
    expect(screen.getByTestId('headline')).not.toHaveTextContent('restarts on');
    const lines = within(screen.getByRole('list', { name: 'Dates by who paid' })).getAllByRole('listitem');
    expect(lines.map((l) => l.textContent)).toEqual(['December 1, 2026 — if an employer paid it', 'May 1, 2027 — if you paid it yourself as a flexible worker']);
    expect(screen.getByTestId('paid-by-alternative')).toHaveTextContent('Tell us who paid in your answers to get a single date. The rest of this page assumes you paid it yourself.');
    await user.click(screen.getByRole('button', { name: 'Say who paid' }));
    expect(onEdit).toHaveBeenCalledTimes(1);
  });

  it('in Chinese', async () => {
    await renderResultScreen(wuhan({ from: '2024-01', to: '2026-06' }), { language: 'zh-CN', today: '2026-11-10' });
    expect(await screen.findByTestId('headline')).toHaveTextContent('您的医保报销什么时候恢复，要看2026年6月及以前的职工医保由谁缴费：');
    const lines = within(screen.getByRole('list', { name: '按由谁缴费分别计算的日期' })).getAllByRole('listitem');
    expect(lines.map((l) => l.textContent)).toEqual(['2026年12月1日：如果是单位缴的', '2027年5月1日：如果是您自己以灵活就业人员身份缴的']);
    expect(screen.getByTestId('paid-by-alternative')).toHaveTextContent('请在回答中说明由谁缴费，就能得到确切的日期。本页下面的内容都按您自己缴费计算。');
    expect(screen.getByRole('button', { name: '说明由谁缴费' })).toBeInTheDocument();
  });

  it('made and both dates behind the day of the answers: said in the past tense', async () => {
    // Employer-paid cover to Dec 2025; paid 10 Mar 2026 (month 3, not back-paid): 1 Apr 2026 if an employer paid, 1 Sep 2026 after the 6-month wait if not.
    await renderResultScreen(
      scenario({ asOf: '2026-11-10', region: 'hubei-wuhan', employeePeriods: [{ from: '2024-01', to: '2025-12' }], payments: [employeePay('2026-03-10', false, 'flexible', 'made')] }),
      { today: '2026-11-10' },
    );
    expect(await screen.findByTestId('headline')).toHaveTextContent('The day your reimbursement restarted depends on who paid for your employee-scheme cover up to December 2025:');
    const lines = within(screen.getByRole('list', { name: 'Dates by who paid' })).getAllByRole('listitem');
    expect(lines.map((l) => l.textContent)).toEqual(['April 1, 2026 — if an employer paid it', 'September 1, 2026 — if you paid it yourself as a flexible worker']);
    // Nothing still to come for the calendar; monthly contributions have no enrolment window to watch for.
    expect(screen.getByText('There is no date to put in a calendar: this result has no fixed date still to come.')).toBeInTheDocument();
    expect(screen.queryByText(/next enrolment window/)).toBeNull();
  });

  it('where who paid decides whether cover has restarted by today, the status says so, and the wait is the self-paid case’s (both languages)', async () => {
    // Paid 15 Nov 2026; as of 2 Dec 2026: covered since 1 Dec if an employer paid, waiting until 1 May 2027 if not.
    const made = scenario({ asOf: '2026-12-02', region: 'hubei-wuhan', employeePeriods: [{ from: '2024-01', to: '2026-06' }], payments: [employeePay('2026-11-15', false, 'flexible', 'made')] });
    await renderResultScreen(made, { today: '2026-12-02' });
    expect(await screen.findByTestId('status')).toHaveTextContent('Status on December 2, 2026: whether you are covered now depends on who paid for your employee-scheme cover up to June 2026.');
    expect(screen.getByTestId('status')).not.toHaveTextContent('waiting period');
    expect(screen.getByText('Waiting period (if you paid your earlier cover yourself)').nextElementSibling).toHaveTextContent(/^November 15, 2026 to April 30, 2027/);
    cleanup();
    await renderResultScreen(made, { language: 'zh-CN', today: '2026-12-02' });
    expect(await screen.findByTestId('status')).toHaveTextContent('2026年12月2日的状态：是否已享受待遇，要看2026年6月及以前的职工医保由谁缴费。');
    expect(screen.getByText('待遇等待期（按您之前的医保由自己缴费计算）')).toBeInTheDocument();
  });

  it('both readings still waiting on the day: the status is stated as it is', async () => {
    await renderResultScreen(wuhan({ from: '2024-01', to: '2026-06' }), { today: '2026-11-10' });
    expect(await screen.findByTestId('status')).not.toHaveTextContent('depends on who paid');
  });

  it('answered (either way), there is nothing to add', async () => {
    await renderResultScreen(wuhan({ from: '2024-01', to: '2026-06', paidBy: 'self' }), { today: '2026-11-10' });
    expect(await screen.findByTestId('headline')).toHaveTextContent('Your reimbursement restarts on May 1, 2027.');
    expect(screen.queryByTestId('paid-by-alternative')).toBeNull();
  });

  it('answered "an employer": that one date', async () => {
    await renderResultScreen(wuhan({ from: '2024-01', to: '2026-06', paidBy: 'employer' }), { today: '2026-11-10' });
    expect(await screen.findByTestId('headline')).toHaveTextContent('Your reimbursement restarts on December 1, 2026.');
    expect(screen.queryByTestId('paid-by-alternative')).toBeNull();
  });

  it('where the answer changes nothing (江西 sets no such rule), nothing is added', async () => {
    await renderResultScreen(scenario({ asOf: '2026-11-10', region: 'jiangxi', employeePeriods: [{ from: '2024-01', to: '2026-06' }], payments: [employeePay('2026-11-10', false, 'flexible', 'planned')] }), { today: '2026-11-10' });
    await screen.findByTestId('headline');
    expect(screen.queryByTestId('paid-by-alternative')).toBeNull();
  });
});

describe('who paid left blank, where the region decides too (a range)', () => {
  it('keeps the range sentence and its lines, then gives the two answers under their own lead', async () => {
    // The range of the national rules for a flexible worker 4 months after employee cover, and a
    // made-up employer-paid answer: the headline draws what it is given.
    const s = wuhan({ from: '2024-01', to: '2026-06' });
    const national = { ...s, region: 'national' };
    const outcome = calculate(national, chainFor('national'));
    if (!outcome.ok || outcome.result.main.restoration.kind !== 'range') throw new Error('expected a range');
    const i18n = await makeI18n('en');
    render(
      <AppProviders i18n={i18n} queryClient={createQueryClient()}>
        <Headline result={outcome.result} chain={chainFor('national')} region="national" made={false} payer={{ month: '2026-06', ifEmployer: { kind: 'date', date: '2026-12-01' }, status: 'waiting', extra: null }} />
      </AppProviders>,
    );
    expect(screen.getByTestId('headline')).toHaveTextContent('Your reimbursement restarts between November 1, 2026 and May 1, 2027');
    expect(screen.getByRole('list', { name: 'Which date applies where' })).toBeInTheDocument();
    expect(screen.getByText('When your reimbursement restarts depends on who paid for your employee-scheme cover up to June 2026:')).toBeInTheDocument();
    const lines = within(screen.getByRole('list', { name: 'Dates by who paid' })).getAllByRole('listitem');
    expect(lines.map((l) => l.textContent)).toEqual(['between November 1, 2026 and May 1, 2027, depending on your region\'s rules — if you paid it yourself as a flexible worker', 'December 1, 2026 — if an employer paid it']);
  });

  it('under the national rules, the same span either way: the range’s lines, then the date only an employer-paid cover gives (武汉), in both languages', async () => {
    // Blank: 1 Nov 2026, 1 Feb 2027 or 1 May 2027 by the region's wait after a long gap; had an
    // employer paid, 武汉's tiers also give 1 Dec 2026 (month 5 after the employer stopped).
    const s = { ...wuhan({ from: '2024-01', to: '2026-06' }), region: 'national' };
    const { user, onEdit } = await renderResultScreen(s, { today: '2026-11-10' });
    expect(await screen.findByTestId('headline')).toHaveTextContent('Your reimbursement restarts between November 1, 2026 and May 1, 2027');
    const own = within(screen.getByRole('list', { name: 'Which date applies where' })).getAllByRole('listitem');
    expect(own.map((l) => l.querySelector('strong')?.textContent)).toEqual(['November 1, 2026', 'February 1, 2027', 'May 1, 2027']);
    const extra = screen.getByTestId('paid-by-extra');
    expect(extra).toHaveTextContent('If an employer paid for your employee-scheme cover up to June 2026, some regions give a different date:');
    const extraLines = within(within(extra).getByRole('list', { name: 'Dates if an employer paid' })).getAllByRole('listitem');
    expect(extraLines[0]).toHaveTextContent(/^December 1, 2026 — if your region counts the months since the employer stopped paying \(back-paid within 3 months: the gap is covered too; within 6 months: cover from the next month; later: a wait of 6 months\)/);
    expect(extraLines[0]).toHaveTextContent('Wuhan');
    expect(extra).toHaveTextContent('The other dates above assume you paid it yourself.');
    // The wait of the case shown (the latest date): to the day before it, not "up to 6 months".
    expect(screen.getByText('Waiting period (if you paid your earlier cover yourself, in the case with the latest date)').nextElementSibling).toHaveTextContent(/^November 10, 2026 to April 30, 2027 \(6 months, counting the month of payment as the first\)$/);
    // Not the two identical spans of the date-by-payer list.
    expect(screen.queryByRole('list', { name: 'Dates by who paid' })).toBeNull();
    // The calendar button says what its file holds: the reminder on the next possible day (1 Nov has passed).
    const calendar = screen.getByRole('button', { name: 'Add to calendar (.ics)' });
    expect(calendar).toHaveAccessibleDescription(/^The calendar file holds these reminders: November 10, 2026: Pay employee medical insurance \(the date you planned\) December 1, 2026: Next possible restart of medical insurance reimbursement \(depends on your region and on who paid\)$/);
    await user.click(within(extra).getByRole('button', { name: 'Say who paid' }));
    expect(onEdit).toHaveBeenCalledTimes(1);
  });

  it('the same in Chinese', async () => {
    const s = { ...wuhan({ from: '2024-01', to: '2026-06' }), region: 'national' };
    await renderResultScreen(s, { language: 'zh-CN', today: '2026-11-10' });
    await screen.findByTestId('headline');
    const extra = screen.getByTestId('paid-by-extra');
    expect(extra).toHaveTextContent('如果2026年6月及以前的职工医保是单位缴的，部分地区的日期会不同：');
    expect(extra).toHaveTextContent('2026年12月1日：如果当地按单位停止缴费后的月数分档（3个月内补缴：断保期间的费用也能报销；6个月内：次月起恢复医保报销；更晚：等待6个月）');
    expect(extra).toHaveTextContent('武汉');
    expect(screen.getByText('待遇等待期（按您之前的医保由自己缴费、日期最晚的情形）').nextElementSibling).toHaveTextContent(/^2026年11月10日至2027年4月30日（6个月，缴费当月计为第1个月）$/);
    expect(within(extra).getByRole('button', { name: '说明由谁缴费' })).toBeInTheDocument();
  });

  it('answered under the national rules: no extra lines', async () => {
    const s = { ...wuhan({ from: '2024-01', to: '2026-06', paidBy: 'self' }), region: 'national' };
    await renderResultScreen(s, { today: '2026-11-10' });
    await screen.findByTestId('headline');
    expect(screen.queryByTestId('paid-by-extra')).toBeNull();
  });
});
