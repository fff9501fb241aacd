// The payment: made or planned, its date, the benefit years, and repair when it helps or was paid.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { noCircumstances } from '../../../src/features/wizard/answers';
import { answersWith, continueButton, draftAt, findErrorSummary, heading, renderWizard, serveRules } from './harness';

beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal('fetch', serveRules());
});
afterEach(() => vi.unstubAllGlobals());

/** Waits until the region's pack has been served and the step has had time to draw what it allows (a negative check needs it there first). */
async function rulesLoaded(region: string) {
  await waitFor(() => expect(vi.mocked(fetch).mock.calls.some(([input]) => String(input).includes(`${region}.json`))).toBe(true));
  await new Promise((resolve) => setTimeout(resolve, 100));
}

const yearsGroup = () => screen.getByRole('group', { name: 'Which benefit years does this payment cover?' });

async function setDate(user: { clear: (el: Element) => Promise<void>; type: (el: Element, text: string) => Promise<void> }, label: string, value: string) {
  const input = screen.getByLabelText(label);
  await user.clear(input);
  await user.type(input, value);
}

describe('payment step', () => {
  it('rejects a planned payment in the past and a payment already made in the future', async () => {
    const { user } = await renderWizard({ initial: draftAt('payment', answersWith({ payment: { status: 'planned', date: '2026-11-15', years: [2027], repairYears: 0, backPay: true } })) });
    await setDate(user, 'Date you plan to pay', '2026-11-01');
    await user.click(continueButton());
    const summary = await findErrorSummary();
    expect(within(summary).getByRole('link', { name: /A planned payment cannot be in the past/ })).toBeInTheDocument();
    expect(screen.getByLabelText('Date you plan to pay')).toHaveAttribute('aria-invalid', 'true');

    await user.click(screen.getByRole('radio', { name: 'Yes, the money has arrived' }));
    expect(screen.getByLabelText('Date the money arrived')).toBeInTheDocument();
    await setDate(user, 'Date the money arrived', '2026-12-01');
    expect(await screen.findByText(/A payment already made cannot be in the future/, { selector: '.wz-field-error' })).toBeInTheDocument();
  });

  it('a past planned date, then "made": the error goes at once, not at the next press', async () => {
    const { user } = await renderWizard({ language: 'zh-CN', initial: draftAt('payment', answersWith({ payment: { status: 'planned', date: '2026-11-15', years: [2027], repairYears: 0, backPay: true } })) });
    await setDate(user, '打算缴费的日期', '2026-11-01');
    await user.click(screen.getByRole('button', { name: '继续' }));
    const summary = await findErrorSummary();
    expect(summary).toHaveTextContent('计划缴费的日期不能在过去');
    await user.click(screen.getByRole('radio', { name: '已缴费，费用已到账' }));
    const date = screen.getByLabelText('缴费到账日期');
    await waitFor(() => expect(date).not.toHaveAttribute('aria-invalid'));
    expect(screen.queryByText(/计划缴费的日期不能在过去/)).toBeNull();
  });

  it('refuses, beside the date, a payment before the window of the year it pays for opens (R1)', async () => {
    // Paid 1 Mar 2025 for 2026: the national rules take 2026 payments from 1 Sep 2025.
    const answers = answersWith({ payment: { status: 'made', date: '2025-03-01', years: [2026], repairYears: 0, backPay: true } }, { 2023: 'resident', 2024: 'resident', 2025: 'resident' });
    const { user } = await renderWizard({ initial: draftAt('payment', answers) });
    // The rules have arrived once the calculator has answered (no repair question: no year without cover).
    await waitFor(() => expect(screen.queryByText('Checking whether repair would shorten your wait…')).toBeNull());
    await user.click(continueButton());
    const summary = await findErrorSummary();
    const said = 'Payments for 2026 are taken from September 1, 2025 at the earliest, when its enrolment window opens. Change the date or the year paid for.';
    expect(within(summary).getByRole('link', { name: new RegExp(said.slice(0, 40)) })).toBeInTheDocument();
    const date = screen.getByLabelText('Date the money arrived');
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(document.getElementById(date.getAttribute('aria-describedby')?.split(' ').find((id) => document.getElementById(id)?.textContent?.includes('Payments for 2026')) ?? '')).not.toBeNull();
    expect(heading()).toHaveTextContent('The payment');
  });

  it('a made payment after no year without cover is not asked about repair (nothing to repair); after a year without cover, it is', async () => {
    const covered = answersWith({ payment: { status: 'made', date: '2026-01-10', years: [2026], repairYears: 0, backPay: true } }, { 2023: 'resident', 2024: 'resident', 2025: 'resident' });
    const first = await renderWizard({ initial: draftAt('payment', covered) });
    await waitFor(() => expect(screen.queryByText('Checking whether repair would shorten your wait…')).toBeNull());
    expect(screen.queryByRole('spinbutton', { name: /repair/ })).toBeNull();
    first.unmount();
    localStorage.clear();
    // 2025 without cover: what was paid for it is recorded, even where repair cannot shorten the wait.
    const lapsed = answersWith({ payment: { status: 'made', date: '2026-01-10', years: [2026], repairYears: 0, backPay: true } }, { 2023: 'resident', 2024: 'resident' });
    await renderWizard({ initial: draftAt('payment', lapsed) });
    expect(await screen.findByRole('spinbutton', { name: 'Extra years paid to repair the waiting period' })).toBeInTheDocument();
  });

  it('a year ticked under another date and kept out of sight does not hide the repair question (阜新, 2025 without cover)', async () => {
    const answers = answersWith({ region: 'liaoning-fuxin', payment: { status: 'made', date: '2026-01-10', years: [2026], repairYears: 0, backPay: true } }, { 2023: 'resident', 2024: 'resident' });
    const { user } = await renderWizard({ initial: draftAt('payment', answers) });
    const label = 'Extra years paid to repair the waiting period';
    expect(await screen.findByRole('spinbutton', { name: label })).toBeInTheDocument();
    const date = screen.getByLabelText('Date the money arrived');
    fireEvent.change(date, { target: { value: '2025-03-01' } });
    await user.click(within(yearsGroup()).getByRole('checkbox', { name: '2025' }));
    fireEvent.change(date, { target: { value: '2026-01-10' } });
    expect(within(yearsGroup()).queryByRole('checkbox', { name: '2025' })).toBeNull();
    await waitFor(() => expect(screen.queryByText('Checking whether repair would shorten your wait…')).toBeNull());
    expect(screen.getByRole('spinbutton', { name: label })).toBeInTheDocument();
  });

  it("a child's year of birth that costs nothing (武汉, 湖北's rules), paid for alone: the step asks about the enrolment, not a payment, in both languages; with 2027 instead, about the money", async () => {
    const born = { ...noCircumstances(), newborn: true, birthDate: '2026-08-01' };
    const answers = answersWith({ region: 'hubei-wuhan', payment: { status: 'made', date: '2026-11-15', years: [2026], repairYears: 0, backPay: true }, circumstances: born });
    const first = await renderWizard({ initial: draftAt('payment', answers) });
    const date = await screen.findByLabelText('Date of enrolment');
    // The years are enrolled for (the year of birth free, a later one paid): the question says so, whatever is ticked.
    const enrolYears = () => screen.getByRole('group', { name: 'Which benefit years is this enrolment for?' });
    expect(screen.queryByRole('group', { name: 'Which benefit years does this payment cover?' })).toBeNull();
    expect(date).toHaveAccessibleDescription("Your region charges nothing for a child's year of birth: give the day of your child's enrolment.");
    const status = screen.getByRole('group', { name: 'Have you enrolled your child already?' });
    expect(within(status).getAllByRole('radio').map((r) => (r as HTMLInputElement).labels?.[0]?.textContent)).toEqual(['Yes, my child is enrolled', 'No, I plan to enrol my child']);
    expect(screen.queryByText('Yes, the money has arrived')).toBeNull();
    // Planned, in the past: the error names the choices on the page.
    await first.user.click(within(status).getByRole('radio', { name: 'No, I plan to enrol my child' }));
    expect(screen.getByLabelText('Date you plan to enrol your child')).toBe(date);
    await setDate(first.user, 'Date you plan to enrol your child', '2026-11-01');
    await first.user.click(continueButton());
    const summary = await findErrorSummary();
    expect(within(summary).getByRole('link', { name: 'A planned enrolment cannot be in the past. Choose “Yes, my child is enrolled” or change the date.' })).toBeInTheDocument();
    await first.user.click(within(status).getByRole('radio', { name: 'Yes, my child is enrolled' }));
    await setDate(first.user, 'Date of enrolment', '2026-11-15');
    // 2026 and 2027: the money is the next year's premium, and the date the day it arrives.
    await first.user.click(within(enrolYears()).getByRole('checkbox', { name: '2027' }));
    await waitFor(() => expect(date).toHaveAccessibleDescription("Your region charges nothing for a child's year of birth, so what you pay is the next year's premium: give the day it reaches the insurance fund."));
    expect(screen.getByLabelText('Date the money arrived')).toBe(date);
    await first.user.click(within(enrolYears()).getByRole('checkbox', { name: '2027' }));
    // 2027 only: that year is paid for as anyone's.
    await first.user.click(within(enrolYears()).getByRole('checkbox', { name: '2026' }));
    await first.user.click(within(enrolYears()).getByRole('checkbox', { name: '2027' }));
    await waitFor(() => expect(date).toHaveAccessibleDescription('The day the money reaches the insurance fund. A bank transfer can take a day or two.'));
    expect(screen.getByLabelText('Date the money arrived')).toBe(date);
    expect(screen.getByRole('group', { name: 'Have you paid already?' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Yes, the money has arrived' })).toBeChecked();
    first.unmount();
    localStorage.clear();
    await renderWizard({ language: 'zh-CN', initial: draftAt('payment', answers) });
    expect(await screen.findByLabelText('办理参保的日期')).toHaveAccessibleDescription('当地新生儿出生当年参保不需缴费：请填写为孩子办理参保的日期。');
    const zhStatus = screen.getByRole('group', { name: '已经为孩子办理参保了吗？' });
    expect(within(zhStatus).getAllByRole('radio').map((r) => (r as HTMLInputElement).labels?.[0]?.textContent)).toEqual(['已为孩子办理参保', '还没有，打算为孩子办理参保']);
    expect(screen.queryByText('已缴费，费用已到账')).toBeNull();
    expect(screen.queryByText('缴费到账日期')).toBeNull();
    expect(screen.getByRole('group', { name: '这次为孩子参保的是哪几个待遇年度？' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: '这次缴的是哪几个待遇年度的保费？' })).toBeNull();
    localStorage.clear();
  });

  it("a free year of birth enrolled in the future, in Chinese: the error names the enrolment's choices", async () => {
    const born = { ...noCircumstances(), newborn: true, birthDate: '2026-08-01' };
    const answers = answersWith({ region: 'hubei-wuhan', payment: { status: 'made', date: '2026-11-20', years: [2026], repairYears: 0, backPay: true }, circumstances: born });
    const { user } = await renderWizard({ language: 'zh-CN', initial: draftAt('payment', answers) });
    await screen.findByLabelText('办理参保的日期');
    await user.click(screen.getByRole('button', { name: '继续' }));
    const summary = await findErrorSummary();
    expect(within(summary).getByRole('link', { name: '已办理参保的日期不能晚于今天。请选择“还没有，打算为孩子办理参保”或修改日期。' })).toBeInTheDocument();
    localStorage.clear();
  });

  it("a free year of birth's date of enrolment, missing or before the birth, is asked for as that date, in Chinese", async () => {
    const born = { ...noCircumstances(), newborn: true, birthDate: '2026-08-01' };
    const answers = answersWith({ region: 'hubei-wuhan', payment: { status: 'made', date: '2026-07-20', years: [2026], repairYears: 0, backPay: true }, circumstances: born });
    const { user } = await renderWizard({ language: 'zh-CN', initial: draftAt('payment', answers) });
    const date = await screen.findByLabelText('办理参保的日期');
    await user.click(screen.getByRole('button', { name: '继续' }));
    expect(within(await findErrorSummary()).getByRole('link', { name: '办理参保的日期早于出生日期。' })).toBeInTheDocument();
    await user.clear(date);
    await user.click(screen.getByRole('button', { name: '继续' }));
    await waitFor(() => expect(date).toHaveAccessibleDescription(/请完整填写办理参保的日期（年、月、日），且须是真实存在的日期。/));
    localStorage.clear();
  });

  it('a newborn’s payment before the birth date is refused beside the date, in Chinese', async () => {
    const answers = answersWith({ payment: { status: 'made', date: '2026-09-01', years: [2026], repairYears: 0, backPay: true }, circumstances: { ...noCircumstances(), newborn: true, birthDate: '2026-10-10' } });
    const { user } = await renderWizard({ language: 'zh-CN', initial: draftAt('payment', answers) });
    // The rules have arrived once the calculator has answered (no repair question for a newborn here).
    await waitFor(() => expect(screen.queryByText('正在计算修复能否缩短您的待遇等待期……')).toBeNull());
    await user.click(screen.getByRole('button', { name: '继续' }));
    const summary = await findErrorSummary();
    expect(within(summary).getByRole('link', { name: '缴费日期早于出生日期。' })).toBeInTheDocument();
    expect(screen.getByLabelText('缴费到账日期')).toHaveAttribute('aria-invalid', 'true');
  });

  it('offers the payment year and the next, and needs at least one', async () => {
    const { user, store } = await renderWizard({ initial: draftAt('payment', answersWith({}, { 2025: 'resident', 2026: 'resident' })) });
    expect(within(yearsGroup()).getAllByRole('checkbox').map((c) => c.getAttribute('value'))).toEqual(['2026', '2027']);
    await user.click(continueButton());
    const summary = await findErrorSummary();
    expect(within(summary).getByRole('link', { name: 'Choose at least one year to pay for.' })).toBeInTheDocument();
    await user.click(within(yearsGroup()).getByRole('checkbox', { name: '2027' }));
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('Your circumstances'));
    expect(store.getState().draft.answers.payment).toMatchObject({ status: 'planned', date: '2026-11-15', years: [2027], repairYears: 0 });
  });

  it('a child born the year before the payment is offered that year too, and the hint says why, in both languages', async () => {
    for (const [language, hint, legend] of [
      ['en', 'Choose one year, or several together. Your child was born in 2025, so 2025 is listed too.', 'Which benefit years does this payment cover?'],
      ['zh-CN', '选一个年度，也可以几个年度一起缴。孩子是2025年出生的，也可以选2025年度。', '这次缴的是哪几个待遇年度的保费？'],
    ] as const) {
      localStorage.clear();
      // Born 2025, the rules' first year (a child born in 2024 is not offered 2024: payment-years-bounds.test.tsx).
      const answers = answersWith({ payment: { status: 'made', date: '2026-01-10', years: [2026], repairYears: 0, backPay: true }, circumstances: { ...noCircumstances(), newborn: true, birthDate: '2025-11-20' } });
      const { unmount } = await renderWizard({ language, initial: draftAt('payment', answers) });
      const group = screen.getByRole('group', { name: legend });
      expect(within(group).getAllByRole('checkbox').map((c) => c.getAttribute('value'))).toEqual(['2025', '2026', '2027']);
      expect(group).toHaveAccessibleDescription(hint);
      unmount();
    }
  });

  it('a year ticked under one date stays ticked when the date moves to another year and back, even after ticking a box there', async () => {
    const { user, store } = await renderWizard({ initial: draftAt('payment', answersWith({}, { 2025: 'resident', 2026: 'resident' })) });
    await user.click(within(yearsGroup()).getByRole('checkbox', { name: '2027' }));
    const date = screen.getByLabelText(/date/i, { selector: 'input' });
    fireEvent.change(date, { target: { value: '2029-01-10' } });
    expect(within(yearsGroup()).getAllByRole('checkbox').map((c) => c.getAttribute('value'))).toEqual(['2029', '2030']);
    await user.click(within(yearsGroup()).getByRole('checkbox', { name: '2029' }));
    fireEvent.change(date, { target: { value: '2026-11-15' } });
    expect(within(yearsGroup()).getByRole('checkbox', { name: '2027' })).toBeChecked();
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('Your circumstances'));
    // Only the years offered for the date given are the payment's.
    expect(store.getState().draft.answers.payment).toMatchObject({ date: '2026-11-15', years: [2027] });
  });

  // Under 阜新's rules (L-FX: each lapse year after the first adds a month); under the national
  // pack a region reading "every lapse year" could use one more repair year (§8).
  it('offers repair when it would shorten the wait (阜新, lapsed 2025 and 2026, 2027 planned in the window): at most 1 year', async () => {
    const answers = answersWith({ region: 'liaoning-fuxin', payment: { status: 'planned', date: '2026-11-20', years: [2027], repairYears: 0, backPay: true } }, { 2023: 'resident', 2024: 'resident' });
    const { user, store } = await renderWizard({ initial: draftAt('payment', answers) });
    const repair = await screen.findByRole('spinbutton', { name: 'Extra years to repair the waiting period' });
    // What was paid can be recorded (up to the scenario's 30); the useful number is in the hint.
    expect(repair).toHaveAttribute('max', '30');
    expect(repair).toHaveAccessibleDescription(/at most 1 year helps/);

    await user.clear(repair);
    await user.type(repair, '31');
    await user.click(continueButton());
    const summary = await findErrorSummary();
    expect(within(summary).getByRole('link', { name: 'Enter a whole number from 0 to 30.' })).toBeInTheDocument();

    // Two repair years: accepted as paid, with the warning that the second removes nothing.
    await user.clear(repair);
    await user.type(repair, '2');
    expect(await screen.findByRole('status')).toHaveTextContent('Repair years that shorten your wait: 1. The other 1 year removes nothing.');
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('Your circumstances'));
    expect(store.getState().draft.answers.payment.repairYears).toBe(2);
  });

  it('under the national rules, where regions read the variable wait differently, the repair hint says it depends on the region (lapsed 2025 and 2026, 2027 planned): 1 to 2 years', async () => {
    const answers = answersWith({ region: 'national', payment: { status: 'planned', date: '2026-11-20', years: [2027], repairYears: 0, backPay: true } }, { 2024: 'resident' });
    await renderWizard({ initial: draftAt('payment', answers) });
    const repair = await screen.findByRole('spinbutton', { name: 'Extra years to repair the waiting period' });
    expect(repair).toHaveAccessibleDescription(/^The lapse in your cover adds a variable waiting period; how long it is depends on your region's rules\..* Depending on your region, 1 to 2 years help; more buys nothing\.$/);
  });

  it('a region whose own rules leave the variable wait open (江西, 2025 lapsed) says its rules do not say, not "some regions", in both languages', async () => {
    const answers = answersWith({ region: 'jiangxi', payment: { status: 'made', date: '2026-01-20', years: [2026], repairYears: 0, backPay: true } }, { 2024: 'resident' });
    const first = await renderWizard({ initial: draftAt('payment', answers) });
    const repair = await screen.findByRole('spinbutton', { name: 'Extra years paid to repair the waiting period' });
    await waitFor(() => expect(repair).toHaveAccessibleDescription(/your region's rules do not say exactly how it is counted\..* or not at all\. At most 1 year helps; more buys nothing\.$/));
    expect(repair).not.toHaveAccessibleDescription(/some regions/);
    first.unmount();
    localStorage.clear();
    await renderWizard({ language: 'zh-CN', initial: draftAt('payment', answers) });
    const zh = await screen.findByRole('spinbutton', { name: '为修复待遇等待期额外缴费的年数' });
    await waitFor(() => expect(zh).toHaveAccessibleDescription(/当地规定没有写明怎么算。.*也可能不减少；最多多缴1年有用/));
    expect(zh).not.toHaveAccessibleDescription(/有些地区|理解/);
  });

  it("where some readings of the region's rules add no variable wait at all (广州, 2025 lapsed), the hint says repair may help none", async () => {
    const answers = answersWith({ region: 'guangdong-guangzhou', payment: { status: 'made', date: '2026-03-15', years: [2026], repairYears: 0, backPay: true } }, { 2024: 'resident' });
    await renderWizard({ initial: draftAt('payment', answers) });
    const repair = await screen.findByRole('spinbutton', { name: 'Extra years paid to repair the waiting period' });
    expect(repair).toHaveAccessibleDescription(/may shorten it by 1 month, or not at all\. At most 1 year helps; more buys nothing\.$/);
  });

  it('in Chinese the same hint says it once: a year may shorten the wait by 1 month or not at all, at most 1 year helps, and more does not shorten the wait', async () => {
    const answers = answersWith({ region: 'guangdong-guangzhou', payment: { status: 'made', date: '2026-03-15', years: [2026], repairYears: 0, backPay: true } }, { 2024: 'resident' });
    await renderWizard({ initial: draftAt('payment', answers), language: 'zh-CN' });
    const repair = await screen.findByRole('spinbutton', { name: /修复/ });
    expect(repair).toHaveAccessibleDescription(/变动待遇等待期可能减少1个月，也可能不减少；最多多缴1年有用，再多缴也不会缩短等待期。$/);
  });

  // A newcomer saw 「按您的情况，修复不能缩短待遇等待期」 before ticking a year, then 「最多缴1年有用」 after
  // ticking 2026 (national, 2025 lapsed): before the answers can be calculated, nothing firm.
  it('before a year is ticked, the repair hint says how to find out, not that repair cannot help (national, 2025 lapsed)', async () => {
    const answers = answersWith({ region: 'national', payment: { status: 'made', date: '2026-03-15', years: [], repairYears: 0, backPay: true } }, { 2024: 'resident' });
    const { user } = await renderWizard({ initial: draftAt('payment', answers), language: 'zh-CN' });
    const repair = await screen.findByRole('spinbutton', { name: /修复/ });
    expect(repair).toHaveAccessibleDescription('勾选您缴费的年度后，这里会显示修复几年有用。如您已缴纳修复年数，请按实际缴纳的年数填写。');
    // A number typed before that is not told it removes nothing.
    await user.clear(repair);
    await user.type(repair, '1');
    expect(screen.queryByText(/不会再减少等待期/)).not.toBeInTheDocument();
    await user.click(within(screen.getByRole('group', { name: /年度/ })).getByRole('checkbox', { name: /2026/ }));
    await waitFor(() => expect(repair).toHaveAccessibleDescription(/最多多缴1年有用（有些地区多缴一年也没有用），超过的部分不会缩短等待期。$/));
    expect(repair).not.toHaveAccessibleDescription(/不能缩短/);
  });

  it('in English, before a year is ticked: "tick the year you pay for"', async () => {
    const answers = answersWith({ region: 'national', payment: { status: 'made', date: '2026-03-15', years: [], repairYears: 0, backPay: true } }, { 2024: 'resident' });
    await renderWizard({ initial: draftAt('payment', answers) });
    const repair = await screen.findByRole('spinbutton', { name: 'Extra years paid to repair the waiting period' });
    expect(repair).toHaveAccessibleDescription(/^Tick the year you pay for to see how many repair years can help\./);
  });

  it('asks how many repair years a made payment included, even where repair does not help (阜新, only 2026 lapsed)', async () => {
    const answers = answersWith(
      { region: 'liaoning-fuxin', payment: { status: 'made', date: '2026-11-10', years: [2027], repairYears: 0, backPay: true } },
      { 2023: 'resident', 2024: 'resident', 2025: 'resident' },
    );
    const { user, store } = await renderWizard({ initial: draftAt('payment', answers) });
    const repair = await screen.findByRole('spinbutton', { name: 'Extra years paid to repair the waiting period' });
    expect(repair).toHaveAccessibleDescription(/repair does not shorten the wait/);
    await user.clear(repair);
    await user.type(repair, '1');
    expect(await screen.findByRole('status')).toHaveTextContent('Repair years that shorten your wait: 0. The other 1 year removes nothing.');
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('Your circumstances'));
    expect(store.getState().draft.answers.payment.repairYears).toBe(1);
  });

  it('does not ask a newborn’s parent about repair years where repair cannot help, even for a payment made (海南, born 20 Nov 2025, 2025 paid 15 Jan 2026)', async () => {
    const answers = answersWith({ region: 'hainan', payment: { status: 'made', date: '2026-01-15', years: [2025], repairYears: 0, backPay: true }, circumstances: { ...noCircumstances(), newborn: true, birthDate: '2025-11-20' } });
    const { user, store } = await renderWizard({ initial: draftAt('payment', answers) });
    // The calculator has answered once "checking whether repair would shorten your wait" is gone.
    await waitFor(() => expect(screen.queryByText('Checking whether repair would shorten your wait…')).toBeNull());
    expect(screen.queryByRole('spinbutton')).toBeNull();
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('Your circumstances'));
    expect(store.getState().draft.answers.payment.repairYears).toBe(0);
  });

  it('a child born years before, paying for a later year after lapse years, is still asked what the made payment included (阜新, born 2022, 2024-2025 lapsed, 2026 paid)', async () => {
    const answers = answersWith(
      { region: 'liaoning-fuxin', payment: { status: 'made', date: '2026-03-01', years: [2026], repairYears: 0, backPay: true }, circumstances: { ...noCircumstances(), newborn: true, birthDate: '2022-05-01' } },
      { 2023: 'resident', 2024: 'none', 2025: 'none' },
    );
    await renderWizard({ initial: draftAt('payment', answers) });
    expect(await screen.findByRole('spinbutton', { name: 'Extra years paid to repair the waiting period' })).toBeInTheDocument();
  });

  it('says which years before a plan further ahead will be asked about, instead of counting them without cover unseen', async () => {
    const answers = answersWith({ payment: { status: 'planned', date: '2029-12-01', years: [2030], repairYears: 0, backPay: true } }, { 2025: 'resident', 2026: 'resident' });
    const { user } = await renderWizard({ initial: draftAt('payment', answers) });
    // 2027 too: the history asks to this year only, so no year ahead has been answered yet.
    expect(screen.getByRole('note')).toHaveTextContent('This payment is for 2030. 2027, 2028, and 2029 have not started yet. When you continue, you will be asked how you expect to be covered in each');
    await setDate(user, 'Date you plan to pay', '2026-12-01');
    await user.click(within(yearsGroup()).getByRole('checkbox', { name: '2027' }));
    await waitFor(() => expect(screen.queryByRole('note')).not.toBeInTheDocument());
  });

  it('no month missed (last paid October, paying in November): no back-payment asked, it says why; the check page has no back-payment line', async () => {
    const { user } = await renderWizard({ initial: draftAt('payment', answersWith({ scheme: 'flexible', history: { ...answersWith({}).history, employeeLastMonth: '2026-10' } })) });
    await setDate(user, 'Date you plan to pay', '2026-11-20');
    expect(screen.queryByRole('checkbox', { name: /back-pay/ })).toBeNull();
    expect(screen.getByText('No month was missed before this payment, so there is nothing to back-pay.')).toBeVisible();
    // A gap again (paying in January): the question is back.
    await setDate(user, 'Date you plan to pay', '2027-01-10');
    expect(await screen.findByRole('checkbox', { name: 'I will back-pay the missed months' })).toHaveAccessibleDescription(/^Months missed before this payment: 2\./);
  });

  it("a region whose rules state the short-gap rule (E1 within one region) says that rule, as a secondary source reports it: 青岛 from the next month, the gap not covered; 武汉 the gap covered; the national rules what regions may do", async () => {
    const flexible = (region: string, paidBy?: 'self' | 'employer') => answersWith({ scheme: 'flexible', region, history: { ...answersWith({}).history, employeeLastMonth: '2026-09', ...(paidBy ? { employeePaidBy: paidBy } : {}) } });
    const { user } = await renderWizard({ initial: draftAt('payment', flexible('shandong-qingdao')) });
    await setDate(user, 'Date you plan to pay', '2026-12-10');
    const backPay = await screen.findByRole('checkbox', { name: 'I will back-pay the missed months' });
    await waitFor(() =>
      expect(backPay).toHaveAccessibleDescription(
        "Months missed before this payment: 2. Under your region's rules as a secondary source reports them (not yet confirmed by an official one), back-paying a gap of up to 3 months restarts reimbursement from the month after the back-payment; costs in the missed months are not reimbursed. If you moved here from another city, cover restarts in the payment month and the missed months are covered too.",
      ),
    );
    cleanup();
    const wuhan = await renderWizard({ initial: draftAt('payment', flexible('hubei-wuhan', 'self')), language: 'zh-CN' });
    await setDate(wuhan.user, '打算缴费的日期', '2026-12-10');
    const backPayZh = await screen.findByRole('checkbox', { name: '我会补缴断保的月份' });
    await waitFor(() => expect(backPayZh).toHaveAccessibleDescription('本次缴费前断保2个月。据非官方渠道介绍的当地规定（尚未经官方确认），断保不超过3个月并补缴的，从缴费当月起恢复医保报销，断保期间的费用也可以报销。'));
    cleanup();
    const national = await renderWizard({ initial: draftAt('payment', flexible('national')) });
    await setDate(national.user, 'Date you plan to pay', '2026-12-10');
    expect(await screen.findByRole('checkbox', { name: 'I will back-pay the missed months' })).toHaveAccessibleDescription(/^Months missed before this payment: 2\. Back-paying a gap of up to 3 months brings cover back soon\..*your region decides/);
  });

  it("where E1 is not what applies, the region's E1 rule is not stated: 武汉's tiers for a flexible worker an employer paid for (E3a), and a switch from the resident scheme (E2)", async () => {
    const generic = /^Months missed before this payment: \d\. Back-paying a gap of up to 3 months brings cover back soon\./;
    // 武汉, employer-paid cover to September: its tiers count the payment month (E3a), not E1's "gap covered".
    const employerPaid = answersWith({ scheme: 'flexible', region: 'hubei-wuhan', history: { ...answersWith({}).history, employeeLastMonth: '2026-09', employeePaidBy: 'employer' } });
    const first = await renderWizard({ initial: draftAt('payment', employerPaid) });
    await setDate(first.user, 'Date you plan to pay', '2026-12-10');
    await rulesLoaded('hubei-wuhan');
    expect(await screen.findByRole('checkbox', { name: 'I will back-pay the missed months' })).toHaveAccessibleDescription(generic);
    cleanup();
    // 青岛, resident cover to December 2026, then the flexible scheme in March 2027: a switch (E2), whose rules are national.
    const switcher = answersWith({ scheme: 'flexible', region: 'shandong-qingdao', history: { ...answersWith({}).history, employeePrior: 'resident' } }, { 2024: 'resident', 2025: 'resident', 2026: 'resident' });
    const second = await renderWizard({ initial: draftAt('payment', switcher) });
    await setDate(second.user, 'Date you plan to pay', '2027-03-10');
    await rulesLoaded('shandong-qingdao');
    expect(await screen.findByRole('checkbox', { name: 'I will back-pay the missed months' })).toHaveAccessibleDescription(generic);
  });

  it('leaves back-payment unticked for a five-month gap, and says how long the gap is', async () => {
    const { user, store } = await renderWizard({ initial: draftAt('payment', answersWith({ scheme: 'flexible', history: { ...answersWith({}).history, employeeLastMonth: '2026-05' } })) });
    const backPay = screen.getByRole('checkbox', { name: 'I will back-pay the missed months' });
    expect(backPay).not.toBeChecked();
    // The short-gap rules are not explained for a gap they do not cover (newcomer walk).
    expect(backPay).toHaveAccessibleDescription(/^Months missed before this payment: 5\. Back-paying changes the date only after a gap of up to 3 months\./);
    expect(backPay).not.toHaveAccessibleDescription(/another city/);
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('Your circumstances'));
    expect(store.getState().draft.answers.payment.backPay).toBe(false);
  });

  it('does not offer repair when there is nothing to repair (阜新, only 2026 lapsed)', async () => {
    const answers = answersWith(
      { region: 'liaoning-fuxin', payment: { status: 'planned', date: '2026-11-20', years: [2027], repairYears: 0, backPay: true } },
      { 2023: 'resident', 2024: 'resident', 2025: 'resident' },
    );
    const { user, store } = await renderWizard({ initial: draftAt('payment', answers) });
    await waitFor(() => expect(screen.queryByText(/Checking whether repair/)).not.toBeInTheDocument());
    expect(screen.queryByRole('spinbutton')).not.toBeInTheDocument();
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('Your circumstances'));
    expect(store.getState().draft.answers.payment.repairYears).toBe(0);
  });

  it('hides repair again when the answers change so that it no longer helps', async () => {
    const answers = answersWith({ payment: { status: 'planned', date: '2026-11-20', years: [2027], repairYears: 0, backPay: true } });
    const { user } = await renderWizard({ initial: draftAt('payment', answers) });
    await screen.findByRole('spinbutton', { name: 'Extra years to repair the waiting period' });
    await user.click(within(yearsGroup()).getByRole('checkbox', { name: '2027' }));
    await waitFor(() => expect(screen.queryByRole('spinbutton')).not.toBeInTheDocument());
  });

  it('asks employee-scheme people about back-payment instead of years', async () => {
    const { user, store } = await renderWizard({ initial: draftAt('payment', answersWith({ scheme: 'flexible', history: { ...answersWith({}).history, employeeLastMonth: '2026-08' } })) });
    expect(screen.queryByRole('group', { name: /benefit years/ })).not.toBeInTheDocument();
    // A two-month gap (Sep and Oct): within the hint's 3 months, so back-payment starts ticked.
    const backPay = screen.getByRole('checkbox', { name: 'I will back-pay the missed months' });
    expect(backPay).toBeChecked();
    await user.click(backPay);
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('Your circumstances'));
    expect(store.getState().draft.answers.payment).toMatchObject({ backPay: false, years: [], repairYears: 0 });
  });

  it('in Chinese, the gap and the advice under the back-pay box read as two sentences without a space between them', async () => {
    await renderWizard({ language: 'zh-CN', initial: draftAt('payment', answersWith({ scheme: 'flexible', history: { ...answersWith({}).history, employeeLastMonth: '2026-08' } })) });
    const backPay = await screen.findByRole('checkbox', { name: '我会补缴断保的月份' });
    expect(backPay).toHaveAccessibleDescription(/^本次缴费前断保\d+个月。[^ ]/);
  });

  it('an employee-scheme payment long before the rules’ years, or with a year no one means (0230), gets its own message', async () => {
    const { user } = await renderWizard({ initial: draftAt('payment', answersWith({ scheme: 'flexible', payment: { status: 'made', date: '2026-11-10', years: [], repairYears: 0, backPay: false }, history: { ...answersWith({}).history, employeeLastMonth: '2026-06' } })) });
    await setDate(user, 'Date the money arrived', '1999-01-01');
    await user.click(continueButton());
    // Pressed perhaps before the rules arrived: the message follows them once they are here.
    await findErrorSummary();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'There is a problem' }).closest('[role="alert"]')).toHaveTextContent(/This calculator only covers benefit years \d{4} to \d{4}\./), { timeout: 5000 });
    expect(await findErrorSummary()).not.toHaveTextContent('already covered by the employee scheme');
    await setDate(user, 'Date the money arrived', '0230-02-02');
    expect(await screen.findByText('Check the year: enter all 4 digits, for example 2026.', { selector: '.wz-field-error', exact: false })).toBeInTheDocument();
  });

  it('a press before the rules arrive is checked again when they do: 1999 is outside their years, not "a month already covered"', async () => {
    // The rules are held back until after the press, as on a slow connection.
    const serve = serveRules();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      if (/rules\//.test(String(input))) await held;
      return serve(input);
    });
    const { user } = await renderWizard({ initial: draftAt('payment', answersWith({ scheme: 'flexible', payment: { status: 'made', date: '2026-11-10', years: [], repairYears: 0, backPay: false }, history: { ...answersWith({}).history, employeeLastMonth: '2026-06' } })) });
    await setDate(user, 'Date the money arrived', '1999-01-01');
    await user.click(continueButton());
    expect(await findErrorSummary()).toHaveTextContent('already covered by the employee scheme');
    release();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'There is a problem' }).closest('[role="alert"]')).toHaveTextContent(/This calculator only covers benefit years \d{4} to \d{4}\./), { timeout: 5000 });
    expect(screen.getByLabelText('Date the money arrived')).toHaveAccessibleDescription(/This calculator only covers benefit years/);
  });

  it('before the step is answered, back-payment follows the gap of the date typed, not of the first date shown (W14: last paid March 2025, paid 15 Jul 2025)', async () => {
    const { user, store } = await renderWizard({ initial: draftAt('payment', answersWith({ scheme: 'flexible', history: { ...answersWith({}).history, employeeLastMonth: '2025-03' } })) });
    await user.click(screen.getByRole('radio', { name: 'Yes, the money has arrived' }));
    const backPay = () => screen.getByRole('checkbox', { name: 'The payment included the missed months (back-pay)' });
    // Today's date as the default: a gap of well over 3 months, so unticked.
    expect(backPay()).not.toBeChecked();
    await setDate(user, 'Date the money arrived', '2025-07-15');
    await waitFor(() => expect(backPay()).toBeChecked());
    expect(backPay()).toHaveAccessibleDescription(/^Months missed before this payment: 3\./);
    // Another long gap: unticked again, as it would have started.
    await setDate(user, 'Date the money arrived', '2025-12-15');
    await waitFor(() => expect(backPay()).not.toBeChecked());
    await setDate(user, 'Date the money arrived', '2025-06-15');
    await waitFor(() => expect(backPay()).toBeChecked());
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('Your circumstances'));
    expect(store.getState().draft.answers.payment).toMatchObject({ date: '2025-06-15', backPay: true });
  });

  it('once the person ticks or unticks back-payment, a new date leaves their answer alone', async () => {
    const { user } = await renderWizard({ initial: draftAt('payment', answersWith({ scheme: 'flexible', history: { ...answersWith({}).history, employeeLastMonth: '2025-03' } })) });
    await user.click(screen.getByRole('radio', { name: 'Yes, the money has arrived' }));
    const backPay = () => screen.getByRole('checkbox', { name: 'The payment included the missed months (back-pay)' });
    await user.click(backPay());
    expect(backPay()).toBeChecked();
    await setDate(user, 'Date the money arrived', '2025-12-15');
    await setDate(user, 'Date the money arrived', '2025-05-15');
    expect(backPay()).toBeChecked();
    await user.click(backPay());
    await setDate(user, 'Date the money arrived', '2025-06-15');
    expect(backPay()).not.toBeChecked();
    // Ticked again by the person on a short gap: it stays ticked after a long one, where the default would untick it.
    await user.click(backPay());
    expect(backPay()).toBeChecked();
    await setDate(user, 'Date the money arrived', '2025-12-15');
    expect(backPay()).toBeChecked();
  });

  it('a first enrolment has no missed months: no back-payment question', async () => {
    const first = answersWith({ scheme: 'flexible' });
    await renderWizard({ initial: draftAt('payment', { ...first, history: { ...first.history, employeePrior: 'none' } }) });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('The payment');
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('asks about back-payment in the past tense once the money has arrived', async () => {
    const { user } = await renderWizard({ initial: draftAt('payment', answersWith({ scheme: 'flexible', history: { ...answersWith({}).history, employeeLastMonth: '2026-08' } })) });
    expect(screen.getByRole('checkbox', { name: 'I will back-pay the missed months' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Yes, the money has arrived' }));
    expect(screen.getByRole('checkbox', { name: 'The payment included the missed months (back-pay)' })).toBeChecked();
  });

  // Someone whose employer pays was asked "Have you paid already?" and "Date you plan to pay" (newcomer walk, 5 Dec 2026).
  it('the employer-paid scheme is asked about the employer’s contributions, in both languages', async () => {
    const { user, unmount } = await renderWizard({ initial: draftAt('payment', answersWith({ scheme: 'employee', history: { ...answersWith({}).history, employeeLastMonth: '2026-08' } })) });
    expect(screen.getByRole('group', { name: 'Has your employer started paying your contributions?' })).toBeVisible();
    expect(screen.getByLabelText('Date the first contribution is expected')).toHaveAccessibleDescription(/usually in the month you start work/);
    expect(screen.getByRole('checkbox', { name: 'The missed months will be back-paid' })).toBeChecked();
    // The months are counted to the employer's first contribution, not to "this payment".
    expect(screen.getByRole('checkbox', { name: 'The missed months will be back-paid' })).toHaveAccessibleDescription(/^Months missed before your employer's first contribution: \d+\./);
    await user.click(screen.getByRole('radio', { name: 'Yes, the first contribution has arrived' }));
    expect(screen.getByLabelText('Date the first contribution arrived')).toBeVisible();
    expect(screen.getByRole('checkbox', { name: 'The missed months were back-paid' })).toBeChecked();
    expect(screen.queryByText('Have you paid already?')).toBeNull();
    unmount();
    await renderWizard({ language: 'zh-CN', initial: draftAt('payment', answersWith({ scheme: 'employee', history: { ...answersWith({}).history, employeeLastMonth: '2026-08' } })) });
    expect(screen.getByRole('group', { name: '单位是否已开始为您缴费？' })).toBeVisible();
    expect(screen.getByRole('radio', { name: '还没有，新单位将为我缴费' })).toBeChecked();
    expect(screen.getByLabelText('预计第一笔费用到账的日期')).toBeVisible();
  });

  /** The step list's items, as read: the current one marked by aria-current. */
  const stepList = () => within(screen.getByRole('navigation', { name: /^(Progress|进度)/ })).getAllByRole('listitem');
  const currentStep = () => stepList().find((item) => item.getAttribute('aria-current') === 'step')?.textContent;

  it('the employer-paid scheme\'s step is named for the contributions, in its heading, the step list and the page title, in both languages; a flexible worker\'s stays the payment', async () => {
    const employee = answersWith({ scheme: 'employee', history: { ...answersWith({}).history, employeeLastMonth: '2026-08' } });
    const first = await renderWizard({ initial: draftAt('payment', employee) });
    expect(heading()).toHaveTextContent(/^The contributions$/);
    expect(currentStep()).toBe('The contributions');
    expect(stepList().map((item) => item.textContent)).not.toContain('The payment');
    expect(document.title).toMatch(/^The contributions/);
    first.unmount();
    localStorage.clear();
    const zh = await renderWizard({ language: 'zh-CN', initial: draftAt('payment', employee) });
    expect(heading()).toHaveTextContent(/^单位缴费$/);
    expect(currentStep()).toBe('单位缴费');
    zh.unmount();
    localStorage.clear();
    await renderWizard({ initial: draftAt('payment', answersWith({ scheme: 'flexible', history: { ...answersWith({}).history, employeeLastMonth: '2026-08' } })) });
    expect(heading()).toHaveTextContent(/^The payment$/);
    expect(currentStep()).toBe('The payment');
  });

  it('an employer\'s first contribution dated wrongly is refused in the words of the step, naming its own choices', async () => {
    const employee = answersWith({ scheme: 'employee', payment: { status: 'made', date: '2026-11-20', years: [], repairYears: 0, backPay: true }, history: { ...answersWith({}).history, employeeLastMonth: '2026-08' } });
    const { user } = await renderWizard({ initial: draftAt('payment', employee) });
    await user.click(continueButton());
    expect(within(await findErrorSummary()).getByRole('link', { name: 'A contribution that has arrived cannot be dated in the future. Choose “Not yet: a new job or employer will start paying” or change the date.' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Not yet: a new job or employer will start paying' }));
    await setDate(user, 'Date the first contribution is expected', '2026-11-01');
    await user.click(continueButton());
    await waitFor(() => expect(screen.getByLabelText('Date the first contribution is expected')).toHaveAccessibleDescription(/An expected contribution cannot be dated in the past\. Choose “Yes, the first contribution has arrived” or change the date\./));
    // A month the old employer's contributions already cover.
    await user.click(screen.getByRole('radio', { name: 'Yes, the first contribution has arrived' }));
    await setDate(user, 'Date the first contribution arrived', '2026-08-10');
    await user.click(continueButton());
    await waitFor(() => expect(screen.getByLabelText('Date the first contribution arrived')).toHaveAccessibleDescription(/The first contribution falls in a month already covered by the employee scheme\./));
  });

  it('no month missed before an employer\'s first contribution: said of that contribution, in both languages', async () => {
    const employee = answersWith({ scheme: 'employee', history: { ...answersWith({}).history, employeeLastMonth: '2026-10' } });
    const first = await renderWizard({ initial: draftAt('payment', employee) });
    expect(screen.getByText("No month was missed before your employer's first contribution, so there is nothing to back-pay.")).toBeVisible();
    first.unmount();
    localStorage.clear();
    await renderWizard({ language: 'zh-CN', initial: draftAt('payment', employee) });
    expect(screen.getByText('单位第一笔缴费前没有断保的月份，无需补缴。')).toBeVisible();
  });

  it("where a child's free year of birth is on offer (武汉), the step is named for the child's enrolment, whatever is ticked; a paying newborn's (福建) stays the payment", async () => {
    const born = { ...noCircumstances(), newborn: true, birthDate: '2026-08-01' };
    const answers = answersWith({ region: 'hubei-wuhan', payment: { status: 'planned', date: '2026-11-20', years: [2026], repairYears: 0, backPay: true }, circumstances: born });
    const first = await renderWizard({ initial: draftAt('payment', answers) });
    await waitFor(() => expect(heading()).toHaveTextContent(/^Your child's enrolment$/));
    expect(currentStep()).toBe("Your child's enrolment");
    // 2027 too: money is paid, and the questions say so; the step's name does not change under the box.
    await first.user.click(screen.getByRole('checkbox', { name: '2027' }));
    await waitFor(() => expect(screen.getByRole('group', { name: 'Have you paid already?' })).toBeInTheDocument());
    expect(heading()).toHaveTextContent(/^Your child's enrolment$/);
    expect(currentStep()).toBe("Your child's enrolment");
    first.unmount();
    localStorage.clear();
    const zh = await renderWizard({ language: 'zh-CN', initial: draftAt('payment', answers) });
    await waitFor(() => expect(heading()).toHaveTextContent(/^孩子参保$/));
    expect(currentStep()).toBe('孩子参保');
    zh.unmount();
    localStorage.clear();
    await renderWizard({ initial: draftAt('payment', { ...answers, region: 'fujian' }) });
    await rulesLoaded('fujian');
    expect(heading()).toHaveTextContent(/^The payment$/);
    expect(currentStep()).toBe('The payment');
  });

  it("the step list names the child's enrolment on the other steps too, once the rules are here (武汉)", async () => {
    const born = { ...noCircumstances(), newborn: true, birthDate: '2026-08-01' };
    await renderWizard({ initial: draftAt('circumstances', answersWith({ region: 'hubei-wuhan', payment: { status: 'planned', date: '2026-11-20', years: [2026], repairYears: 0, backPay: true }, circumstances: born })) });
    await waitFor(() => expect(stepList().map((item) => item.textContent)).toContain("Your child's enrolment"));
  });
});
