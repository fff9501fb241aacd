// A baby born in 2026 is not asked about benefit years before 2026, and "Your answers" does not
// list them (a newcomer saw "Benefit year 2023: Not covered" for a newborn). Whether the cover is
// for a newborn, and the date of birth, are asked at the top of the history step, so the years
// are right on a first pass too (they used to be asked on the circumstances step, after the
// history: a parent was first asked about the baby's cover in the years before its birth). What
// the rows before the birth hold is kept, not shown and not given to the calculator: unticking
// "newborn" brings them back as they were.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../../src/calc';
import type { Answers } from '../../../src/features/wizard/answers';
import { noCircumstances } from '../../../src/features/wizard/answers';
import { FORM_STEPS } from '../../../src/features/wizard/steps';
import { toScenario } from '../../../src/features/wizard/to-scenario';
import { answersWith, continueButton, draftAt, findErrorSummary, heading, renderWizard, serveRules, TODAY } from './harness';

beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal('fetch', serveRules());
});
afterEach(() => vi.unstubAllGlobals());

/** A baby born on 1 Mar 2026, 2026 paid on 20 Apr 2026; 2025 answered "resident" where given. */
function baby(covers: Record<number, Answers['history']['years'][number]['cover']> = {}): Answers {
  return answersWith(
    {
      region: 'national',
      payment: { status: 'made', date: '2026-04-20', years: [2026], repairYears: 0, backPay: true },
      circumstances: { ...noCircumstances(), newborn: true, birthDate: '2026-03-01' },
    },
    covers,
  );
}

describe('a newborn’s history', () => {
  it('offers a baby no employee cover (a baby has no job), unless an answer given before says so', async () => {
    await renderWizard({ initial: draftAt('history', { ...baby(), payment: { status: 'planned', date: '2027-02-01', years: [2027], repairYears: 0, backPay: true } }, [...FORM_STEPS]) });
    const year = screen.getByRole('group', { name: 'Benefit year 2026' });
    expect(within(year).queryByRole('radio', { name: /Employee scheme/ })).not.toBeInTheDocument();
    expect(within(year).getAllByRole('radio').length).toBeGreaterThan(1);
    // Nor told to choose it.
    expect(screen.queryByText(/employee-scheme cover in part of such a year/)).not.toBeInTheDocument();
  });

  it('still shows an employee answer given before the baby was declared, for the person to change', async () => {
    await renderWizard({ initial: draftAt('history', { ...baby({ 2026: 'employee' }), payment: { status: 'planned', date: '2027-02-01', years: [2027], repairYears: 0, backPay: true } }, [...FORM_STEPS]) });
    expect(within(screen.getByRole('group', { name: 'Benefit year 2026' })).getByRole('radio', { name: /Employee scheme/ })).toBeChecked();
  });

  it('asks no year before the birth year, and says why', async () => {
    const { user, store } = await renderWizard({ initial: draftAt('history', baby(), [...FORM_STEPS]) });
    expect(screen.getAllByRole('group', { name: /^Benefit year/ })).toHaveLength(1);
    expect(screen.getByRole('group', { name: 'Benefit year 2026' })).toBeInTheDocument();
    expect(screen.getByText('Your child was born in 2026, so the years before it are not asked.')).toBeInTheDocument();
    await user.click(continueButton());
    await waitFor(() => expect(heading()).not.toHaveTextContent('Your cover so far'));
    // The rows not asked are still there, as they were.
    expect(store.getState().draft.answers.history.years.map((r) => r.year)).toEqual([2023, 2024, 2025, 2026]);
  });

  it('lists no year before the birth year on the check page, and reaches a result', async () => {
    const seen: Scenario[] = [];
    const { user } = await renderWizard({ initial: draftAt('check', baby(), [...FORM_STEPS]), renderResult: (s) => (seen.push(s), <p>a result</p>) });
    const history = await screen.findByRole('region', { name: 'Your cover so far' });
    expect(within(history).queryByText(/Benefit year 202[345]/)).toBeNull();
    // The only year since the birth is the one being paid for: said, not left blank.
    expect(within(history).getByText('Earlier benefit years', { selector: 'dt' }).nextElementSibling).toHaveTextContent('None: your child was born in 2026');
    await user.click(continueButton());
    expect(await screen.findByText('a result')).toBeInTheDocument();
  });

  it('in Chinese: 2023年度 is not listed', async () => {
    await renderWizard({ language: 'zh-CN', initial: draftAt('check', baby(), [...FORM_STEPS]) });
    const history = await screen.findByRole('region', { name: '以往参保情况' });
    expect(within(history).queryByText(/2023年度/)).toBeNull();
    expect(within(history).getByText('无（孩子2026年出生）')).toBeInTheDocument();
  });

  it('answered before the date of birth, a year before the birth is not shown, kept, and not given to the calculator', async () => {
    const { store } = await renderWizard({ initial: draftAt('history', baby({ 2025: 'resident' }), [...FORM_STEPS]) });
    expect(screen.queryByRole('group', { name: 'Benefit year 2025' })).toBeNull();
    expect(screen.queryByRole('group', { name: 'Benefit year 2024' })).toBeNull();
    const { answers } = store.getState().draft;
    expect(answers.history.years.find((r) => r.year === 2025)?.cover).toBe('resident');
    expect(toScenario(answers, TODAY).history.years.find((r) => r.year === 2025)?.cover).toBe('none');
  });

  it('not a newborn: every year from 2023 is asked again, with what it held', async () => {
    const a = baby({ 2024: 'none' });
    await renderWizard({ initial: draftAt('history', { ...a, circumstances: { ...a.circumstances, newborn: false } }, [...FORM_STEPS]) });
    expect(screen.getAllByRole('group', { name: /^Benefit year/ })).toHaveLength(4);
  });
});

/** The history step's newborn question and its date of birth. */
const NEWBORN = 'I am enrolling a newborn child';
const birthDate = () => screen.getByLabelText('Date of birth');
const years = () => screen.getAllByRole('group', { name: /^Benefit year/ }).map((g) => g.querySelector('legend')?.textContent);
/** Said in a live region, as the rows go. */
const announced = (text: string) => expect(screen.getByText(text).closest('[role="status"]')).not.toBeNull();

describe('a newborn on a first pass', () => {
  it('is asked at the top of the history step, before the years, which then start at the birth year', async () => {
    const { user, store } = await renderWizard({ initial: draftAt('history', answersWith({ region: 'national' }), ['where']) });
    const newborn = screen.getByRole('checkbox', { name: NEWBORN });
    const firstYear = screen.getByRole('group', { name: 'Benefit year 2023' });
    // Before the years in the page (and so in the keyboard's order).
    expect(newborn.compareDocumentPosition(firstYear) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(years()).toEqual(['Benefit year 2023', 'Benefit year 2024', 'Benefit year 2025', 'Benefit year 2026']);
    expect(screen.queryByLabelText('Date of birth')).toBeNull();

    await user.click(newborn);
    await user.type(birthDate(), '2026-03-10');
    expect(years()).toEqual(['Benefit year 2026']);
    announced('Your child was born in 2026, so the years before it are not asked.');
    await user.click(screen.getByRole('radio', { name: 'Not covered' }));
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('The payment'));
    const { answers } = store.getState().draft;
    expect(answers.circumstances).toMatchObject({ newborn: true, birthDate: '2026-03-10' });
    // The rows before the birth are still there, as they were.
    expect(answers.history.years.map((r) => r.year)).toEqual([2023, 2024, 2025, 2026]);
  });

  it('asks for the date of birth and checks it', async () => {
    const { user } = await renderWizard({ initial: draftAt('history', answersWith({ region: 'national' }), ['where']) });
    await user.click(screen.getByRole('checkbox', { name: NEWBORN }));
    await user.click(continueButton());
    const summary = await findErrorSummary();
    await user.click(within(summary).getByRole('link', { name: "Enter the child's date of birth." }));
    expect(birthDate()).toHaveFocus();
    await user.type(birthDate(), '2026-12-01');
    expect(await screen.findByText('This date is in the future.', { selector: '.wz-field-error', exact: false })).toBeInTheDocument();
  });

  it('refuses a birth before 2023, the first year asked (1990 was read as an adult\'s lapse under a child\'s words), and says what to do', async () => {
    const { user, store } = await renderWizard({ initial: draftAt('history', answersWith({ region: 'national' }), ['where']) });
    await user.click(screen.getByRole('checkbox', { name: NEWBORN }));
    await user.type(birthDate(), '1990-05-01');
    await user.click(continueButton());
    const summary = await findErrorSummary();
    const message = `This calculator asks about the years from 2023 on. For a child born before January 1, 2023, untick “${NEWBORN}” and answer for each year as for anyone else.`;
    await user.click(within(summary).getByRole('link', { name: message }));
    expect(birthDate()).toHaveFocus();
    expect(store.getState().draft.step).toBe('history');
    // The first day of 2023 is accepted.
    await user.clear(birthDate());
    await user.type(birthDate(), '2023-01-01');
    await waitFor(() => expect(screen.queryByText(message, { selector: '.wz-field-error', exact: false })).toBeNull());
  });

  it('hides years already answered when the date comes, without losing them: unticking brings them back', async () => {
    const { user, store } = await renderWizard({ initial: draftAt('history', answersWith({ region: 'national' }), ['where']) });
    const y2024 = screen.getByRole('group', { name: 'Benefit year 2024' });
    await user.click(within(y2024).getByRole('radio', { name: 'Resident scheme, paid in the enrolment window' }));
    await user.click(within(screen.getByRole('group', { name: 'Benefit year 2025' })).getByRole('radio', { name: 'Resident scheme, paid late' }));
    await user.click(screen.getByRole('checkbox', { name: NEWBORN }));
    await user.type(birthDate(), '2026-03-10');
    expect(screen.queryByRole('group', { name: 'Benefit year 2024' })).toBeNull();
    // The hidden late year's missing date is not asked for either.
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('The payment'));
    const { answers } = store.getState().draft;
    expect(answers.history.years.find((r) => r.year === 2024)?.cover).toBe('resident');
    expect(toScenario(answers, TODAY).history.years.filter((r) => r.year < 2026).every((r) => r.cover === 'none')).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(heading()).toHaveTextContent('Your cover so far'));
    expect(screen.getByRole('checkbox', { name: NEWBORN })).toBeChecked();
    expect(birthDate()).toHaveValue('2026-03-10');
    await user.click(screen.getByRole('checkbox', { name: NEWBORN }));
    expect(within(screen.getByRole('group', { name: 'Benefit year 2024' })).getByRole('radio', { name: 'Resident scheme, paid in the enrolment window' })).toBeChecked();
  });

  it('a change of the newborn answer from the check page goes through the circumstances step (its baby questions) before coming back', async () => {
    const { user } = await renderWizard({ initial: draftAt('check', { ...baby(), circumstances: noCircumstances() }, [...FORM_STEPS]) });
    await user.click(await screen.findByRole('button', { name: 'Change your cover so far' }));
    await user.click(screen.getByRole('checkbox', { name: NEWBORN }));
    await user.type(birthDate(), '2026-03-01');
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('Your circumstances'));
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('Check your answers'));
    const history = screen.getByRole('region', { name: 'Your cover so far' });
    expect(within(history).getByText('Newborn', { selector: 'dt' }).nextElementSibling).toHaveTextContent('Yes, born March 1, 2026');
  });

  it('is not asked of the employee schemes, whose stored answers are kept', async () => {
    const a = answersWith({ region: 'national', scheme: 'employee', circumstances: { ...noCircumstances(), newborn: true, birthDate: '2026-03-01' } });
    const { user, store } = await renderWizard({ initial: draftAt('history', a, ['where']) });
    await screen.findByLabelText('Last month paid');
    expect(screen.queryByRole('checkbox', { name: NEWBORN })).toBeNull();
    await user.type(screen.getByLabelText('Last month paid'), '2026-08');
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('The contributions'));
    expect(store.getState().draft.answers.circumstances).toMatchObject({ newborn: true, birthDate: '2026-03-01' });
  });

  it('in Chinese', async () => {
    const { user } = await renderWizard({ language: 'zh-CN', initial: draftAt('history', answersWith({ region: 'national' }), ['where']) });
    await user.click(screen.getByRole('checkbox', { name: '我要给新生儿参保' }));
    await user.type(screen.getByLabelText('出生日期'), '2026-03-10');
    expect(screen.getAllByRole('group', { name: /年度$/ })).toHaveLength(1);
    announced('孩子2026年出生，之前的年度不需要填写。');
    await user.clear(screen.getByLabelText('出生日期'));
    await user.type(screen.getByLabelText('出生日期'), '2022-12-31');
    await user.click(screen.getByRole('button', { name: '继续' }));
    expect(await findErrorSummary()).toHaveTextContent('本计算器从2023年度起询问参保情况。孩子在2023年1月1日之前出生的，请取消勾选“我要给新生儿参保”，按一般情况填写各年度的参保情况。');
  });
});

// 湖北 charges nothing for a child's year of birth (X1, its rules for 2026): the newborn is
// enrolled, not paid for, and the hint under the question says so; a child born in 2025, a year
// its rules do not make free, and a region that charges, read "paid for".
describe('the newborn hint where the year of birth is free', () => {
  const PAID = 'A newborn paid for within 90 days of birth is covered from the date of birth. The years before the birth are not asked.';
  const ENROLLED = 'A newborn enrolled within 90 days of birth is covered from the date of birth. The years before the birth are not asked.';

  it('in English: enrolled in 湖北 (武汉) for a 2026 birth, paid for a 2025 one and under the national rules', async () => {
    const { user, unmount } = await renderWizard({ initial: draftAt('history', answersWith({ region: 'hubei-wuhan' }), ['where']) });
    const newborn = screen.getByRole('checkbox', { name: NEWBORN });
    await waitFor(() => expect(newborn).toHaveAccessibleDescription(ENROLLED));
    await user.click(newborn);
    await user.type(birthDate(), '2026-03-10');
    expect(newborn).toHaveAccessibleDescription(ENROLLED);
    await user.clear(birthDate());
    await user.type(birthDate(), '2025-03-10');
    await waitFor(() => expect(newborn).toHaveAccessibleDescription(PAID));
    unmount();
    localStorage.clear();
    await renderWizard({ initial: draftAt('history', answersWith({ region: 'national' }), ['where']) });
    expect(screen.getByRole('checkbox', { name: NEWBORN })).toHaveAccessibleDescription(PAID);
  });

  it('in Chinese: 办理参保 in 湖北, 参保缴费 elsewhere', async () => {
    const { unmount } = await renderWizard({ language: 'zh-CN', initial: draftAt('history', answersWith({ region: 'hubei' }), ['where']) });
    await waitFor(() => expect(screen.getByRole('checkbox', { name: '我要给新生儿参保' })).toHaveAccessibleDescription('新生儿在出生后90天内办理参保的，从出生之日起享受待遇。出生之前的年度不需要填写。'));
    unmount();
    localStorage.clear();
    await renderWizard({ language: 'zh-CN', initial: draftAt('history', answersWith({ region: 'beijing' }), ['where']) });
    // Waits for 北京's rules: the hint is the paying one before and after they arrive.
    await screen.findByRole('group', { name: '2023年度' });
    expect(screen.getByRole('checkbox', { name: '我要给新生儿参保' })).toHaveAccessibleDescription('新生儿在出生后90天内参保缴费的，从出生之日起享受待遇。出生之前的年度不需要填写。');
  });
});
