// Check your answers: the summary, Change links that come back, and whole-scenario errors.
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../../src/calc';
import { noCircumstances } from '../../../src/features/wizard/answers';
import { answersWith, continueButton, draftAt, findErrorSummary, findRegion, heading, renderWizard, serveRules } from './harness';

beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal('fetch', serveRules());
});
afterEach(() => vi.unstubAllGlobals());

const valid = () =>
  answersWith(
    { region: 'shandong-qingdao', payment: { status: 'planned', date: '2026-11-20', years: [2027], repairYears: 1, backPay: true } },
    { 2023: 'resident', 2024: 'resident' },
  );

const group = (name: string) => screen.getByRole('region', { name });
const value = (container: HTMLElement, term: string) => within(container).getByText(term, { selector: 'dt' }).nextElementSibling;

describe('check step', () => {
  it('lists every answer, grouped by step', async () => {
    await renderWizard({ initial: draftAt('check', valid()) });
    await waitFor(() => expect(value(group('Scheme and region'), 'Region')).toHaveTextContent('Qingdao, Shandong'));
    expect(value(group('Scheme and region'), 'Scheme')).toHaveTextContent('Resident medical insurance');
    expect(value(group('Your cover so far'), 'Benefit year 2024')).toHaveTextContent('Resident scheme, paid in the enrolment window');
    expect(value(group('Your cover so far'), 'Benefit year 2025')).toHaveTextContent('Not covered');
    // 2027 is the year being paid for: it belongs to the payment, not the history.
    expect(within(group('Your cover so far')).queryByText('Benefit year 2027')).not.toBeInTheDocument();
    expect(value(group('The payment'), 'Date you plan to pay')).toHaveTextContent('November 20, 2026');
    expect(value(group('The payment'), 'Benefit years to be paid for')).toHaveTextContent('2027');
    expect(value(group('The payment'), 'Repair years')).toHaveTextContent('1 year');
    expect(value(group('Your circumstances'), 'Critical-illness bonus estimate')).toHaveTextContent('Not estimated');
  });

  it('an employee-scheme payment with no month missed since the last one paid has no back-payment line; one after a gap has', async () => {
    const employee = (lastMonth: string) => answersWith({ scheme: 'employee', payment: { status: 'planned', date: '2026-11-20', years: [], repairYears: 0, backPay: true }, history: { ...answersWith({}).history, employeeLastMonth: lastMonth } });
    const first = await renderWizard({ initial: draftAt('check', employee('2026-10')) });
    // Named as the step names itself: the employer's contributions, not a payment of the person's.
    const payment = await waitFor(() => group('The contributions'));
    expect(within(payment).getByRole('button', { name: 'Change the contributions' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'The payment' })).toBeNull();
    expect(within(payment).queryByText(/missed months/)).not.toBeInTheDocument();
    first.unmount();
    await renderWizard({ initial: draftAt('check', employee('2026-08')) });
    // The employer-paid scheme is reviewed in the words it was asked in (its employer's contributions).
    const afterGap = await waitFor(() => group('The contributions'));
    expect(value(afterGap, 'The missed months will be back-paid')).toHaveTextContent('Yes');
    expect(value(afterGap, 'Has your employer started paying your contributions?')).toHaveTextContent('Not yet: a new job or employer will start paying');
    expect(value(afterGap, 'Date the first contribution is expected')).toHaveTextContent('November 20, 2026');
    expect(within(afterGap).queryByText('Paid already?')).toBeNull();
    // An answer's label, not the form's: no "(optional)" on the check page.
    const history = group('Your cover so far');
    expect(value(history, 'Paid without a break since')).toHaveTextContent('Not given');
    expect(within(history).queryByText(/\(optional\)/)).toBeNull();
  });

  it('its headings do not skip a level: the step is h1, each group and the error summary h2 (WCAG 1.3.1)', async () => {
    await renderWizard({ initial: draftAt('check', valid()) });
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Scheme and region' })).toBeInTheDocument());
    for (const name of ['Your cover so far', 'The payment', 'Your circumstances']) expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument();
    expect(screen.queryAllByRole('heading', { level: 3 })).toEqual([]);
  });

  it('a made payment shows the day the money arrived, and no repair row where repair was never asked', async () => {
    const answers = answersWith(
      { region: 'shandong-qingdao', payment: { status: 'made', date: '2026-11-10', years: [2026], repairYears: 0, backPay: true } },
      { 2023: 'resident', 2024: 'resident', 2025: 'resident' },
    );
    await renderWizard({ initial: draftAt('check', answers) });
    const payment = await waitFor(() => group('The payment'));
    expect(value(payment, 'Date the money arrived')).toHaveTextContent('November 10, 2026');
    expect(within(payment).queryByText('Date you plan to pay')).not.toBeInTheDocument();
    // Its years in the past tense; a plan's are "to be paid for" (above).
    expect(value(payment, 'Benefit years paid for')).toHaveTextContent('2026');
    expect(within(payment).queryByText('Benefit years to be paid for')).not.toBeInTheDocument();
    expect(within(payment).queryByText('Repair years')).not.toBeInTheDocument();
    // Back-payment is an employee-scheme question: never listed for the resident scheme.
    expect(within(payment).queryByText(/missed months/)).not.toBeInTheDocument();
  });

  it("a child's free year of birth enrolled (武汉, born 1 Jan 2026): reviewed as the enrolment the payment step asked about, in both languages", async () => {
    const answers = answersWith({ region: 'hubei-wuhan', payment: { status: 'made', date: '2026-01-20', years: [2026], repairYears: 0, backPay: true }, circumstances: { ...noCircumstances(), newborn: true, birthDate: '2026-01-01' } });
    const first = await renderWizard({ initial: draftAt('check', answers) });
    // Once the rules say the year of birth is free, the group is the child's enrolment, as the step's heading.
    const payment = await waitFor(() => group("Your child's enrolment"));
    expect(within(payment).getByRole('button', { name: "Change your child's enrolment" })).toBeInTheDocument();
    await waitFor(() => expect(value(payment, 'Child enrolled already?')).toHaveTextContent('Yes, my child is enrolled'));
    expect(value(payment, 'Date of enrolment')).toHaveTextContent('January 20, 2026');
    expect(value(payment, 'Benefit year of the enrolment')).toHaveTextContent('2026');
    expect(within(payment).queryByText(/money/)).toBeNull();
    first.unmount();
    localStorage.clear();
    await renderWizard({ language: 'zh-CN', initial: draftAt('check', answers) });
    const zh = await waitFor(() => group('孩子参保'));
    expect(within(zh).getByRole('button', { name: '修改孩子参保' })).toBeInTheDocument();
    await waitFor(() => expect(value(zh, '是否已为孩子办理参保')).toHaveTextContent('已为孩子办理参保'));
    expect(value(zh, '办理参保的日期')).toHaveTextContent('2026年1月20日');
    expect(value(zh, '参保的待遇年度')).toHaveTextContent('2026');
    expect(zh).not.toHaveTextContent('到账');
  });

  it("a free year of birth's enrolment \"made\" on a day still ahead is named as an enrolment on the check page too", async () => {
    const answers = answersWith({ region: 'hubei-wuhan', payment: { status: 'made', date: '2026-11-20', years: [2026], repairYears: 0, backPay: true }, circumstances: { ...noCircumstances(), newborn: true, birthDate: '2026-01-01' } });
    await renderWizard({ initial: draftAt('check', answers) });
    const summary = await findErrorSummary();
    expect(within(summary).getByRole('button', { name: /^Your child's enrolment: An enrolment already made cannot be in the future\. Choose “No, I plan to enrol my child” or change the date\./ })).toBeInTheDocument();
  });

  it('Change goes to the step and Continue comes back to the check page, focus on the Change button used', async () => {
    const { user, store } = await renderWizard({ initial: draftAt('check', valid()) });
    await user.click(screen.getByRole('button', { name: 'Change scheme and region' }));
    expect(heading()).toHaveTextContent('Which scheme, and where are you insured?');
    // Focus moves in the frame after the step is drawn (StepFrame).
    await waitFor(() => expect(heading()).toHaveFocus());
    await user.click(await findRegion('Fuxin, Liaoning'));
    // Another region's rules may ask other questions: the steps that hold them come first, answers kept.
    expect(screen.getByText('You have chosen another region: its rules may ask other questions. After you save, check the next steps, then you return to the check page.')).toBeInTheDocument();
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('Your cover so far'));
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('Your circumstances'));
    await user.click(screen.getByRole('button', { name: 'Save and return to the check page' }));
    await waitFor(() => expect(heading()).toHaveTextContent('Check your answers'));
    expect(value(group('Scheme and region'), 'Region')).toHaveTextContent('Fuxin, Liaoning');
    expect(store.getState().draft.answers.payment).toEqual(valid().payment);

    await user.click(screen.getByRole('button', { name: 'Change your circumstances' }));
    await waitFor(() => expect(heading()).toHaveTextContent('Your circumstances'));
    await user.click(screen.getByRole('button', { name: 'Save and return to the check page' }));
    await waitFor(() => expect(heading()).toHaveTextContent('Check your answers'));
    // Back where the person left the page (WCAG 2.4.3), not at its top.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Change your circumstances' })).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Change the payment' }));
    expect(heading()).toHaveTextContent('The payment');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(heading()).toHaveTextContent('Check your answers');
    expect(store.getState().returnTo).toBeNull();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Change the payment' })).toHaveFocus());
    // Arriving by Continue, not from a Change button, the heading takes focus as on every step.
    store.goTo('circumstances');
    await waitFor(() => expect(heading()).toHaveTextContent('Your circumstances'));
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('Check your answers'));
    await waitFor(() => expect(heading()).toHaveFocus());
  });

  it('Back from a Change with an answer the step would refuse keeps it, and the check page says so at once, focus on the list (a payment "made" on a day still ahead)', async () => {
    const { user, store } = await renderWizard({ initial: draftAt('check', valid()) });
    await user.click(screen.getByRole('button', { name: 'Change the payment' }));
    await user.click(screen.getByRole('radio', { name: 'Yes, the money has arrived' }));
    const date = screen.getByLabelText('Date the money arrived');
    await user.clear(date);
    await user.type(date, '2027-02-01');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(heading()).toHaveTextContent('Check your answers'));
    // Kept as typed: nothing the person entered is lost.
    expect(store.getState().draft.answers.payment).toMatchObject({ status: 'made', date: '2027-02-01' });
    const summary = await findErrorSummary();
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getAllByRole('button').map((b) => b.textContent)).toEqual(['The payment: A payment already made cannot be in the future. Choose “No, I plan to pay” or change the date.']);
  });

  it('shows whole-scenario errors with a way to the step that fixes them', async () => {
    // A newborn born in March 2026 cannot have had employee cover from June 2025 (the years
    // before the birth year are not asked, and not given to the calculator: newborn-history.test.tsx).
    const base = valid();
    const answers = {
      ...base,
      history: { years: base.history.years.map((r) => (r.year === 2026 ? { year: 2026, cover: 'employee' as const } : r)), employeeSince: '2025-06', employeeLastMonth: '2026-08' },
      circumstances: { ...noCircumstances(), newborn: true, birthDate: '2026-03-01' },
    };
    const { user } = await renderWizard({ initial: draftAt('check', answers) });
    await screen.findByText('Qingdao, Shandong');
    await user.click(screen.getByRole('button', { name: 'See the result' }));
    const summary = await findErrorSummary();
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('heading', { level: 2 })).toHaveTextContent('Some answers need changing');
    // Each error names the step that asks the answer (and, for a year's row, the year).
    const fixes = within(summary).getAllByRole('button');
    expect(fixes.map((b) => b.textContent)).toEqual(['Your cover so far: This month is before the birth date.']);
    await user.click(fixes[0]!);
    expect(heading()).toHaveTextContent('Your cover so far');
    expect(screen.getByRole('button', { name: 'Save and return to the check page' })).toBeInTheDocument();
  });

  it('errors found by a press follow a language switch made afterwards (the whole list, not only its title)', async () => {
    const base = valid();
    const answers = {
      ...base,
      history: { years: base.history.years.map((r) => (r.year === 2026 ? { year: 2026, cover: 'employee' as const } : r)), employeeSince: '2025-06', employeeLastMonth: '2026-08' },
      circumstances: { ...noCircumstances(), newborn: true, birthDate: '2026-03-01' },
    };
    const { user, i18n } = await renderWizard({ initial: draftAt('check', answers) });
    await screen.findByText('Qingdao, Shandong');
    await user.click(screen.getByRole('button', { name: 'See the result' }));
    const summary = await findErrorSummary();
    expect(within(summary).getByRole('button').textContent).toBe('Your cover so far: This month is before the birth date.');
    await act(() => i18n.changeLanguage('zh-CN'));
    await waitFor(() => expect(within(summary).getByRole('heading', { level: 2 })).toHaveTextContent('有些回答需要修改'));
    const item = within(summary).getByRole('button').textContent ?? '';
    expect(item).toMatch(/^[^A-Za-z]+$/);
    expect(item).toMatch(/出生/);
  });

  it('a payment made before its year’s window opens is named at once, and its link opens the payment step with the error at the date (R1)', async () => {
    const answers = answersWith({ payment: { status: 'made', date: '2025-03-01', years: [2026], repairYears: 0, backPay: true } }, { 2023: 'resident', 2024: 'resident', 2025: 'resident' });
    const { user } = await renderWizard({ initial: draftAt('check', answers) });
    const summary = await findErrorSummary();
    const link = within(summary).getByRole('button', { name: /^The payment: Payments for 2026 are taken from September 1, 2025 at the earliest/ });
    await user.click(link);
    expect(heading()).toHaveTextContent('The payment');
    const date = screen.getByLabelText('Date the money arrived');
    await waitFor(() => expect(date).toHaveAttribute('aria-invalid', 'true'));
    expect(date).toHaveAccessibleDescription(/Payments for 2026 are taken from September 1, 2025 at the earliest/);
    // Fixed, it is no longer shown as a problem, before any press.
    await user.clear(date);
    await user.type(date, '2025-10-01');
    await waitFor(() => expect(date).not.toHaveAttribute('aria-invalid', 'true'));
    expect(date).not.toHaveAccessibleDescription(/Payments for 2026/);
  });

  it('shows errors in Chinese', async () => {
    const answers = { ...valid(), payment: { ...valid().payment, status: 'made' as const } };
    const { user } = await renderWizard({ language: 'zh-CN', initial: draftAt('check', answers) });
    await screen.findByText('山东·青岛');
    await user.click(screen.getByRole('button', { name: '查看结果' }));
    const summary = await findErrorSummary();
    expect(within(summary).getByRole('button', { name: '本次缴费：已缴费用的到账日期不能晚于今天。请选择“还没有，打算缴费”或修改日期。' })).toBeInTheDocument();
  });

  it('goes to the result with the scenario when everything is valid', async () => {
    const seen: Scenario[] = [];
    const { user, store } = await renderWizard({
      initial: draftAt('check', valid()),
      renderResult: (scenario) => {
        seen.push(scenario);
        return <p>result for {scenario.region}</p>;
      },
    });
    await screen.findByText('Qingdao, Shandong');
    await user.click(continueButton());
    expect(await screen.findByText('result for shandong-qingdao')).toBeInTheDocument();
    expect(store.getState().draft).toMatchObject({ step: 'result' });
    expect(store.getState().draft.done).toContain('check');
    expect(seen.at(-1)).toMatchObject({ asOf: '2026-11-15', payments: [{ scheme: 'resident', date: '2026-11-20', years: [2027], repairYears: 1 }] });
  });
});
