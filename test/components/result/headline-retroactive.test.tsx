// A restart from the payment month with the gap covered too (E1, E2): the headline says both, as
// the facts below it do. "Backdated to 1 December" alone read as nothing covered before it, beside
// "Covered retroactively 1-30 November" (a newcomer's walk, Dec 2026).
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { employeePay, residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

describe('E2: employee cover to October 2026, the resident scheme paid for 2026 on 20 Dec 2026 (two years and more, a gap of one month)', () => {
  const planned = scenario({ asOf: '2026-12-05', region: 'national', employeePeriods: [{ from: '2020-01', to: '2026-10' }], payments: [residentPay('2026-12-20', [2026], 0, 'planned')] });

  it('in English, planned: backdated to 1 December, and November covered too once paid', async () => {
    await renderResultScreen(planned, { today: '2026-12-05' });
    expect(screen.getByTestId('headline')).toHaveTextContent('Once you pay, your reimbursement restarts, backdated to December 1, 2026. The time before that, from November 1, 2026 to November 30, 2026, is covered too once you pay.');
  });

  it('in Chinese, planned: 追溯至12月1日，11月也追溯享受待遇', async () => {
    await renderResultScreen(planned, { language: 'zh-CN', today: '2026-12-05' });
    expect(screen.getByTestId('headline')).toHaveTextContent('缴费后，您的医保报销将恢复，并追溯至2026年12月1日：自该日起发生的医疗费用，可按规定报销。此前2026年11月1日至2026年11月30日的期间，缴费后也享受待遇。');
  });
});

describe('E1: employee cover to September 2026, the gap back-paid on 10 Dec 2026 after a move between regions (made)', () => {
  const made = scenario({ asOf: '2026-12-12', region: 'national', employeePeriods: [{ from: '2024-01', to: '2026-09' }], circumstances: { movedRegion: true }, payments: [employeePay('2026-12-10', true)] });

  it('in English, made: restarted on 1 December, October and November covered too', async () => {
    await renderResultScreen(made, { today: '2026-12-12' });
    expect(screen.getByTestId('headline')).toHaveTextContent('Your reimbursement restarted on December 1, 2026. The time before that, from October 1, 2026 to November 30, 2026, was covered too.');
  });

  it('in Chinese, made: 已于12月1日恢复，此前期间也已追溯享受待遇', async () => {
    await renderResultScreen(made, { language: 'zh-CN', today: '2026-12-12' });
    expect(screen.getByTestId('headline')).toHaveTextContent('您的医保报销已于2026年12月1日恢复。此前2026年10月1日至2026年11月30日的期间也已享受待遇。');
  });
});

// Years marked as employee cover without months count as whole years: where no wait rests on that
// (two years before the switch, cover to December), the result says so and asks for the months.
describe('E2 on years marked as employee cover without months: 2024 and 2025, 2026 paid on 10 Feb 2026', () => {
  const s = scenario({ asOf: '2026-02-10', region: 'national', years: { 2024: 'employee', 2025: 'employee' }, payments: [residentPay('2026-02-10', [2026])] });

  it('in Chinese: the whole years are said to be assumed', async () => {
    await renderResultScreen(s, { language: 'zh-CN', today: '2026-02-10' });
    const warnings = within(screen.getByRole('note', { name: '提示' })).getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(warnings).toContain('您标为职工医保的年度没有填写月份，因此按全年参保计算：转入居民医保前连续参保满2年，停缴至缴费当月不超过3个月，所以不设待遇等待期。如果实际连续参保不满2年，或者停缴更早，享受待遇的日期可能更晚：请在“职工医保参保情况”中填写月份。');
  });

  it('in English', async () => {
    await renderResultScreen(s, { today: '2026-02-10' });
    expect(screen.getByRole('note', { name: 'Warnings' })).toHaveTextContent('You marked years as covered by the employee scheme without giving months, so we count each as a whole year: 2 years of continuous cover before the switch');
  });
});

describe('no such sentence where nothing before the restart is covered', () => {
  it('a switch after a gap of more than 3 months (E3): a wait, no retroactive months', async () => {
    const s = scenario({ asOf: '2026-12-05', region: 'national', employeePeriods: [{ from: '2020-01', to: '2026-03' }], payments: [residentPay('2026-12-20', [2026], 0, 'planned')] });
    await renderResultScreen(s, { today: '2026-12-05' });
    expect(screen.getByTestId('headline')).not.toHaveTextContent(/The time before that/);
  });
});
