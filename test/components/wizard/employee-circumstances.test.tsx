// The circumstances step asks the employee schemes only what their rules can use. Newborns (X1),
// the exempt groups (X2) and the critical-illness bonus (B1-B4) are resident-scheme rules: a
// newcomer was asked all three as a 青岛 flexible worker. Answers given to them under the
// resident scheme are kept, not listed, not calculated with, and back if the scheme switches back.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../../src/calc';
import type { Answers } from '../../../src/features/wizard/answers';
import { noCircumstances } from '../../../src/features/wizard/answers';
import { FORM_STEPS } from '../../../src/features/wizard/steps';
import { answersWith, continueButton, draftAt, findRegion, heading, renderWizard, serveRules } from './harness';

beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal('fetch', serveRules());
});
afterEach(() => vi.unstubAllGlobals());

/** A flexible worker covered to 2026-08, back-paying on 15 Nov 2026. */
function flexible(region: string): Answers {
  const a = answersWith({ region, scheme: 'flexible', payment: { status: 'planned', date: '2026-11-15', years: [], repairYears: 0, backPay: true } });
  return { ...a, history: { years: a.history.years.map((r) => ({ year: r.year, cover: 'none' })), employeeLastMonth: '2026-08', employeeSince: '2020-01' } };
}

const RESIDENT_ONLY = [
  'I am enrolling a newborn child',
  'Low-income, and my cover stopped through no choice of my own',
  'Newly discharged from active military service',
  'Estimate my critical-illness bonus (optional)',
];

const group = (name: string) => screen.getByRole('region', { name });
const value = (container: HTMLElement, term: string) => within(container).getByText(term, { selector: 'dt' }).nextElementSibling;

describe('circumstances of the employee schemes', () => {
  it('青岛, a flexible worker: only the move between cities is asked', async () => {
    await renderWizard({ initial: draftAt('circumstances', flexible('shandong-qingdao'), ['where', 'history', 'payment']) });
    expect(await screen.findByRole('checkbox', { name: "My employee cover moved here from another city's scheme" })).toBeInTheDocument();
    for (const name of RESIDENT_ONLY) expect(screen.queryByRole('checkbox', { name })).toBeNull();
    expect(screen.getAllByRole('checkbox')).toHaveLength(1);
  });

  it('the check page lists the cover before the payment as answered: resident years after a switch, none at all for a first enrolment, the months otherwise', async () => {
    const steps = ['where', 'history', 'payment', 'circumstances'] as const;
    const switched = flexible('national');
    switched.history = { ...switched.history, employeePrior: 'resident', years: switched.history.years.map((r) => (r.year >= 2024 ? { year: r.year, cover: 'resident' } : r)) };
    await renderWizard({ initial: draftAt('check', switched, [...steps]) });
    const history = await screen.findByRole('region', { name: 'Your cover so far' });
    expect(value(history, 'Cover before this payment')).toHaveTextContent('Resident medical insurance');
    expect(value(history, 'Benefit year 2025')).toHaveTextContent('Resident scheme, paid in the enrolment window');
    expect(within(history).queryByText('Last month paid')).toBeNull();
    cleanup();
    const first = flexible('national');
    first.history = { ...first.history, employeePrior: 'none' };
    await renderWizard({ initial: draftAt('check', first, [...steps]) });
    const none = await screen.findByRole('region', { name: 'Your cover so far' });
    expect(value(none, 'Cover before this payment')).toHaveTextContent('None: this is my first enrolment');
    expect(within(none).queryByText('Last month paid')).toBeNull();
    expect(within(none).queryByText(/^Benefit year/)).toBeNull();
    cleanup();
    await renderWizard({ initial: draftAt('check', flexible('national'), [...steps]) });
    const months = await screen.findByRole('region', { name: 'Your cover so far' });
    expect(value(months, 'Cover before this payment')).toHaveTextContent('Employee medical insurance');
    expect(value(months, 'Last month paid')).toHaveTextContent('August 2026');
  });

  it('青岛, after resident years (a switch) or none at all: the move between cities, which moves employee cover, is not asked', async () => {
    for (const prior of ['resident', 'none'] as const) {
      const a = flexible('shandong-qingdao');
      a.history = { ...a.history, employeePrior: prior, years: a.history.years.map((r) => (prior === 'resident' && r.year === 2025 ? { year: 2025, cover: 'resident' } : r)) };
      await renderWizard({ initial: draftAt('circumstances', a, ['where', 'history', 'payment']) });
      expect(await screen.findByText(/^There is nothing to answer here/), prior).toBeInTheDocument();
      expect(screen.queryByRole('checkbox', { name: "My employee cover moved here from another city's scheme" }), prior).toBeNull();
      cleanup();
    }
  });

  it('武汉 (a back-paid gap covered anyway): nothing to ask, said so, and Continue goes on', async () => {
    const { user } = await renderWizard({ initial: draftAt('circumstances', flexible('hubei-wuhan'), ['where', 'history', 'payment']) });
    expect(await screen.findByText(/^There is nothing to answer here/)).toBeInTheDocument();
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('Check your answers'));
    expect(value(group('Your circumstances'), 'For employee medical insurance')).toHaveTextContent('No questions about your circumstances');
    expect(within(group('Your circumstances')).queryByText('Low-income, lapse not by own choice')).toBeNull();
  });

  it('in Chinese: 这一步没有需要您回答的问题', async () => {
    await renderWizard({ language: 'zh-CN', initial: draftAt('circumstances', flexible('hubei-wuhan'), ['where', 'history', 'payment']) });
    expect(await screen.findByText(/^这一步没有需要您回答的问题/)).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: /新生儿/ })).toBeNull();
  });

  it('answers given under the resident scheme are kept through a switch, left out of the calculation, and back after switching back', async () => {
    const resident = answersWith(
      {
        region: 'shandong-qingdao',
        payment: { status: 'planned', date: '2026-11-20', years: [2027], repairYears: 0, backPay: true },
        circumstances: { ...noCircumstances(), lowIncomeNotByChoice: true },
        criticalIllness: { enabled: true, originalCapYuan: 400000, noClaimYears: [2025], bonusUsedYears: [] },
      },
      { 2023: 'resident', 2024: 'resident', 2025: 'resident', 2026: 'resident' },
    );
    const seen: Scenario[] = [];
    const { user, store } = await renderWizard({ initial: draftAt('check', resident, [...FORM_STEPS]), renderResult: (s) => (seen.push(s), <p>a result</p>) });
    await screen.findByText('Qingdao, Shandong');
    await user.click(screen.getByRole('button', { name: 'Change scheme and region' }));
    await findRegion('Qingdao, Shandong');
    await user.click(screen.getByRole('radio', { name: 'Employee medical insurance as a flexible (self-employed) worker' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(heading()).toHaveTextContent('Your cover so far'));
    await user.type(screen.getByLabelText('Last month paid'), '2026-08');
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('The payment'));
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('Your circumstances'));
    for (const name of RESIDENT_ONLY) expect(screen.queryByRole('checkbox', { name })).toBeNull();
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('Check your answers'));

    // Kept, but neither listed nor calculated with.
    expect(store.getState().draft.answers.circumstances.lowIncomeNotByChoice).toBe(true);
    expect(store.getState().draft.answers.criticalIllness).toEqual({ enabled: true, originalCapYuan: 400000, noClaimYears: [2025], bonusUsedYears: [] });
    expect(within(group('Your circumstances')).queryByText(/critical-illness/i)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'See the result' }));
    await screen.findByText('a result');
    expect(seen.at(-1)?.circumstances).toEqual({});
    expect(seen.at(-1)?.criticalIllness).toBeUndefined();

    // Back to the resident scheme: the answers are there, on a step marked to look at again.
    await waitFor(() => expect(store.getState().draft.step).toBe('result'));
    store.goTo('where', { returnTo: 'check' });
    await findRegion('Qingdao, Shandong');
    await user.click(screen.getByRole('radio', { name: /^Resident medical insurance/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(heading()).toHaveTextContent('Your cover so far'));
    expect(store.getState().draft.revisit).toContain('circumstances');
    store.goTo('circumstances', { returnTo: 'check' });
    await waitFor(() => expect(heading()).toHaveTextContent('Your circumstances'));
    expect(screen.getByRole('checkbox', { name: 'Low-income, and my cover stopped through no choice of my own' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Estimate my critical-illness bonus (optional)' })).toBeChecked();
    expect(screen.getByLabelText('Original critical-illness payment cap (yuan)')).toHaveValue('400000');
  });
});
