// The widget's side of the postMessage protocol with public/embed.js. Every message goes to
// the one origin the loader named (`parentOrigin`), never to '*': a page that frames the widget
// without being that origin receives nothing.
import type { Restoration, Result, Scenario, SingleRestoration } from '../../calc';
import { orderedOutcomes, outcomeRegions } from '../../features/result/range-lines';
import type { HEIGHT_MESSAGE } from './frame-channel';

export const RESULT_MESSAGE = 'yibao:result';

/**
 * The shape of the result event (`version` in every message). 1 had `restoration` only, with
 * date / range / needsNextYear; 2 adds no cover (`noCover`), a range's `noCoverPossible` and
 * `outcomes`, `needsNextYear.year`, and the waiting period's length with its unit (`waiting`).
 * Every version-1 field keeps its meaning, so a host written for 1 keeps working.
 */
export const RESULT_EVENT_VERSION = 2;

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
      /** Each distinct answer, earliest first, with the codes of the regions known to give it. */
      outcomes: { restoration: SingleRestorationEvent; regions: string[] }[];
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
    outcomes: orderedOutcomes(restoration).map((o) => ({ restoration: single(o.restoration), regions: outcomeRegions(o) })),
  };
}

export function resultMessage(result: Result, scenario: Scenario, mode: ResultEventMode): ResultMessage {
  const w = result.main.waiting;
  const message: ResultMessage = {
    type: RESULT_MESSAGE,
    version: RESULT_EVENT_VERSION,
    restoration: restorationEvent(result.main.restoration),
    waiting: w ? { unit: w.unit, length: w.total, start: w.start, end: w.end } : null,
  };
  if (mode === 'answers') message.answers = scenario;
  return message;
}
