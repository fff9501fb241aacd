// Circumstances: follow-up questions appear when needed and are checked.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
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
    await screen.findByRole('checkbox', { name: 'Low-income, and my cover stopped through no choice of my own' });
    expect(screen.queryByRole('checkbox', { name: 'I am enrolling a newborn child' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Date of birth')).not.toBeInTheDocument();
  });

  // 低保对象 and 特困人员 are the people the national exemption is for (S1 names them among 困难群众): a reader who
  // knows herself by those words must find them at the box, not only in the regional list below (医疗救助对象).
  it.each([
    ['zh-CN', answersWith({}), '属于困难群众，且非因个人原因断保', ['特困人员', '低保对象']],
    ['zh-CN', answersWith({ circumstances: { ...noCircumstances(), newborn: true, birthDate: '2026-10-15' } }), '家里属于困难群众，且孩子未参保并非我们自己的选择', ['特困人员', '低保对象']],
    ['en', answersWith({}), 'Low-income, and my cover stopped through no choice of my own', ['extreme-poverty support', 'minimum living allowance']],
  ] as const)('names who counts as low-income at the box (%s)', async (language, answers, name, words) => {
    await renderWizard({ language, initial: draftAt('circumstances', answers) });
    const box = await screen.findByRole('checkbox', { name });
    for (const word of words) expect(box).toHaveAccessibleDescription(expect.stringContaining(word));
  });

  it('checks the critical-illness cap and keeps the chosen years', async () => {
    const { user, store } = await renderWizard({ initial: draftAt('circumstances', answersWith({}, { 2025: 'resident', 2026: 'resident' })) });
    await user.click(screen.getByRole('checkbox', { name: 'Estimate my critical-illness bonus (optional)' }));
    await user.click(continueButton());
    const summary = await findErrorSummary();
    expect(within(summary).getByRole('link', { name: 'Enter the original payment cap in yuan.' })).toBeInTheDocument();

    const cap = screen.getByLabelText('Original critical-illness payment cap (yuan)');
    await user.type(cap, '0');
    expect(await screen.findByText('Enter an amount above zero.', { exact: false, selector: '.wz-field-error' })).toBeInTheDocument();
    await user.clear(cap);
    // Full-width digits and comma, as a Chinese input method types them, are read as plain ones.
    await user.type(cap, '４００，０００');
    const noClaim = screen.getByRole('group', { name: 'Years in which you had no costs reimbursed by your medical insurance (paying from your personal account does not count)' });
    expect(within(noClaim).getAllByRole('checkbox').map((c) => c.getAttribute('value'))).toEqual(['2025', '2026']);
    await user.click(within(noClaim).getByRole('checkbox', { name: '2025' }));
    await user.click(screen.getByRole('checkbox', { name: 'Low-income, and my cover stopped through no choice of my own' }));
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('Check your answers'));
    const { answers } = store.getState().draft;
    expect(answers.criticalIllness).toEqual({ enabled: true, originalCapYuan: 400000, noClaimYears: [2025], bonusUsedYears: [] });
    expect(answers.circumstances).toEqual({ ...noCircumstances(), lowIncomeNotByChoice: true });
  });

  it.each([
    ['en', "Estimate your child's critical-illness bonus (optional)", /^Years in which your child had no costs reimbursed/],
    ['zh-CN', '估算孩子的大病保险激励（选填）', /^孩子没有用医保报销过任何费用的年份/],
  ] as const)('for a baby, the bonus is the child’s (%s)', async (language, toggle, legend) => {
    const baby = answersWith({ circumstances: { ...noCircumstances(), newborn: true, birthDate: '2024-03-01' } }, { 2024: 'resident', 2025: 'resident', 2026: 'resident' });
    const { user } = await renderWizard({ language, initial: draftAt('circumstances', baby) });
    await user.click(await screen.findByRole('checkbox', { name: toggle }));
    expect(screen.getByRole('group', { name: legend })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: /my critical-illness bonus|我的大病保险激励/ })).toBeNull();
  });

  it('offers as no-claim years only years with resident cover, and keeps a year already chosen', async () => {
    // 2025 not covered, 2026 paid late: 2026 only. 2025, chosen before the history said so, stays on offer (never hidden while ticked).
    const a = answersWith({}, { 2025: 'none', 2026: 'residentLate' });
    const chosen = { ...a, criticalIllness: { enabled: true, originalCapYuan: 400_000, noClaimYears: [2025], bonusUsedYears: [] } };
    const { user } = await renderWizard({ initial: draftAt('circumstances', a) });
    await user.click(screen.getByRole('checkbox', { name: 'Estimate my critical-illness bonus (optional)' }));
    const noClaim = screen.getByRole('group', { name: /^Years in which you had no costs reimbursed/ });
    expect(within(noClaim).getAllByRole('checkbox').map((c) => c.getAttribute('value'))).toEqual(['2026']);
    cleanup();
    const { user: user2 } = await renderWizard({ initial: draftAt('circumstances', chosen) });
    const kept = screen.getByRole('group', { name: /^Years in which you had no costs reimbursed/ });
    expect(within(kept).getAllByRole('checkbox').map((c) => c.getAttribute('value'))).toEqual(['2025', '2026']);
    expect(within(kept).getByRole('checkbox', { name: '2025' })).toBeChecked();
    // Unticked, it stays on offer (not taken away from under the pointer), and can be ticked again.
    await user2.click(within(kept).getByRole('checkbox', { name: '2025' }));
    expect(within(kept).getByRole('checkbox', { name: '2025' })).not.toBeChecked();
    await user2.click(within(kept).getByRole('checkbox', { name: '2025' }));
    expect(within(kept).getByRole('checkbox', { name: '2025' })).toBeChecked();
  });

  it('with no year of resident cover, says there is no year to choose', async () => {
    const { user } = await renderWizard({ initial: draftAt('circumstances', answersWith({ payment: { ...answersWith({}).payment, years: [] } }, { 2025: 'none', 2026: 'none' })) });
    await user.click(screen.getByRole('checkbox', { name: 'Estimate my critical-illness bonus (optional)' }));
    expect(screen.queryByRole('group', { name: /^Years in which you had no costs reimbursed/ })).not.toBeInTheDocument();
    expect(screen.getByText('Your answers give no year from 2025 to 2026 with resident medical insurance, so there is no year to choose: the bonus counts covered years only.')).toBeInTheDocument();
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

// 江西: every group the step draws holds a question (a group whose questions the region's rules
// all leave out is not drawn as an empty box), for each scheme and for a newborn.
describe('江西: no group without a question', () => {
  const employeeLike = (scheme: 'employee' | 'flexible') => {
    const a = answersWith({ region: 'jiangxi', scheme, payment: { status: 'planned', date: '2026-11-15', years: [], repairYears: 0, backPay: true } });
    return { ...a, history: { years: a.history.years.map((r) => ({ year: r.year, cover: 'none' as const })), employeeLastMonth: '2026-08', employeeSince: '2020-01' } };
  };
  const resident = answersWith({ region: 'jiangxi' });
  const cases = [
    ['resident', resident],
    ['resident, a newborn', { ...resident, circumstances: { ...resident.circumstances, newborn: true, birthDate: '2026-01-01' } }],
    ['employee', employeeLike('employee')],
    ['flexible worker', employeeLike('flexible')],
  ] as const;

  it.each(cases)('%s', async (_name, answers) => {
    await renderWizard({ initial: draftAt('circumstances', answers, ['where', 'history', 'payment']) });
    // The rules-v2 questions wait for the region's rules.
    await waitFor(() => expect(screen.queryByText('Checking which other questions apply in your region…')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getAllByRole('checkbox').length).toBeGreaterThan(0));
    const groups = screen.getAllByRole('group');
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) {
      const questions = ['checkbox', 'radio', 'textbox', 'combobox'].flatMap((role) => within(group).queryAllByRole(role));
      expect(questions.length, `the group "${group.getAttribute('aria-label') ?? group.querySelector('legend')?.textContent}" asks nothing`).toBeGreaterThan(0);
    }
  });
});

// Newcomer walk, 6 Dec 2026: a flexible worker saw "Does any of these apply?" above one checkbox.
describe('the groups question asks in the number it holds', () => {
  it('one checkbox: "Does this apply?"; several: "Does any of these apply?"', async () => {
    const a = answersWith({ region: 'jiangxi', scheme: 'flexible', payment: { status: 'planned', date: '2026-11-15', years: [], repairYears: 0, backPay: true } });
    const flexible = { ...a, history: { years: a.history.years.map((r) => ({ year: r.year, cover: 'none' as const })), employeeLastMonth: '2026-08', employeeSince: '2020-01' } };
    await renderWizard({ initial: draftAt('circumstances', flexible, ['where', 'history', 'payment']) });
    await waitFor(() => expect(screen.queryByText('Checking which other questions apply in your region…')).not.toBeInTheDocument());
    const legends = () => screen.getAllByRole('group').map((g) => [g.querySelector('legend')?.textContent, within(g).queryAllByRole('checkbox').length] as const);
    // 江西's flexible worker is asked one thing here (moved from another region's scheme).
    await waitFor(() => expect(legends().find(([l]) => l === 'Does this apply?')).toEqual(['Does this apply?', 1]));
    expect(legends().map(([l]) => l)).not.toContain('Does any of these apply?');
    cleanup();
    await renderWizard({ initial: draftAt('circumstances', answersWith({ region: 'jiangxi' })) });
    await screen.findByRole('group', { name: 'Does any of these apply?' });
  });
});
