// Which rules-v2 questions a pack chain can use, from small hand-made packs (plain JSON, in the
// pack-schema shape): pinned values that use the answer → always; regional variants some of
// which use it → someRegions; pinned values that ignore it, or nothing → never.
import { describe, expect, it } from 'vitest';
import { NEW_QUESTIONS, offeredGroups, paidBirthYear, questionRelevance, shownQuestions, yearsOfPayment } from '../../src/features/wizard/question-relevance';
import type { NewQuestion, QuestionFacts, Relevance } from '../../src/features/wizard/question-relevance';

const src = { sources: ['X'], status: 'confirmed' };
const pinned = (value: unknown, from = 2025, to?: number) => ({ from, ...(to ? { to } : {}), value, unit: 'enum', ...src });
const regional = (...values: unknown[]) => ({ from: 2025, unit: 'enum', regional: values.map((value) => ({ value, regions: [], ...src })) });
const pack = (id: string, parameters: Record<string, unknown[]>) => ({ id, parent: null, parameters });

const rule = (group: string, withinDays: number | null = null) => ({ group, withinDays, coverStart: 'nextDay' });
const premium = (personal: Record<string, number>) => ({ personal, full: null });

/** A national pack with every question's parameter regional, as RULES.md §8 has it. */
const NATIONAL = pack('national', {
  'exempt.groups': [regional([], [rule('medicalAid')], [rule('newResident', 90), rule('clergy')], [{ ...rule('medicalAid'), newlyAddedOnly: true }])],
  'resident.universityEntrant': [regional('ordinary', 'sep1PrevYear', 'paymentDate')],
  'newborn.exemptYears': [regional(0, 3)],
  'newborn.afterWindow': [regional('paymentDate', 'nextDay', 'registrationDate', 'ordinary')],
  'employee.shortGapWithinRegion': [regional('gapCovered', 'nextMonth', 'nextDay')],
  'flexible.afterEmployer': [regional(null, { gapCoveredWithinMonths: 3, nextMonthWithinMonths: 6, laterWaitMonths: 6 })],
  'resident.premium': [regional(null, { ...premium({ elderly: 460, studentChild: 435, workingAge: 795 }), newbornParentInsured: 0 })],
});

/** A region pinning values that ignore every answer. */
const PLAIN = pack('plain', {
  'exempt.groups': [pinned([])],
  'resident.universityEntrant': [pinned('ordinary')],
  'newborn.exemptYears': [pinned(0)],
  'newborn.afterWindow': [pinned('ordinary')],
  'employee.shortGapWithinRegion': [pinned('gapCovered')],
  'flexible.afterEmployer': [pinned(null)],
  'resident.premium': [pinned(premium({ standard: 380 }))],
});

/** A region pinning values that use every answer. */
const RICH = pack('rich', {
  'exempt.groups': [pinned([rule('medicalAid'), rule('graduateReturning', 90)])],
  'resident.universityEntrant': [pinned('sep1PrevYear')],
  'newborn.exemptYears': [pinned(3)],
  'newborn.afterWindow': [pinned('registrationDate')],
  'employee.shortGapWithinRegion': [pinned('nextMonth')],
  'flexible.afterEmployer': [pinned({ gapCoveredWithinMonths: 3, nextMonthWithinMonths: 6, laterWaitMonths: 6 })],
  'resident.premium': [pinned({ ...premium({ workingAge: 795, elderly: 460 }), newbornParentInsured: 0 })],
});

const all = (relevance: Relevance): Record<NewQuestion, Relevance> => Object.fromEntries(NEW_QUESTIONS.map((q) => [q, relevance])) as Record<NewQuestion, Relevance>;

describe('question relevance', () => {
  it('under the national pack every question is asked "in some regions", with every group and tier any variant names', () => {
    const r = questionRelevance([NATIONAL], [2026]);
    expect(r.questions).toEqual(all('someRegions'));
    expect(r.exemptGroups).toEqual([
      // One region exempts only people newly added to medical assistance (云南 P-YN1), another all of them.
      { group: 'medicalAid', relevance: 'someRegions', timeLimited: false, newlyAddedOnly: 'someRegions' },
      { group: 'newResident', relevance: 'someRegions', timeLimited: true, newlyAddedOnly: 'never' },
      { group: 'clergy', relevance: 'someRegions', timeLimited: false, newlyAddedOnly: 'never' },
    ]);
    expect(r.premiumTiers).toEqual(['elderly', 'studentChild', 'workingAge']);
  });

  it('a region whose pinned values ignore the answers asks none of them', () => {
    const r = questionRelevance([PLAIN, NATIONAL], [2026]);
    expect(r.questions).toEqual(all('never'));
    expect(r.exemptGroups).toEqual([]);
    expect(r.premiumTiers).toEqual([]);
  });

  it('a region whose pinned values use the answers asks all of them, without "some regions"', () => {
    const r = questionRelevance([RICH, NATIONAL], [2026]);
    expect(r.questions).toEqual(all('always'));
    expect(r.exemptGroups).toEqual([
      { group: 'medicalAid', relevance: 'always', timeLimited: false, newlyAddedOnly: 'never' },
      { group: 'graduateReturning', relevance: 'always', timeLimited: true, newlyAddedOnly: 'never' },
    ]);
    expect(r.premiumTiers).toEqual(['elderly', 'workingAge']);
  });

  it('a value the region does not set falls back to its parent, the most specific pack first', () => {
    const city = pack('city', { 'newborn.exemptYears': [pinned(0)] });
    const province = pack('province', { 'newborn.exemptYears': [pinned(3)], 'resident.universityEntrant': [pinned('paymentDate')] });
    const r = questionRelevance([city, province, NATIONAL], [2026]);
    expect(r.questions.subsidisedNewborn).toBe('never');
    expect(r.questions.universityEntrant).toBe('always');
    expect(r.questions.movedRegion).toBe('someRegions');
  });

  it('reads the entry in force in the years asked about, and asks where any of them uses the answer', () => {
    const changing = pack('changing', { 'resident.universityEntrant': [pinned('ordinary', 2025, 2025), pinned('sep1PrevYear', 2026)] });
    expect(questionRelevance([changing], [2025]).questions.universityEntrant).toBe('never');
    expect(questionRelevance([changing], [2026]).questions.universityEntrant).toBe('always');
    expect(questionRelevance([changing], [2025, 2026]).questions.universityEntrant).toBe('always');
    // A year the packs do not cover: nothing to use the answer.
    expect(questionRelevance([changing], [2024]).questions.universityEntrant).toBe('never');
  });

  it('regional variants that all use the answer ask it everywhere; groups named by only some still say "some regions"', () => {
    const everywhere = pack('national', {
      'newborn.exemptYears': [regional(2, 3)],
      'exempt.groups': [regional([rule('medicalAid')], [rule('medicalAid'), rule('clergy')])],
    });
    const r = questionRelevance([everywhere], [2026]);
    expect(r.questions.subsidisedNewborn).toBe('always');
    expect(r.exemptGroups).toEqual([
      { group: 'medicalAid', relevance: 'always', timeLimited: false, newlyAddedOnly: 'never' },
      { group: 'clergy', relevance: 'someRegions', timeLimited: false, newlyAddedOnly: 'never' },
    ]);
    expect(r.questions.exemptGroup).toBe('someRegions');
  });

  it('one priced tier is not a choice', () => {
    expect(questionRelevance([pack('p', { 'resident.premium': [pinned(premium({ workingAge: 400 }))] })], [2026]).questions.premiumTier).toBe('never');
  });

  it.each<[string, unknown, readonly number[]]>([
    ['no packs (still loading)', [], [2026]],
    ['no years', [RICH], []],
    ['not a list', 'national', [2026]],
    ['packs that are not objects', [null, 3, 'x', []], [2026]],
    ['parameters that are not lists', [pack('bad', { 'exempt.groups': 'all' as unknown as unknown[] })], [2026]],
    ['entries without years or values', [pack('bad', { 'exempt.groups': [{}, { from: '2025', value: [rule('medicalAid')] }, null] })], [2026]],
    ['a regional entry whose variants are not a list', [pack('bad', { 'newborn.exemptYears': [{ from: 2025, regional: 'many' }] })], [2026]],
    ['unknown groups and tiers', [pack('bad', { 'exempt.groups': [pinned([rule('everyone'), 'x'])], 'resident.premium': [pinned(premium({ vip: 1, gold: 2 }))] })], [2026]],
    ['years that are not whole numbers', [RICH], [Number.NaN, 2026.5]],
  ])('bad input never crashes and asks nothing: %s', (_name, packs, years) => {
    const r = questionRelevance(packs as unknown[], years);
    expect(r.questions).toEqual(all('never'));
    expect(r.exemptGroups).toEqual([]);
    expect(r.premiumTiers).toEqual([]);
  });

  it('huge damaged packs are read only up to the schema’s bounds', () => {
    const many = pack('many', { 'exempt.groups': Array.from({ length: 100_000 }, () => ({ from: 3000, value: [] })) });
    const started = performance.now();
    questionRelevance(Array.from({ length: 1000 }, () => many), Array.from({ length: 1000 }, (_, i) => 2000 + i));
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('which questions are shown', () => {
  const facts = (patch: Partial<QuestionFacts>): QuestionFacts => ({ scheme: 'resident', newborn: false, hasBirthDate: false, exemptGroup: undefined, ...patch });
  const rich = questionRelevance([RICH], [2026]);

  it('resident: exempt groups, university entrant and premium tier; not the employee questions', () => {
    expect(shownQuestions(rich, facts({}))).toEqual({
      exemptGroup: true,
      exemptSince: false,
      exemptNewlyAdded: false,
      universityEntrant: true,
      subsidisedNewborn: false,
      parentInsured: false,
      newbornRegistrationDate: false,
      movedRegion: false,
      paidBy: false,
      premiumTier: true,
    });
  });

  it('whether the person was newly added, only for a group some rule exempts only newly added people in', () => {
    const national = questionRelevance([NATIONAL], [2026]);
    expect(shownQuestions(national, facts({ exemptGroup: 'medicalAid' })).exemptNewlyAdded).toBe(true);
    expect(shownQuestions(national, facts({ exemptGroup: 'clergy' })).exemptNewlyAdded).toBe(false);
    expect(shownQuestions(rich, facts({ exemptGroup: 'medicalAid' })).exemptNewlyAdded).toBe(false);
    const yunnan = questionRelevance([pack('yunnan', { 'exempt.groups': [pinned([{ ...rule('medicalAid'), newlyAddedOnly: true }])] })], [2026]);
    expect(yunnan.exemptGroups).toEqual([{ group: 'medicalAid', relevance: 'always', timeLimited: false, newlyAddedOnly: 'always' }]);
  });

  it('a parent insured is judged for the year of birth only, where the payment pays it', () => {
    const hunan = pack('hunan', { 'resident.premium': [pinned({ ...premium({}), newbornParentInsured: 0 }, 2026, 2026)] });
    expect(questionRelevance([hunan], [2026], 2026).questions.parentInsured).toBe('always');
    // Born in 2025 (a year the region does not price so), paying 2026: the answer changes nothing.
    expect(questionRelevance([hunan], [2025, 2026], 2025).questions.parentInsured).toBe('never');
    expect(questionRelevance([hunan], [2026], null).questions.parentInsured).toBe('never');
    expect(paidBirthYear('resident', 2026, { years: [2026, 2027] })).toBe(2026);
    expect(paidBirthYear('resident', 2026, { years: [2027] })).toBeNull();
    expect(paidBirthYear('employee', 2026, { years: [2026] })).toBeNull();
  });

  it('the event date only for a group with a time limit', () => {
    expect(shownQuestions(rich, facts({ exemptGroup: 'graduateReturning' })).exemptSince).toBe(true);
    expect(shownQuestions(rich, facts({ exemptGroup: 'medicalAid' })).exemptSince).toBe(false);
  });

  it('the newborn questions only once a date of birth is given, and no university question for a baby', () => {
    expect(shownQuestions(rich, facts({ newborn: true }))).toMatchObject({ subsidisedNewborn: false, parentInsured: false, newbornRegistrationDate: false, universityEntrant: false });
    expect(shownQuestions(rich, facts({ newborn: true, hasBirthDate: true }))).toMatchObject({ subsidisedNewborn: true, parentInsured: true, newbornRegistrationDate: true });
  });

  it('a baby is offered only the groups a baby can belong to, and no group question where the rules name none of them', () => {
    const baby = facts({ newborn: true, hasBirthDate: true });
    expect(offeredGroups(rich, true).map((g) => g.group)).toEqual(['medicalAid']);
    expect(offeredGroups(rich, false).map((g) => g.group)).toEqual(['medicalAid', 'graduateReturning']);
    expect(shownQuestions(rich, baby).exemptGroup).toBe(true);
    // A graduate's time limit is an adult's: not asked of a baby, whatever the stored answer.
    expect(shownQuestions(rich, { ...baby, exemptGroup: 'graduateReturning' }).exemptSince).toBe(false);
    const adultsOnly = questionRelevance([pack('adults', { 'exempt.groups': [pinned([rule('clergy'), rule('releasedPrisoner', 90)])] })], [2026]);
    expect(shownQuestions(adultsOnly, baby).exemptGroup).toBe(false);
    expect(shownQuestions(adultsOnly, facts({})).exemptGroup).toBe(true);
  });

  it('employee: the move between cities; flexible: also who paid', () => {
    expect(shownQuestions(rich, facts({ scheme: 'employee' }))).toMatchObject({ movedRegion: true, paidBy: false, exemptGroup: false, premiumTier: false });
    expect(shownQuestions(rich, facts({ scheme: 'flexible' }))).toMatchObject({ movedRegion: true, paidBy: true });
  });

  it('nothing the rules cannot use', () => {
    const plain = questionRelevance([PLAIN], [2026]);
    for (const scheme of ['resident', 'employee', 'flexible'] as const) {
      expect(Object.values(shownQuestions(plain, facts({ scheme, newborn: true, hasBirthDate: true, exemptGroup: 'medicalAid' }))).some(Boolean)).toBe(false);
    }
  });
});

describe('years of the payment', () => {
  it('the years paid for and the year of payment, once each', () => {
    expect(yearsOfPayment({ date: '2025-11-20', years: [2026] })).toEqual([2026, 2025]);
    expect(yearsOfPayment({ date: '2026-03-01', years: [2026] })).toEqual([2026]);
    expect(yearsOfPayment({ date: '2026-03-01', years: [] })).toEqual([2026]);
  });
});
