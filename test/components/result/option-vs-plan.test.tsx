// An option whose span of dates is the plan's own, but whose days differ in the same situation,
// says how, line by line (newcomer review 2, finding 3). 青岛, employee cover to June 2026, the
// resident scheme, 2026 and 2027 planned today (7 Dec 2026): both the plan and "2027 alone today"
// span 1 Jan to 1 Jul 2027. Where 青岛 still takes 2026 payments and sets no extra wait on the
// switch, the plan's late 2026 payment starts a wait that runs into March (R8, I4, W3, W17) and 2027
// alone covers from 1 January; where the switch wait is 3 or 6 months, paying 2026 now starts it
// sooner, and 2027 alone is later. The span alone, with "1 year less", read as a saving for nothing.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { runShipped } from '../../fixtures/packs';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const qingdao = (years: number[], date = '2026-12-07') => scenario({ asOf: '2026-12-07', region: 'shandong-qingdao', employeePeriods: [{ from: '2020-01', to: '2026-06' }], payments: [residentPay(date, years, 0, 'planned')] });

async function option(name: RegExp): Promise<HTMLElement> {
  await screen.findByTestId('headline');
  return screen.getByRole('listitem', { name });
}

/** The comparison's lines of an option card, by the list's name (the option's title, then the lead). */
const lines = (card: HTMLElement, lead: RegExp) =>
  within(within(card).getByRole('list', { name: lead }))
    .getAllByRole('listitem')
    .filter((li) => li.classList.contains('headline__outcome'))
    .map((li) => li.textContent);

describe('an option with the plan’s span but other days in the same situation', () => {
  it('in Chinese: 2027 alone today, sooner from 1 January 2027 where 2026 is still taken and no switch wait is set; later where one is', async () => {
    await renderResultScreen(qingdao([2026, 2027]), { language: 'zh-CN', today: '2026-12-07' });
    const card = await option(/^今天（2026年12月7日）缴纳2027年度保费/);
    // The span the card shows is the plan's: the lines say what it hides.
    expect(card).toHaveTextContent('医保报销将恢复2027年1月1日至2027年7月1日之间，取决于当地规定');
    // One sentence says how far either way; the lines sit behind a disclosure.
    expect(within(card).getByText('最早和最晚的日期虽与您的计划相同，但有些情形下，这样做比您的计划早（最早2027年1月1日），另一些情形下比您的计划晚（最晚2027年7月1日）。')).toBeInTheDocument();
    expect(within(card).getByText('逐一比较各种情形').closest('details')).not.toHaveAttribute('open');
    const said = lines(card, /^今天（2026年12月7日）缴纳2027年度保费.* 最早和最晚的日期虽与您的计划相同/);
    expect(said).toEqual([
      '提前到2027年1月1日（按您的计划为2027年3月1日至2027年6月1日之间）：如果您计划缴费时当地仍办理2026年度参保缴费，且当地对职工医保转居民医保断保超过3个月的不另设等待期',
      '提前到2027年4月1日（按您的计划为2027年6月1日）：如果同时符合以下情形：您计划缴费时当地仍办理2026年度参保缴费当地对职工医保转居民医保断保超过3个月的设置6个月等待期（2026年度）当地对职工医保转居民医保断保超过3个月的设置3个月等待期（2027年度）',
      '推迟到2027年4月1日（按您的计划为2027年3月1日至2027年3月8日之间）：如果同时符合以下情形：您计划缴费时当地仍办理2026年度参保缴费当地对职工医保转居民医保断保超过3个月的不另设等待期（2026年度）当地对职工医保转居民医保断保超过3个月的设置3个月等待期（2027年度）',
      '推迟到2027年7月1日（按您的计划为2027年3月1日至2027年6月1日之间）：如果您计划缴费时当地仍办理2026年度参保缴费，且当地对职工医保转居民医保断保超过3个月的设置6个月等待期',
    ]);
    expect(within(card).getByText('其他情形下，日期与您的计划相同。')).toBeInTheDocument();
    // The lines replace the bare "earlier in some regions" note, which they say more exactly.
    expect(card).not.toHaveTextContent('在部分地区，这一天缴费可以使日期提前');
  });

  it('in English', async () => {
    await renderResultScreen(qingdao([2026, 2027]), { today: '2026-12-07' });
    const card = await option(/^Pay for 2027 today \(December 7, 2026\)/);
    const said = lines(card, /^Pay for 2027 today.* The earliest and latest dates are the same as under your plan/);
    expect(said[0]).toBe('Sooner: January 1, 2027 (your plan: between March 1, 2027 and June 1, 2027) — if your region still accepts payments for 2026 on the day you plan to pay and your region sets no extra wait when you switch from the employee scheme after a gap of more than 3 months');
    expect(said[3]).toBe('Later: July 1, 2027 (your plan: between March 1, 2027 and June 1, 2027) — if your region still accepts payments for 2026 on the day you plan to pay and your region sets a wait of 6 months when you switch from the employee scheme after a gap of more than 3 months');
    expect(said.map((s) => s?.split(' (')[0])).toEqual(['Sooner: January 1, 2027', 'Sooner: April 1, 2027', 'Later: April 1, 2027', 'Later: July 1, 2027']);
    expect(within(card).getByText('The earliest and latest dates are the same as under your plan, but in some situations this is sooner (as early as January 1, 2027) and in others later (as late as July 1, 2027).')).toBeInTheDocument();
    expect(within(card).getByText('Compare situation by situation').tagName).toBe('SUMMARY');
    expect(within(card).getByText('In every other situation, the date is the same as under your plan.')).toBeInTheDocument();
  });

  it('no such lines where the option and the plan agree situation by situation (2027 alone, planned for 20 Dec: paying it today changes no day)', async () => {
    const s = qingdao([2027], '2026-12-20');
    const r = runShipped(s);
    const today = r.options.find((o) => o.kind === 'payToday');
    // The same span, and the same day in each situation: the calculator marks it as the plan's.
    expect(today?.restoration).toMatchObject({ kind: 'range', earliest: '2027-01-01', latest: '2027-07-01' });
    expect(today?.sameAsPlan).toBe(true);
    for (const language of ['en', 'zh-CN'] as const) {
      await renderResultScreen(s, { language, today: '2026-12-07' });
      await screen.findByTestId('headline');
      const options = screen.getByRole('list', { name: language === 'en' ? 'Options and when reimbursement restarts under each' : '各种做法及医保报销恢复日期' });
      // The card is shown, saying it changes no day.
      const card = within(options).getByRole('listitem', { name: language === 'en' ? /^Pay today \(December 7, 2026\) for 2027/ : /^今天（2026年12月7日）缴纳2027年度保费/ });
      expect(card).toHaveTextContent(language === 'en' ? 'Your reimbursement restarts on the same date as under your own plan: paying on this day does not bring it forward.' : '恢复日期与按原计划缴费相同，这样缴费不会提前恢复。');
      expect(options).not.toHaveTextContent(language === 'en' ? 'are the same as under your plan, but' : '最早和最晚的日期虽与您的计划相同');
      expect(options).not.toHaveTextContent(language === 'en' ? 'Sooner:' : '提前到');
      cleanup();
    }
  });
});
