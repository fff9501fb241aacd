// Circumstances: follow-up questions appear when needed and are checked.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { noCircumstances } from '../../../src/features/wizard/answers';
import { answersWith, continueButton, draftAt, findErrorSummary, heading, renderWizard, serveRules } from './harness';

beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal('fetch', serveRules());
});
afterEach(() => vi.unstubAllGlobals());

describe('circumstances step', () => {
  it('does not ask whether the cover is for a newborn: the history step asks it, before the years it decides', async () => {
    await renderWizard({ initial: draftAt('circumstances', answersWith({})) });
    await screen.findByRole('checkbox', { name: 'Low-income, and the cover stopped not by my own choice' });
    expect(screen.queryByRole('checkbox', { name: 'I am enrolling a newborn baby' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Date of birth')).not.toBeInTheDocument();
  });

  it('checks the critical-illness cap and keeps the chosen years', async () => {
    const { user, store } = await renderWizard({ initial: draftAt('circumstances', answersWith({})) });
    await user.click(screen.getByRole('checkbox', { name: 'Estimate my critical-illness bonus (optional)' }));
    await user.click(continueButton());
    const summary = await findErrorSummary();
    expect(within(summary).getByRole('link', { name: 'Enter the original payment cap in yuan.' })).toBeInTheDocument();

    const cap = screen.getByLabelText('Original critical-illness payment cap (yuan)');
    await user.type(cap, '0');
    expect(await screen.findByText('Enter an amount above zero.', { exact: false, selector: '.wz-field-error' })).toBeInTheDocument();
    await user.clear(cap);
    await user.type(cap, '400,000');
    const noClaim = screen.getByRole('group', { name: 'Years in which the pooled fund paid nothing for you' });
    expect(within(noClaim).getAllByRole('checkbox').map((c) => c.getAttribute('value'))).toEqual(['2025', '2026']);
    await user.click(within(noClaim).getByRole('checkbox', { name: '2025' }));
    await user.click(screen.getByRole('checkbox', { name: 'Low-income, and the cover stopped not by my own choice' }));
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('Check your answers'));
    const { answers } = store.getState().draft;
    expect(answers.criticalIllness).toEqual({ enabled: true, originalCapYuan: 400000, noClaimYears: [2025], bonusUsedYears: [] });
    expect(answers.circumstances).toEqual({ ...noCircumstances(), lowIncomeNotByChoice: true });
  });

  it('lets a discharge date be left out', async () => {
    const { user, store } = await renderWizard({ initial: draftAt('circumstances', answersWith({})) });
    await user.click(screen.getByRole('checkbox', { name: 'Newly discharged from active military service' }));
    expect(screen.getByLabelText('Date of discharge (optional)')).toBeInTheDocument();
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('Check your answers'));
    expect(store.getState().draft.answers.circumstances.newVeteran).toBe(true);
  });
});
