// A change of scheme from the check page: the questions the new scheme asks are put to the
// person before the check page comes back, and no result is given from the old scheme's
// answers or from defaults never chosen.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Answers } from '../../../src/features/wizard/answers';
import { FORM_STEPS } from '../../../src/features/wizard/steps';
import { toScenario } from '../../../src/features/wizard/to-scenario';
import { fromScenario } from '../../../src/features/wizard/from-scenario';
import type { Scenario } from '../../../src/calc';
import { historyToAnswers, historyValues } from '../../../src/features/wizard/step-forms';
import { answersWith, continueButton, draftAt, findErrorSummary, findRegion, heading, renderWizard, serveRules } from './harness';

beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal('fetch', serveRules());
});
afterEach(() => vi.unstubAllGlobals());

/** The newcomer's resident answers: 2025 paid late, a payment made on 1 Mar 2026 for 2026. */
function residentAnswers(): Answers {
  const a = answersWith(
    { region: 'guangdong-guangzhou', payment: { status: 'made', date: '2026-03-01', years: [2026], repairYears: 0, backPay: true } },
    { 2024: 'resident' },
  );
  return { ...a, history: { ...a.history, years: a.history.years.map((r) => (r.year === 2025 ? { year: 2025, cover: 'residentLate', latePaidOn: '2025-07-03' } : r)) } };
}

const atCheck = () => draftAt('check', residentAnswers(), [...FORM_STEPS]);
const group = (name: string) => screen.getByRole('region', { name });
const value = (container: HTMLElement, term: string) => within(container).getByText(term, { selector: 'dt' }).nextElementSibling;

async function changeSchemeToFlexible(user: Awaited<ReturnType<typeof renderWizard>>['user']) {
  await screen.findByText('Guangzhou, Guangdong');
  await user.click(screen.getByRole('button', { name: 'Change scheme and region' }));
  await findRegion('Guangzhou, Guangdong');
  await user.click(screen.getByRole('radio', { name: 'Employee medical insurance as a flexible (self-employed) worker' }));
  // The new scheme's questions come first: the button does not promise the check page.
  await user.click(screen.getByRole('button', { name: 'Continue' }));
}

describe('changing the scheme on the check page', () => {
  it('goes through the steps the new scheme asks, then back to the check page', async () => {
    const { user, store } = await renderWizard({ initial: atCheck() });
    await changeSchemeToFlexible(user);

    await waitFor(() => expect(heading()).toHaveTextContent('Your cover so far'));
    // The progress does not call done what the new scheme asks again, nor the check before it.
    const progress = () => within(screen.getByRole('navigation', { name: 'Progress' })).getAllByRole('listitem').map((s) => s.textContent);
    expect(progress()).toEqual(['Scheme and region (done)', 'Your cover so far', 'The payment', 'Your circumstances', 'Check your answers']);
    // The new scheme's required answer is asked, and refused while empty.
    await user.click(continueButton());
    const summary = await findErrorSummary();
    expect(summary).toHaveTextContent('Enter the last month paid');
    await user.type(screen.getByLabelText('Last month paid'), '2025-10');
    await user.click(continueButton());

    await waitFor(() => expect(heading()).toHaveTextContent('The payment'));
    // Never answered under the resident scheme: starts from the hint (a gap over three months), not "yes".
    expect(screen.getByRole('checkbox', { name: /missed months/ })).not.toBeChecked();
    await user.click(continueButton());

    await waitFor(() => expect(heading()).toHaveTextContent('Your circumstances'));
    await user.click(continueButton());

    await waitFor(() => expect(heading()).toHaveTextContent('Check your answers'));
    expect(value(group('Your cover so far'), 'Last month paid')).toHaveTextContent('October 2025');
    expect(value(group('The payment'), 'Back-paid the missed months')).toHaveTextContent('No');
    expect(store.getState().draft.revisit).toBeUndefined();
  });

  it('a way out to the check page before answering gives no result, and says what is missing', async () => {
    const seen: unknown[] = [];
    const { user } = await renderWizard({ initial: atCheck(), renderResult: (s) => (seen.push(s), <p>a result</p>) });
    await changeSchemeToFlexible(user);
    await waitFor(() => expect(heading()).toHaveTextContent('Your cover so far'));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(heading()).toHaveTextContent('Check your answers'));

    // No default stands in for an answer the new scheme never got.
    expect(value(group('The payment'), 'Back-paid the missed months')).toHaveTextContent('Not given');
    expect(value(group('Your cover so far'), 'Last month paid')).toHaveTextContent('Not given');

    await user.click(screen.getByRole('button', { name: 'See the result' }));
    const summary = await findErrorSummary();
    const fixes = within(summary).getAllByRole('button').map((b) => b.textContent);
    expect(fixes).toContain('Your cover so far: Enter the last month paid, with both month and year, for example August 2026.');
    expect(fixes).toContain('The payment: You changed the scheme or the region, so these questions need your answers again: the rules may ask other things.');
    expect(screen.queryByText('a result')).not.toBeInTheDocument();
    expect(seen).toEqual([]);
  });

  it('switching to another scheme and back keeps the resident years as answered (nothing is dropped without asking)', async () => {
    const { user, store } = await renderWizard({ initial: atCheck() });
    await changeSchemeToFlexible(user);
    await waitFor(() => expect(heading()).toHaveTextContent('Your cover so far'));
    // Back from the flexible worker's history keeps what it holds; the resident years are not its questions.
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(heading()).toHaveTextContent('Check your answers'));
    expect(store.getState().draft.answers.history.years.find((r) => r.year === 2025)).toEqual({ year: 2025, cover: 'residentLate', latePaidOn: '2025-07-03' });

    await user.click(screen.getByRole('button', { name: 'Change scheme and region' }));
    await findRegion('Guangzhou, Guangdong');
    await user.click(screen.getByRole('radio', { name: /^Resident medical insurance/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(heading()).toHaveTextContent('Your cover so far'));
    // The years come back as answered: 2024 in the window, 2025 paid late on 3 July 2025.
    expect(within(screen.getByRole('group', { name: 'Benefit year 2024' })).getByRole('radio', { name: 'Resident scheme, paid in the enrolment window' })).toBeChecked();
    expect(within(screen.getByRole('group', { name: 'Benefit year 2025' })).getByRole('radio', { name: 'Resident scheme, paid late' })).toBeChecked();
    expect(screen.getByLabelText('Date the money arrived')).toHaveValue('2025-07-03');
  });

  it('saved on the flexible worker\'s history step, a resident year of employee cover is not kept to date the months from', () => {
    const a: Answers = { ...residentAnswers(), scheme: 'flexible' };
    const rows = a.history.years.map((r) => (r.year === 2023 ? { year: 2023, cover: 'employee' as const } : r));
    const values = historyValues({ ...a, history: { ...a.history, years: rows, employeeLastMonth: '2025-10' } }, '2026-03-01');
    const saved = historyToAnswers(values, 'flexible', a.circumstances).history as Answers['history'];
    expect(saved.years.find((r) => r.year === 2023)?.cover).toBe('none');
    expect(saved.years.find((r) => r.year === 2025)).toEqual({ year: 2025, cover: 'residentLate', latePaidOn: '2025-07-03' });
    expect(toScenario({ ...a, history: saved, payment: { ...a.payment, years: [] } }, '2026-03-01').history.employeePeriods).toEqual([{ from: '2025-10', to: '2025-10', fromUnknown: true }]);
  });

  it('saved on the resident history step without a year of employee cover, the flexible worker\'s months are kept for a switch back, and not given to the resident result', () => {
    // A flexible worker (months July 2020 to July 2026) who switched to the resident scheme and saved its history, every year "not covered".
    const flexible: Answers = { ...residentAnswers(), scheme: 'flexible', history: { ...residentAnswers().history, employeeSince: '2020-07', employeeLastMonth: '2026-07' } };
    const resident: Answers = { ...flexible, scheme: 'resident' };
    const values = historyValues(resident, '2026-03-01');
    const saved = historyToAnswers({ ...values, years: values.years.map((r) => ({ ...r, cover: 'none' as const })) }, 'resident', resident.circumstances).history as Answers['history'];
    expect(saved.employeeSince).toBe('2020-07');
    expect(saved.employeeLastMonth).toBe('2026-07');
    // Not a year of employee cover in the resident answers: the resident result gets no employee months.
    expect(toScenario({ ...resident, history: saved }, '2026-03-01').history.employeePeriods).toEqual([]);
    // With one, the months are given (as the step asks them then).
    const withEmployeeYear = { ...saved, years: saved.years.map((r) => (r.year === 2024 ? { year: 2024, cover: 'employee' as const } : r)) };
    expect(toScenario({ ...resident, history: withEmployeeYear }, '2026-03-01').history.employeePeriods).toEqual([{ from: '2020-07', to: '2026-07' }]);
    // Back to the flexible worker's scheme: the months are there.
    expect(historyValues({ ...flexible, history: saved }, '2026-03-01')).toMatchObject({ employeeSince: '2020-07', employeeLastMonth: '2026-07' });
  });

  it('a shared resident link whose employee months end before the years its rows hold keeps them (no row to go with them)', () => {
    const shared: Scenario = { v: 2, asOf: '2026-03-01', region: 'guangdong-guangzhou', history: { years: [2023, 2024, 2025].map((year) => ({ year, cover: 'none' as const })), employeePeriods: [{ from: '2018-01', to: '2022-06' }] }, payments: [{ scheme: 'resident', date: '2026-03-01', status: 'made', years: [2026], repairYears: 0 }], circumstances: {} };
    const answers = fromScenario(shared);
    expect(toScenario(answers, '2026-03-01').history.employeePeriods).toEqual([{ from: '2018-01', to: '2022-06' }]);
  });

  it('the resident check page does not list months kept from an employee scheme', async () => {
    const a = residentAnswers();
    await renderWizard({ initial: draftAt('check', { ...a, history: { ...a.history, employeeSince: '2020-07', employeeLastMonth: '2025-07' } }, [...FORM_STEPS]) });
    await screen.findByText('Guangzhou, Guangdong');
    expect(within(group('Your cover so far')).queryByText('July 2025')).not.toBeInTheDocument();
    expect(within(group('Your cover so far')).queryByText('July 2020')).not.toBeInTheDocument();
  });

  it('the flexible worker\'s result never reads the resident years kept for a switch back', () => {
    const a: Answers = { ...residentAnswers(), scheme: 'flexible', history: { ...residentAnswers().history, employeeLastMonth: '2025-10' }, payment: { ...residentAnswers().payment, years: [] } };
    const s = toScenario(a, '2026-03-01');
    expect(s.history.years).toEqual([]);
    expect(s.payments).toHaveLength(1);
    expect(s.history.employeePeriods).toEqual([{ from: '2025-10', to: '2025-10', fromUnknown: true }]);
  });

  it('a stored draft of the employee scheme with no last month paid is stopped on the check page', async () => {
    const a: Answers = { ...residentAnswers(), scheme: 'flexible', history: { years: residentAnswers().history.years.map((r) => ({ year: r.year, cover: 'none' })) } };
    const { user } = await renderWizard({ initial: draftAt('check', { ...a, payment: { ...a.payment, years: [] } }, [...FORM_STEPS]), renderResult: () => <p>a result</p> });
    await screen.findByText('Guangzhou, Guangdong');
    await user.click(screen.getByRole('button', { name: 'See the result' }));
    const summary = await findErrorSummary();
    expect(within(summary).getByRole('button', { name: 'Your cover so far: Enter the last month paid, with both month and year, for example August 2026.' })).toBeInTheDocument();
    expect(screen.queryByText('a result')).not.toBeInTheDocument();
  });

  it('says "Save and return to the check page" only where the button goes there', async () => {
    const { user } = await renderWizard({ initial: atCheck() });
    await screen.findByText('Guangzhou, Guangdong');
    await user.click(screen.getByRole('button', { name: 'Change scheme and region' }));
    await findRegion('Guangzhou, Guangdong');
    expect(screen.getByRole('button', { name: 'Save and return to the check page' })).toBeInTheDocument();

    // Another scheme: its questions are asked first, and the page says so before the press.
    await user.click(screen.getByRole('radio', { name: 'Employee medical insurance as a flexible (self-employed) worker' }));
    expect(screen.queryByRole('button', { name: 'Save and return to the check page' })).not.toBeInTheDocument();
    expect(screen.getByText(/the next steps ask that scheme's questions/)).toBeInTheDocument();
    // Back to the scheme answered: the promise holds again.
    await user.click(screen.getByRole('radio', { name: /^Resident medical insurance/ }));
    expect(screen.queryByText(/the next steps ask that scheme's questions/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Employee medical insurance as a flexible (self-employed) worker' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    // Through the marked steps with "Continue"; only the last one returns to the check page.
    await waitFor(() => expect(heading()).toHaveTextContent('Your cover so far'));
    expect(screen.queryByRole('button', { name: 'Save and return to the check page' })).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Last month paid'), '2025-10');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(heading()).toHaveTextContent('The payment'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(heading()).toHaveTextContent('Your circumstances'));
    await user.click(screen.getByRole('button', { name: 'Save and return to the check page' }));
    await waitFor(() => expect(heading()).toHaveTextContent('Check your answers'));
  });

  it('a Change from the check page to a step still to answer again says where it leads', async () => {
    const { user } = await renderWizard({ initial: atCheck() });
    await changeSchemeToFlexible(user);
    await waitFor(() => expect(heading()).toHaveTextContent('Your cover so far'));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(heading()).toHaveTextContent('Check your answers'));
    // The circumstances step answered first: the history and payment steps still wait.
    await user.click(screen.getByRole('button', { name: 'Change your circumstances' }));
    await waitFor(() => expect(heading()).toHaveTextContent('Your circumstances'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(heading()).toHaveTextContent('Your cover so far'));
  });

  it('the marks survive a reload: still "Not given", still no result', async () => {
    const first = await renderWizard({ initial: atCheck(), renderResult: () => <p>a result</p> });
    await changeSchemeToFlexible(first.user);
    await waitFor(() => expect(heading()).toHaveTextContent('Your cover so far'));
    await first.user.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(heading()).toHaveTextContent('Check your answers'));
    first.unmount();

    // A new store from what this device stored, as a reload makes.
    const { user } = await renderWizard({ renderResult: () => <p>a result</p> });
    await waitFor(() => expect(heading()).toHaveTextContent('Check your answers'));
    await screen.findByText('Guangzhou, Guangdong');
    expect(value(group('The payment'), 'Back-paid the missed months')).toHaveTextContent('Not given');
    expect(within(group('The payment')).getByText('You changed the scheme or the region, so these questions need your answers again: the rules may ask other things.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'See the result' }));
    const summary = await findErrorSummary();
    expect(within(summary).getByRole('button', { name: 'The payment: You changed the scheme or the region, so these questions need your answers again: the rules may ask other things.' })).toBeInTheDocument();
    expect(screen.queryByText('a result')).not.toBeInTheDocument();
  });

  it('tells the same in Chinese', async () => {
    const { user } = await renderWizard({ language: 'zh-CN', initial: atCheck() });
    await screen.findByText('广东·广州');
    await user.click(screen.getByRole('button', { name: '修改险种和地区' }));
    await findRegion('广东·广州');
    await user.click(screen.getByRole('radio', { name: /灵活就业/ }));
    expect(screen.queryByRole('button', { name: /保存并返回/ })).not.toBeInTheDocument();
    expect(screen.getByText('您选择了另一个险种：保存后，请先按新的险种回答接下来几步的问题，再返回核对页。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '继续' }));
    await waitFor(() => expect(heading()).toHaveTextContent('以往参保情况'));
    await user.click(screen.getByRole('button', { name: '上一步' }));
    await waitFor(() => expect(heading()).toHaveTextContent('核对您的回答'));
    await user.click(screen.getByRole('button', { name: '查看结果' }));
    const summary = await findErrorSummary();
    expect(summary).toHaveTextContent('您更改了险种或地区，这一步的问题需要重新回答：适用的规定可能要求回答其他问题。');
    expect(summary).toHaveTextContent('请填写最后一个缴费月份，年和月都要填写');
  });
});

describe('the way back to the check page survives a reload', () => {
  /** A new store from what this device stored, as a reload makes. */
  async function reload(previous: { unmount: () => void }) {
    previous.unmount();
    return renderWizard({ renderResult: () => <p>a result</p> });
  }

  it('on the steps a change of scheme marks: the last one still says "Save and return to the check page"', async () => {
    const first = await renderWizard({ initial: atCheck(), renderResult: () => <p>a result</p> });
    await changeSchemeToFlexible(first.user);
    await waitFor(() => expect(heading()).toHaveTextContent('Your cover so far'));

    const second = await reload(first);
    await waitFor(() => expect(heading()).toHaveTextContent('Your cover so far'));
    await second.user.type(screen.getByLabelText('Last month paid'), '2025-10');
    await second.user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('The payment'));
    await second.user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('Your circumstances'));

    const third = await reload(second);
    await waitFor(() => expect(heading()).toHaveTextContent('Your circumstances'));
    await third.user.click(await screen.findByRole('button', { name: 'Save and return to the check page' }));
    await waitFor(() => expect(heading()).toHaveTextContent('Check your answers'));
    expect(third.store.getState().draft.returnTo).toBeUndefined();
  });

  it('in Chinese too, after a Change link from the check page', async () => {
    const first = await renderWizard({ language: 'zh-CN', initial: atCheck() });
    await screen.findByText('广东·广州');
    await first.user.click(screen.getByRole('button', { name: '修改个人情况' }));
    await waitFor(() => expect(heading()).toHaveTextContent('个人情况'));
    first.unmount();
    const { user } = await renderWizard({ language: 'zh-CN' });
    await waitFor(() => expect(heading()).toHaveTextContent('个人情况'));
    await user.click(await screen.findByRole('button', { name: '保存并返回核对页' }));
    await waitFor(() => expect(heading()).toHaveTextContent('核对您的回答'));
  });
});
