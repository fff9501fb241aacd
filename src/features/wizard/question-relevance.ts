// Which of the rules-v2 questions the chosen region's rules can use (issue: ask a question only
// when its answer can change the result). Read straight from the pack chain's parameters: a
// parameter pinned to a value that makes the answer matter → 'always'; regional, with some of
// its variants making it matter → 'someRegions' (the question says "in some regions"; all of
// them → 'always'); pinned to a value that ignores the answer, or absent → 'never'. Pure and
// defensive: the packs are plain JSON, and anything unexpected in them counts as "cannot use
// the answer", never a crash.
import { exemptGroupSchema, premiumTierSchema } from '../../calc';
import type { ExemptGroup, ParamKey, PremiumTier, RulePack } from '../../calc';

export type Relevance = 'always' | 'someRegions' | 'never';

/** The questions rules v2 added, each asked only where the rules can use its answer. */
export const NEW_QUESTIONS = ['exemptGroup', 'universityEntrant', 'subsidisedNewborn', 'parentInsured', 'newbornRegistrationDate', 'movedRegion', 'paidBy', 'premiumTier'] as const;
export type NewQuestion = (typeof NEW_QUESTIONS)[number];

export interface ExemptGroupRelevance {
  group: ExemptGroup;
  relevance: Exclude<Relevance, 'never'>;
  /** Some rule for the group limits the time to enrol after the event: then its date is asked. */
  timeLimited: boolean;
  /** Whether the rules for the group exempt only people newly added to it (动态新增, 云南 P-YN1): then that is asked. */
  newlyAddedOnly: Relevance;
}

export interface QuestionRelevance {
  questions: Record<NewQuestion, Relevance>;
  /** The groups to offer, in the schema's order: only those some rule in the chain names. */
  exemptGroups: ExemptGroupRelevance[];
  /** The tiers to offer, in the schema's order: only where the region prices more than one. */
  premiumTiers: PremiumTier[];
}

/** The parameter behind each question, and whether a value of it makes the answer matter. */
const QUESTION_PARAMS: Record<NewQuestion, { key: ParamKey; matters: (value: unknown) => boolean }> = {
  exemptGroup: { key: 'exempt.groups', matters: (v) => groupsOf(v).length > 0 },
  universityEntrant: { key: 'resident.universityEntrant', matters: (v) => typeof v === 'string' && v !== 'ordinary' },
  subsidisedNewborn: { key: 'newborn.exemptYears', matters: (v) => typeof v === 'number' && v > 0 },
  // R1c: a region that states a newborn's birth-year premium only for babies with a parent insured there (湖南).
  parentInsured: { key: 'resident.premium', matters: (v) => isRecord(v) && typeof v.newbornParentInsured === 'number' },
  newbornRegistrationDate: { key: 'newborn.afterWindow', matters: (v) => v === 'registrationDate' },
  // A move between regions covers a back-paid gap (S5); it only changes the answer where staying does not.
  movedRegion: { key: 'employee.shortGapWithinRegion', matters: (v) => typeof v === 'string' && v !== 'gapCovered' },
  paidBy: { key: 'flexible.afterEmployer', matters: (v) => isRecord(v) },
  premiumTier: { key: 'resident.premium', matters: (v) => tiersOf(v).length > 1 },
};

const RANK: Record<Relevance, number> = { never: 0, someRegions: 1, always: 2 };
/** Pack lists in the schema are bounded; these caps keep damaged input from costing time. */
const MAX_PACKS = 12;
const MAX_ENTRIES = 40;
const MAX_VARIANTS = 12;
const MAX_YEARS = 12;

type Rec = Record<string, unknown>;

function isRecord(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stronger(a: Relevance, b: Relevance): Relevance {
  return RANK[b] > RANK[a] ? b : a;
}

/** The exempt-group rules in an `exempt.groups` value: known groups only. */
function groupsOf(value: unknown): { group: ExemptGroup; timeLimited: boolean; newlyAddedOnly: boolean }[] {
  if (!Array.isArray(value)) return [];
  const known: readonly string[] = exemptGroupSchema.options;
  return value
    .slice(0, MAX_VARIANTS)
    .filter((rule): rule is Rec => isRecord(rule) && typeof rule.group === 'string' && known.includes(rule.group))
    .map((rule) => ({ group: rule.group as ExemptGroup, timeLimited: typeof rule.withinDays === 'number', newlyAddedOnly: rule.newlyAddedOnly === true }));
}

/** The tiers a `resident.premium` value prices: known tiers only. */
function tiersOf(value: unknown): PremiumTier[] {
  if (!isRecord(value) || !isRecord(value.personal)) return [];
  const personal = value.personal;
  return premiumTierSchema.options.filter((tier) => typeof personal[tier] === 'number');
}

/**
 * The values a parameter can take in `year` under this chain: the pinned value, or every variant
 * of a regional entry. The most specific pack with an entry for the year decides; none: [].
 */
function valuesIn(packs: readonly unknown[], key: ParamKey, year: number): { values: unknown[]; regional: boolean } {
  for (const pack of packs.slice(0, MAX_PACKS)) {
    const entries = isRecord(pack) && isRecord(pack.parameters) ? pack.parameters[key] : undefined;
    if (!Array.isArray(entries)) continue;
    const entry = entries.slice(0, MAX_ENTRIES).find((e): e is Rec => isRecord(e) && typeof e.from === 'number' && e.from <= year && (typeof e.to !== 'number' || year <= e.to));
    if (!entry) continue;
    if (!('regional' in entry)) return { values: [entry.value], regional: false };
    const variants = Array.isArray(entry.regional) ? entry.regional.slice(0, MAX_VARIANTS) : [];
    return { values: variants.map((v: unknown) => (isRecord(v) ? v.value : undefined)), regional: true };
  }
  return { values: [], regional: false };
}

/** 'always' if every value makes the answer matter, 'someRegions' if a regional one does, else 'never'. */
function judge(values: readonly unknown[], regional: boolean, matters: (value: unknown) => boolean): Relevance {
  const count = values.filter((v) => matters(v)).length;
  if (count === 0) return 'never';
  return count === values.length ? 'always' : regional ? 'someRegions' : 'always';
}

/**
 * What the chain (the region's pack first, then its parents) can use, over the benefit years the
 * person's payment touches. A question counts if it matters in any of those years. No years, or
 * no packs (still loading), gives 'never' everywhere. `birthYear`, where given: the only year whose
 * premium a parent's cover can change (paidBirthYear; null: none, so that question is not asked).
 */
export function questionRelevance(packs: readonly RulePack[] | readonly unknown[], years: readonly number[], birthYear?: number | null): QuestionRelevance {
  const list: readonly unknown[] = Array.isArray(packs) ? packs : [];
  const span = years.filter((y) => Number.isSafeInteger(y)).slice(0, MAX_YEARS);
  const questions = Object.fromEntries(NEW_QUESTIONS.map((q) => [q, 'never'])) as Record<NewQuestion, Relevance>;
  const groups = new Map<ExemptGroup, { relevance: Relevance; timeLimited: boolean; newlyAddedOnly: Relevance }>();
  const tiers = new Set<PremiumTier>();

  for (const year of span) {
    for (const q of NEW_QUESTIONS) {
      // A parent's cover prices the year of birth only (R1c, premium.ts).
      if (q === 'parentInsured' && birthYear !== undefined && year !== birthYear) continue;
      const { key, matters } = QUESTION_PARAMS[q];
      const { values, regional } = valuesIn(list, key, year);
      questions[q] = stronger(questions[q], judge(values, regional, matters));
      if (q === 'premiumTier') for (const v of values) if (matters(v)) for (const tier of tiersOf(v)) tiers.add(tier);
      if (q === 'exemptGroup') {
        for (const group of exemptGroupSchema.options) {
          const rules = values.map((v) => groupsOf(v).find((r) => r.group === group));
          const relevance = judge(rules, regional, (r) => r !== undefined);
          if (relevance === 'never') continue;
          const before = groups.get(group);
          // Among the rules that name the group: all exempting only people newly added, some, or none.
          const naming = rules.filter((r) => r !== undefined);
          const newlyAddedOnly = judge(naming, regional, (r) => (r as { newlyAddedOnly: boolean }).newlyAddedOnly);
          groups.set(group, {
            relevance: before ? stronger(before.relevance, relevance) : relevance,
            timeLimited: (before?.timeLimited ?? false) || rules.some((r) => r?.timeLimited === true),
            newlyAddedOnly: before ? stronger(before.newlyAddedOnly, newlyAddedOnly) : newlyAddedOnly,
          });
        }
      }
    }
  }

  // Offered groups differ by region even where every variant names some: the question is then
  // asked because of the groups, each of which only some regions exempt.
  const offered = [...groups.values()];
  questions.exemptGroup = offered.length === 0 ? 'never' : offered.every((g) => g.relevance === 'always') ? 'always' : 'someRegions';

  return {
    questions,
    exemptGroups: exemptGroupSchema.options.flatMap((group) => {
      const found = groups.get(group);
      return found && found.relevance !== 'never' ? [{ group, relevance: found.relevance, timeLimited: found.timeLimited, newlyAddedOnly: found.newlyAddedOnly }] : [];
    }),
    premiumTiers: premiumTierSchema.options.filter((tier) => tiers.has(tier)),
  };
}

/**
 * The exempt groups a baby can belong to: a family receiving medical assistance, a household newly
 * moved in, a return from abroad. The others (released from prison, clergy, graduates, a soldier's
 * family member without a job) are about adults, so a baby is not offered them (X2).
 */
export const BABY_EXEMPT_GROUPS: ReadonlySet<ExemptGroup> = new Set<ExemptGroup>(['medicalAid', 'newResident', 'returnedFromAbroad']);

/** The groups to offer: those the rules name, and for a baby only those a baby can belong to. */
export function offeredGroups(relevance: QuestionRelevance, baby: boolean): ExemptGroupRelevance[] {
  return baby ? relevance.exemptGroups.filter((g) => BABY_EXEMPT_GROUPS.has(g.group)) : relevance.exemptGroups;
}

/** Nothing loaded yet: no new question is asked. */
export const NO_RELEVANCE: QuestionRelevance = questionRelevance([], []);

/** The answers so far that decide whether a question the rules can use makes sense to ask. */
export interface QuestionFacts {
  scheme: 'resident' | 'employee' | 'flexible';
  newborn: boolean;
  /** A valid date of birth has been given. */
  hasBirthDate: boolean;
  /** The exempt group chosen, if any. */
  exemptGroup: ExemptGroup | undefined;
  /** Employee schemes: the cover before the payment (absent: employee months). A move between cities (S5 ①) moves employee cover only. */
  employeePrior?: 'employee' | 'resident' | 'none' | undefined;
  /** Flexible workers: the person said an employer paid the employee cover before (E3a's tiers then apply). */
  employerPaid?: boolean | undefined;
}

export interface ShownQuestions extends Record<NewQuestion, boolean> {
  /** The date of the event an exempt group's time limit counts from. */
  exemptSince: boolean;
  /** Whether the person was newly added to the group (动态新增), where a rule for it exempts only them. */
  exemptNewlyAdded: boolean;
}

/**
 * Whether the circumstances step asks its resident-scheme questions (a newborn, the exempt groups,
 * the critical-illness bonus): newborns (X1), the exempt groups (X2) and the bonuses (B1-B4) are
 * rules of the resident scheme, in every region, and a payment into the employee scheme (as an
 * employee or a flexible worker) reads none of them (E1-E3a). A switch back to the resident
 * scheme is a resident payment: chosen as the scheme, it asks them again.
 */
export function asksResidentCircumstances(scheme: QuestionFacts['scheme']): boolean {
  return scheme === 'resident';
}

/**
 * Which questions to show: those the rules can use, for the people they are about. Exempt
 * groups (for a baby, only those a baby can belong to), university entrants, premium tiers and
 * newborns are resident-scheme rules; a move between cities (E1, and before a city's tiers for
 * flexible workers after an employer, E3a) is about employee cover; who
 * paid the earlier cover is asked of flexible workers (E3a); the newborn questions follow a date
 * of birth; whether the person was newly added to a group, where a rule for it exempts only them.
 */
export function shownQuestions(relevance: QuestionRelevance, facts: QuestionFacts): ShownQuestions {
  const can = (q: NewQuestion) => relevance.questions[q] !== 'never';
  const resident = asksResidentCircumstances(facts.scheme);
  const baby = resident && facts.newborn && facts.hasBirthDate;
  const groups = offeredGroups(relevance, baby);
  const exemptGroup = resident && groups.length > 0;
  return {
    exemptGroup,
    exemptSince: exemptGroup && groups.some((g) => g.group === facts.exemptGroup && g.timeLimited),
    exemptNewlyAdded: exemptGroup && groups.some((g) => g.group === facts.exemptGroup && g.newlyAddedOnly !== 'never'),
    universityEntrant: resident && !facts.newborn && can('universityEntrant'),
    subsidisedNewborn: baby && can('subsidisedNewborn'),
    parentInsured: baby && can('parentInsured'),
    newbornRegistrationDate: baby && can('newbornRegistrationDate'),
    // Also where a city's tiers for flexible workers after an employer (E3a) give way to a move's rule (S5).
    movedRegion: !resident && (facts.employeePrior ?? 'employee') === 'employee' && (can('movedRegion') || (facts.scheme === 'flexible' && facts.employerPaid === true && can('paidBy'))),
    paidBy: facts.scheme === 'flexible' && can('paidBy'),
    premiumTier: resident && can('premiumTier') && relevance.premiumTiers.length > 1,
  };
}

/**
 * A baby's year of birth where the payment pays for it (the year whose premium a newborn rate
 * prices, R1c), else null. Only the resident scheme enrols a newborn.
 */
export function paidBirthYear(scheme: QuestionFacts['scheme'], birthYear: number | null, payment: { years: readonly number[] }): number | null {
  return asksResidentCircumstances(scheme) && birthYear !== null && payment.years.includes(birthYear) ? birthYear : null;
}

/** The benefit years the person's payment touches: the ones it is for, and the year it is made. */
export function yearsOfPayment(payment: { date: string; years: readonly number[] }): number[] {
  const year = Number(payment.date.slice(0, 4));
  return [...new Set([...payment.years, ...(Number.isSafeInteger(year) ? [year] : [])])];
}
