// Issue 12, point 5: the history rows follow the payment's year. A payment planned further ahead
// than next year sends the person back to "Your cover so far" for the years between, each asked as
// the cover they expect (not silently counted as no cover), and then back to the payment; the
// answers reach the calculator. A year beyond the rules' years, or beyond the scenario's 40 rows
// of history, is refused on the payment step with a message saying why.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { calculate } from '../../../src/calc';
import { toScenario } from '../../../src/features/wizard/to-scenario';
import { chainFor } from '../../fixtures/packs';
import { answersWith, continueButton, draftAt, findErrorSummary, heading, renderWizard, serveRules, TODAY } from './harness';

beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal('fetch', serveRules());
});
afterEach(() => vi.unstubAllGlobals());

const year = (y: number) => screen.getByRole('group', { name: `Benefit year ${y}` });
const inWindow = 'Resident scheme, paid in the enrolment window';

// Covered in 2025 and 2026 (today is 15 Nov 2026); 2030 planned for 1 Dec 2029.
const planFor2030 = () =>
  answersWith({ payment: { status: 'planned', date: '2029-12-01', years: [2030], repairYears: 0, backPay: true } }, { 2023: 'resident', 2024: 'resident', 2025: 'resident', 2026: 'resident' });

describe('history rows follow the payment year', () => {
  it('a plan for 2030 asks about 2027 to 2029 on the history step, then comes back to the payment', async () => {
    const { user, store } = await renderWizard({ initial: draftAt('payment', planFor2030(), ['where', 'history']) });
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('Your cover so far'));
    expect(screen.getByRole('note')).toHaveTextContent(
      'Your planned payment is for 2030. 2027, 2028, and 2029 have not started yet: tell us how you expect to be covered in each. They decide whether your cover lapsed',
    );
    // One row a year, from 2023 to the year before the payment's.
    expect(screen.getAllByRole('group', { name: /^Benefit year/ })).toHaveLength(7);
    for (const y of [2023, 2024, 2025, 2026, 2027, 2028, 2029]) expect(year(y)).toBeInTheDocument();
    for (const y of [2027, 2028, 2029]) {
      expect(year(y)).toHaveAccessibleDescription('Not started yet: choose the cover you expect.');
      // A year not started has no late payment to date.
      expect(within(year(y)).queryByRole('radio', { name: 'Resident scheme, paid late' })).not.toBeInTheDocument();
      expect(within(year(y)).getByRole('radio', { name: 'Not covered' })).toBeChecked();
      await user.click(within(year(y)).getByRole('radio', { name: inWindow }));
    }
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('The payment'));
    expect(screen.getByRole('note')).toHaveTextContent(
      'This payment is for 2030. 2027, 2028, and 2029 have not started yet: the result counts the cover you expect in them, as given in “Your cover so far”.',
    );
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('Your circumstances'));

    const answers = store.getState().draft.answers;
    const scenario = toScenario(answers, TODAY);
    expect(scenario.history.years.filter((r) => r.year >= 2027)).toEqual([
      { year: 2027, cover: 'resident' },
      { year: 2028, cover: 'resident' },
      { year: 2029, cover: 'resident' },
    ]);
    const outcome = calculate(scenario, chainFor('national'));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    // Covered every year before it: no lapse before 2030.
    expect(outcome.result.main.lapse).toBeNull();
  });

  it('from the check page, a plan further ahead does not say it returns there: the years between are asked first', async () => {
    const { user } = await renderWizard({ initial: draftAt('check', planFor2030(), ['where', 'history', 'payment', 'circumstances']) });
    await user.click(await screen.findByRole('button', { name: 'Change the payment' }));
    await waitFor(() => expect(heading()).toHaveTextContent('The payment'));
    expect(screen.queryByRole('button', { name: 'Save and return to the check page' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(heading()).toHaveTextContent('Your cover so far'));
  });

  it('years left as "Not covered" count as a lapse, because the person said so', async () => {
    const { user, store } = await renderWizard({ initial: draftAt('payment', planFor2030(), ['where', 'history']) });
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('Your cover so far'));
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('The payment'));
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('Your circumstances'));
    const outcome = calculate(toScenario(store.getState().draft.answers, TODAY), chainFor('national'));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    expect(outcome.result.main.lapse).toMatchObject({ years: [2027, 2028, 2029] });
  });

  it('the payment step offers to change the years ahead once they are answered', async () => {
    const answered = planFor2030();
    answered.history.years.push({ year: 2028, cover: 'employee' }, { year: 2029, cover: 'resident' });
    const { user } = await renderWizard({ initial: draftAt('payment', answered, ['where', 'history']) });
    await user.click(within(screen.getByRole('note')).getByRole('button', { name: 'Change the cover expected in these years' }));
    await waitFor(() => expect(heading()).toHaveTextContent('Your cover so far'));
    expect(within(year(2028)).getByRole('radio', { name: 'Employee scheme' })).toBeChecked();
    expect(within(year(2029)).getByRole('radio', { name: inWindow })).toBeChecked();
  });

  it('in Chinese', async () => {
    const { user } = await renderWizard({ language: 'zh-CN', initial: draftAt('payment', planFor2030(), ['where', 'history']) });
    expect(screen.getByRole('note')).toHaveTextContent('本次缴费为2030年度。');
    expect(screen.getByRole('note')).toHaveTextContent('点击“继续”后，请逐年说明您预计如何参保，因为这关系到是否算作断保。');
    await user.click(screen.getByRole('button', { name: '继续' }));
    await waitFor(() => expect(heading()).toHaveTextContent('以往参保情况'));
    expect(screen.getByRole('note')).toHaveTextContent('您计划缴纳的是2030年度的保费。');
    expect(screen.getByRole('group', { name: '2029年度' })).toHaveAccessibleDescription('尚未开始：请选择您预计的参保情况。');
  });

  it('a year beyond the rules is refused on the payment step, before any year is asked', async () => {
    const answers = answersWith({ payment: { status: 'planned', date: '2032-12-01', years: [2033], repairYears: 0, backPay: true } });
    const { user } = await renderWizard({ initial: draftAt('payment', answers, ['where', 'history']) });
    // Once the rules are in: the check needs their years.
    await waitFor(() => expect(screen.queryByText(/Checking whether repair/)).not.toBeInTheDocument());
    await user.click(continueButton());
    const summary = await findErrorSummary();
    expect(within(summary).getByRole('link', { name: 'This calculator only covers benefit years 2025 to 2032.' })).toBeInTheDocument();
    expect(heading()).toHaveTextContent('The payment');
  });
});
