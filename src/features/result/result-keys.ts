// Typed views of the locale groups the calculator's ids map into, so the UI can only ask
// for sentences that exist (a test checks every id the engine emits has one).
import type { TraceStep, Warning } from '../../calc';
import type en from '../../i18n/locales/en.json';

type Locale = typeof en;
type Leaves<T, P extends string> = { [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`> }[keyof T & string];

export type NoteKey = Leaves<Locale['notes'], 'notes.'>;
export type WarningKey = Leaves<Locale['warnings'], 'warnings.'>;
export type ErrorKey = Leaves<Locale['errors'], 'errors.'>;
export type TraceKey = Leaves<Locale['trace'], 'trace.'>;

export const noteKey = (id: string) => `notes.${id}` as NoteKey;
export const warningKey = (id: string) => `warnings.${id}` as WarningKey;

/** Warnings whose advice reads differently once the money has arrived ("you paid", not "ask before you pay"). */
const MADE_WORDING = new Set<Warning['id']>(['noCoverInYear', 'paysForNothing', 'lateEnrolmentClosed', 'repairRemovesNothing', 'backPayGapForRetroactiveCover', 'newbornNextYearWaits']);

/**
 * The sentence a warning is shown with: a full-premium warning without the personal amount
 * reads differently, and so does advice about a payment already made (`made`).
 */
export function warningTextKey(w: Pick<Warning, 'id' | 'params'>, made = false): WarningKey {
  if (w.id === 'fullPremiumFrom' && w.params.personalYuan === null) return 'warnings.fullPremiumFromNoPersonal';
  // Repair years none of which shortens the wait: "none of it", not "only 0 years".
  if (w.id === 'repairRemovesNothing' && w.params.useful === 0) return made ? 'warnings.repairRemovesNothingNoneMade' : 'warnings.repairRemovesNothingNone';
  // A payment that also paid the next year: that year's premium still counts, so no "pay in the next window".
  // An earlier payment, with a later one after it: named by its date, without "pay in the next window"
  // nor "the date above" (the last payment's). Always made: only the last payment may be planned
  // (validateScenario's payments.onlyLastPlanned, payment-checks.ts).
  if (w.id === 'lateEnrolmentClosed' && w.params.later === true) return typeof w.params.nextYear === 'number' ? 'warnings.lateEnrolmentClosedNextYearEarlierMade' : 'warnings.lateEnrolmentClosedEarlierMade';
  if (w.id === 'lateEnrolmentClosed' && typeof w.params.nextYear === 'number') return made ? 'warnings.lateEnrolmentClosedNextYearMade' : 'warnings.lateEnrolmentClosedNextYear';
  // A payment that costs nothing (free: a 湖南 newborn with a parent insured): no "ask before
  // you pay", nor "the money you paid" once made.
  if (w.id === 'paysForNothing' && w.params.free === true) return made ? 'warnings.paysForNothingFreeMade' : 'warnings.paysForNothingFree';
  // A year enrolled free of charge (a newborn's year of birth): the child is enrolled for it, no premium is paid.
  if (w.id === 'noCoverInYear' && w.params.free === true) return made ? 'warnings.noCoverInYearFreeMade' : 'warnings.noCoverInYearFree';
  // Pay by the month's end (E1-E3, E3a): dates where both answers are one day, the latest days where either is a span.
  // "The gap will be longer" only where the plan leaves one already; cover paid to the month before
  // the plan's (gapMonths 0) gets one only by waiting (NewGap), and none either way where a resident
  // year still covers the plan's month (NoGap: only the switch's wait differs).
  if (w.id === 'payBy') {
    const span = w.params.planEarliest !== w.params.planLatest || w.params.laterEarliest !== w.params.laterLatest;
    const gap = w.params.gapMonths === 0 ? (w.params.laterGapMonths === 0 ? 'NoGap' : 'NewGap') : '';
    return `warnings.payBy${span ? 'Span' : ''}${gap}` as WarningKey;
  }
  if (made && MADE_WORDING.has(w.id)) return `warnings.${w.id}Made` as WarningKey;
  return warningKey(w.id);
}
/** The newborn rules (X1) asked with the baby's birth year (exemptions.ts), not a benefit year paid (newborn.exemptYears is). */
const BORN_PARAMS = new Set(['newborn.dayCount', 'newborn.afterWindow', 'newborn.coversNextYear', 'newborn.enrolWithin']);

/**
 * Whether a regional parameter is read for the calendar year of an employee-scheme payment (E1-E3,
 * E3a: that scheme pays by the month, with no benefit years), not for a benefit year.
 */
export function calendarYearParam(param: unknown): boolean {
  return typeof param === 'string' && (param.startsWith('employee.') || param.startsWith('flexible.') || param === 'switch.shortGapWithoutTwoYears');
}

/** Whether a regional parameter's year is the baby's birth year. */
export function bornParam(param: unknown): boolean {
  return typeof param === 'string' && BORN_PARAMS.has(param);
}
export const errorKey = (key: string) => `errors.${key}` as ErrorKey;
export const traceKey = (rule: string, step: string) => `trace.${rule}.${step}` as TraceKey;

/**
 * The sentence a trace step is shown with. A few steps read differently when a value is
 * missing: a window whose end is regional (and the payment reads as made or planned), an exempt group's event with no date, a wait of no
 * months; every other step is `trace.<rule>.<step>`.
 */
export function stepKey(s: Pick<TraceStep, 'rule' | 'step' | 'params'>): TraceKey {
  const { rule, step, params } = s;
  // The payment is worded in the tense of the as-of date: made ("You paid") or planned.
  if (rule === 'R1' && step !== 'beforeWindow') return `trace.R1.${step}${params.everywhere === true ? 'Everywhere' : params.notAnnounced === true ? 'NotAnnounced' : params.end === null ? 'Regional' : typeof params.extendedEnd === 'string' ? 'AfterExtension' : ''}${params.made === true ? 'Made' : ''}` as TraceKey;
  // A wait carried into a year the person has paid, or only plans to pay, for.
  if (rule === 'R8' && step === 'continuesWait' && params.made === true) return 'trace.R8.continuesWaitMade';
  if (rule === 'X2' && step === 'groupTooLate' && params.since === null) return 'trace.X2.groupTooLateNoDate';
  // The exemption without its first day, where the region's start day says it in the next step (exemptions.ts exemptStart).
  if (params.dayFollows === true) return `trace.${rule}.${step}NoDay` as TraceKey;
  if (rule === 'X2' && step === 'groupNotNewlyAdded' && params.answered === false) return 'trace.X2.groupNotNewlyAddedUnanswered';
  // R1b names the last day payments were taken where the rules give it, in the tense of the payment (made or planned).
  if (rule === 'R1b' && step === 'closed' && typeof params.lastDay === 'string') return params.made === true ? 'trace.R1b.closedOnMade' : 'trace.R1b.closedOn';
  // One lapse year is named, not given as a span from it to itself.
  if (rule === 'R10' && step === 'lapsed' && params.from === params.to) return 'trace.R10.lapsedOneYear';
  // Born in or after the year counting starts: continuity since birth, not "years from 2025 on" beside a 2026 baby.
  if (rule === 'R10' && step === 'continuous' && typeof params.birthYear === 'number') return 'trace.R10.continuousSinceBirth';
  // A newborn rule's year is the birth year: "(for babies born in 2026)", not a bare year beside "the next year".
  if (rule === 'I6' && step === 'regional' && bornParam(params.param)) return 'trace.I6.regionalBorn';
  if (rule === 'I6' && step === 'regional' && calendarYearParam(params.param)) return 'trace.I6.regionalYear';
  // Repair said as it applies here: none in the payment ("up to N would help"), or none that could help, not "0 years … removes 0 months".
  if (rule === 'R5' && params.useful === 0) return `trace.R5.${step}NoUse` as TraceKey;
  if (rule === 'R5' && params.repairYears === 0) return `trace.R5.${step}NoRepair` as TraceKey;
  if (rule === 'E3' && step === 'fixed') {
    // Said for the reason it applies: "a longer gap" only where the gap is longer.
    const why = params.why === 'notBackPaid' ? 'NotBackPaid' : params.why === 'firstEnrolment' ? 'FirstEnrolment' : params.why === 'ordinary' ? 'Ordinary' : '';
    return `trace.E3.${params.months === 0 ? 'fixedNone' : 'fixed'}${why}` as TraceKey;
  }
  // A switch to the resident scheme after a longer gap: the region's wait, none, or one the ordinary wait outlasts.
  if (rule === 'E3' && step === 'switchWait') return `trace.E3.${params.months === 0 ? 'switchWaitNone' : params.ordinary === true ? 'switchWaitOrdinary' : 'switchWait'}` as TraceKey;
  return traceKey(rule, step);
}
/**
 * The sentence a step is shown with where its value was one regional variant (§8): a sentence
 * that says "your region …" has an `IfRegion` twin ("if your region …"), as the region's packs
 * do not pin that value. `has` says whether a key has a sentence.
 */
export function shownStepKey(s: Pick<TraceStep, 'rule' | 'step' | 'params' | 'variantPackIds'>, has: (key: string) => boolean): TraceKey {
  const key = stepKey(s);
  const conditional = `${key}IfRegion`;
  return s.variantPackIds && has(conditional) ? (conditional as TraceKey) : key;
}
export type RegionalKey = Leaves<Locale['regional'], 'regional.'>;

/** Words for the values trace steps, notes and warnings carry (tiers, groups, cover starts). */
export const wordKey = (kind: 'tier' | 'group' | 'coverStart', value: string) => `regional.words.${kind}.${value}` as RegionalKey;
