// The "other scheme" card (newcomer review 2, finding 2): a flexible worker's result under 青岛
// names the resident scheme's dates, a resident's names the flexible worker's, with the cost
// where known and a button that changes the answers; none for a payment already made.
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProviders, createQueryClient } from '../../../src/app/app';
import type { Scenario } from '../../../src/calc';
import type { SupportedLanguage } from '../../../src/i18n/languages';
import { ResultScreen } from '../../../src/features/result/result-screen';
import type { ResultScreenProps } from '../../../src/features/result/result-screen';
import { chainFor } from '../../fixtures/packs';
import { employeePay, residentPay, scenario } from '../../fixtures/scenarios';
import { makeI18n, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const EMPLOYED = [{ from: '2020-01', to: '2026-06' }];
const flexible = (region: string) => scenario({ asOf: '2026-12-07', region, employeePeriods: EMPLOYED, payments: [employeePay('2026-12-07', false, 'flexible', 'planned')] });
const resident = (region: string) => scenario({ asOf: '2026-12-07', region, employeePeriods: EMPLOYED, payments: [residentPay('2026-12-07', [2027], 0, 'planned')] });

async function renderResult(s: Scenario, language: SupportedLanguage, extra: Partial<ResultScreenProps> = {}) {
  const i18n = await makeI18n(language);
  const onTryScheme = vi.fn();
  const user = userEvent.setup();
  const view = render(
    <AppProviders i18n={i18n} queryClient={createQueryClient()}>
      <ResultScreen scenario={s} chain={chainFor(s.region)} onStartAgain={vi.fn()} onEdit={vi.fn()} today={s.asOf} onTryScheme={onTryScheme} {...extra} />
    </AppProviders>,
  );
  return { user, onTryScheme, i18n, view };
}

/** The card's facts as "term: value". */
function facts(card: HTMLElement): string[] {
  return within(card)
    .getAllByRole('term')
    .map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`);
}

describe('the other scheme on a flexible worker’s result (青岛, employer stopped after June 2026, plan 7 Dec 2026)', () => {
  it('in English: the resident scheme for 2027, 1 Jan to 1 Jul 2027, no amount, and a button to switch', async () => {
    const { user, onTryScheme } = await renderResult(flexible('shandong-qingdao'), 'en');
    const card = await screen.findByRole('region', { name: 'The other scheme' });
    expect(within(card).getByText(/^You chose to pay as a flexible worker/)).toHaveTextContent(
      'You chose to pay as a flexible worker (employee medical insurance). If you join resident medical insurance instead and pay for 2027 on December 7, 2026, with your other answers unchanged:',
    );
    expect(facts(card)).toEqual([
      "Reimbursement would restart: between January 1, 2027 and July 1, 2027, depending on your region's rules",
      'Cost: The premium for 2027 is set by your region (we do not have the amount); resident medical insurance is paid once a year',
    ]);
    expect(within(card).getByText('Paying for 2026 as well would not bring this date forward, and would cost a year\'s premium more.')).toBeInTheDocument();
    const button = within(card).getByRole('button', { name: 'Show my result for resident medical insurance' });
    expect(button).toHaveAccessibleDescription('This changes your answer about which insurance you pay into. You can change it back.');
    await user.click(button);
    expect(onTryScheme).toHaveBeenCalledTimes(1);
    expect(onTryScheme.mock.calls[0]?.[0].payments).toEqual([{ scheme: 'resident', date: '2026-12-07', status: 'planned', years: [2027], repairYears: 0 }]);
    // The person's own answer stays the headline.
    expect(screen.getByTestId('headline')).toHaveTextContent('March 1, 2027');
  });

  it('in Chinese, and again after a language switch', async () => {
    const { i18n } = await renderResult(flexible('shandong-qingdao'), 'zh-CN');
    const card = await screen.findByRole('region', { name: '另一种参保方式' });
    expect(within(card).getByText(/^您选择的是/)).toHaveTextContent('您选择的是以灵活就业人员身份参加职工医保。如果改为参加居民医保，在2026年12月7日缴纳2027年度保费，您的其他回答不变：');
    expect(facts(card)).toEqual(['医保报销恢复: 2027年1月1日至2027年7月1日之间，取决于当地规定', '费用: 2027年度的缴费标准以当地通知为准（我们收录的规定中没有这一金额）；居民医保每年缴费一次']);
    expect(within(card).getByText('同时缴纳2026年度保费不会让这一日期提前，还要多缴一年保费。')).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: '改按参加居民医保计算我的结果' })).toBeInTheDocument();
    await i18n.changeLanguage('en');
    expect(await screen.findByRole('region', { name: 'The other scheme' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show my result for resident medical insurance' })).toBeInTheDocument();
  });

  it('where the region prices the premium (武汉): 2026 and 2027 together, CN¥400 a year', async () => {
    await renderResult(flexible('hubei-wuhan'), 'en');
    const card = await screen.findByRole('region', { name: 'The other scheme' });
    expect(within(card).getByText(/^You chose/)).toHaveTextContent('pay for 2026 and 2027 on December 7, 2026');
    expect(facts(card)).toEqual(["Reimbursement would restart: between March 1, 2027 and April 1, 2027, depending on your region's rules", 'Cost: At the 2026 rates: CN¥400 a year (personal contribution, standard rate)']);
  });
});

describe('the other scheme on a resident’s result (青岛, 2027 planned on 7 Dec 2026)', () => {
  it('in both languages: as a flexible worker that day, not back-paid, 1 March 2027; the contribution set locally', async () => {
    await renderResult(resident('shandong-qingdao'), 'en');
    let card = await screen.findByRole('region', { name: 'The other scheme' });
    expect(within(card).getByText(/^You chose/)).toHaveTextContent(
      'You chose resident medical insurance. If you can enrol as a flexible worker (employee medical insurance) instead and pay on December 7, 2026, without back-paying the months your cover lapsed, with your other answers unchanged:',
    );
    expect(facts(card)).toEqual([
      'Reimbursement would restart: March 1, 2027',
      'Cost: Set by your region: flexible workers pay monthly contributions, usually worked out from a share of the local average wage. We cannot give an amount; ask your local medical insurance office',
    ]);
    expect(within(card).getByRole('button', { name: 'Show my result as a flexible worker' })).toBeInTheDocument();
    cleanup();
    await renderResult(resident('shandong-qingdao'), 'zh-CN');
    card = await screen.findByRole('region', { name: '另一种参保方式' });
    expect(within(card).getByText(/^您选择的是/)).toHaveTextContent('您选择的是参加居民医保。如果您能以灵活就业人员身份参加职工医保，在2026年12月7日缴费，不补缴断保的月份，您的其他回答不变：');
    expect(facts(card)[0]).toBe('医保报销恢复: 2027年3月1日');
    expect(within(card).getByRole('button', { name: '改按灵活就业人员参保计算我的结果' })).toBeInTheDocument();
  });
});

describe('not shown, and the way back', () => {
  it('a payment already made gets no card', async () => {
    await renderResult(scenario({ asOf: '2026-12-07', region: 'shandong-qingdao', employeePeriods: EMPLOYED, payments: [employeePay('2026-12-01', false, 'flexible', 'made')] }), 'en');
    expect(await screen.findByTestId('headline')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'The other scheme' })).toBeNull();
    expect(screen.queryByTestId('other-scheme')).toBeNull();
  });

  it('after switching: says so, and the button changes back', async () => {
    const onUndo = vi.fn();
    const { user } = await renderResult(resident('shandong-qingdao'), 'zh-CN', { schemeSwitch: { from: 'flexible', to: 'resident', onUndo } });
    const notice = await screen.findByTestId('scheme-switch');
    expect(notice).toHaveTextContent('本页现在按参加居民医保计算。您原来的回答是：以灵活就业人员身份参加职工医保。');
    expect(notice).toHaveFocus();
    await user.click(within(notice).getByRole('button', { name: '改回以灵活就业人员身份参保' }));
    expect(onUndo).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });
});

describe('the other scheme that pays only for the year of payment says when its cover ends (resident cover is per calendar year, R1)', () => {
  // National rules, employee cover to Oct 2026, flexible payment planned 7 Dec 2026: the resident
  // scheme's best answer is 2026 alone, from 1 Dec 2026, which covers December only.
  const toOctober = scenario({ asOf: '2026-12-07', region: 'national', employeePeriods: [{ from: '2020-01', to: '2026-10' }], payments: [employeePay('2026-12-07', false, 'flexible', 'planned')] });

  it('in English and in Chinese: ends 31 Dec 2026, pay 2027 in its window to stay covered', async () => {
    await renderResult(toOctober, 'en');
    const card = await screen.findByRole('region', { name: 'The other scheme' });
    expect(card).toHaveTextContent('pay for 2026 on December 7, 2026');
    expect(within(card).getByText(/^Cover paid for this way ends/)).toHaveTextContent('Cover paid for this way ends on December 31, 2026: to stay covered from January 1, 2027, also pay for 2027 in its enrolment window.');
    cleanup();
    await renderResult(toOctober, 'zh-CN');
    const zh = await screen.findByRole('region', { name: '另一种参保方式' });
    expect(within(zh).getByText(/^这样缴费/)).toHaveTextContent('这样缴费，医保待遇到2026年12月31日为止；如需从2027年1月1日起继续享受待遇，还要在2027年度集中参保期内缴费。');
  });

  it('not where the payment is for next year (青岛, 2027 alone)', async () => {
    await renderResult(flexible('shandong-qingdao'), 'en');
    const card = await screen.findByRole('region', { name: 'The other scheme' });
    expect(card).not.toHaveTextContent('Cover paid for this way ends');
  });
});
