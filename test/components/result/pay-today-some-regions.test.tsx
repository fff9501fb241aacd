// Paying today where regions differ on the day (E1, §8.2): national, employee cover to September
// 2026, the gap back-paid on 10 Dec 2026 (planned), seen on 5 Dec. The span is the same as the
// plan's (1 Dec 2026 to 1 Jan 2027), but where cover starts the day after payment (常州) paying
// today gives 6 Dec instead of 11 Dec. The option said "the same date as under your own plan:
// paying on this day does not bring it forward" (a newcomer's walk); now it says it can. The
// employer pays the employee scheme: "contributions paid on this day", not "paying on this day" as
// if the reader paid; a flexible worker, who pays, keeps "paying on this day".
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { employeePay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const s = (scheme: 'employee' | 'flexible' = 'employee') => scenario({ asOf: '2026-12-05', employeePeriods: [{ from: '2024-01', to: '2026-09' }], payments: [employeePay('2026-12-10', true, scheme, 'planned')] });

async function payToday(name: RegExp): Promise<HTMLElement> {
  await screen.findByTestId('headline');
  return screen.getByRole('listitem', { name });
}

describe('paying today, earlier in some regions only', () => {
  it('in English', async () => {
    await renderResultScreen(s(), { today: '2026-12-05' });
    const option = await payToday(/^If the contributions are paid today/);
    expect(within(option).getByText('In some regions contributions paid on this day bring the date forward; the earliest and latest possible dates stay the same.')).toBeInTheDocument();
    expect(option).not.toHaveTextContent('does not bring it forward');
    expect(option).not.toHaveTextContent('paying on this day');
  });

  it('in Chinese', async () => {
    await renderResultScreen(s(), { language: 'zh-CN', today: '2026-12-05' });
    const option = await payToday(/^如今天/);
    expect(within(option).getByText('在部分地区，这一天缴纳费用可以使日期提前；最早和最晚可能的日期不变。')).toBeInTheDocument();
    expect(option).not.toHaveTextContent('不会提前');
  });

  it.each([
    ['en', /^Pay today/, 'In some regions paying on this day brings the date forward; the earliest and latest possible dates stay the same.'],
    ['zh-CN', /^今天/, '在部分地区，这一天缴费可以使日期提前；最早和最晚可能的日期不变。'],
  ] as const)('as a flexible worker, who pays (%s): "paying on this day"', async (language, name, note) => {
    await renderResultScreen(s('flexible'), { language, today: '2026-12-05' });
    const option = await payToday(name);
    expect(within(option).getByText(note)).toBeInTheDocument();
  });
});
