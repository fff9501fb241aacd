// The rules-v2 questions of the circumstances step, as form values: what they hold, which are
// shown (only where the region's rules can use the answer, see question-relevance.ts), what is
// wrong with them, and what goes into the answers. Pure; step-forms.ts composes it into the
// step's form.
import * as z from 'zod/mini';
import { exemptGroupSchema, premiumTierSchema } from '../../calc';
import { isTypedDate, typedDateError } from './typed-dates';
import type { ExemptGroup, PremiumTier } from '../../calc';
import type { Answers } from './answers';
import { asksResidentCircumstances, BABY_EXEMPT_GROUPS, shownQuestions } from './question-relevance';
import type { QuestionRelevance, ShownQuestions } from './question-relevance';

export interface RegionalValues {
  /** '' for none of the groups. */
  exemptGroup: ExemptGroup | '';
  exemptSince: string;
  /** Newly added to the group (动态新增), where a rule exempts only them. */
  exemptNewlyAdded: boolean;
  universityEntrant: boolean;
  subsidisedNewborn: boolean;
  parentInsured: boolean;
  newbornRegistrationDate: string;
  movedRegion: boolean;
  /** '' for "not sure". */
  premiumTier: PremiumTier | '';
}

/** The fields' shape for the step's zod object: the choices are checked against the offered ones later. */
export const regionalShape = {
  exemptGroup: z.union([z.literal(''), exemptGroupSchema]),
  exemptSince: z.string(),
  exemptNewlyAdded: z.boolean(),
  universityEntrant: z.boolean(),
  subsidisedNewborn: z.boolean(),
  parentInsured: z.boolean(),
  newbornRegistrationDate: z.string(),
  movedRegion: z.boolean(),
  premiumTier: z.union([z.literal(''), premiumTierSchema]),
};

export function regionalValues(c: Answers['circumstances']): RegionalValues {
  return {
    exemptGroup: c.exemptGroup ?? '',
    exemptSince: c.exemptSince ?? '',
    exemptNewlyAdded: c.exemptNewlyAdded ?? false,
    universityEntrant: c.universityEntrant,
    subsidisedNewborn: c.subsidisedNewborn,
    parentInsured: c.parentInsured ?? false,
    newbornRegistrationDate: c.newbornRegistrationDate ?? '',
    movedRegion: c.movedRegion,
    premiumTier: c.premiumTier ?? '',
  };
}

/** What the rest of the step says about the person, as far as these questions care. */
export interface RegionalContext {
  scheme: Answers['scheme'];
  newborn: boolean;
  birthDate: string;
  /** Null while the rules load (or failed): nothing new is shown, earlier answers are kept. */
  relevance: QuestionRelevance | null;
  /** Employee schemes: the cover before the payment (absent: employee months). */
  employeePrior?: 'employee' | 'resident' | 'none' | undefined;
  /** Flexible workers: an employer paid the employee cover before (answered on the history step). */
  employerPaid?: boolean | undefined;
}

/** A resident-scheme baby with a whole date of birth: the questions about adults are not asked. */
export function isBaby({ scheme, newborn, birthDate }: Pick<RegionalContext, 'scheme' | 'newborn' | 'birthDate'>): boolean {
  return asksResidentCircumstances(scheme) && newborn && isTypedDate(birthDate);
}

/** The questions to show for these values; null when the rules are not known yet. */
export function shownRegional(v: RegionalValues, { scheme, newborn, birthDate, relevance, employeePrior, employerPaid }: RegionalContext): ShownQuestions | null {
  if (!relevance) return null;
  return shownQuestions(relevance, { scheme, newborn, hasBirthDate: isTypedDate(birthDate), exemptGroup: v.exemptGroup || undefined, employeePrior, employerPaid });
}

/**
 * Field name and message key of each answer that cannot be used. Only shown questions are
 * checked. A group or tier the region does not offer (an answer from before the region changed)
 * is no error: the list shows none chosen, and regionalToAnswers drops it.
 */
export function regionalProblems(v: RegionalValues, context: RegionalContext, today: string): [keyof RegionalValues, string][] {
  const shown = shownRegional(v, context);
  if (!shown) return [];
  const problems: [keyof RegionalValues, string][] = [];
  if (shown.exemptSince) {
    // Named as the field is ("Date of release"): "Enter the date." alone does not say which.
    // A baby's field is the baby's ("Date your baby came back to China"): so is its message.
    if (!v.exemptSince) problems.push(['exemptSince', v.exemptGroup ? `wizard.errors.exemptSinceRequiredFor${isBaby(context) ? 'Baby' : ''}.${v.exemptGroup}` : 'wizard.errors.exemptSinceRequired']);
    else if (!isTypedDate(v.exemptSince)) problems.push(['exemptSince', typedDateError(v.exemptSince)]);
    else if (v.exemptSince > today) problems.push(['exemptSince', 'errors.date.afterAsOf']);
    // A baby's household cannot have moved, nor the baby come back from abroad, before it was born.
    else if (isBaby(context) && v.exemptSince < context.birthDate) problems.push(['exemptSince', 'wizard.errors.exemptSinceBeforeBirth']);
  }
  if (shown.newbornRegistrationDate && v.newbornRegistrationDate) {
    if (!isTypedDate(v.newbornRegistrationDate)) problems.push(['newbornRegistrationDate', typedDateError(v.newbornRegistrationDate)]);
    else if (v.newbornRegistrationDate < context.birthDate) problems.push(['newbornRegistrationDate', 'wizard.errors.registrationBeforeBirth']);
  }
  return problems;
}

type Circumstances = Answers['circumstances'];
/** The rules-v2 part of the circumstances answers. */
export type RegionalAnswers = Pick<Circumstances, 'universityEntrant' | 'subsidisedNewborn' | 'movedRegion'> &
  Partial<Pick<Circumstances, 'parentInsured' | 'exemptGroup' | 'exemptSince' | 'exemptNewlyAdded' | 'newbornRegistrationDate' | 'premiumTier'>>;

/** The questions only the resident scheme asks, and the one only the employee schemes ask. */
const RESIDENT_ONLY: readonly (keyof ShownQuestions)[] = ['exemptGroup', 'exemptSince', 'exemptNewlyAdded', 'universityEntrant', 'subsidisedNewborn', 'parentInsured', 'newbornRegistrationDate', 'premiumTier'];

/**
 * The answers to keep: a shown question's answer (when usable), nothing for one the region's
 * rules cannot use (the person cannot see it), and while the rules are not known, whatever was
 * there before (the values start from the stored answers). An answer hidden only by the scheme
 * is kept as it is: the other scheme's questions come back, answered, if the person switches back
 * (the calculator is not given it meanwhile: to-scenario.ts).
 */
export function regionalToAnswers(v: RegionalValues, context: RegionalContext): RegionalAnswers {
  const shown = shownRegional(v, context);
  const resident = asksResidentCircumstances(context.scheme);
  const otherScheme = (q: keyof ShownQuestions) => (resident ? q === 'movedRegion' : RESIDENT_ONLY.includes(q));
  // A group the region offers but not to a baby (a baby declared after the group was chosen) is
  // kept with its date and answers, as an answer hidden by the scheme is: to-scenario.ts does not
  // give it for a baby, and it comes back if the person is not a baby after all.
  const adultGroupOfBaby =
    isBaby(context) && v.exemptGroup !== '' && !BABY_EXEMPT_GROUPS.has(v.exemptGroup) && context.relevance !== null && context.relevance.exemptGroups.some((g) => g.group === v.exemptGroup);
  const groupQuestion = (q: keyof ShownQuestions) => q === 'exemptGroup' || q === 'exemptSince' || q === 'exemptNewlyAdded';
  const keep = (q: keyof ShownQuestions) => shown === null || shown[q] || otherScheme(q) || (adultGroupOfBaby && groupQuestion(q));
  // Offered by the region: judged only where the question is asked (else kept as it was).
  const offeredGroup = !resident || !context.relevance || context.relevance.exemptGroups.some((g) => g.group === v.exemptGroup);
  const offeredTier = !resident || !context.relevance || context.relevance.premiumTiers.includes(v.premiumTier as PremiumTier);
  const group = keep('exemptGroup') && v.exemptGroup && offeredGroup ? v.exemptGroup : undefined;
  return {
    ...(group ? { exemptGroup: group } : {}),
    ...(group && keep('exemptSince') && isTypedDate(v.exemptSince) ? { exemptSince: v.exemptSince } : {}),
    // Asked: the answer either way (no is an answer, shown on the check page); not asked: none.
    ...(group && keep('exemptNewlyAdded') && (shown?.exemptNewlyAdded || v.exemptNewlyAdded) ? { exemptNewlyAdded: v.exemptNewlyAdded } : {}),
    universityEntrant: keep('universityEntrant') && v.universityEntrant,
    subsidisedNewborn: keep('subsidisedNewborn') && v.subsidisedNewborn,
    ...(keep('parentInsured') && v.parentInsured ? { parentInsured: true } : {}),
    ...(keep('newbornRegistrationDate') && isTypedDate(v.newbornRegistrationDate) ? { newbornRegistrationDate: v.newbornRegistrationDate } : {}),
    movedRegion: keep('movedRegion') && v.movedRegion,
    ...(keep('premiumTier') && v.premiumTier && offeredTier ? { premiumTier: v.premiumTier } : {}),
  };
}
