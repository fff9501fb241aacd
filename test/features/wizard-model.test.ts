// The wizard's answers map onto the calculator's Scenario and back without loss.
import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/calc';
import { defaultAnswers, employeeLastCoveredMonth, noCircumstances, unaskedYears } from '../../src/features/wizard/answers';
import type { Answers } from '../../src/features/wizard/answers';
import { DRAFT_VERSION } from '../../src/features/wizard/draft-peek';
import { loadDraft, migrateDraft, saveDraft } from '../../src/features/wizard/draft-storage';
import type { Draft } from '../../src/features/wizard/draft-storage';
import { fromScenario } from '../../src/features/wizard/from-scenario';
import { toScenario } from '../../src/features/wizard/to-scenario';
import { createWizardStore } from '../../src/features/wizard/wizard-store';
import { chainFor } from '../fixtures/packs';

function withYears(a: Answers, covers: Record<number, Answers['history']['years'][number]['cover']>): Answers {
  return { ...a, history: { ...a.history, years: a.history.years.map((r) => (covers[r.year] ? { ...r, cover: covers[r.year]! } : r)) } };
}

describe('answers to scenario', () => {
  it('W5 entered as answers (Qingdao, lapsed 2025-2026, 2027 planned in the window) gives 2027-05-01', () => {
    const base = defaultAnswers('2026-11-15', 'shandong-qingdao');
    const a = withYears({ ...base, payment: { ...base.payment, date: '2026-11-20', years: [2027] } }, { 2023: 'resident', 2024: 'resident' });
    const outcome = calculate(toScenario(a, '2026-11-15'), chainFor('shandong-qingdao'));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    expect(outcome.result.main.restoration).toEqual({ kind: 'date', date: '2027-05-01' });
  });

  // The history step's hint (newcomer review 2, finding 3): a year this payment pays in which some
  // months were under the employee scheme is marked "employee", its months given below. That row is
  // not sent (the payment's own years never are: 'year.overlapsPayment'); its months are.
  it('a year both paid and partly under the employee scheme, marked "employee" with its months: the months reach the calculator, the row does not (青岛, 2026 and 2027 planned on 7 Dec 2026)', () => {
    const base = defaultAnswers('2026-12-07', 'shandong-qingdao');
    const payment = { ...base.payment, status: 'planned' as const, date: '2026-12-07', years: [2026, 2027] };
    const marked = withYears({ ...base, history: { ...base.history, employeeSince: '2026-01', employeeLastMonth: '2026-06' }, payment }, { 2026: 'employee' });
    const s = toScenario(marked, '2026-12-07');
    expect(s.history).toEqual({ years: [2023, 2024, 2025].map((year) => ({ year, cover: 'none' })), employeePeriods: [{ from: '2026-01', to: '2026-06' }] });
    const outcome = calculate(s, chainFor('shandong-qingdao'));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    // Left "not covered" instead, the months are not given at all: the switch from the employee scheme is lost.
    const left = toScenario({ ...marked, history: { ...marked.history, years: marked.history.years.map((r) => ({ ...r, cover: 'none' as const })) } }, '2026-12-07');
    expect(left.history.employeePeriods).toEqual([]);
  });

  it('a switch to the employee scheme after resident years (E2, S5 ②: two years, a one-month gap, back-paid) gives the payment month, the gap covered: 1 Feb 2026, national', () => {
    const base = defaultAnswers('2026-11-25', 'national');
    const a: Answers = withYears({ ...base, scheme: 'employee', history: { ...base.history, employeePrior: 'resident', employeeLastMonth: '2019-06' }, payment: { ...base.payment, status: 'made', date: '2026-02-15', backPay: true } }, { 2023: 'resident', 2024: 'resident', 2025: 'resident' });
    const s = toScenario(a, '2026-11-25');
    // The months typed before the answer changed are kept in the answers, not given.
    expect(s.history).toEqual({ years: [2023, 2024, 2025].map((year) => ({ year, cover: 'resident' })), employeePeriods: [] });
    const outcome = calculate(s, chainFor('national'));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    expect(outcome.result.main.restoration).toEqual({ kind: 'date', date: '2026-02-01' });
    expect(outcome.result.main.retroactive).toEqual({ from: '2026-01-01', to: '2026-01-31' });
    expect(fromScenario(s).history).toMatchObject({ employeePrior: 'resident' });
  });

  it('a first enrolment as a flexible worker in 武汉 (E3a: from the 7th month) gives 1 Nov 2026 for a payment in May, and reads back as a first enrolment', () => {
    const base = defaultAnswers('2026-11-25', 'hubei-wuhan');
    const a: Answers = { ...base, scheme: 'flexible', history: { ...base.history, employeePrior: 'none' }, payment: { ...base.payment, status: 'made', date: '2026-05-15', backPay: false } };
    const s = toScenario(a, '2026-11-25');
    expect(s.history).toEqual({ years: [], employeePeriods: [] });
    const outcome = calculate(s, chainFor('hubei-wuhan'));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    expect(outcome.result.main.restoration).toEqual({ kind: 'date', date: '2026-11-01' });
    const back = fromScenario(s);
    expect(back.history.employeePrior).toBe('none');
    expect(toScenario(back, '2026-11-25')).toEqual(s);
  });

  it('a switch after a resident year paid late reads back as a switch, not a first enrolment, and its gap counts from that year', () => {
    const base = defaultAnswers('2026-11-25', 'national');
    const a: Answers = { ...base, scheme: 'employee', history: { ...base.history, employeePrior: 'resident' }, payment: { ...base.payment, status: 'made', date: '2026-01-15', backPay: true } };
    a.history.years = a.history.years.map((r) => (r.year === 2024 ? { year: 2024, cover: 'resident' as const } : r.year === 2025 ? { year: 2025, cover: 'residentLate' as const, latePaidOn: '2025-05-01' } : r));
    expect(employeeLastCoveredMonth(a)).toBe('2025-12');
    const s = toScenario(a, '2026-11-25');
    expect(s.payments).toHaveLength(2);
    const back = fromScenario(s);
    expect(back.history.employeePrior).toBe('resident');
    expect(toScenario(back, '2026-11-25')).toEqual(s);
  });

  it('W2 entered as answers: 2025 "paid late on 3 Jul" becomes an earlier payment', () => {
    const base = defaultAnswers('2025-11-20', 'liaoning-fuxin');
    const a = { ...base, payment: { ...base.payment, status: 'made' as const, date: '2025-11-20', years: [2026] } };
    a.history.years = a.history.years.map((r) => (r.year === 2025 ? { year: 2025, cover: 'residentLate' as const, latePaidOn: '2025-07-03' } : r));
    const s = toScenario(a, '2025-11-20');
    expect(s.payments).toHaveLength(2);
    const outcome = calculate(s, chainFor('liaoning-fuxin'));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    expect(outcome.result.enrolments.map((e) => e.restoration)).toEqual([
      { kind: 'date', date: '2025-10-03' },
      { kind: 'date', date: '2026-01-01' },
    ]);
  });

  // Newcomer walk (6 Dec 2026): "paid late" for 2024 became a payment for 2024, which no rules take
  // (they start in 2025), and the check page refused every answer with "本规则只适用于2025至2032年度".
  it('a year before 2025 paid late is a covered year, not a payment (I1): 江西, 2024 paid on 1 May 2024, 2025 paid 15 Aug 2025 gives the answer of 2024 paid in its window', () => {
    const base = defaultAnswers('2025-08-20', 'jiangxi');
    const a = { ...base, payment: { ...base.payment, status: 'made' as const, date: '2025-08-15', years: [2025] } };
    a.history.years = a.history.years.map((r) => (r.year === 2024 ? { year: 2024, cover: 'residentLate' as const, latePaidOn: '2024-05-01' } : r.year === 2023 ? { year: 2023, cover: 'resident' as const } : r));
    const s = toScenario(a, '2025-08-20');
    expect(s.payments).toHaveLength(1);
    expect(s.history.years).toContainEqual({ year: 2024, cover: 'resident' });
    const outcome = calculate(s, chainFor('jiangxi'));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    // The same answer as for 2024 paid in its window: a late 2024 changes nothing under the rules from 2025.
    const inWindow = { ...a, history: { ...a.history, years: a.history.years.map((r) => (r.year === 2024 ? { year: 2024, cover: 'resident' as const } : r)) } };
    const same = calculate(toScenario(inWindow, '2025-08-20'), chainFor('jiangxi'));
    if (!same.ok) throw new Error(JSON.stringify(same.errors));
    expect(outcome.result.main.restoration).toEqual(same.result.main.restoration);
    expect(outcome.result.main.lapse).toBeNull();
  });

  it('W16 entered as answers: employee cover Jun 2023 to May 2025, resident 2025 paid 5 Aug', () => {
    const base = defaultAnswers('2025-08-05');
    const a = withYears(
      { ...base, history: { ...base.history, employeeLastMonth: '2025-05', employeeSince: '2023-06' }, payment: { ...base.payment, status: 'made' as const, date: '2025-08-05', years: [2025] } },
      { 2023: 'employee', 2024: 'employee', 2025: 'employee' },
    );
    const outcome = calculate(toScenario(a, '2025-08-05'), chainFor('national'));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    expect(outcome.result.main.restoration).toEqual({ kind: 'date', date: '2025-08-01' });
  });

  // Newcomer walk: 2024-2025 marked as employee cover, the paid year left "not covered" as the hint
  // said, no months: the answer took the cover to end in December 2025 and gave the ordinary wait
  // without a word. It now says the months could change it, and following it gives E2's date.
  it('employee years without months before a resident payment: a warning asks for the months, and giving them (the paid year marked employee) gives 1 Aug 2026 (E2)', () => {
    const base = defaultAnswers('2026-12-03');
    const payment = { ...base.payment, status: 'made' as const, date: '2026-08-05', years: [2026] };
    const yearsOnly = withYears({ ...base, payment }, { 2024: 'employee', 2025: 'employee' });
    const before = calculate(toScenario(yearsOnly, '2026-12-03'), chainFor('national'));
    if (!before.ok) throw new Error(JSON.stringify(before.errors));
    expect(before.result.warnings).toContainEqual({ id: 'employeeMonthsUnknown', params: { lastYear: 2025, year: 2026, maxMonths: 3 } });
    const withMonths = withYears({ ...base, payment, history: { ...base.history, employeeLastMonth: '2026-05' } }, { 2024: 'employee', 2025: 'employee', 2026: 'employee' });
    const after = calculate(toScenario(withMonths, '2026-12-03'), chainFor('national'));
    if (!after.ok) throw new Error(JSON.stringify(after.errors));
    expect(after.result.main.restoration).toEqual({ kind: 'date', date: '2026-08-01' });
    expect(after.result.warnings.map((w) => w.id)).not.toContain('employeeMonthsUnknown');
  });

  it('employee years that end within 3 months of the resident payment, or months given: no such warning', () => {
    const base = defaultAnswers('2026-03-10');
    const payment = { ...base.payment, status: 'made' as const, date: '2026-03-10', years: [2026] };
    const early = calculate(toScenario(withYears({ ...base, payment }, { 2024: 'employee', 2025: 'employee' }), '2026-03-10'), chainFor('national'));
    if (!early.ok) throw new Error(JSON.stringify(early.errors));
    expect(early.result.warnings.map((w) => w.id)).not.toContain('employeeMonthsUnknown');
    const late = { ...payment, date: '2026-08-05' };
    const given = withYears({ ...base, payment: late, history: { ...base.history, employeeLastMonth: '2025-12' } }, { 2024: 'employee', 2025: 'employee' });
    const told = calculate(toScenario(given, '2026-08-05'), chainFor('national'));
    if (!told.ok) throw new Error(JSON.stringify(told.errors));
    expect(told.result.warnings.map((w) => w.id)).not.toContain('employeeMonthsUnknown');
  });

  it('round-trips through a scenario', () => {
    const base = defaultAnswers('2026-11-15', 'fujian');
    const a: Answers = withYears(
      {
        ...base,
        payment: { status: 'planned', date: '2026-11-20', years: [2027], repairYears: 1, backPay: true },
        circumstances: { ...noCircumstances(), lowIncomeNotByChoice: true },
        criticalIllness: { enabled: true, originalCapYuan: 300000, noClaimYears: [2025], bonusUsedYears: [] },
      },
      { 2023: 'resident', 2024: 'resident', 2025: 'none', 2026: 'none' },
    );
    const back = fromScenario(toScenario(a, '2026-11-15'));
    expect(toScenario(back, '2026-11-15')).toEqual(toScenario(a, '2026-11-15'));
  });

  it.each([true, false])('round-trips the rules-v2 answers too: an exempt group newly added (%s), a baby with a parent insured', (newlyAdded) => {
    const base = defaultAnswers('2026-11-15', 'yunnan');
    const adult: Answers = { ...base, payment: { status: 'planned', date: '2026-11-20', years: [2026], repairYears: 0, backPay: true }, circumstances: { ...noCircumstances(), exemptGroup: 'medicalAid', exemptNewlyAdded: newlyAdded } };
    expect(toScenario(adult, '2026-11-15').circumstances).toEqual({ exemptGroup: { group: 'medicalAid', newlyAdded } });
    expect(toScenario(fromScenario(toScenario(adult, '2026-11-15')), '2026-11-15')).toEqual(toScenario(adult, '2026-11-15'));
    const baby: Answers = { ...adult, region: 'hunan', circumstances: { ...noCircumstances(), newborn: true, birthDate: '2026-10-01', parentInsured: true } };
    expect(toScenario(baby, '2026-11-15').circumstances).toEqual({ birthDate: '2026-10-01', parentInsured: true });
    expect(toScenario(fromScenario(toScenario(baby, '2026-11-15')), '2026-11-15')).toEqual(toScenario(baby, '2026-11-15'));
  });

  describe('"paid without a break since", optional', () => {
    // A flexible worker in 武汉: employee-scheme cover 2024 to June 2026, then a planned payment.
    const base = defaultAnswers('2026-11-15', 'hubei-wuhan');
    const worker = (since: string | undefined): Answers =>
      withYears(
        {
          ...base,
          scheme: 'flexible',
          history: { ...base.history, employeeLastMonth: '2026-06', ...(since ? { employeeSince: since } : {}), employeePaidBy: 'self' },
          payment: { status: 'planned', date: '2026-11-20', years: [], repairYears: 0, backPay: false },
        },
        { 2024: 'employee', 2025: 'employee', 2026: 'employee' },
      );

    it('left blank, reads back blank from a share link (not as the January it stands for), with the same scenario', () => {
      const s = toScenario(worker(undefined), '2026-11-15');
      expect(s.history.employeePeriods).toEqual([{ from: '2024-01', to: '2026-06', paidBy: 'self' }]);
      const back = fromScenario(s);
      expect(back.history.employeeSince).toBeUndefined();
      expect(back.history.employeeLastMonth).toBe('2026-06');
      expect(toScenario(back, '2026-11-15')).toEqual(s);
    });

    it('left blank by an employee whose history step asks no years, reads back blank (not as the last month paid it stands for)', () => {
      // The employee scheme with employee months before: last paid September 2026, "since" blank.
      const employee: Answers = { ...base, scheme: 'employee', history: { ...base.history, employeeLastMonth: '2026-09' }, payment: { status: 'planned', date: '2026-12-10', years: [], repairYears: 0, backPay: true } };
      const s = toScenario(employee, '2026-12-05');
      // The last month is all that is known: said so, so the timeline does not give September as the start.
      expect(s.history.employeePeriods).toEqual([{ from: '2026-09', to: '2026-09', fromUnknown: true }]);
      const back = fromScenario(s);
      expect(back.history.employeeSince).toBeUndefined();
      expect(toScenario(back, '2026-12-05')).toEqual(s);
      // September typed as the first month is an answer of its own, and reads back as typed.
      const typed = toScenario({ ...employee, history: { ...employee.history, employeeSince: '2026-09' } }, '2026-12-05');
      expect(typed.history.employeePeriods).toEqual([{ from: '2026-09', to: '2026-09' }]);
      expect(fromScenario(typed).history.employeeSince).toBe('2026-09');
    });

    it('typed, reads back as typed', () => {
      const s = toScenario(worker('2024-03'), '2026-11-15');
      expect(s.history.employeePeriods[0]?.from).toBe('2024-03');
      const back = fromScenario(s);
      expect(back.history.employeeSince).toBe('2024-03');
      expect(toScenario(back, '2026-11-15')).toEqual(s);
    });
  });
});

describe('the years before a payment further ahead (issue 12.5)', () => {
  // Today 15 Nov 2026; 2030 planned for 1 Dec 2029; covered 2025 and 2026, and (as expected) 2027 to 2029.
  const plan = (covers: Record<number, Answers['history']['years'][number]['cover']>): Answers => {
    const base = defaultAnswers('2026-11-15');
    // The rows the history step asks for this plan: to this year, then each year before 2030.
    const years = [...base.history.years, ...[2027, 2028, 2029].map((year) => ({ year, cover: 'none' as const }))];
    return withYears({ ...base, history: { ...base.history, years }, payment: { ...base.payment, date: '2029-12-01', years: [2030] } }, covers);
  };

  it('reach the calculator as the cover expected, and the scenario is valid', () => {
    const s = toScenario(plan({ 2025: 'resident', 2026: 'resident', 2027: 'resident', 2028: 'employee', 2029: 'resident' }), '2026-11-15');
    expect(s.history.years.filter((r) => r.year > 2026)).toEqual([
      { year: 2027, cover: 'resident' },
      { year: 2028, cover: 'employee' },
      { year: 2029, cover: 'resident' },
    ]);
    const outcome = calculate(s, chainFor('national'));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    expect(outcome.result.main.lapse).toBeNull();
  });

  it('a history year after next year is still "in the future" without a planned payment after it', () => {
    const s = toScenario(plan({ 2025: 'resident', 2026: 'resident' }), '2026-11-15');
    const made = { ...s, history: { ...s.history, years: [...s.history.years.filter((r) => r.year <= 2026), { year: 2028, cover: 'resident' as const }] }, payments: [{ scheme: 'resident' as const, status: 'made' as const, date: '2026-11-10', years: [2027], repairYears: 0 }] };
    const outcome = calculate(made, chainFor('national'));
    expect(outcome.ok ? [] : outcome.errors.map((e) => e.key)).toContain('year.future');
  });

  it('round-trip through a share link', () => {
    const a = plan({ 2025: 'resident', 2026: 'resident', 2028: 'employee', 2029: 'resident' });
    const back = fromScenario(toScenario(a, '2026-11-15'));
    expect(back.history.years.filter((r) => r.year > 2026)).toEqual([
      { year: 2027, cover: 'none' },
      { year: 2028, cover: 'employee' },
      { year: 2029, cover: 'resident' },
    ]);
  });

  it('are kept when a stored draft is opened again, and never made up for it', () => {
    const a = plan({ 2028: 'employee', 2029: 'resident' });
    const draft: Draft = { version: DRAFT_VERSION, step: 'payment', answers: a, done: ['where', 'history'] };
    const rows = createWizardStore({ today: '2026-11-20', storage: null, initial: draft }).getState().draft.answers.history.years;
    expect(rows.filter((r) => r.year > 2026)).toEqual([
      { year: 2027, cover: 'none' },
      { year: 2028, cover: 'employee' },
      { year: 2029, cover: 'resident' },
    ]);
    // A draft whose history stops at next year gets no rows for 2028 and 2029: they are still to be asked.
    const unasked = { ...draft, answers: { ...a, history: { ...a.history, years: a.history.years.filter((r) => r.year <= 2027) } } };
    const kept = createWizardStore({ today: '2026-11-20', storage: null, initial: unasked }).getState().draft.answers;
    expect(kept.history.years.map((r) => r.year)).toEqual([2023, 2024, 2025, 2026, 2027]);
    expect(unaskedYears(kept, '2026-11-20')).toEqual([2028, 2029]);
  });
});

describe('draft storage', () => {
  function memory() {
    const data = new Map<string, string>();
    return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k), data };
  }

  it('saves and loads a draft', () => {
    const storage = memory();
    const draft: Draft = { version: DRAFT_VERSION, step: 'payment', answers: defaultAnswers('2026-11-25'), done: ['where', 'history'] };
    expect(saveDraft(draft, storage)).toBe(true);
    expect(loadDraft(storage)).toEqual(draft);
  });

  it('drops unreadable, foreign or future drafts instead of crashing', () => {
    expect(migrateDraft(null)).toBeNull();
    expect(migrateDraft({ version: 99, step: 'where', answers: {} })).toBeNull();
    expect(migrateDraft({ version: DRAFT_VERSION, step: 'where', answers: { region: 5 } })).toBeNull();
    const storage = memory();
    storage.setItem('yibao-lapse:draft', '{not json');
    expect(loadDraft(storage)).toBeNull();
  });

  it('falls back to the first step when the stored step is unknown', () => {
    expect(migrateDraft({ version: DRAFT_VERSION, step: 'nope', answers: defaultAnswers('2026-11-25'), done: ['bogus'] })).toMatchObject({ step: 'where', done: [] });
  });

  it('keeps the steps a change of scheme marks to answer again, checked and bounded like any stored value', () => {
    const base = { version: DRAFT_VERSION, step: 'check', answers: defaultAnswers('2026-11-25'), done: ['where', 'check'] };
    // A draft written before the marks were kept has none: nothing is made up for it.
    expect(migrateDraft(base)?.revisit).toBeUndefined();
    expect(migrateDraft({ ...base, revisit: ['circumstances', 'history'] })?.revisit).toEqual(['history', 'circumstances']);
    // Unknown or unmarkable steps, repeats and other shapes are dropped; a longer list than the steps is damage.
    expect(migrateDraft({ ...base, revisit: ['where', 'payment', 'payment'] })?.revisit).toEqual(['payment']);
    expect(migrateDraft({ ...base, revisit: ['bogus', 5, null, 'payment'] })?.revisit).toBeUndefined();
    expect(migrateDraft({ ...base, revisit: 'history' })?.revisit).toBeUndefined();
    expect(migrateDraft({ ...base, revisit: [...Array<string>(1e5).fill('bogus'), 'history'] })?.revisit).toBeUndefined();
  });

  it('keeps the step to return to, checked and bounded: only the check page or the payment step, ahead of the stored step', () => {
    const base = { version: DRAFT_VERSION, step: 'circumstances', answers: defaultAnswers('2026-11-25'), done: ['where', 'history', 'payment', 'circumstances', 'check'] };
    // A draft written before this was kept has none.
    expect(migrateDraft(base)).not.toHaveProperty('returnTo');
    expect(migrateDraft({ ...base, returnTo: 'check' })?.returnTo).toBe('check');
    expect(migrateDraft({ ...base, step: 'history', returnTo: 'payment' })?.returnTo).toBe('payment');
    // Not ahead of the step, not a step a link returns to, or not a step at all: none, and the answers are kept.
    for (const returnTo of ['payment', 'where', 'result', 'bogus', 5, null, ['check'], 'check'.repeat(1e4)]) {
      const read = migrateDraft({ ...base, returnTo });
      expect(read).not.toHaveProperty('returnTo');
      expect(read?.answers).toEqual(base.answers);
    }
    expect(migrateDraft({ ...base, step: 'check', returnTo: 'check' })).not.toHaveProperty('returnTo');
  });

  it('a reload on a step a Change link opened still returns to the check page', () => {
    const storage = memory();
    const answers = withYears({ ...defaultAnswers('2026-11-15', 'fujian'), payment: { status: 'made', date: '2026-03-01', years: [2026], repairYears: 0, backPay: true } }, { 2025: 'resident' });
    const store = createWizardStore({ today: '2026-11-15', storage, initial: { version: DRAFT_VERSION, step: 'check', answers, done: ['where', 'history', 'payment', 'circumstances', 'check'] } });
    store.goTo('payment', { returnTo: 'check' });
    expect(loadDraft(storage)).toMatchObject({ step: 'payment', returnTo: 'check' });
    const reloaded = createWizardStore({ today: '2026-11-15', storage });
    expect(reloaded.getState().returnTo).toBe('check');
    reloaded.completeStep('payment', {});
    expect(reloaded.getState().draft.step).toBe('check');
    // Back on the check page, nothing to return to is stored any more.
    expect(loadDraft(storage)).not.toHaveProperty('returnTo');
    expect(createWizardStore({ today: '2026-11-15', storage }).getState().returnTo).toBeNull();
  });

  it('a reload keeps the marks a change of scheme made: the new store shows them and still refuses a result', () => {
    const storage = memory();
    const answers = withYears({ ...defaultAnswers('2026-11-15', 'fujian'), payment: { status: 'made', date: '2026-03-01', years: [2026], repairYears: 0, backPay: true } }, { 2025: 'resident' });
    const store = createWizardStore({ today: '2026-11-15', storage, initial: { version: DRAFT_VERSION, step: 'check', answers, done: ['where', 'history', 'payment', 'circumstances'] } });
    store.goTo('where', { returnTo: 'check' });
    store.completeStep('where', { scheme: 'flexible' });
    expect(store.getState().draft).toMatchObject({ step: 'history', revisit: ['history', 'payment', 'circumstances'], done: ['where'] });
    store.back();
    expect(store.getState().draft.step).toBe('check');

    const reloaded = createWizardStore({ today: '2026-11-15', storage });
    expect(reloaded.getState().draft).toMatchObject({ step: 'check', revisit: ['history', 'payment', 'circumstances'] });
    // Answering a marked step clears its mark, and the draft stored says so.
    reloaded.goTo('history', { returnTo: 'check' });
    reloaded.completeStep('history', { history: { ...answers.history, employeeLastMonth: '2025-10' } });
    expect(loadDraft(storage)?.revisit).toEqual(['payment', 'circumstances']);
    expect(reloaded.getState().draft.step).toBe('payment');
  });

  it('keeps working when storage throws (private mode, full quota)', () => {
    const throwing = { setItem: () => { throw new Error('quota'); }, getItem: () => { throw new Error('denied'); } };
    expect(saveDraft({ version: DRAFT_VERSION, step: 'where', answers: defaultAnswers('2026-11-25'), done: [] }, throwing)).toBe(false);
    expect(loadDraft(throwing)).toBeNull();
  });
});

describe('blocked storage', () => {
  it('a browser that throws on reading localStorage still gets a working wizard, in memory', async () => {
    const { createWizardStore } = await import('../../src/features/wizard/wizard-store');
    const { browserStorage } = await import('../../src/features/wizard/draft-peek');
    const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, get: () => { throw new DOMException('denied', 'SecurityError'); } });
    try {
      expect(browserStorage()).toBeNull();
      const store = createWizardStore({ today: '2026-11-25' });
      store.setAnswers({ region: 'fujian' });
      store.next();
      expect(store.getState().draft).toMatchObject({ step: 'history', answers: { region: 'fujian' } });
      expect(loadDraft()).toBeNull();
    } finally {
      if (original) Object.defineProperty(globalThis, 'localStorage', original);
      else delete (globalThis as { localStorage?: unknown }).localStorage;
    }
  });
});

describe('employee-scheme history in the scenario', () => {
  it('has no "no cover" year rows for the years its employee cover spans (issue 12: the timeline said both)', () => {
    const a = defaultAnswers('2026-11-25');
    const answers = {
      ...a,
      scheme: 'employee' as const,
      history: { ...a.history, years: a.history.years.map((r) => ({ year: r.year, cover: 'none' as const })), employeeSince: '2023-01', employeeLastMonth: '2026-01' },
      payment: { ...a.payment, status: 'planned' as const, date: '2026-12-10' },
    };
    const s = toScenario(answers, '2026-11-25');
    expect(s.history.employeePeriods).toEqual([{ from: '2023-01', to: '2026-01' }]);
    expect(s.history.years.filter((r) => r.year >= 2023 && r.year <= 2026)).toEqual([]);
  });
});
