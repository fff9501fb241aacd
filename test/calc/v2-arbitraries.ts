// Scenarios with the circumstances scenario v2 added (RULES.md v2: exempt groups X2, university
// entrants R12, subsidised newborns, a parent insured (R1c) and registration dates X1, moves between regions E1, premium
// tiers R1c, who paid the employee cover E3a), on top of scenarioArb's genes. Like
// arbitraries.ts, everything is built from small genes by pure functions, so counterexamples
// shrink to the simplest scenario, and no date depends on the machine's time zone.
import fc from 'fast-check';
import { exemptGroupSchema, premiumTierSchema } from '../../src/calc';
import type { ExemptGroup, PremiumTier, Scenario } from '../../src/calc';
import { buildScenario, dayNumber, genesArb, isoFromDay, regions } from './arbitraries';
import type { ScenarioGenes } from './arbitraries';

export interface V2Genes {
  exemptGroup: null | { group: ExemptGroup; sinceDaysBefore: number | undefined; newlyAdded: boolean | undefined };
  universityEntrant: boolean | undefined;
  subsidisedNewborn: boolean | undefined;
  registrationDaysAfterBirth: number | undefined;
  movedRegion: boolean | undefined;
  premiumTier: PremiumTier | undefined;
  paidBy: ('absent' | 'employer' | 'self')[];
  parentInsured: boolean | undefined;
}

const weighted = <T>(...entries: [number, fc.Arbitrary<T>][]): fc.Arbitrary<T> =>
  fc.oneof({ withCrossShrink: true }, ...entries.map(([weight, arbitrary]) => ({ weight, arbitrary })));

const absentOr = <T>(weightAbsent: number, arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => weighted<T | undefined>([weightAbsent, fc.constant(undefined)], [1, arb]);

export const v2GenesArb: fc.Arbitrary<V2Genes> = fc.record({
  exemptGroup: weighted<V2Genes['exemptGroup']>(
    [6, fc.constant(null)],
    [
      1,
      fc.record({
        group: fc.constantFrom(...exemptGroupSchema.options),
        // Days between the event (moving in, return, release ...) and the asked payment; most within 90.
        sinceDaysBefore: weighted<number | undefined>([4, fc.integer({ min: 0, max: 120 })], [1, fc.integer({ min: 0, max: 1000 })], [1, fc.constant(undefined)]),
        // Newly added to the group (动态新增: 云南's medical assistance).
        newlyAdded: absentOr(2, fc.boolean()),
      }),
    ],
  ),
  universityEntrant: absentOr(6, fc.boolean()),
  subsidisedNewborn: absentOr(4, fc.boolean()),
  registrationDaysAfterBirth: absentOr(4, fc.integer({ min: 0, max: 200 })),
  movedRegion: absentOr(4, fc.boolean()),
  premiumTier: absentOr(3, fc.constantFrom(...premiumTierSchema.options)),
  paidBy: fc.array(fc.constantFrom<'absent' | 'employer' | 'self'>('absent', 'employer', 'self'), { maxLength: 3 }),
  parentInsured: absentOr(3, fc.boolean()),
});

/** The scenario with the v2 circumstances of `v` added (dates relative to its last payment and birth). */
export function withV2(s: Scenario, v: V2Genes): Scenario {
  const c: Scenario['circumstances'] = { ...s.circumstances };
  const last = s.payments.at(-1);
  if (v.exemptGroup && last) {
    c.exemptGroup = { group: v.exemptGroup.group };
    if (v.exemptGroup.sinceDaysBefore !== undefined) c.exemptGroup.since = isoFromDay(dayNumber(last.date) - v.exemptGroup.sinceDaysBefore);
    if (v.exemptGroup.newlyAdded !== undefined) c.exemptGroup.newlyAdded = v.exemptGroup.newlyAdded;
  }
  if (v.universityEntrant !== undefined) c.universityEntrant = v.universityEntrant;
  if (v.subsidisedNewborn !== undefined && c.birthDate) c.subsidisedNewborn = v.subsidisedNewborn;
  if (v.parentInsured !== undefined && c.birthDate) c.parentInsured = v.parentInsured;
  if (v.registrationDaysAfterBirth !== undefined && c.birthDate) c.newbornRegistrationDate = isoFromDay(dayNumber(c.birthDate) + v.registrationDaysAfterBirth);
  if (v.movedRegion !== undefined) c.movedRegion = v.movedRegion;
  if (v.premiumTier !== undefined) c.premiumTier = v.premiumTier;
  const employeePeriods = s.history.employeePeriods.map((p, i) => {
    const who = v.paidBy[i] ?? 'absent';
    // Built field by field: a spread that adds a key gave each of these objects a hidden class
    // of its own in V8 (1,315 among the bench's 3,399 periods), and reading the input then cost
    // the bench far more than one scenario per answer costs the app.
    return who === 'absent' ? p : { from: p.from, to: p.to, paidBy: who };
  });
  return { ...s, history: { ...s.history, employeePeriods }, circumstances: c };
}

/** Scenario genes and v2 genes together, so both shrink. */
export interface V2ScenarioGenes {
  genes: ScenarioGenes;
  v2: V2Genes;
}

export function buildV2Scenario({ genes, v2 }: V2ScenarioGenes): Scenario {
  return withV2(buildScenario(genes), v2);
}

/** Valid-by-construction (nearly always) v2 scenarios over the shipped packs, national included. */
export const v2ScenarioArb: fc.Arbitrary<Scenario> = fc.record({ genes: genesArb, v2: v2GenesArb }).map(buildV2Scenario);

/**
 * v2 scenarios whose region is drawn from `ids` (pack ids known to arbitraries' chainOf), with
 * at most `maxPayments` payments (the last ones the genes hold). Under regional values each
 * payment can branch the run, so the cost of a scenario grows several-fold per payment: the
 * properties that run the national pack thousands of times keep to three.
 */
export function v2ScenarioInArb(ids: readonly string[], maxPayments = 4): fc.Arbitrary<Scenario> {
  return fc
    .record({ genes: genesArb, v2: v2GenesArb, region: fc.constantFrom(...ids) })
    .map(({ genes, v2, region }) => buildV2Scenario({ genes: { ...genes, region, payments: genes.payments.slice(-maxPayments) }, v2 }));
}

/** The shipped region packs (every pack but the national baseline). */
export const regionPacks: readonly string[] = regions.filter((r) => r !== 'national');
