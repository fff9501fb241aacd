// A baby born in 2026 is not asked about benefit years before 2026, and "Your answers" does not
// list them (a newcomer saw "Benefit year 2023: Not covered" for a newborn). What those rows hold
// is kept: unticking "newborn" brings them back as they were. A year before the birth that holds
// cover (answered before the date of birth was given) stays on the step, where the check page's
// error sends the person to change it.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../../src/calc';
import type { Answers } from '../../../src/features/wizard/answers';
import { noCircumstances } from '../../../src/features/wizard/answers';
import { FORM_STEPS } from '../../../src/features/wizard/steps';
import { answersWith, continueButton, draftAt, heading, renderWizard, serveRules } from './harness';

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
  it('asks no year before the birth year, and says why', async () => {
    const { user, store } = await renderWizard({ initial: draftAt('history', baby(), [...FORM_STEPS]) });
    expect(screen.getAllByRole('group', { name: /^Benefit year/ })).toHaveLength(1);
    expect(screen.getByRole('group', { name: 'Benefit year 2026' })).toBeInTheDocument();
    expect(screen.getByText('Your baby was born in 2026, so the years before it are not asked.')).toBeInTheDocument();
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
    expect(within(history).getByText('Earlier benefit years', { selector: 'dt' }).nextElementSibling).toHaveTextContent('None: your baby was born in 2026');
    await user.click(continueButton());
    expect(await screen.findByText('a result')).toBeInTheDocument();
  });

  it('in Chinese: 2023年度 is not listed', async () => {
    await renderWizard({ language: 'zh-CN', initial: draftAt('check', baby(), [...FORM_STEPS]) });
    const history = await screen.findByRole('region', { name: '以往参保情况' });
    expect(within(history).queryByText(/2023年度/)).toBeNull();
    expect(within(history).getByText('无（宝宝2026年出生）')).toBeInTheDocument();
  });

  it('a year before the birth answered as covered stays on the step, so it can be changed', async () => {
    await renderWizard({ initial: draftAt('history', baby({ 2025: 'resident' }), [...FORM_STEPS]) });
    expect(screen.getByRole('group', { name: 'Benefit year 2025' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Benefit year 2024' })).toBeNull();
  });

  it('not a newborn: every year from 2023 is asked again, with what it held', async () => {
    const a = baby({ 2024: 'none' });
    await renderWizard({ initial: draftAt('history', { ...a, circumstances: { ...a.circumstances, newborn: false } }, [...FORM_STEPS]) });
    expect(screen.getAllByRole('group', { name: /^Benefit year/ })).toHaveLength(4);
  });
});
