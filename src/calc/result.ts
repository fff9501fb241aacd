// What the calculator returns: plain data with rule ids. The UI turns ids into words.
import type { IsoDate, IsoMonth } from './dates';

export type RuleId =
  | 'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'R6' | 'R7' | 'R8' | 'R9' | 'R10' | 'R11'
  | 'E1' | 'E2' | 'E3' | 'E4'
  | 'X1' | 'X2' | 'X3'
  | 'B1' | 'B2' | 'B3' | 'B4'
  | 'I1' | 'I2' | 'I3' | 'I4' | 'I5';

export type TraceValue = number | string | boolean | null;

/** One step of the explanation: which rule, with which numbers, from which pack and sources. */
export interface TraceStep {
  rule: RuleId;
  /** Sub-case of the rule, e.g. "inWindow"; selects the sentence the UI shows. */
  step: string;
  packId: string;
  sources: string[];
  params: Record<string, TraceValue>;
}

export type NoteKind = 'unconfirmed' | 'interpretation' | 'regional' | 'fallback';

/** Shown next to what it affects: every interpretation or unconfirmed point that mattered. */
export interface Note {
  id: string;
  kind: NoteKind;
  rule: RuleId;
  affects: 'restoration' | 'wait' | 'lapse' | 'status' | 'bonus' | 'options' | 'cover';
  sources: string[];
  params: Record<string, TraceValue>;
}

export interface Warning {
  id:
    | 'noCoverInYear'
    | 'paysForNothing'
    | 'repairRemovesNothing'
    | 'backPayGapForRetroactiveCover'
    | 'newbornAfterWindow';
  params: Record<string, TraceValue>;
}

export type Restoration =
  | { kind: 'date'; date: IsoDate }
  /** The pack leaves the number to the region: anything in [earliest, latest]. */
  | { kind: 'range'; earliest: IsoDate; latest: IsoDate; reason: RuleId }
  /** The wait ends in a year that is not paid: no cover unless that year is paid too. */
  | { kind: 'needsNextYear'; date: IsoDate; year: number };

export interface WaitingPeriod {
  start: IsoDate;
  /** Last day without cover; null where the end is a range. */
  end: IsoDate | null;
  fixedMonths: number;
  variableMonths: number;
  /** Variable months before repair. */
  variableMonthsBeforeRepair: number;
  repairMonthsRemoved: number;
  totalMonths: number;
  /** Repair years that would actually remove a month (R5); more buys nothing. */
  usefulRepairYears: number;
}

export type PeriodKind = 'covered' | 'employeeCovered' | 'lapse' | 'waiting' | 'restored' | 'retroactive' | 'uncertain';

export interface Period {
  kind: PeriodKind;
  from: IsoDate;
  /** Inclusive; null where cover simply goes on (employee scheme). */
  to: IsoDate | null;
}

export interface EnrolmentResult {
  paymentIndex: number;
  scheme: 'resident' | 'employee' | 'flexible';
  paymentDate: IsoDate;
  years: number[];
  restoration: Restoration;
  waiting: WaitingPeriod | null;
  lapse: { years: number[] } | { months: { from: IsoMonth; to: IsoMonth }; count: number } | null;
  retroactive: { from: IsoDate; to: IsoDate } | null;
  /** Benefit years this payment actually covers, with their benefit periods. */
  coveredYears: { year: number; from: IsoDate; to: IsoDate }[];
  benefitPeriodEnd: IsoDate | null;
  exemption: 'newborn' | 'lowIncome' | 'veteran' | 'switch' | null;
}

export type Status = 'covered' | 'lapsed' | 'waiting' | 'paidNotYetCovered' | 'uncertain';

export interface OptionResult {
  kind: 'payToday' | 'nextWindow' | 'repair' | 'backPay';
  paymentDate: IsoDate;
  years: number[];
  repairYears: number;
  restoration: Restoration;
  /** Years (resident) or months (employee) of premium beyond what the person already plans. */
  extraPremiumYears: number;
  /** Null where the pack does not know the contribution standard. */
  extraCostYuan: number | null;
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
}

export interface EnrolmentWindowDates {
  year: number;
  start: IsoDate;
  end: IsoDate;
  extendedEnd: IsoDate | null;
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
  /** The enrolment window of the payment's first benefit year. */
  window: EnrolmentWindowDates | null;
  /** The next window that has not closed on the "as of" date, for reminders. */
  nextWindow: EnrolmentWindowDates | null;
  warnings: Warning[];
  notes: Note[];
  trace: TraceStep[];
  options: OptionResult[];
  bonus: BonusEstimate | null;
}

export interface ValidationError {
  path: (string | number)[];
  /** i18n key under "errors.", e.g. "date.invalid". */
  key: string;
}

export type CalculationOutcome = { ok: true; result: Result } | { ok: false; errors: ValidationError[] };
