// Issue 12, point 4, on screen: each option card names its whole plan, the earliest and the
// cheapest are marked in words (not colour only), and an option that changes no date is left
// out when it costs more, or says so. Options come from the real calculator with shipped packs.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProviders, createQueryClient } from '../../../src/app/app';
import { calculate } from '../../../src/calc';
import type { Result, Scenario } from '../../../src/calc';
import { OptionsList } from '../../../src/features/result/options-list';
import { planCostOf } from '../../../src/features/result/plan-cost';
import type { SupportedLanguage } from '../../../src/i18n/languages';
import { chainFor } from '../../fixtures/packs';
import { employeePay, residentPay, scenario } from '../../fixtures/scenarios';
import { makeI18n, serveRules } from '../wizard/harness';

function run(s: Scenario): Result {
  const outcome = calculate(s, chainFor(s.region));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
}

async function renderOptions(s: Scenario, language: SupportedLanguage = 'en') {
  const i18n = await makeI18n(language);
  const result = run(s);
  render(
    <AppProviders i18n={i18n} queryClient={createQueryClient()}>
      <OptionsList options={result.options} asOf={s.asOf} made={s.payments.at(-1)?.status === 'made'} plan={result.main.restoration} />
    </AppProviders>,
  );
}

/** 阜新: covered 2023–2024, no cover in 2025, plans 2026 with one repair year on 5 Dec 2026. */
const fuxinPlan = scenario({ asOf: '2026-11-30', region: 'liaoning-fuxin', years: { 2023: 'resident', 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-12-05', [2026], 1, 'planned')] });

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

describe('option cards (issue 12.4)', () => {
  it('marks the earliest option in words, and a plan keeping repair years says so in its title', async () => {
    await renderOptions(fuxinPlan);
    const list = screen.getByRole('list', { name: 'Options and when reimbursement restarts under each' });
    // Pay today keeps the plan's repair year and says so; the next window is 2027 alone.
    const today = within(list).getByRole('listitem', { name: /^Pay today .* for 2026, with 1 repair year$/ });
    const next = within(list).getByRole('listitem', { name: "Pay for 2027 today (November 30, 2026), if your region's 2027 enrolment window is already open" });
    expect(within(today).getByRole('list', { name: 'Compared with the other options' })).toHaveTextContent('Earliest restart');
    expect(within(next).queryByText('Earliest restart')).not.toBeInTheDocument();
  });

  it('fewer repair years for the same date say that only the cost changes; the lowest cost is 2027 alone, as that date needs 2027 paid too', async () => {
    await renderOptions(fuxinPlan);
    const card = screen.getByRole('listitem', { name: 'No repair years with the payment you plan on December 5, 2026' });
    expect(within(card).getByText('Your reimbursement restarts on the same date as under your own plan: this option changes only what you pay.')).toBeInTheDocument();
    // 2026 without repair restores only once 2027 is paid too: two years against 2027's one.
    expect(within(card).queryByText('Lowest cost')).toBeNull();
    const next = screen.getByRole('listitem', { name: "Pay for 2027 today (November 30, 2026), if your region's 2027 enrolment window is already open" });
    expect(within(next).getByRole('list', { name: 'Compared with the other options' })).toHaveTextContent('Lowest cost');
  });

  it('paying earlier for the same date says the date does not move, not that the cost changes', async () => {
    // 青岛: 2027 planned on 20 Nov 2026 in the window with one repair year; paying today, 15 Nov, gives the same date.
    await renderOptions(scenario({ asOf: '2026-11-15', region: 'shandong-qingdao', years: { 2025: 'none', 2026: 'none' }, payments: [residentPay('2026-11-20', [2027], 1, 'planned')] }));
    const card = screen.getByRole('listitem', { name: /^Pay today/ });
    expect(within(card).getByText('Your reimbursement restarts on the same date as under your own plan: paying on this day does not bring it forward.')).toBeInTheDocument();
    expect(within(card).queryByText(/changes only what you pay/)).toBeNull();
    // The plan again, paid earlier, for the same premium: neither earliest nor lowest cost.
    expect(within(card).queryByRole('list', { name: 'Compared with the other options' })).toBeNull();
  });

  it('an option later than the plan is never marked earliest, and the next window is not listed again as the same plan', async () => {
    // 青岛: covered 2024, no cover in 2025 and 2026; 2027 planned on 10 Dec 2026 with one repair
    // year, in the window (open on 1 Dec): 1 April 2027. Without the repair year: 1 May 2027.
    await renderOptions(scenario({ asOf: '2026-12-01', region: 'shandong-qingdao', years: { 2024: 'resident', 2025: 'none', 2026: 'none' }, payments: [residentPay('2026-12-10', [2027], 1, 'planned')] }));
    const list = screen.getByRole('list', { name: 'Options and when reimbursement restarts under each' });
    expect(within(list).queryByText('Earliest restart')).toBeNull();
    const withoutRepair = within(list).getByRole('listitem', { name: 'No repair years with the payment you plan on December 10, 2026' });
    expect(withoutRepair).toHaveTextContent('May 1, 2027');
    expect(within(withoutRepair).getByRole('list', { name: 'Compared with the other options' })).toHaveTextContent('Lowest cost');
    // Paying 2027 alone today in the open window is that same plan a few days earlier.
    expect(within(list).queryByRole('listitem', { name: /in the next enrolment window/ })).toBeNull();
  });

  it('a lone option is compared with nothing and carries no mark', async () => {
    // 青岛: 2027 paid on 20 Nov 2026, seen on 25 Nov: the only card is the repair year it could have
    // included, told for comparison (its title under the comparison's heading).
    await renderOptions(scenario({ asOf: '2026-11-25', region: 'shandong-qingdao', years: { 2025: 'none', 2026: 'none' }, payments: [residentPay('2026-11-20', [2027], 0, 'made')] }));
    expect(screen.getAllByRole('heading', { level: 4 })).toHaveLength(1);
    expect(screen.queryByRole('list', { name: 'Compared with the other options' })).toBeNull();
  });

  it('under the national rules, a window some regions open later is not called open today', async () => {
    // 1 Oct 2026: the earliest known 2027 window opened on 1 Sep, the latest opens on 30 Nov (§8.5).
    await renderOptions(scenario({ asOf: '2026-10-01', region: 'national', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-10-05', [2026], 0, 'planned')] }));
    expect(screen.getByRole('heading', { name: 'Pay for 2027 in its enrolment window (already open in some regions; in others it opens later)' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /today \(October 1, 2026\), in its enrolment window/ })).toBeNull();
  });

  it('in Chinese too', async () => {
    await renderOptions(fuxinPlan, 'zh-CN');
    const card = screen.getByRole('listitem', { name: /^今天（.*）缴纳2026年度保费，并修复1年$/ });
    expect(within(card).getByRole('list', { name: '与其他做法相比' })).toHaveTextContent('恢复最早');
  });

  it('back-paying months that change no date is not offered', async () => {
    await renderOptions(scenario({ asOf: '2026-06-10', region: 'jiangsu', employeePeriods: [{ from: '2023-01', to: '2025-12' }], payments: [employeePay('2026-06-10', false, 'employee', 'planned')] }));
    expect(screen.queryByRole('heading', { name: /^Back-pay the missed months/ })).not.toBeInTheDocument();
  });

  it('a made payment that needs 2027 too offers 2027 on top of it', async () => {
    await renderOptions(scenario({ asOf: '2026-12-10', region: 'liaoning-fuxin', years: { 2023: 'resident', 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-12-01', [2026], 0, 'made')] }));
    expect(screen.getByRole('heading', { name: "Also pay for 2027 today (December 10, 2026), if your region's 2027 enrolment window is already open, on top of the payment already made" })).toBeInTheDocument();
  });
});

describe('the earliest mark for a newborn', () => {
  it('海南 newborn (born 1 Sep 2026, 2026 planned on 1 Dec 2026): "Earliest start", not "Earliest restart"; in Chinese 开始最早', async () => {
    const hainan = scenario({ asOf: '2026-10-01', region: 'hainan', payments: [residentPay('2026-12-01', [2026], 0, 'planned')], circumstances: { birthDate: '2026-09-01' } });
    const result = run(hainan);
    for (const language of ['en', 'zh-CN'] as const) {
      const view = render(
        <AppProviders i18n={await makeI18n(language)} queryClient={createQueryClient()}>
          <OptionsList options={result.options} asOf={hainan.asOf} made={false} plan={result.main.restoration} cover="first" />
        </AppProviders>,
      );
      expect(view.container.textContent).toContain(language === 'en' ? 'Earliest start' : '开始最早');
      expect(view.container.textContent).not.toContain(language === 'en' ? 'Earliest restart' : '恢复最早');
      view.unmount();
    }
  });
});

describe('"Lowest cost" is the lowest of every option shown', () => {
  // Newcomer walk, 6 Dec 2026: 广州, born 1 Jul 2026, 2026 and 2027 planned for 10 Dec (after 90
  // days). Paying both today costs what the plan does; paying 2027 alone, giving up 2026, costs a
  // year less. "Lowest cost" on the first would point away from the cheaper one.
  const newborn = scenario({ asOf: '2026-12-06', region: 'guangdong-guangzhou', payments: [residentPay('2026-12-10', [2026, 2027], 0, 'planned')], circumstances: { birthDate: '2026-07-01' } });

  it('广州 newborn: paying both years today is the earliest, but not the lowest cost; no option is', async () => {
    await renderOptions(newborn);
    const today = screen.getByRole('listitem', { name: /^Pay today \(December 6, 2026\)/ });
    expect(within(today).getByRole('list', { name: 'Compared with the other options' })).toHaveTextContent(/^Earliest/);
    expect(screen.queryByText('Lowest cost')).toBeNull();
    expect(screen.getByRole('listitem', { name: /^Pay for 2027 today/ })).toHaveTextContent('1 year less of personal contribution');
  });

  it('an option that costs what the plan does is not "lowest cost" (national rules, 2027 planned for 15 Jan 2027, paid today)', async () => {
    // Newcomer walk, 6 Dec 2026: paying today moved only the latest date; its card said "the same
    // amount" under a "Lowest cost" mark. The repair options cost more: no option saves anything.
    const s = scenario({ asOf: '2026-12-06', region: 'national', years: { 2023: 'resident', 2024: 'resident', 2025: 'none', 2026: 'none' }, payments: [residentPay('2027-01-15', [2027], 0, 'planned')] });
    const result = run(s);
    render(
      <AppProviders i18n={await makeI18n('en')} queryClient={createQueryClient()}>
        <OptionsList options={result.options} asOf={s.asOf} made={false} plan={result.main.restoration} planCost={planCostOf(s, result.main.restoration)} />
      </AppProviders>,
    );
    const today = screen.getByRole('listitem', { name: /^Pay today \(December 6, 2026\) for 2027$/ });
    expect(today).toHaveTextContent('the same amount');
    expect(screen.queryByText('Lowest cost')).toBeNull();
    // Paying today with both repair years is the soonest, 1 April 2027 in every region, for 2 years more.
    const both = screen.getByRole('listitem', { name: 'Pay today (December 6, 2026) for 2027, with 2 repair years' });
    expect(within(both).getByRole('list', { name: 'Compared with the other options' })).toHaveTextContent('Earliest restart');
    expect(both).toHaveTextContent('April 1, 2027');
    expect(both).toHaveTextContent('2 more years of personal contribution');
    expect(within(screen.getByRole('listitem', { name: /^Repair 2 years with the payment you plan/ })).queryByText('Earliest restart')).toBeNull();
  });
});

describe('what repair is', () => {
  it('said once above options that repair (阜新, 2026 planned with a repair year), not where none does', async () => {
    await renderOptions(fuxinPlan);
    expect(screen.getByText(/^Repair means paying extra years of premium with your payment/)).toBeVisible();
    cleanup();
    await renderOptions(fuxinPlan, 'zh-CN');
    expect(screen.getByText(/^修复是指随这次缴费多缴若干年的保费/)).toBeVisible();
    cleanup();
    await renderOptions(scenario({ asOf: '2026-12-06', region: 'guangdong-guangzhou', payments: [residentPay('2026-12-10', [2026, 2027], 0, 'planned')], circumstances: { birthDate: '2026-07-01' } }));
    expect(screen.queryByText(/Repair means/)).toBeNull();
  });
});
