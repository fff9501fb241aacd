// 武汉 (E3a): a flexible worker's wait depends on whether an employer paid the cover before the
// gap. Left blank (the question is optional), the headline gives both answers when they differ,
// instead of one date that may be 5 months late (a newcomer saw 1 May 2027 blank and 1 Dec 2026
// with "an employer"), and offers to say who paid.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EmployeePeriod } from '../../../src/calc';
import { employeePay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

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
    expect(screen.getByTestId('paid-by-alternative')).toHaveTextContent('Say who paid in your answers, and you will get one date. The rest of this page assumes you paid it yourself.');
    await user.click(screen.getByRole('button', { name: 'Say who paid' }));
    expect(onEdit).toHaveBeenCalledTimes(1);
  });

  it('in Chinese', async () => {
    await renderResultScreen(wuhan({ from: '2024-01', to: '2026-06' }), { language: 'zh-CN', today: '2026-11-10' });
    expect(await screen.findByTestId('headline')).toHaveTextContent('医保报销什么时候恢复，要看2026年6月及以前的职工医保由谁缴费：');
    const lines = within(screen.getByRole('list', { name: '按由谁缴费分别计算的日期' })).getAllByRole('listitem');
    expect(lines.map((l) => l.textContent)).toEqual(['2026年12月1日：如果是单位缴的', '2027年5月1日：如果是您自己以灵活就业人员身份缴的']);
    expect(screen.getByTestId('paid-by-alternative')).toHaveTextContent('请修改回答，说明由谁缴费，就能得到一个日期。本页下面的内容都按您自己缴费计算。');
    expect(screen.getByRole('button', { name: '说明由谁缴费' })).toBeInTheDocument();
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
