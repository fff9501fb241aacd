// The rules-v2 questions: asked only where the chosen region's rules (or, under the national
// pack, some region's) can use the answer, saying "in some regions" when that is why; the
// answers reach the Scenario and the check page lists them. Two hand-made regions sit under the
// shipped national pack: one pinning values that ignore every answer, one pinning values that
// use every answer, so the tests do not depend on what any real region's pack says.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkAgainstBaseline, parseRulePack } from '../../../src/calc';
import type { RulePack } from '../../../src/calc';
import type { Answers } from '../../../src/features/wizard/answers';
import { toScenario } from '../../../src/features/wizard/to-scenario';
import { answersWith, continueButton, draftAt, findErrorSummary, heading, renderWizard, serveRules, TODAY } from './harness';

const rulesDir = join(import.meta.dirname, '../../../public/rules');
const national = JSON.parse(readFileSync(join(rulesDir, 'national.json'), 'utf8')) as {
  version: string;
  lastChecked: string;
  parameters: Record<string, { regional?: { value: unknown }[] }[]>;
};

/** A pinned value for a parameter the national pack leaves to regions must be one of its variants. */
function nationalVariant(key: string, test: (value: unknown) => boolean): unknown {
  const found = national.parameters[key]?.[0]?.regional?.find((v) => test(v.value));
  if (!found) throw new Error(`national.json has no ${key} variant for this test`);
  return found.value;
}

const pin = (value: unknown, unit: string) => [{ from: 2025, value, unit, sources: ['T'], status: 'confirmed' }];

function testPack(id: string, en: string, parameters: Record<string, unknown>) {
  return {
    schemaVersion: 2,
    id,
    version: '2026.1.0',
    lastChecked: '2026-11-30',
    name: { 'zh-CN': en, en },
    parent: 'national',
    benefitYears: { from: 2025, to: 2032 },
    sources: [{ id: 'T', title: 'test', issuer: 'test', grade: 'B' }],
    parameters,
  };
}

/** Pins values under which no rules-v2 answer changes anything. */
const PLAIN = testPack('test-plain', 'Plain test region', {
  'exempt.groups': pin([], 'list'),
  'resident.universityEntrant': pin('ordinary', 'enum'),
  'newborn.exemptYears': pin(0, 'years'),
  'newborn.afterWindow': pin('ordinary', 'enum'),
  'employee.shortGapWithinRegion': pin('gapCovered', 'enum'),
  'flexible.afterEmployer': pin(null, 'months'),
  'resident.premium': pin(null, 'yuan'),
});

/** Pins values under which every rules-v2 answer matters. */
const RICH = testPack('test-rich', 'Rich test region', {
  'exempt.groups': pin(
    nationalVariant('exempt.groups', (v) => Array.isArray(v) && v.some((r) => (r as { group: string; withinDays: unknown }).group === 'newResident' && (r as { withinDays: unknown }).withinDays !== null)),
    'list',
  ),
  'resident.universityEntrant': pin('sep1PrevYear', 'enum'),
  'newborn.exemptYears': pin(3, 'years'),
  'newborn.afterWindow': pin('registrationDate', 'enum'),
  'employee.shortGapWithinRegion': pin('nextMonth', 'enum'),
  'flexible.afterEmployer': pin({ gapCoveredWithinMonths: 3, nextMonthWithinMonths: 6, laterWaitMonths: 6 }, 'months'),
  'resident.premium': pin({ personal: { elderly: 460, studentChild: 435, workingAge: 795 }, full: null, newbornParentInsured: 0 }, 'yuan'),
});

/** public/ as vite serves it, with the two test regions added to the index. */
function serveWithTestRegions() {
  const serve = serveRules();
  return vi.fn(async (input: RequestInfo | URL) => {
    const path = new URL(String(input), 'http://localhost/').pathname;
    const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    if (path.endsWith('/rules/index.json')) {
      const index = (await (await serve(input)).json()) as { packs: unknown[] };
      const entry = (p: typeof PLAIN) => ({ id: p.id, version: p.version, lastChecked: p.lastChecked, name: p.name, parent: p.parent });
      return json({ ...index, packs: [...index.packs, entry(PLAIN), entry(RICH)] });
    }
    if (path.endsWith('/rules/test-plain.json')) return json(PLAIN);
    if (path.endsWith('/rules/test-rich.json')) return json(RICH);
    return serve(input);
  });
}

beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal('fetch', serveWithTestRegions());
});
afterEach(() => vi.unstubAllGlobals());

const resident = (region: string, patch: Partial<Answers> = {}) =>
  answersWith({ region, payment: { status: 'planned', date: '2026-11-20', years: [2027], repairYears: 0, backPay: true }, ...patch }, { 2025: 'resident', 2026: 'resident' });

const worker = (region: string, scheme: 'employee' | 'flexible') =>
  answersWith({ region, scheme, history: { years: [], employeeLastMonth: '2026-08', employeeSince: '2024-01' }, payment: { status: 'planned', date: '2026-11-20', years: [], repairYears: 0, backPay: true } });

const EXEMPT = 'Do you belong to one of these groups?';
const EXEMPT_BABY = 'Does one of these apply to your child?';
const UNIVERSITY = 'I am a new university student, insured through my university';
const SUBSIDISED = "The government pays, or helps pay, the child's premium";
const PARENT = "The child's mother or father is insured in this region";
const REGISTERED = 'Date the child was registered for insurance (optional)';
const MOVED = "My employee cover moved here from another city's scheme";
const TIER = 'Which premium rate do you pay? (optional)';
const PAID_BY = 'Who paid for this cover? (optional)';

/** Waits until the rules are loaded and the step has drawn what they allow. */
async function rulesLoaded() {
  await waitFor(() => expect(screen.queryByText('Checking which other questions apply in your region…')).not.toBeInTheDocument());
}

/** A baby born on `birthDate`, as the history step answers it (the newborn tick and the date of birth are asked there). */
function withBaby(a: Answers, birthDate = '2026-10-02'): Answers {
  return { ...a, circumstances: { ...a.circumstances, newborn: true, birthDate } };
}

const BABY = 'Your child, born October 2, 2026';

describe('the test regions', () => {
  // Otherwise the chain would fail to load and every "not asked" below would pass for nothing.
  it.each([PLAIN, RICH])('$id is a valid pack under the shipped national one', (json) => {
    const parsed = parseRulePack(json);
    const base = parseRulePack(national);
    if (!parsed.ok || !base.ok) throw new Error(JSON.stringify(parsed.ok ? base : parsed));
    expect(checkAgainstBaseline(parsed.pack, base.pack as RulePack)).toEqual([]);
  });
});

describe('rules-v2 questions under the national pack', () => {
  it('asks the resident questions "in some regions", offering every group some region exempts', async () => {
    await renderWizard({ initial: draftAt('circumstances', resident('national')) });
    const groups = await screen.findByRole('combobox', { name: EXEMPT });
    // Both graduate groups are offered (江西 names one, 江苏 the other): which to choose when both fit.
    expect(groups).toHaveAccessibleDescription(
      "In some regions, people in these groups can enrol without a waiting period. If both graduate groups describe you (back in your home town and without a job yet), choose the one your region's notice names: regions name different groups.",
    );
    expect(within(groups).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'None of these',
      'Receiving medical assistance (医疗救助对象)',
      'Family member without a job, living with a serving soldier (随军未就业家属)',
      'Released from prison (刑满释放人员)',
      'Household registration (hukou) newly moved here (户口新迁入)',
      'Came back after living abroad (出国人员回国)',
      'University graduate back in the home town (大学生毕业返乡)',
      'Clergy (宗教教职人员)',
      "This year's university or college graduate, not yet employed (当年未就业大中专毕业生)",
    ]);
    expect(screen.getByRole('checkbox', { name: UNIVERSITY })).toHaveAccessibleDescription('Some regions have their own rule for when cover starts for new students.');
    // The national pack prices no tiers and the employee questions are not for residents.
    expect(screen.queryByRole('group', { name: TIER })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: MOVED })).not.toBeInTheDocument();

    // Not a baby (the history step's answer): no newborn question, and none about a newborn at all here.
    expect(screen.queryByRole('checkbox', { name: SUBSIDISED })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'I am enrolling a newborn child' })).not.toBeInTheDocument();
  });

  it('asks the newborn questions of a baby whose date of birth the history step gave; a baby is not a university student', async () => {
    await renderWizard({ initial: draftAt('circumstances', withBaby(resident('national'))) });
    const baby = await screen.findByRole('group', { name: BABY });
    expect(within(baby).getByRole('checkbox', { name: SUBSIDISED })).toHaveAccessibleDescription('In some regions, such children have no waiting period in their first years.');
    expect(within(baby).getByLabelText(REGISTERED)).toHaveAccessibleDescription(/^In some regions, for a child enrolled late/);
    // No region under the national pack prices a newborn by its parents' cover there: not asked.
    expect(screen.queryByRole('checkbox', { name: PARENT })).not.toBeInTheDocument();
    // The questions about adults are not a baby's: no discharge from service, and only the groups a baby can belong to.
    expect(screen.queryByRole('checkbox', { name: 'Newly discharged from active military service' })).not.toBeInTheDocument();
    // Low income is asked of the household, about the baby's enrolment, not of "my own" cover.
    expect(screen.queryByRole('checkbox', { name: 'Low-income, and my cover stopped through no choice of my own' })).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Our household is low-income, and the child missed enrolment through no choice of ours' })).toHaveAccessibleDescription(/the subsidised premium was not paid for your child/);
    expect(screen.queryByRole('combobox', { name: EXEMPT })).not.toBeInTheDocument();
    expect(within(screen.getByRole('combobox', { name: EXEMPT_BABY })).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'None of these',
      'Receiving medical assistance (医疗救助对象)',
      'Household registration (hukou) newly moved here (户口新迁入)',
      'Came back after living abroad (出国人员回国)',
    ]);
    expect(screen.queryByRole('checkbox', { name: UNIVERSITY })).not.toBeInTheDocument();
    // The tick and the date are the history step's: not asked again here.
    expect(screen.queryByRole('checkbox', { name: 'I am enrolling a newborn child' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Date of birth')).not.toBeInTheDocument();
  });

  it('asks whether someone receiving medical assistance was newly added (动态新增, 云南 P-YN1), and carries and lists the answer', async () => {
    const { user, store } = await renderWizard({ initial: draftAt('circumstances', resident('national')) });
    const NEWLY = 'Newly added to this group (动态新增), not already in it before';
    await user.selectOptions(await screen.findByRole('combobox', { name: EXEMPT }), 'clergy');
    expect(screen.queryByRole('checkbox', { name: NEWLY })).not.toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: EXEMPT }), 'medicalAid');
    const newly = screen.getByRole('checkbox', { name: NEWLY });
    expect(newly).toHaveAccessibleDescription('In some regions, only people newly added to this group have no waiting period.');
    await user.click(newly);
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('Check your answers'));
    expect(toScenario(store.getState().draft.answers, TODAY).circumstances).toEqual({ exemptGroup: { group: 'medicalAid', newlyAdded: true } });
    expect(within(screen.getByRole('region', { name: 'Your circumstances' })).getByText('Newly added to the group (动态新增)', { selector: 'dt' }).nextElementSibling).toHaveTextContent('Yes');
  });

  it('with no group chosen, the group list draws no empty follow-up box under it (its border showed as a grey stub)', async () => {
    await renderWizard({ initial: draftAt('circumstances', resident('national')) });
    const select = await screen.findByRole('combobox', { name: EXEMPT });
    expect(select.parentElement?.querySelector('.wz-conditional')).toBeNull();
  });

  it('under 云南’s own rules the question is the region’s; left unticked it is a "No" on the check page and in the scenario', async () => {
    const { user, store } = await renderWizard({ initial: draftAt('circumstances', resident('yunnan', { payment: { status: 'planned', date: TODAY, years: [2026], repairYears: 0, backPay: true } })) });
    await user.selectOptions(await screen.findByRole('combobox', { name: EXEMPT }), 'medicalAid');
    expect(screen.getByRole('checkbox', { name: 'Newly added to this group (动态新增), not already in it before' })).toHaveAccessibleDescription('In your region, only people newly added to this group have no waiting period.');
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('Check your answers'));
    expect(toScenario(store.getState().draft.answers, TODAY).circumstances).toEqual({ exemptGroup: { group: 'medicalAid', newlyAdded: false } });
    expect(within(screen.getByRole('region', { name: 'Your circumstances' })).getByText('Newly added to the group (动态新增)', { selector: 'dt' }).nextElementSibling).toHaveTextContent('No');
  });

  it('asks the date of the event for a group with a time limit, requires it, and carries the answers into the scenario', async () => {
    const { user, store } = await renderWizard({ initial: draftAt('circumstances', resident('national')) });
    await user.selectOptions(await screen.findByRole('combobox', { name: EXEMPT }), 'medicalAid');
    expect(screen.queryByLabelText(/^Date /)).not.toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: EXEMPT }), 'newResident');
    const since = screen.getByLabelText('Date your household registration moved here');
    await user.click(continueButton());
    const summary = await findErrorSummary();
    await user.click(within(summary).getByRole('link', { name: 'Enter the date your household registration moved here.' }));
    expect(since).toHaveFocus();
    await user.type(since, '2026-10-01');
    await user.click(screen.getByRole('checkbox', { name: UNIVERSITY }));
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('Check your answers'));

    const { answers } = store.getState().draft;
    expect(toScenario(answers, TODAY).circumstances).toEqual({ exemptGroup: { group: 'newResident', since: '2026-10-01' }, universityEntrant: true });
    const circumstances = screen.getByRole('region', { name: 'Your circumstances' });
    const row = (term: string) => within(circumstances).getByText(term, { selector: 'dt' }).nextElementSibling;
    expect(row('Group with its own rules')).toHaveTextContent('Household registration (hukou) newly moved here (户口新迁入). Date your household registration moved here: October 1, 2026');
    expect(row('New university student, insured at university')).toHaveTextContent('Yes');
  });

  it('an adult’s answers from before the baby was declared (a discharge, an adult group) are kept but neither used nor listed', async () => {
    const adult = resident('national');
    const answers = withBaby({ ...adult, circumstances: { ...adult.circumstances, newVeteran: true, veteranDischargeDate: '2026-09-01', exemptGroup: 'releasedPrisoner', exemptSince: '2026-05-01' } });
    expect(toScenario(answers, TODAY).circumstances).toEqual({ birthDate: '2026-10-02' });
    const { user, store } = await renderWizard({ initial: draftAt('circumstances', answers) });
    await screen.findByRole('combobox', { name: EXEMPT_BABY });
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('Check your answers'));
    const circumstances = screen.getByRole('region', { name: 'Your circumstances' });
    expect(within(circumstances).queryByText('Newly discharged service member', { selector: 'dt' })).not.toBeInTheDocument();
    expect(within(circumstances).queryByText(/prison/)).not.toBeInTheDocument();
    // Both are kept for an adult again (the newborn unticked on the history step).
    expect(store.getState().draft.answers.circumstances).toMatchObject({ newVeteran: true, veteranDischargeDate: '2026-09-01', exemptGroup: 'releasedPrisoner', exemptSince: '2026-05-01' });
    expect(toScenario(store.getState().draft.answers, TODAY).circumstances).toEqual({ birthDate: '2026-10-02' });
  });

  it('carries the newborn answers, and lists them on the check page', async () => {
    const { user, store } = await renderWizard({ initial: draftAt('circumstances', withBaby(resident('national', { payment: { status: 'planned', date: TODAY, years: [2026], repairYears: 0, backPay: true } }))) });
    await screen.findByRole('combobox', { name: EXEMPT_BABY });
    await user.click(await screen.findByRole('checkbox', { name: SUBSIDISED }));
    await user.type(screen.getByLabelText(REGISTERED), '2026-10-20');
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('Check your answers'));
    expect(toScenario(store.getState().draft.answers, TODAY).circumstances).toEqual({ birthDate: '2026-10-02', subsidisedNewborn: true, newbornRegistrationDate: '2026-10-20' });
    const circumstances = screen.getByRole('region', { name: 'Your circumstances' });
    expect(within(circumstances).getByText("Child's premium paid by the government", { selector: 'dt' }).nextElementSibling).toHaveTextContent('Yes');
    expect(within(circumstances).getByText('Child registered for insurance', { selector: 'dt' }).nextElementSibling).toHaveTextContent('October 20, 2026');
    // Low income is listed as it was asked: of the household, about the child's enrolment (not "lapse not by own choice").
    expect(within(circumstances).getByText('Low-income household, child not enrolled through no choice of yours', { selector: 'dt' }).nextElementSibling).toHaveTextContent('No');
    expect(within(circumstances).queryByText('Low-income, lapse not by own choice')).toBeNull();
  });

  it('asks a baby’s event date in the baby’s words, and refuses one before the birth', async () => {
    const { user } = await renderWizard({ initial: draftAt('circumstances', withBaby(resident('national'))) });
    await user.selectOptions(await screen.findByRole('combobox', { name: EXEMPT_BABY }), 'newResident');
    // Left empty first: the message names the field as the baby's, as its label does.
    await user.click(continueButton());
    expect(within(await findErrorSummary()).getByRole('link', { name: "Enter the date your child's household registration moved here." })).toBeInTheDocument();
    await user.type(screen.getByLabelText("Date your child's household registration moved here"), '2026-09-15');
    await user.click(continueButton());
    const summary = await findErrorSummary();
    expect(within(summary).getByRole('link', { name: "The date cannot be before your child's date of birth." })).toBeInTheDocument();
  });

  it('refuses a registration date before the birth', async () => {
    const { user } = await renderWizard({ initial: draftAt('circumstances', withBaby(resident('national'))) });
    await screen.findByRole('combobox', { name: EXEMPT_BABY });
    await user.type(await screen.findByLabelText(REGISTERED), '2026-09-30');
    await user.click(continueButton());
    const summary = await findErrorSummary();
    expect(within(summary).getByRole('link', { name: 'The registration date cannot be before the date of birth.' })).toBeInTheDocument();
  });

  it('asks employee-scheme people whether their cover moved from another city, "in some regions"', async () => {
    const { user, store } = await renderWizard({ initial: draftAt('circumstances', worker('national', 'employee')) });
    const moved = await screen.findByRole('checkbox', { name: MOVED });
    expect(moved).toHaveAccessibleDescription(/Without a move, some regions do not cover the gap\.$/);
    expect(screen.queryByRole('combobox', { name: EXEMPT })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: UNIVERSITY })).not.toBeInTheDocument();
    await user.click(moved);
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('Check your answers'));
    expect(toScenario(store.getState().draft.answers, TODAY).circumstances).toEqual({ movedRegion: true });
    expect(within(screen.getByRole('region', { name: 'Your circumstances' })).getByText('Employee cover moved from another city', { selector: 'dt' }).nextElementSibling).toHaveTextContent('Yes');
  });

  it('武汉: a flexible worker after an employer is asked about a move, which comes before the city\'s own tiers (S5, E3a); an employee, whose gap 武汉 covers anyway, is not', async () => {
    const employerPaid = worker('hubei-wuhan', 'flexible');
    employerPaid.history = { ...employerPaid.history, employeePaidBy: 'employer' };
    await renderWizard({ initial: draftAt('circumstances', employerPaid) });
    const moved = await screen.findByRole('checkbox', { name: MOVED });
    expect(moved).toHaveAccessibleDescription(/Without a move, your region's rules for people whose employer stopped paying apply\.$/);
    cleanup();
    await renderWizard({ initial: draftAt('circumstances', worker('hubei-wuhan', 'employee')) });
    await screen.findByText(/^There is nothing to answer here/);
    await rulesLoaded();
    expect(screen.queryByRole('checkbox', { name: MOVED })).not.toBeInTheDocument();
  });

  it('asks flexible workers who paid, since some regions (武汉) use it', async () => {
    await renderWizard({ initial: draftAt('history', worker('national', 'flexible')) });
    await screen.findByLabelText('Last month paid');
    await rulesLoaded();
    expect(await screen.findByRole('group', { name: PAID_BY })).toBeInTheDocument();
  });

  it('江西 names one graduate group: no word on choosing between the two', async () => {
    await renderWizard({ initial: draftAt('circumstances', resident('jiangxi')) });
    const groups = await screen.findByRole('combobox', { name: EXEMPT });
    await waitFor(() => expect(within(groups).getByRole('option', { name: 'University graduate back in the home town (大学生毕业返乡)' })).toBeInTheDocument());
    expect(within(groups).queryByRole('option', { name: /当年未就业大中专毕业生/ })).toBeNull();
    expect(groups).toHaveAccessibleDescription('Your region lets people in these groups enrol without a waiting period.');
  });

  it('says it in Chinese: 某些地区', async () => {
    await renderWizard({ language: 'zh-CN', initial: draftAt('circumstances', resident('national')) });
    const groups = await screen.findByRole('combobox', { name: '您是否属于下面某一类人员？' });
    expect(groups).toHaveAccessibleDescription('某些地区规定，这几类人员参保没有等待期。如果两类毕业生的情形您都符合（毕业返乡且尚未就业），请选择当地通知中列明的那一类：各地列明的人员类别不同。');
    expect(within(groups).getByRole('option', { name: '户口新迁入人员' })).toBeInTheDocument();
  });
});

describe('a region whose rules cannot use the answers', () => {
  it('asks none of the new questions', async () => {
    await renderWizard({ initial: draftAt('circumstances', withBaby(resident('test-plain'))) });
    await screen.findByRole('checkbox', { name: 'Our household is low-income, and the child missed enrolment through no choice of ours' });
    await rulesLoaded();
    expect(screen.queryByRole('group', { name: BABY })).not.toBeInTheDocument();
    for (const name of [UNIVERSITY, SUBSIDISED, PARENT]) expect(screen.queryByRole('checkbox', { name })).not.toBeInTheDocument();
    for (const name of [EXEMPT, EXEMPT_BABY]) expect(screen.queryByRole('combobox', { name })).not.toBeInTheDocument();
    expect(screen.queryByLabelText(REGISTERED)).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: TIER })).not.toBeInTheDocument();
  });

  it('nor the employee one; and an answer given under another region is not carried', async () => {
    const answers = { ...worker('test-plain', 'employee') };
    answers.circumstances = { ...answers.circumstances, movedRegion: true };
    const { user, store } = await renderWizard({ initial: draftAt('circumstances', answers) });
    // The resident-scheme questions are not the employee scheme's: here nothing is left to ask.
    await screen.findByText(/^There is nothing to answer here/);
    await rulesLoaded();
    expect(screen.queryByRole('checkbox', { name: MOVED })).not.toBeInTheDocument();
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('Check your answers'));
    expect(store.getState().draft.answers.circumstances.movedRegion).toBe(false);
    expect(screen.queryByText('Employee cover moved from another city')).not.toBeInTheDocument();
  });
});

describe('a region whose rules use every answer', () => {
  it('asks them as the region’s own rules, offers only its groups, and prices tiers', async () => {
    const { user, store } = await renderWizard({ initial: draftAt('circumstances', resident('test-rich')) });
    const groups = await screen.findByRole('combobox', { name: EXEMPT });
    expect(groups).toHaveAccessibleDescription('Your region lets people in these groups enrol without a waiting period.');
    expect(within(groups).getByRole('option', { name: 'Household registration (hukou) newly moved here (户口新迁入)' })).toBeInTheDocument();
    expect(within(groups).queryByRole('option', { name: 'Family member without a job, living with a serving soldier (随军未就业家属)' })).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: UNIVERSITY })).toHaveAccessibleDescription('Your region has its own rule for when cover starts for new students.');

    const tiers = screen.getByRole('group', { name: TIER });
    expect(tiers).toHaveAccessibleDescription('Your region charges different rates for different groups. Where we know its rates, we use your answer to show costs in yuan.');
    expect(within(tiers).getAllByRole('radio').map((r) => r.parentElement?.textContent)).toEqual(['Older people', 'Students and children', 'Working-age adults', 'Not sure']);
    expect(within(tiers).getByRole('radio', { name: 'Not sure' })).toBeChecked();
    await user.click(within(tiers).getByRole('radio', { name: 'Working-age adults' }));
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('Check your answers'));
    expect(toScenario(store.getState().draft.answers, TODAY).circumstances).toEqual({ premiumTier: 'workingAge' });
    expect(within(screen.getByRole('region', { name: 'Your circumstances' })).getByText('Premium rate', { selector: 'dt' }).nextElementSibling).toHaveTextContent('Working-age adults');
  });

  it('asks whether a baby’s parent is insured there (the birth year is free then, R1c), carries it and lists it', async () => {
    const { user, store } = await renderWizard({ initial: draftAt('circumstances', withBaby(resident('test-rich', { payment: { status: 'planned', date: TODAY, years: [2026], repairYears: 0, backPay: true } }))) });
    const baby = await screen.findByRole('group', { name: BABY });
    const parent = within(baby).getByRole('checkbox', { name: PARENT });
    expect(parent).toHaveAccessibleDescription('In your region, a child is enrolled free of charge for its year of birth if a parent is insured there.');
    expect(parent).not.toBeChecked();
    await user.click(parent);
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('Check your answers'));
    expect(toScenario(store.getState().draft.answers, TODAY).circumstances).toEqual({ birthDate: '2026-10-02', parentInsured: true });
    expect(within(screen.getByRole('region', { name: 'Your circumstances' })).getByText("Child's parent insured in this region", { selector: 'dt' }).nextElementSibling).toHaveTextContent('Yes');
  });

  it('asks a flexible worker who paid the earlier cover, and the period carries it', async () => {
    const { user, store } = await renderWizard({ initial: draftAt('history', worker('test-rich', 'flexible')) });
    const paidBy = await screen.findByRole('group', { name: PAID_BY });
    expect(paidBy).toHaveAccessibleDescription(/^In your region, the wait for a flexible worker depends on whether an employer paid before/);
    await user.click(within(paidBy).getByRole('radio', { name: 'An employer' }));
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('The payment'));
    expect(toScenario(store.getState().draft.answers, TODAY).history.employeePeriods).toEqual([{ from: '2024-01', to: '2026-08', paidBy: 'employer' }]);

    store.goTo('check');
    await waitFor(() => expect(heading()).toHaveTextContent('Check your answers'));
    expect(within(screen.getByRole('region', { name: 'Your cover so far' })).getByText('Who paid the employee cover', { selector: 'dt' }).nextElementSibling).toHaveTextContent('An employer');
    expect(screen.getByRole('region', { name: 'Your circumstances' })).toHaveTextContent('Employee cover moved from another city');
  });

  it('"Not sure" is the who-paid answer from the start: a keyboard user can pass through the question and continue (it was refused as unreadable once left)', async () => {
    const { user, store } = await renderWizard({ initial: draftAt('history', worker('test-rich', 'flexible')) });
    const paidBy = await screen.findByRole('group', { name: PAID_BY });
    expect(within(paidBy).getAllByRole('radio').map((r) => r.parentElement?.textContent)).toEqual(['An employer', 'I paid it myself as a flexible worker', 'Not sure']);
    const notSure = within(paidBy).getByRole('radio', { name: 'Not sure' });
    expect(notSure).toBeChecked();
    // Into the group and out of it again by keyboard, nothing chosen.
    notSure.focus();
    await user.tab();
    expect(notSure).not.toHaveFocus();
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('The payment'));
    expect(toScenario(store.getState().draft.answers, TODAY).history.employeePeriods).toEqual([{ from: '2024-01', to: '2026-08' }]);
  });

  it('"Not sure" left as it was is listed on the check page as "Not sure", the answer the step showed (it read "Not given")', async () => {
    const { user, store } = await renderWizard({ initial: draftAt('history', worker('test-rich', 'flexible')) });
    const paidBy = await screen.findByRole('group', { name: PAID_BY });
    expect(within(paidBy).getByRole('radio', { name: 'Not sure' })).toBeChecked();
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('The payment'));
    store.goTo('check');
    await waitFor(() => expect(heading()).toHaveTextContent('Check your answers'));
    expect(within(screen.getByRole('region', { name: 'Your cover so far' })).getByText('Who paid the employee cover', { selector: 'dt' }).nextElementSibling).toHaveTextContent(/^Not sure$/);
  });

  it('does not ask an employer-paid employee who paid', async () => {
    await renderWizard({ initial: draftAt('history', worker('test-rich', 'employee')) });
    await screen.findByLabelText('Last month paid');
    await rulesLoaded();
    expect(screen.queryByRole('group', { name: PAID_BY })).not.toBeInTheDocument();
  });
});
