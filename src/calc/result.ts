// What the calculator returns: plain data with rule ids. The UI turns ids into words.
import type { IsoDate, IsoMonth } from './dates';
import type { ParamKey } from './pack-schema';

export type RuleId =
  | 'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'R6' | 'R7' | 'R8' | 'R9' | 'R10' | 'R11'
  | 'E1' | 'E2' | 'E3' | 'E4'
  | 'X1' | 'X2' | 'X3'
  | 'B1' | 'B2' | 'B3' | 'B4'
  | 'I1' | 'I2' | 'I3' | 'I4' | 'I5' | 'I6' | 'I7'
  | 'R1a' | 'R1b' | 'R1c' | 'R12' | 'E3a';

export type TraceValue = number | string | boolean | null;

/** One step of the explanation: which rule, with which numbers, from which pack and sources. */
export interface TraceStep {
  rule: RuleId;
  /** Sub-case of the rule, e.g. "inWindow"; selects the sentence the UI shows. */
  step: string;
  /** The most specific pack any of the step's values came from (the region's own over a fallback). */
  packId: string;
  /** Every pack the step's values came from, most specific first (packId first, national last). */
  packIds: string[];
  /**
   * Those of `packIds` whose value here was one regional variant of several (§8), not a rule the
   * pack sets for everyone: under a range the steps follow one case, so the UI says so. Absent
   * where none was.
   */
  variantPackIds?: string[];
  /**
   * Those of `variantPackIds` that also gave a value here that every region shares (R3's 3 months,
   * read with a wait unit that differs): the UI names them as well. Absent where none did.
   */
  mixedPackIds?: string[];
  sources: string[];
  params: Record<string, TraceValue>;
}

export type NoteKind = 'unconfirmed' | 'interpretation' | 'regional' | 'fallback';

/** Shown next to what it affects: every interpretation or unconfirmed point that mattered. */
export interface Note {
  id: string;
  kind: NoteKind;
  rule: RuleId;
  affects: 'restoration' | 'wait' | 'lapse' | 'status' | 'cost' | 'bonus' | 'options' | 'cover';
  sources: string[];
  params: Record<string, TraceValue>;
  /**
   * Present (true) where the note is about one regional variant's value (§8) that a run chose where
   * the variants disagreed: it matters only where that value changed an answer (a range's
   * condition, days of cover that depend on the region), and is dropped elsewhere.
   */
  variant?: true;
  /**
   * Present (true) where the data show that this point changes no date or amount shown for this
   * person: the step that read it would have given the same answer without it (lapses before 2025
   * not counted, where the year before them was covered anyway), or it was read only under
   * regional values that give the same dates as the others (a day-based reading, where counting in
   * days or months gives the same days). The screen shows such notes apart, never drops them.
   * Absent wherever that is not shown, so a note is kept beside the answer by default.
   */
  changesNothing?: true;
}

export interface Warning {
  id:
    | 'noCoverInYear'
    /** R1b: the year paid for no longer took payments; params: year, and nextYear (paid with it) or later (true: a later payment follows it). */
    | 'lateEnrolmentClosed'
    | 'exemptGroupTooLate'
    | 'paysForNothing'
    | 'repairRemovesNothing'
    | 'backPayGapForRetroactiveCover'
    | 'newbornAfterWindow'
    /** X1: the next year's premium in a newborn's payment was paid after that year's window; params: birthYear, year, coverStart. */
    | 'newbornNextYearWaits'
    /** §8.6: a payment's benefit year has no window in the region's packs; params name the last one they have. */
    | 'windowNotKnown'
    /** R1c: a planned payment or an option falls before the day the full premium applies. */
    | 'fullPremiumFrom'
    /** E2/X3: a resident payment after a year marked as employee cover without months, too long after its December for the switching rules. */
    | 'employeeMonthsUnknown'
    /** E3 on a switch: a year marked as employee cover without months, taken to run up to the payment; had it ended earlier, a switch wait may apply. Params: lastYear, maxMonths. */
    | 'employeeMonthsUnknownWait'
    /**
     * E2/X3: no wait after a switch that rests on years marked as employee cover without months,
     * each taken as a whole year (its two years of cover, or its end in December). Params:
     * requiredYears, maxMonths.
     */
    | 'employeeMonthsAssumed'
    /**
     * E1-E3, E3a: a flexible worker's planned payment just inside a month-count limit: paid from
     * the next month, reimbursement would restart later than the month waited. Params: lastDay,
     * nextDay, planEarliest, planLatest, laterEarliest, laterLatest, limitRule (pay-by.ts).
     */
    | 'payBy';
  params: Record<string, TraceValue>;
  /**
   * Present (true) where only some of the regional variants explored raise it (§8.2): it holds in
   * some regions, not in all. Absent where every run raises it, or the chain pins what it read.
   */
  someRegions?: true;
}

/**
 * One regional parameter a range depends on (RULES.md §8): the answer this scenario got from
 * the variants in this group, the regions known to use them and their sources. The UI words
 * it as "if your region …" from `param` and `answer`.
 */
export interface Condition {
  param: ParamKey;
  /** The benefit year of the value asked (the entry's first year for values that carry forward). */
  year: number;
  /** What the rule asked of the value, e.g. "window" / "afterWindow" or the value itself. */
  answer: string;
  regions: string[];
  /**
   * Regions whose own rules we read as using this value (their packs take it as an interpretation):
   * named for it "as we read their rules", never as stating it. Absent where none.
   */
  readRegions?: string[];
  /**
   * Regions known to use another value of this parameter that year: never named for an outcome
   * that needs this one, even where another of its conditions names them. Absent where none.
   */
  elsewhere?: string[];
  sources: string[];
  /**
   * The variants of the parameter's regional entry this answer stands for (their places in its
   * list). One answer can stand for different variants where different rules ask it: a day-based
   * wait reads a month-start convention as the same day ("sameDay" then holds the "monthStart"
   * variants too), a month-based one does not. What the conditions of a range can be simplified
   * to depends on the variants, not on the words (range-lines.ts). Absent in conditions made by hand.
   */
  variants?: number[];
}

/** An answer the variants give, and the alternative sets of conditions that lead to it. */
export interface RangeOutcome {
  restoration: SingleRestoration;
  /**
   * Each inner list holds together; any one list leads to this outcome. Every way up to
   * MAX_OUTCOME_WAYS (257, merge-restorations.ts), then only ways that name a condition no kept
   * way names: past 256 the explanation names the rules rather than the ways, and every rule,
   * answer and source is still here.
   */
  when: Condition[][];
  /**
   * Present (true) where some ways to this outcome were dropped before they reached it: a long
   * history reaches some outcomes in more ways than are kept per payment (explore-payments.ts,
   * MAX_WHENS), so the lists say how it can come about, not every how, and may not name every
   * rule or region. Absent otherwise.
   */
  incomplete?: true;
}

export type SingleRestoration =
  | { kind: 'date'; date: IsoDate }
  /** The wait ends in a year that is not paid: no cover unless that year is paid too. */
  | { kind: 'needsNextYear'; date: IsoDate; year: number }
  /** R1b: late enrolment is closed; this payment buys no cover in `year`. */
  | { kind: 'noCover'; year: number };

export type Restoration =
  | SingleRestoration
  /**
   * The chosen packs leave a value this scenario reads to the region (§8): the distinct
   * outcomes over every known variant, earliest first (a no-cover outcome last).
   * `earliest`/`latest` span the dated outcomes; `noCoverPossible` if some variant gives none.
   */
  | { kind: 'range'; earliest: IsoDate; latest: IsoDate; noCoverPossible: boolean; outcomes: RangeOutcome[] };

/** A waiting period; its lengths are in `unit` (R3: months, or days where the region counts days). */
export interface WaitingPeriod {
  start: IsoDate;
  /** Last day without cover; null where the end is a range. */
  end: IsoDate | null;
  unit: 'months' | 'days';
  fixed: number;
  variable: number;
  /** The variable part before repair. */
  variableBeforeRepair: number;
  repairRemoved: number;
  total: number;
  /** Repair years that would actually shorten the wait (R5); more buys nothing. */
  usefulRepairYears: number;
}

/**
 * What a stretch of days is: cover (resident or employee scheme, restored, retroactive), a lapse,
 * a waiting period, "depends on your region", or 'beforeCover': paid, with cover starting on a
 * later day by a rule that sets no waiting period (E1, E2, E3a months 4-6).
 */
export type PeriodKind = 'covered' | 'employeeCovered' | 'lapse' | 'waiting' | 'restored' | 'retroactive' | 'uncertain' | 'beforeCover';

export interface Period {
  kind: PeriodKind;
  from: IsoDate;
  /** Inclusive; null where cover simply goes on (employee scheme). */
  to: IsoDate | null;
  /** Employee cover whose first month was not given (EmployeePeriod.fromUnknown): `from` is not its start. */
  fromUnknown?: boolean;
  /**
   * A waiting period that holds only where the region still accepted payments for this benefit
   * year on the day of the payment (RULES.md R1b): where it no longer did, the payment bought no
   * cover that year and there is no wait. The year; absent on a wait that holds in every region.
   */
  ifAcceptedFor?: number;
}

export interface EnrolmentResult {
  paymentIndex: number;
  scheme: 'resident' | 'employee' | 'flexible';
  paymentDate: IsoDate;
  years: number[];
  restoration: Restoration;
  waiting: WaitingPeriod | null;
  lapse: { years: number[] } | { months: { from: IsoMonth; to: IsoMonth }; count: number } | null;
  /**
   * Present where the regional variants count different lapse years for this payment (§8.2: a
   * year paid late counts as covered in some regions only): the fewest and most years any variant
   * counts, and every year one of them counts. `lapse` is then the most cautious run's.
   */
  lapseRange?: { min: number; max: number; years: number[] };
  retroactive: { from: IsoDate; to: IsoDate } | null;
  /** Benefit years this payment actually covers, with their benefit periods. */
  coveredYears: { year: number; from: IsoDate; to: IsoDate }[];
  benefitPeriodEnd: IsoDate | null;
  /**
   * Present where this payment may or may not also cover these days, beyond `coveredYears`: the
   * regional variants differ (§8.2: 海南 covers a newborn's next year, most regions do not). Drawn
   * as "depends on your region", never as cover.
   */
  uncertainCover?: { from: IsoDate; to: IsoDate };
  /**
   * Present where the regional variants agree on the first covered day but not on when a later
   * year paid starts (§8.2: a newborn's next-year premium, covered from 1 January where it was paid
   * in that year's window, after a wait elsewhere): from the earliest start any run gives to the
   * day before the start shown (`coveredYears`, the most cautious). Drawn as "depends on your
   * region"; the wait shown then ends with it (`waiting.end` null).
   */
  partlyCovered?: { from: IsoDate; to: IsoDate };
  /**
   * Present where some regional variants cover these days retroactively and the run shown does
   * not (E1 within one region: 武汉 covers back-paid gap months, 青岛 does not, §8.2). Information
   * for the screens only: the periods and status do not read it.
   */
  maybeRetroactive?: { from: IsoDate; to: IsoDate };
  exemption: 'newborn' | 'newbornLate' | 'newbornSubsidised' | 'lowIncome' | 'veteran' | 'switch' | 'yearEndSwitch' | 'exemptGroup' | 'universityEntrant' | null;
  /** R1c: what this payment costs per benefit year, where the pack knows the premium. */
  premium: { yuan: number; full: boolean; tier: string } | null;
}

export type Status = 'covered' | 'lapsed' | 'waiting' | 'paidNotYetCovered' | 'uncertain';

/**
 * R5 under regional values (§8): how many of the repair years an option adds to the person's own
 * plan shorten the wait, and the regional values under which that many do. Each run of the plan
 * knows its own useful repair years (WaitingPeriod.usefulRepairYears): a year beyond them, or one
 * the plan's own repair years already used, removes no waiting there.
 */
export interface RepairHelp {
  /** Of the years the option adds, how many shorten the wait; 0: the option buys no earlier date there. */
  years: number;
  /**
   * Each inner list holds together; any one list leads here (as RangeOutcome.when, with the same
   * bound: past MAX_OUTCOME_WAYS only ways that name a condition or region no kept way names).
   */
  when: Condition[][];
  /** Present (true) where `when` does not hold every way here (as RangeOutcome.incomplete). */
  incomplete?: true;
}

export interface OptionResult {
  /** 'noBackPay': a flexible worker's plan without the back-payment it makes, where that buys nothing (E3, E3a). */
  kind: 'payToday' | 'nextWindow' | 'repair' | 'backPay' | 'noBackPay';
  paymentDate: IsoDate;
  years: number[];
  repairYears: number;
  /**
   * Under regional values a range, shown as earliest to latest: each of its outcomes carries
   * the conditions of one way to reach it, not of every way.
   */
  restoration: Restoration;
  /**
   * Years (resident) or months (employee) of premium beyond what the person's own payment pays,
   * benefit years and repair years alike; negative where the option pays fewer (a saving).
   */
  extraPremiumYears: number;
  /**
   * Yuan beyond the person's own payment (negative: a saving): the difference of the two whole
   * payments where both are priced (so the same number of years can still cost more or less:
   * another year's standard, the full premium after its date). Null where the pack does not know
   * a standard it needs (R1c), or the same number of years cannot be priced on both sides.
   */
  extraCostYuan: number | null;
  /** The cost of the whole payment (every year paid, repair years included), where known. */
  costYuan: number | null;
  /** The same restoration as the person's own plan: the option changes no date. */
  sameAsPlan: boolean;
  /** Paid on top of the payment already made (that payment alone restores no date), not instead of it. */
  onTop?: true;
  /**
   * A newborn's payment of several years (X1): the first later year this option covers sooner than
   * the plan does, in every region (paid in that year's window rather than after it: 1 Jan instead
   * of after a wait). Its first covered day and the plan's, each the span regions give (one day: equal ends).
   */
  laterYearSooner?: { year: number; from: DaySpan; plan: DaySpan };
  /**
   * A newborn's plan covered from birth (X1), with the next benefit year added, paid on the plan's
   * own day in that year's window: `year` is then covered in every region, from `from` (the span
   * regions give), where the plan alone leaves it unpaid or to the region (海南 and 兵团 cover it,
   * others do not). The first covered day, the birth, is the plan's: the gain is that year.
   * `windowOpen`: the region's own packs state that year's window open on the day (otherwise
   * "if your region's window is already open").
   */
  addsNextYear?: { year: number; from: DaySpan; windowOpen: boolean };
  /**
   * Employee scheme: the option back-pays the missed months (E1), where the person's own plan does
   * not: paying earlier can bring the gap within the 3 months that may be back-paid.
   */
  backPay?: true;
  /**
   * Employee scheme: the option leaves out the back-payment of the missed months that the
   * person's own plan makes, as it would buy nothing (after a gap of more than 3 months, E3; 武汉
   * from the 4th month since the employer stopped, E3a): the same days, the gap's months not paid.
   */
  noBackPay?: true;
  /** A next-window option whose window some regions open only after its payment date (§8.5): it is open there, not everywhere. */
  opensLater?: true;
  /**
   * A next-window option whose window the region's own packs state and is open on its payment
   * date (freshness.ts windowKnownOpen): only then is it "in its enrolment window" as a fact;
   * otherwise "if your region's window is open then".
   */
  windowOpen?: true;
  /**
   * R1c: a year the person's own plan pays on or after the day this person's full premium starts,
   * that this option pays before it, at the personal contribution (湖南 2026: to 31 January, then
   * the full ¥1,100, P-HN1): the last day at that rate and the full amount the plan pays. Set even
   * where the packs do not know the personal amount, so the option's cost cannot be given in yuan.
   */
  fullPremiumAvoided?: { year: number; lastDay: IsoDate; fullYuan: number };
  /**
   * Benefit years the person's own plan pays, and may give cover in, that this option does not
   * pay: what it saves costs that cover. Such an option is never "lowest cost" without saying so.
   */
  givesUpYears?: number[];
  /**
   * A repair option with more repair years than the plan, where the regional values disagree on
   * how many of them shorten the wait (RepairHelp): one entry per count, most first; the first is
   * every added year. Absent where each added year shortens the wait under every value explored,
   * and always under a chain that pins what the wait reads (one run).
   */
  repairHelp?: RepairHelp[];
}

export interface BonusEstimate {
  year: number;
  continuityYuan: number;
  noClaimYuan: number;
  upliftYuan: number;
  capped: boolean;
  originalCapYuan: number;
  capWithBonusYuan: number;
  consecutiveYears: number;
  stepYuan: number;
  stepIsMinimum: boolean;
  /** Uncovered years since the person was first covered (B4). */
  lapseYears: number;
  /** B4: the cut to the cap for those lapse years, in yuan; null where the region may lower it but states no amount. */
  lapseCutYuan: number | null;
  /**
   * B2 (山东, 云南, 西藏): the no-claim years the person ticked that earn nothing because the year
   * after each has no cover and the rules count a no-claim year only with the next year paid
   * (`year`: the no-claim year; `year + 1` is the year without cover), earliest first. Empty where
   * none. `regional`: that rule is one region's answer under the chain (§8), so the card says "in
   * some regions".
   */
  noClaimNeedsNextYear: { years: number[]; regional: boolean };
  /**
   * §8: where regional values decide which years were covered (a year paid late, accepted in some
   * regions only), the least and the most of each amount in yuan, over every way the payments can
   * have gone; the amounts above are those of the run explained. Absent where every way agrees.
   * `capped`: whether B3's limit cut the uplift in every way ('all') or in some only ('some');
   * absent where in none.
   */
  spread?: { continuityYuan: YuanSpan; noClaimYuan: YuanSpan; upliftYuan: YuanSpan; capWithBonusYuan: YuanSpan; lapseCutYuan?: YuanSpan; capped?: 'all' | 'some' };
}

/** The least and the most of an amount, in yuan. */
export type YuanSpan = readonly [number, number];

export interface EnrolmentWindowDates {
  year: number;
  start: IsoDate;
  end: IsoDate;
  extendedEnd: IsoDate | null;
}

/**
 * A window whose dates the chain pins (the main payment's, the next one, or any year's asked for
 * by the screens), and whether its start is one the region stated.
 */
export interface ResultWindow extends EnrolmentWindowDates {
  /**
   * Whether the region's own packs state this window's start (freshness.ts windowStartStated):
   * the national pack's start is only the typical day (R1, an interpretation), which no region
   * announced, so a screen must not show it as a date or an event ("when your region opens it").
   * The end is the region's own wherever the window is pinned at all.
   */
  startStated: boolean;
}

export interface Result {
  scenarioVersion: number;
  asOf: IsoDate;
  pack: { id: string; version: string; lastChecked: string; chain: string[] };
  /** The payment being asked about (the last one). */
  main: EnrolmentResult;
  /** One per payment, in order; earlier ones explain earlier cover. */
  enrolments: EnrolmentResult[];
  status: Status;
  periods: Period[];
  /** The enrolment window of the payment's first benefit year; null where it is regional. */
  window: ResultWindow | null;
  /**
   * The next window that has not closed on the "as of" date, for reminders; null where it is
   * regional. Its `start` may be only the typical day: shown only where `startStated`.
   */
  nextWindow: ResultWindow | null;
  warnings: Warning[];
  notes: Note[];
  trace: TraceStep[];
  options: OptionResult[];
  bonus: BonusEstimate | null;
  /**
   * The regional parameters (RULES.md §8) that made this answer a range, each once, with the
   * outcomes in `main.restoration`, and those that make some days of the main payment's cover
   * depend on the region (`main.uncertainCover`); empty when the chosen packs pin everything it read.
   */
  regional: { param: ParamKey; year: number }[];
}

export interface ValidationError {
  path: (string | number)[];
  /** i18n key under "errors.", e.g. "date.invalid". */
  key: string;
}

export type CalculationOutcome = { ok: true; result: Result } | { ok: false; errors: ValidationError[] };

/** The first and last of the days regions give for one thing (ISO dates); equal where every region gives one day. */
export interface DaySpan {
  earliest: string;
  latest: string;
  /**
   * How many distinct days the regions give (1 where the ends are equal): the days are the runs'
   * own, not every day between the ends, so two are "one or the other", not "a day between".
   */
  days: number;
}
