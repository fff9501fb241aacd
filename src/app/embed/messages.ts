// The widget's side of the postMessage protocol with public/embed.js. Every message goes to
// the one origin the loader named (`parentOrigin`), never to '*': a page that frames the widget
// without being that origin receives nothing.
import type { Restoration, Result, Scenario, SingleRestoration } from '../../calc';
import type { PayerAlternative } from '../../features/result/paid-by-alternative';
import { outcomesWithRegions } from '../../features/result/range-lines';
import type { HEIGHT_MESSAGE } from './frame-channel';

export const RESULT_MESSAGE = 'yibao:result';

/**
 * The shape of the result event (`version` in every message). 1 had `restoration` only, with
 * date / range / needsNextYear; 2 adds no cover (`noCover`), a range's `noCoverPossible` and
 * `outcomes`, `needsNextYear.year`, and the waiting period's length with its unit (`waiting`);
 * 3 gives a range where the date depends on who paid (left blank), its outcomes marked with
 * `paidBy`, and `paidByMonth`. Every earlier field keeps its meaning, so a host written for 1 or
 * 2 keeps working (and shows a range, never one of the two dates as if it were firm).
 */
export const RESULT_EVENT_VERSION = 3;

/** One answer: a day, a day if the next year is paid too, or no cover in a year. */
export type SingleRestorationEvent = { kind: 'date'; date: string } | { kind: 'needsNextYear'; date: string; year: number } | { kind: 'noCover'; year: number };

/** What the host may learn of a result: when reimbursement restarts, and nothing of the person. */
export type RestorationEvent =
  | SingleRestorationEvent
  | {
      kind: 'range';
      /** The first and last possible restart over every regional variant (dated outcomes only). */
      earliest: string;
      latest: string;
      /** Some region gives no cover in the year (one outcome is `noCover`). */
      noCoverPossible: boolean;
      /**
       * Each distinct answer, earliest first, with the codes of the regions known to give it;
       * where the date depends on who paid, also whose payment gives it (an answer both give
       * is listed once for each).
       */
      /** `readRegions`: those of `regions` named only as we read their rules (absent where none). */
      outcomes: { restoration: SingleRestorationEvent; regions: string[]; readRegions?: string[]; paidBy?: 'self' | 'employer' }[];
    };

/** The waiting period: its length in its unit (3 months; 90 days), from `start` to `end` (null where regional). */
export interface WaitingEvent {
  unit: 'months' | 'days';
  length: number;
  start: string;
  end: string | null;
}

export type ResultEventMode = 'dates' | 'answers';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
}

export interface ResultMessage {
  type: typeof RESULT_MESSAGE;
  version: typeof RESULT_EVENT_VERSION;
  restoration: RestorationEvent;
  waiting: WaitingEvent | null;
  /**
   * Where the date depends on who paid for the employee-scheme cover up to this month (YYYY-MM),
   * which the person did not say: `restoration` is then a range whose outcomes carry `paidBy`,
   * and `waiting` is the wait if the person paid it themselves, without its end.
   */
  paidByMonth?: string;
  /** Only when the host asked for answers (data-result-event="answers"). */
  answers?: Scenario;
}

export type WidgetMessage = HeightMessage | ResultMessage;

function single(r: SingleRestoration): SingleRestorationEvent {
  switch (r.kind) {
    case 'date':
      return { kind: 'date', date: r.date };
    case 'needsNextYear':
      return { kind: 'needsNextYear', date: r.date, year: r.year };
    case 'noCover':
      return { kind: 'noCover', year: r.year };
  }
}

export function restorationEvent(restoration: Restoration): RestorationEvent {
  if (restoration.kind !== 'range') return single(restoration);
  return {
    kind: 'range',
    earliest: restoration.earliest,
    latest: restoration.latest,
    noCoverPossible: restoration.noCoverPossible,
    // The regions each line on screen names (the simplest form of its conditions), not only those of its ways as found.
    // Those named only as we read their rules are listed again in readRegions, as the screen marks them.
    outcomes: outcomesWithRegions(restoration).map(({ outcome, regions, readRegions }) => ({ restoration: single(outcome.restoration), regions, ...(readRegions.length > 0 ? { readRegions } : {}) })),
  };
}

/** The answers for either payer as one range, each outcome marked with whose payment gives it; null where neither gives a date. */
function payerRange(own: Restoration, ifEmployer: Restoration): RestorationEvent | null {
  const outcomes = [
    { paidBy: 'self' as const, r: own },
    { paidBy: 'employer' as const, r: ifEmployer },
  ].flatMap(({ paidBy, r }) => {
    const event = restorationEvent(r);
    return event.kind === 'range' ? event.outcomes.map((o) => ({ ...o, paidBy })) : [{ restoration: event, regions: [], paidBy }];
  });
  const day = (o: (typeof outcomes)[number]) => (o.restoration.kind === 'noCover' ? '9999-12-31' : o.restoration.date);
  outcomes.sort((a, b) => (day(a) < day(b) ? -1 : day(a) > day(b) ? 1 : 0));
  const dated = outcomes.map(day).filter((d) => d !== '9999-12-31');
  // No dated answer either way (no cover in some year, both): nothing to span.
  if (dated.length === 0) return null;
  return {
    kind: 'range',
    earliest: dated[0] as string,
    latest: dated.at(-1) as string,
    noCoverPossible: outcomes.some((o) => o.restoration.kind === 'noCover'),
    outcomes,
  };
}

/**
 * The message for `result`; `payer`: where the date depends on who paid (left blank), the
 * employer-paid answer (paid-by-alternative.ts), so the host never gets one of the two as firm.
 */
export function resultMessage(result: Result, scenario: Scenario, mode: ResultEventMode, payer: PayerAlternative | null = null): ResultMessage {
  const w = result.main.waiting;
  const byPayer = payer ? payerRange(result.main.restoration, payer.ifEmployer) : null;
  if (!byPayer) payer = null;
  const message: ResultMessage = {
    type: RESULT_MESSAGE,
    version: RESULT_EVENT_VERSION,
    restoration: byPayer ?? restorationEvent(result.main.restoration),
    // With the payer unknown, the wait is the one if the person paid (the calculator's reading of
    // a blank answer); its end is not given, as it is not firm (an employer-paid cover waits less).
    waiting: w ? { unit: w.unit, length: w.total, start: w.start, end: payer ? null : w.end } : null,
  };
  if (payer) message.paidByMonth = payer.month;
  if (mode === 'answers') message.answers = scenario;
  return message;
}
