// Cover so far: per-year rows for the resident scheme, months for employee/flexible, the quick path.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answersWith, continueButton, draftAt, findErrorSummary, heading, renderWizard, serveRules } from './harness';

beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal('fetch', serveRules());
});
afterEach(() => vi.unstubAllGlobals());

const year = (y: number) => screen.getByRole('group', { name: `Benefit year ${y}` });

describe('history step, resident scheme', () => {
  it('has one row per benefit year from 2023 to this year, all "not covered" at first, the payment’s own years left for the next step', async () => {
    await renderWizard({ initial: draftAt('history', answersWith({})) });
    expect(screen.getAllByRole('group', { name: /^Benefit year/ })).toHaveLength(4);
    for (const y of [2023, 2024, 2025, 2026]) expect(within(year(y)).getByRole('radio', { name: 'Not covered' })).toBeChecked();
    // Said once for every year (a payment made is for a past year too), not under one row only.
    // One paragraph: apart, "leave them as not covered" and "choose employee cover" read as a contradiction (newcomer walk, 6 Dec 2026).
    // One instruction per year paid: a year both paid and partly under the employee scheme was told
    // both "leave it as not covered" and "choose employee" (newcomer review 2, finding 3).
    expect(screen.getByText('You will give the payment you are asking about in the next step. Here, for each year it pays for: if you had employee-scheme cover for some months of that year, choose “Employee scheme” and give the months under “Your employee-scheme cover” below; if not, leave it as “Not covered”.')).toBeInTheDocument();
    expect(year(2026)).not.toHaveAccessibleDescription(/Not covered/);
  });

  it('in Chinese, says what to choose for a year paid in which some months were under the employee scheme: one instruction, no "保留“未参保”" for it', async () => {
    await renderWizard({ language: 'zh-CN', initial: draftAt('history', answersWith({})) });
    expect(screen.getByText('您要咨询的这笔缴费，请在下一步填写。这笔缴费所缴的每个年度，此处按以下方法选择：该年度有几个月参加了职工医保的，选择“职工医保”，并在下方“职工医保参保情况”中填写这几个月；没有参加职工医保的，保留“未参保”。')).toBeInTheDocument();
  });

  // Next year is either paid for by the payment (asked on the payment step) or not started and
  // read by no rule: asking it only to set the answer aside showed "2027 未参保" on the check page.
  it('does not ask next year for a payment made for this year, nor list it on the check page (zh)', async () => {
    const answers = answersWith({ region: 'guangdong-guangzhou', payment: { status: 'made', date: '2026-03-01', years: [2026], repairYears: 0, backPay: true } }, { 2024: 'resident' });
    const { user } = await renderWizard({ language: 'zh-CN', initial: draftAt('history', answers, ['where', 'payment', 'circumstances']) });
    expect(screen.queryByRole('group', { name: '2027年度' })).toBeNull();
    expect(screen.getByRole('group', { name: '2025年度' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '继续' }));
    await waitFor(() => expect(heading()).toHaveTextContent('本次缴费'));
    await user.click(screen.getByRole('button', { name: '继续' }));
    await waitFor(() => expect(heading()).toHaveTextContent('个人情况'));
    await user.click(screen.getByRole('button', { name: '继续' }));
    await waitFor(() => expect(heading()).toHaveTextContent('核对您的回答'));
    expect(screen.queryByText('2027年度')).toBeNull();
    expect(screen.getByText('2025年度')).toBeInTheDocument();
  });

  // "No later than December 31, 2026" on 6 Dec 2026, where the field takes no day after today (newcomer walk, 6 Dec 2026).
  it('the date hint gives the last day the field takes: 31 December of a year over, today for this year', async () => {
    const { user } = await renderWizard({ initial: draftAt('history', answersWith({})) });
    await user.click(within(year(2025)).getByRole('radio', { name: 'Resident scheme, paid late' }));
    expect(within(year(2025)).getByLabelText('Date the money arrived')).toHaveAccessibleDescription('The day the payment reached the insurance fund, no later than December 31, 2025.');
    await user.click(within(year(2026)).getByRole('radio', { name: 'Resident scheme, paid late' }));
    const thisYear = within(year(2026)).getByLabelText('Date the money arrived');
    expect(thisYear).toHaveAccessibleDescription('The day the payment reached the insurance fund, no later than today.');
    expect(thisYear).toHaveAttribute('max', '2026-11-15');
  });

  it('asks for the date when a year was paid late, and requires it', async () => {
    const { user, store } = await renderWizard({ initial: draftAt('history', answersWith({})) });
    await user.click(within(year(2025)).getByRole('radio', { name: 'Resident scheme, paid late' }));
    const date = within(year(2025)).getByLabelText('Date the money arrived');
    expect(date).toHaveAttribute('type', 'date');

    await user.click(continueButton());
    const summary = await findErrorSummary();
    expect(summary).toHaveFocus();
    const link = within(summary).getByRole('link', { name: 'Enter the date the money for 2025 arrived.' });
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveAccessibleDescription(/Error: Enter the date the money for 2025 arrived\./);
    await user.click(link);
    expect(date).toHaveFocus();
    expect(store.getState().draft.step).toBe('history');

    await user.type(date, '2026-03-01');
    expect(await within(year(2025)).findByText(/must have arrived by December 31, 2025/)).toBeInTheDocument();
    await user.clear(date);
    await user.type(date, '2025-07-03');
    await waitFor(() => expect(date).not.toHaveAttribute('aria-invalid'));
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('The payment'));
    expect(store.getState().draft.answers.history.years.find((r) => r.year === 2025)).toEqual({ year: 2025, cover: 'residentLate', latePaidOn: '2025-07-03' });
  });

  // Newcomer walk (6 Dec 2026): a date asked for 2024 went to the calculator as a payment the
  // rules (from 2025) cannot take, and the check page then refused to show any result.
  it.each([
    ['en', 'Benefit year 2024', 'Resident scheme, paid late', 'The current rules count lapses only from benefit year 2025 on, so the date the money for 2024 arrived is not needed: 2024 counts as paid.', 'Continue', 'The payment'],
    ['zh-CN', '2024年度', '居民医保，集中参保期后缴费', '现行规定从2025年度起才计算断保，因此无需填写2024年度的缴费到账日期：2024年度按已缴费计算。', '继续', '本次缴费'],
  ] as const)('does not ask the day a year before 2025 was paid late, and says why (%s)', async (language, name, late, why, next, after) => {
    const { user, store } = await renderWizard({ language, initial: draftAt('history', answersWith({})) });
    const group = screen.getByRole('group', { name });
    await user.click(within(group).getByRole('radio', { name: late }));
    expect(within(group).getByText(why)).toBeInTheDocument();
    expect(within(group).queryByRole('textbox')).toBeNull();
    expect(group.querySelector('input[type="date"]')).toBeNull();
    await user.click(screen.getByRole('button', { name: next }));
    await waitFor(() => expect(heading()).toHaveTextContent(after));
    expect(store.getState().draft.answers.history.years.find((r) => r.year === 2024)).toEqual({ year: 2024, cover: 'residentLate' });
  });

  // Review (6 Dec 2026): a day typed for 2024 before it stopped being asked still showed on the check page.
  it('a day kept from before for a year before 2025 is not listed on the check page, as it is no longer asked', async () => {
    const a = answersWith({ payment: { status: 'made', date: '2026-03-01', years: [2026], repairYears: 0, backPay: true } }, { 2023: 'resident', 2025: 'resident' });
    a.history.years = a.history.years.map((r) => (r.year === 2024 ? { year: 2024, cover: 'residentLate' as const, latePaidOn: '2024-05-01' } : r));
    await renderWizard({ initial: draftAt('check', a, ['where', 'history', 'payment', 'circumstances']) });
    await waitFor(() => expect(heading()).toHaveTextContent('Check your answers'));
    expect(screen.getByText('Benefit year 2024').nextElementSibling).toHaveTextContent(/^Resident scheme, paid late$/);
    expect(screen.queryByText(/money arrived May 1, 2024/)).toBeNull();
  });

  // Data-safety walk: 1900-01-01 or 2024-06-01 passed this step, and the check page then sent the
  // person back here with an error this step did not show, again and again.
  it.each([
    ['2024-06-01', 'en', 'Payments for 2025 are taken from September 1, 2024 at the earliest, when its enrolment window opens. Enter the date the money arrived.'],
    ['1900-01-01', 'zh-CN', '2025年度的保费最早自2024年9月1日（集中参保期开始）起收取，请填写实际到账日期。'],
  ] as const)('refuses a late payment for 2025 that arrived on %s, before its window opened (%s)', async (arrived, language, message) => {
    const { user, store } = await renderWizard({ language, initial: draftAt('history', answersWith({})) });
    const group = screen.getByRole('group', { name: language === 'en' ? 'Benefit year 2025' : '2025年度' });
    await user.click(within(group).getByRole('radio', { name: language === 'en' ? 'Resident scheme, paid late' : '居民医保，集中参保期后缴费' }));
    await user.type(within(group).getByLabelText(language === 'en' ? 'Date the money arrived' : /到账/), arrived);
    await user.click(language === 'en' ? continueButton() : screen.getByRole('button', { name: '继续' }));
    const summary = await findErrorSummary();
    await waitFor(() => expect(within(summary).getByRole('link', { name: message })).toBeInTheDocument());
    expect(store.getState().draft.step).toBe('history');
  });

  it('offers optional employee-scheme months when a year was employee cover', async () => {
    const { user, store } = await renderWizard({ initial: draftAt('history', answersWith({})) });
    expect(screen.queryByLabelText('Employee cover since')).not.toBeInTheDocument();
    await user.click(within(year(2024)).getByRole('radio', { name: 'Employee scheme' }));
    const since = screen.getByLabelText('Employee cover since');
    const last = screen.getByLabelText('Last month of employee cover');
    expect(last).toHaveAttribute('type', 'month');
    await user.type(since, '2025-06');
    await user.type(last, '2025-05');
    await user.click(continueButton());
    const summary = await findErrorSummary();
    expect(within(summary).getByRole('link', { name: 'This month is before the first month entered above. Please check both months.' })).toBeInTheDocument();
    // Beside the last month, which it is about.
    expect(last).toHaveAttribute('aria-invalid', 'true');
    expect(last).toHaveAccessibleDescription(/This month is before the first month entered above\. Please check both months\./);
    expect(since).not.toHaveAttribute('aria-invalid', 'true');
    await user.clear(since);
    await user.type(since, '2023-06');
    // Fixing the first month clears the error at the last one at once.
    await waitFor(() => expect(last).not.toHaveAttribute('aria-invalid', 'true'));
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('The payment'));
    expect(store.getState().draft.answers.history).toMatchObject({ employeeSince: '2023-06', employeeLastMonth: '2025-05' });
  });
});

describe('history step, employee and flexible schemes', () => {
  it('refuses a month with a year no one means (0003, as a half-typed year can become)', async () => {
    const { user } = await renderWizard({ initial: draftAt('history', answersWith({ scheme: 'employee' })) });
    await user.type(screen.getByLabelText('Last month paid'), '0003-02');
    await user.click(continueButton());
    const summary = await findErrorSummary();
    expect(within(summary).getByRole('link', { name: 'Check the year: enter all 4 digits, for example 2026.' })).toBeInTheDocument();
    expect(heading()).toHaveTextContent('Your cover so far');
  });

  it('a last month before the first one says which months to check, in both languages', async () => {
    for (const [language, since, last, said, next] of [
      ['en', 'Paid without a break since (optional)', 'Last month paid', 'This month is before the first month entered above. Please check both months.', 'Continue'],
      ['zh-CN', '从哪个月起连续缴费（选填）', '最后一个缴费月份', '这个月份早于上面填写的起始月份，请检查这两个月份。', '继续'],
    ] as const) {
      localStorage.clear();
      const { user, unmount } = await renderWizard({ language, initial: draftAt('history', answersWith({ scheme: 'employee' })) });
      await user.type(screen.getByLabelText(since), '2025-06');
      await user.type(screen.getByLabelText(last), '2025-03');
      await user.click(screen.getByRole('button', { name: next }));
      const summary = await findErrorSummary();
      expect(within(summary).getByRole('link', { name: said })).toBeInTheDocument();
      unmount();
    }
  });

  it('requires the last month paid', async () => {
    const { user } = await renderWizard({ initial: draftAt('history', answersWith({ scheme: 'employee' })) });
    expect(screen.queryByRole('group', { name: /^Benefit year/ })).not.toBeInTheDocument();
    await user.click(continueButton());
    const summary = await findErrorSummary();
    expect(within(summary).getByRole('link', { name: 'Enter the last month paid, with both month and year, for example August 2026.' })).toBeInTheDocument();
    expect(screen.getByLabelText('Last month paid')).toHaveAttribute('aria-invalid', 'true');
  });

  it('"I missed one month" fills the last month, a back-payment today, and goes to the payment', async () => {
    const { user, store } = await renderWizard({ initial: draftAt('history', answersWith({ scheme: 'flexible' })) });
    expect(screen.getByRole('button', { name: 'I missed one month' })).toHaveAccessibleDescription(/September 2026/);
    await user.click(screen.getByRole('button', { name: 'I missed one month' }));
    await waitFor(() => expect(heading()).toHaveTextContent('The payment'));
    // Focus moves in the frame after the step is drawn (StepFrame).
    await waitFor(() => expect(heading()).toHaveFocus());
    const { answers, done } = store.getState().draft;
    expect(answers.history.employeeLastMonth).toBe('2026-09');
    expect(answers.payment).toMatchObject({ date: '2026-11-15', backPay: true });
    expect(done).toContain('history');
    expect(screen.getByLabelText('Date you plan to pay')).toHaveValue('2026-11-15');
    expect(screen.getByRole('checkbox', { name: 'I will back-pay the missed months' })).toBeChecked();
  });

  it('a switch from resident cover (E2): the years of resident cover are asked instead of months, at least one of them, and go to the calculator as resident years', async () => {
    const { user, store } = await renderWizard({ initial: draftAt('history', answersWith({ scheme: 'employee' })) });
    const prior = screen.getByRole('group', { name: "Your most recent cover before your employer's first contribution" });
    expect(within(prior).getByRole('radio', { name: 'Employee medical insurance, paid by an employer or as a flexible worker' })).toBeChecked();
    await user.click(within(prior).getByRole('radio', { name: 'Resident medical insurance' }));
    expect(screen.queryByLabelText('Last month paid')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'I missed one month' })).not.toBeInTheDocument();
    const years = screen.getByRole('group', { name: 'Your resident cover in each benefit year' });
    // Employee months are the other answer above: a year row offers the resident scheme's covers only.
    expect(within(within(years).getByRole('group', { name: 'Benefit year 2025' })).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['resident', 'residentLate', 'none']);
    await user.click(continueButton());
    const summary = await findErrorSummary();
    expect(within(summary).getByRole('link', { name: 'Choose at least one benefit year with resident cover, or choose “None: this is my first enrolment”.' })).toBeInTheDocument();
    for (const year of [2024, 2025]) await user.click(within(within(years).getByRole('group', { name: `Benefit year ${year}` })).getByRole('radio', { name: 'Resident scheme, paid in the enrolment window' }));
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('The contributions'));
    const { history } = store.getState().draft.answers;
    expect(history.employeePrior).toBe('resident');
    expect(history.years.filter((r) => r.cover === 'resident').map((r) => r.year)).toEqual([2024, 2025]);
  });

  it('a first enrolment (E3, E3a): no month is asked or needed, and a month typed before is kept for a change of mind', async () => {
    const { user, store } = await renderWizard({ initial: draftAt('history', answersWith({ scheme: 'flexible' })) });
    await user.type(screen.getByLabelText('Last month paid'), '2024-05');
    await user.click(screen.getByRole('radio', { name: 'None: this is my first enrolment' }));
    expect(screen.queryByLabelText('Last month paid')).not.toBeInTheDocument();
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('The payment'));
    const { history } = store.getState().draft.answers;
    expect(history).toMatchObject({ employeePrior: 'none', employeeLastMonth: '2024-05' });
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(heading()).toHaveTextContent('Your cover so far'));
    await user.click(screen.getByRole('radio', { name: 'Employee medical insurance, paid by an employer or as a flexible worker' }));
    expect(screen.getByLabelText('Last month paid')).toHaveValue('2024-05');
  });

  it('"I missed one month" is not offered once a last month is typed, so it cannot replace it; it comes back when the field is cleared', async () => {
    const { user } = await renderWizard({ initial: draftAt('history', answersWith({ scheme: 'flexible' })) });
    await user.type(screen.getByLabelText('Last month paid'), '2025-12');
    expect(screen.queryByRole('button', { name: 'I missed one month' })).not.toBeInTheDocument();
    await user.clear(screen.getByLabelText('Last month paid'));
    expect(await screen.findByRole('button', { name: 'I missed one month' })).toBeVisible();
  });
});

// The employer pays the employee scheme, and step 1 said so: the cover asked about is the cover
// before the employer's first contribution, as the payment step words it, not "before this
// payment" as if the reader made it. A flexible worker pays, and keeps "this payment".
describe('history step, employee schemes: before whose payment', () => {
  it.each([
    ['en', 'employee', "Tell us about your cover before your employer's first contribution.", "Your most recent cover before your employer's first contribution", /before this payment/],
    ['zh-CN', 'employee', '请说明单位第一笔缴费之前的参保情况。', '单位第一笔缴费之前，您最近参加的医保', /这笔缴费之前/],
    ['en', 'flexible', 'Tell us about your cover before this payment.', 'Your most recent cover before this payment', /employer's first contribution/],
    ['zh-CN', 'flexible', '请说明这笔缴费之前的参保情况。', '这笔缴费之前，您最近参加的医保', /单位第一笔缴费/],
  ] as const)('%s, %s', async (language, scheme, intro, legend, other) => {
    await renderWizard({ language, initial: draftAt('history', answersWith({ scheme })) });
    expect(screen.getByText(intro)).toBeVisible();
    expect(screen.getByRole('group', { name: legend })).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(other);
  });

  it.each([
    ['en', "Cover before your employer's first contribution", 'Your cover so far'],
    ['zh-CN', '单位第一笔缴费之前的医保', '以往参保情况'],
  ] as const)('the check page names it the same way (%s)', async (language, term, region) => {
    const a = answersWith({ region: 'national', scheme: 'employee', payment: { status: 'planned', date: '2026-11-15', years: [], repairYears: 0, backPay: true } });
    const answers = { ...a, history: { years: a.history.years.map((r) => ({ year: r.year, cover: 'none' as const })), employeeLastMonth: '2026-08', employeeSince: '2020-01' } };
    await renderWizard({ language, initial: draftAt('check', answers, ['where', 'history', 'payment', 'circumstances']) });
    const history = await screen.findByRole('region', { name: region });
    expect(within(history).getByText(term, { selector: 'dt' })).toBeInTheDocument();
  });
});
