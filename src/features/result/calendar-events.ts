// What the .ics file holds, as seen from the result's as-of date ("today" of the scenario):
// - the restart: a firm date gets an event on that day. A range makes no firm claim: an
//   all-day event on the earliest possible day, titled as the earliest possible day, and one on
//   the latest, titled as such, whose descriptions give the span and which date applies when (the
//   headline's lines); where the range has two days only, each is titled as one of two dates,
//   and so is the event where who paid decides between two days.
//   No cover this year gets no restart event at all.
// - a planned payment: an event on the day the person means to pay, since the result holds
//   only if they pay then.
// - the enrolment window of the benefit year the person has to pay for next (the year after
//   the last one this payment pays for, or the year the wait runs into), so they do not lapse
//   again; not the window of a year already paid or planned. Where the packs pin its dates, an
//   event when it closes, and one when it opens where the region's own packs state that day (the
//   national pack's 1 Sep is only the typical start, R1: never an event of its own). Where its end is left to the region (the national
//   pack), no firm date: one event on the earliest end still ahead, which says the end differs by
//   region and gives the span (and, where no window for that year has been announced, says so).
//   Under a region's packs that do not state that year's window yet, the event speaks of that
//   region: not yet confirmed there, with the last window known for it (§8.6).
//   Where the date depends on who paid, which the person left blank (paid-by-alternative.ts), the
//   restart is said as the headline says it: both answers, the event on the earliest still ahead.
// For a newborn's first enrolment (first-cover.ts) the texts say cover starts, not restarts.
// Nothing before the as-of date: a past event is left out, and so is a reminder that would go
// off on or before that day (its midnight has passed when the file is opened).
import type { TFunction } from 'i18next';
import { addDays, enrolmentWindow, enrolmentWindowEnds, regionWindowNotKnown } from '../../calc';
import type { EnrolmentWindowEnds, KnownWindow, Payment, Restoration, Result, ResultWindow, RulePack } from '../../calc';
import type { Formatters } from '../../i18n/use-format';
import { coverParams } from './first-cover';
import type { CoverContext } from './first-cover';
import type { CalendarEvent } from './ics';
import { payerExtraLines, payerReadings } from './paid-by-alternative';
import type { PayerAlternative } from './paid-by-alternative';
import { newbornDeadline } from './newborn-deadline';
import { oncePaid, payerOfResult } from './payer-words';
import { linesInOrder, nextYearNeeded, possibleDays, rangeLines } from './range-lines';
import type { RangeLines } from './range-lines';
import { rangeWords } from './range-days';
import type { RangeWording } from './range-wording';
import { warningTextKey } from './result-keys';

/** Years ahead looked at for a window still open: beyond that, packs hold no pinned dates anyway. */
const LOOK_AHEAD_YEARS = 3;

/** A range's lines as text, one per line, each after `mark`. */
function bullets(given: RangeLines, wording: RangeWording, mark: string): string {
  const { dated, others, noCover } = linesInOrder(given);
  return [...dated.map(wording.lineText), ...(others ? [wording.othersText(others)] : []), ...noCover.map(wording.lineText)].map((line) => `${mark}${line}`).join('\n');
}

/**
 * `payer`: where who paid was left blank and, under a range, an employer-paid cover adds dates of its own (payer.extra).
 * `once`: the words for "once paid" (payer-words.ts), made with the plain translate function.
 */
function restartEvents(result: Result, planned: boolean, payer: PayerAlternative | null, t: TFunction, f: Formatters, wording: RangeWording, once: ReturnType<typeof oncePaid>): CalendarEvent[] {
  const r = result.main.restoration;
  if (r.kind === 'date') {
    return [{ uid: `restore-${r.date}@yibao-lapse`, date: r.date, title: t('result.calendar.restoreTitle'), description: t('result.calendar.restoreText', { date: f.date(r.date) }), remindDaysBefore: [1] }];
  }
  if (r.kind === 'needsNextYear') {
    return [
      {
        uid: `restore-${r.date}@yibao-lapse`,
        date: r.date,
        // The title is all a list of reminders shows (and all many calendars show): it says the condition too.
        title: t('result.calendar.titleNeedsNextYear', { title: t('result.calendar.restoreTitle'), year: r.year }),
        description: t('result.calendar.restoreIfPaidText', { date: f.date(r.date), year: r.year }),
        remindDaysBefore: [1],
      },
    ];
  }
  if (r.kind === 'range') {
    // Where the earliest possible day has passed, reimbursement may already have restarted;
    // the event goes on the next possible day still ahead, and says so. The span is the same
    // whoever paid (payer.extra), so the earliest day is too; once it has passed, a date only
    // the employer-paid answer gives may be the next one still ahead.
    const extra = payer?.extra ? payerExtraLines(payer) : null;
    const days = [...possibleDays(r), ...(extra && payer?.extra ? possibleDays(payer.extra) : [])].sort();
    const date = days.find((d) => d >= result.asOf);
    if (date === undefined) return [];
    const passed = date !== r.earliest;
    const span = rangeWords(t, f, r);
    const needs = nextYearNeeded(r);
    // The dates only an employer-paid cover gives in some regions, after the range's lines and before the closing "ask your office", as the headline has them.
    const more = extra && payer ? `\n${t('result.paidBy.extraLead', { month: f.month(payer.month) })}\n${bullets(extra, wording, '• ')}\n${t('result.calendar.payerExtraTail')}` : '';
    // Two days only, the employer-paid days counted too (range-days.ts): each event is on one of
    // two dates, titled so, and its text says the earlier or the later one; "earliest" and "latest
    // possible" read as a span's ends, offering the days between, which no region gives. An
    // employer-paid day lies within the range's span (paid-by-alternative.ts), so where the two
    // together give two days, they are the range's own two and its words ("on X or Y") fit.
    const two = new Set(days).size === 2;
    // The day depends on who paid as well as on the region: the title says both.
    type RangeKey = 'result.calendar.earliestTitle' | 'result.calendar.nextPossibleTitle' | 'result.calendar.payerRegionTitle' | 'result.calendar.payerRegionNextTitle' | 'result.calendar.payerRegionTwoTitle' | 'result.calendar.latestTitle' | 'result.calendar.twoTitle';
    const title: RangeKey = extra ? (two ? 'result.calendar.payerRegionTwoTitle' : passed ? 'result.calendar.payerRegionNextTitle' : 'result.calendar.payerRegionTitle') : two ? 'result.calendar.twoTitle' : passed ? 'result.calendar.nextPossibleTitle' : 'result.calendar.earliestTitle';
    const titled = (key: RangeKey): string => (needs !== null ? t('result.calendar.titleNeedsNextYear', { title: t(key), year: needs }) : t(key));
    type TextKey = 'result.calendar.rangeText' | 'result.calendar.rangeTextPassed' | 'result.calendar.rangeTextBackdated' | 'result.calendar.latestText';
    // Where every restart also needs the next year paid (I4), the file says so first, as the headline does.
    const described = (key: TextKey): string => `${needs !== null ? `${t('result.calendar.rangeNeedsNextYear', { year: needs })}\n` : ''}${t(two ? (`${key}Two` as const) : key, { ...span, ...once })}\n${bullets(rangeLines(r), wording, '• ')}${more}\n${t('result.calendar.rangeAsk')}`;
    const first: CalendarEvent = { uid: `restore-${passed ? 'next' : 'earliest'}-${date}@yibao-lapse`, date, title: titled(title), description: described(passed ? (planned ? 'result.calendar.rangeTextBackdated' : 'result.calendar.rangeTextPassed') : 'result.calendar.rangeText'), remindDaysBefore: [1] };
    // The latest possible day as well: a reminder on the earliest alone could send someone to
    // hospital before their region's day, and nothing would tell them when the last one has come.
    // Not where an employer-paid cover adds later days of its own (its lines say them).
    if (extra || r.latest <= date) return [first];
    return [first, { uid: `restore-latest-${r.latest}@yibao-lapse`, date: r.latest, title: titled(two ? 'result.calendar.twoTitle' : 'result.calendar.latestTitle'), description: described('result.calendar.latestText'), remindDaysBefore: [1] }];
  }
  return [];
}

/** One reading of who paid, as a line of the reminder's text. */
function readingText(r: Restoration, t: TFunction, f: Formatters): string {
  switch (r.kind) {
    case 'date':
      return f.date(r.date);
    case 'needsNextYear':
      return t('result.calendar.payerNeedsNextYear', { date: f.date(r.date), year: r.year });
    case 'noCover':
      return t('result.calendar.payerNoCover', { year: r.year });
    case 'range':
      return t('result.calendar.payerRange', rangeWords(t, f, r));
  }
}

/**
 * The date depends on who paid, which the person left blank (paid-by-alternative.ts): one event
 * on the earliest day either answer gives that is still ahead, never a firm "restarts", with
 * both answers earliest first, as the headline gives them. None where both have passed.
 */
function payerRestartEvents(result: Result, payer: PayerAlternative, planned: boolean, t: TFunction, f: Formatters, wording: RangeWording): CalendarEvent[] {
  const readings = payerReadings(result.main.restoration, payer);
  const days = readings.flatMap((r) => possibleDays(r.restoration)).sort();
  const date = days.find((d) => d >= result.asOf);
  if (date === undefined) return [];
  const passed = date !== days[0];
  // Two days in all (one by each answer, say): the event is on one of two dates, titled so, and
  // on the earlier or the later one, not "the earliest" or "the next possible", as a region's two are.
  const two = new Set(days).size === 2;
  // A reading that is a range keeps its lines (which region gives which date), as the headline has them.
  const lines = readings.map((r) => {
    const head = `• ${readingText(r.restoration, t, f)}${t('result.range.separator')}${t(`result.paidBy.${r.key}`)}`;
    return r.restoration.kind === 'range' ? `${head}\n${bullets(rangeLines(r.restoration), wording, '  – ')}` : head;
  });
  const ask = readings.some((r) => r.restoration.kind === 'range') ? `\n${t('result.calendar.rangeAsk')}` : '';
  // Before the money is paid, a day already behind is one cover would be back-dated to, not one it has restarted on.
  const text = passed ? (planned ? 'result.calendar.payerTextBackdated' : 'result.calendar.payerTextPassed') : 'result.calendar.payerText';
  return [
    {
      uid: `restore-payer-${date}@yibao-lapse`,
      date,
      title: t(two ? 'result.calendar.payerTwoTitle' : passed ? 'result.calendar.payerNextTitle' : 'result.calendar.payerTitle'),
      description: `${t('result.paidBy.lead', { month: f.month(payer.month) })}\n${lines.join('\n')}\n${t(two ? (`${text}Two` as const) : text)}${ask}`,
      remindDaysBefore: [1],
    },
  ];
}

/**
 * The reminder to make the planned payment. `free`: it pays only a newborn's year of birth, which
 * costs nothing (X1, R1c: a premium of ¥0): the reminder is to enrol the child, not to pay.
 */
function plannedPaymentEvent(payment: Payment, restoration: Restoration, t: TFunction, f: Formatters, free = false): CalendarEvent[] {
  if (payment.status !== 'planned') return [];
  const date = f.date(payment.date);
  // An employer pays the employee scheme (the person does not): the day its first contribution is expected.
  if (payment.scheme === 'employee') {
    return [{ uid: `payment-${payment.date}@yibao-lapse`, date: payment.date, title: t('result.calendar.paymentTitleEmployer'), description: t('result.calendar.paymentTextEmployer', { date }), remindDaysBefore: [1] }];
  }
  if (payment.scheme !== 'resident') {
    return [{ uid: `payment-${payment.date}@yibao-lapse`, date: payment.date, title: t('result.calendar.paymentTitleEmployee'), description: t('result.calendar.paymentTextEmployee', { date }), remindDaysBefore: [1] }];
  }
  const years = f.list(payment.years);
  const repair = payment.repairYears > 0 ? `\n${t('result.calendar.paymentRepair', { repair: f.years(payment.repairYears) })}` : '';
  // A payment that buys no cover on its own (I4): the reminder to make it says what else it needs.
  const needs = nextYearNeeded(restoration);
  const alone = needs !== null ? `\n${t('result.calendar.paymentNeedsNextYear', { year: needs })}` : '';
  return [
    {
      uid: `payment-${payment.date}@yibao-lapse`,
      date: payment.date,
      // Not "pay for 2026" alone: a reminder read by its title would have the person pay for nothing.
      title: needs !== null ? t('result.calendar.paymentTitleNeedsNextYear', { years, year: needs }) : t(free ? 'result.calendar.paymentTitleFree' : 'result.calendar.paymentTitle', { years }),
      description: `${t(free && needs === null ? 'result.calendar.paymentTextFree' : 'result.calendar.paymentText', { date, years })}${repair}${alone}`,
      remindDaysBefore: [1],
    },
  ];
}

/**
 * The benefit year to pay for next: the year the wait runs into where it is not paid, otherwise
 * the year after the last one this payment pays for or brings cover in (a newborn covered in the
 * next year too, 海南 W33: that year needs no payment). Employee-scheme contributions run
 * monthly, with no enrolment window: none.
 */
export function yearToPayNext(result: Result, payment: Payment): number | null {
  if (payment.scheme !== 'resident') return null;
  return nextYearNeeded(result.main.restoration) ?? Math.max(...payment.years, ...result.main.coveredYears.map((c) => c.year)) + 1;
}

/** What a reminder can say of a year's window: its pinned dates, or the ends the regions give it. */
type WindowToRemind = { pinned: ResultWindow } | { regional: EnrolmentWindowEnds };

/** That year's window, or where it has already closed on the as-of date (in every region) the next one still open. */
function windowToRemind(result: Result, payment: Payment, chain: readonly RulePack[]): WindowToRemind | null {
  const first = yearToPayNext(result, payment);
  if (first === null) return null;
  for (let year = first; year <= first + LOOK_AHEAD_YEARS; year++) {
    const w = enrolmentWindow(chain, year);
    if (w) {
      if ((w.extendedEnd ?? w.end) >= result.asOf) return { pinned: w };
      continue;
    }
    const ends = enrolmentWindowEnds(chain, year);
    if (!ends || ends.ends.length === 0) return null;
    if ((ends.ends.at(-1) as string) >= result.asOf) return { regional: ends };
  }
  return null;
}

/**
 * A window the packs pin: its end is the region's. Its opening gets an event only where the
 * region's own packs state the start; elsewhere the start is only the typical day (R1) that a
 * region may well not use, so the file names no day for it and keeps the closing reminder.
 */
function windowEvents(w: ResultWindow, t: TFunction, f: Formatters): CalendarEvent[] {
  const close = { year: w.year, end: f.date(w.end) };
  const text = w.startStated ? t('result.calendar.windowText', { ...close, start: f.date(w.start) }) : t('result.calendar.windowTextNoStart', close);
  const opens: CalendarEvent[] = w.startStated
    ? [{ uid: `window-open-${w.start}@yibao-lapse`, date: w.start, title: t('result.calendar.windowOpenTitle', { year: w.year }), description: text, remindDaysBefore: [0] }]
    : [];
  // With an extended payment period after it (R1a), the window's end is not the last day to pay:
  // that day gets its own event, and both say that cover then starts later than 1 January.
  const extendedEnd = w.extendedEnd && w.extendedEnd > w.end ? w.extendedEnd : null;
  const extended = extendedEnd ? t('result.calendar.windowExtendedText', { year: w.year, extendedEnd: f.date(extendedEnd) }) : null;
  const closes: CalendarEvent = {
    uid: `window-close-${w.end}@yibao-lapse`,
    date: w.end,
    title: t(extended ? 'result.calendar.windowCloseExtendedTitle' : 'result.calendar.windowCloseTitle', { year: w.year }),
    description: extended ? `${text}\n${extended}` : text,
    remindDaysBefore: [14, 3],
  };
  const extendedCloses: CalendarEvent[] =
    extendedEnd && extended ? [{ uid: `window-extended-close-${extendedEnd}@yibao-lapse`, date: extendedEnd, title: t('result.calendar.extendedCloseTitle', { year: w.year }), description: extended, remindDaysBefore: [14, 3] }] : [];
  return [...opens, closes, ...extendedCloses];
}

/**
 * A window whose end differs by region: one event on the earliest end still ahead of the as-of
 * date (never a firm "closes on"), reminded 14 and 3 days before as a pinned end is; where some
 * regions' windows have already closed, it says so. No event for its opening: the start is not
 * the region's either.
 */
function regionalWindowEvents(w: EnrolmentWindowEnds, asOf: string, t: TFunction, f: Formatters): CalendarEvent[] {
  const date = w.ends.find((end) => end >= asOf);
  if (date === undefined) return [];
  const earliest = w.ends[0] as string;
  const latest = w.ends.at(-1) as string;
  const params = { year: w.year, earliest: f.date(earliest), latest: f.date(latest) };
  // A year no region has announced yet (R1: no window is carried forward as known): its ends are
  // the days regions used before, so neither the title nor the text says "in some regions".
  const key = w.announced ? 'windowRegional' : 'windowUnannounced';
  const text = t(`result.calendar.${key}${date === earliest ? 'Text' : 'TextPassed'}`, params);
  return [
    {
      uid: `window-close-earliest-${date}@yibao-lapse`,
      date,
      title: t(`result.calendar.${key}Title`, { year: w.year }),
      description: `${text}\n${t('result.calendar.windowRegionalAsk', { year: w.year })}`,
      remindDaysBefore: [14, 3],
    },
  ];
}

/**
 * Under a region's packs, a window they do not state yet (§8.6): said of that region, as not yet
 * confirmed, with the last window known for it; the reminder stays on the earliest end known in
 * any region (the cautious day), and says that is not the region's date.
 */
function regionWindowEvents(w: EnrolmentWindowEnds, region: { name: string; last: KnownWindow | null }, asOf: string, t: TFunction, f: Formatters): CalendarEvent[] {
  const date = w.ends.find((end) => end >= asOf);
  if (date === undefined) return [];
  const named = { region: region.name, year: w.year };
  const last = region.last;
  const lines = [t('result.calendar.windowRegionNotYet', named)];
  if (last === null) lines.push(t('result.calendar.windowRegionNoneKnown', named));
  else {
    const ends = { ...named, lastYear: last.year, end: f.date(last.end), ...(last.endLatest ? { endLatest: f.date(last.endLatest) } : {}), ...(last.start ? { start: f.date(last.start) } : {}) };
    lines.push(t(last.endLatest ? 'result.calendar.windowRegionLastEnds' : last.start ? 'result.calendar.windowRegionLastStart' : 'result.calendar.windowRegionLast', ends));
    if (last.extendedEnd) lines.push(t('result.calendar.windowRegionLastExtension', { extendedEnd: f.date(last.extendedEnd) }));
  }
  lines.push(t('result.calendar.windowRegionReminderDay', { ...named, date: f.date(date) }));
  lines.push(t('result.calendar.windowRegionalAsk', named));
  return [
    {
      uid: `window-close-region-${w.year}-${date}@yibao-lapse`,
      date,
      title: t('result.calendar.windowRegionTitle', named),
      description: lines.join('\n'),
      remindDaysBefore: [14, 3],
    },
  ];
}

/**
 * Events on or after `asOf`, each with only the reminders that go off after it. An event still
 * ahead whose every reminder fell away is reminded of on its own day instead.
 */
export function upcomingOnly(events: CalendarEvent[], asOf: string): CalendarEvent[] {
  return events
    .filter((e) => e.date >= asOf)
    .map((e) => {
      const remind = e.remindDaysBefore.filter((days) => addDays(e.date, -days) > asOf);
      return { ...e, remindDaysBefore: remind.length === 0 && e.date > asOf ? [0] : remind };
    });
}

/**
 * The reminders of the window to pay in next: its pinned dates, or under the national packs the
 * ends regions give it, or under a region's packs that do not state it yet, that region's (§8.6).
 */
function windowReminders(result: Result, payment: Payment, chain: readonly RulePack[], regionName: string, t: TFunction, f: Formatters): CalendarEvent[] {
  const w = windowToRemind(result, payment, chain);
  if (w === null) return [];
  if ('pinned' in w) return windowEvents(w.pinned, t, f);
  const unknown = regionWindowNotKnown(chain, w.regional.year);
  return unknown ? regionWindowEvents(w.regional, { name: regionName, last: unknown.last }, result.asOf, t, f) : regionalWindowEvents(w.regional, result.asOf, t, f);
}

/**
 * The last day to pay where paying later restarts reimbursement later (warning payBy, E1-E3,
 * E3a): an event on that day, reminded a week and a day before, saying what the warning says.
 */
function payByEvents(result: Result, payment: Payment, t: TFunction, f: Formatters): CalendarEvent[] {
  const w = result.warnings.find((x) => x.id === 'payBy');
  if (!w || payment.status !== 'planned' || typeof w.params.lastDay !== 'string') return [];
  const dates = Object.fromEntries(Object.entries(w.params).map(([k, v]) => [k, typeof v === 'string' && k !== 'limitRule' ? f.date(v) : String(v)]));
  const text = t(warningTextKey(w), dates);
  // Raised by some regional variants only: said as what may happen, as on the screen.
  return [{ uid: `pay-by-${w.params.lastDay}@yibao-lapse`, date: w.params.lastDay, title: t('result.calendar.payByTitle'), description: w.someRegions ? t('result.warningSomeRegions', { text }) : text, remindDaysBefore: [7, 1] }];
}

/** What the events are made from besides the result and the payment. */
export interface CalendarInputs {
  /** The rule packs of the result, the region's first and the national last: the windows to remind of. */
  chain: readonly RulePack[];
  /** The region's name in the reader's language, for a window its packs do not state yet (§8.6). */
  regionName: string;
  t: TFunction;
  f: Formatters;
  wording: RangeWording;
  /** How cover begins (first-cover.ts), whose texts have "_first" and "_continuing" variants. */
  cover?: CoverContext | undefined;
  /** Where the date depends on who paid, left blank: the employer-paid answer (paid-by-alternative.ts). */
  payer?: PayerAlternative | null | undefined;
  /** A newborn's date of birth (the scenario's), for the last day to enrol it in time (X1). */
  birthDate?: string | undefined;
  /**
   * The day the reminders are for, where later than the result's (a link opened after the day its
   * answers are for): each reminder goes on the next possible day still ahead of it, none before it.
   */
  from?: string | undefined;
}

/**
 * The events for `result`, as of its date, earliest first; `payment` is the scenario's last
 * payment (the one asked about).
 */
export function calendarEvents(given: Result, payment: Payment, { chain, regionName, t: translate, f, wording, cover, payer = null, birthDate, from }: CalendarInputs): CalendarEvent[] {
  // Every "still ahead" below is read from the result's day: a later day to remind from stands in for it.
  const result = from !== undefined && from > given.asOf ? { ...given, asOf: from } : given;
  // Texts without a variant read the same for a first enrolment or continuing cover (i18next falls back).
  const t = (cover ? (key: string, params?: Record<string, unknown>) => translate(key as 'result.calendar.restoreTitle', coverParams(cover, params) as { context: 'first' }) : translate) as TFunction;
  const reminders = windowReminders(result, payment, chain, regionName, t, f);
  const deadline = newbornDeadline(result, chain, birthDate, payment.status === 'planned');
  // The day a planned newborn payment must come by to cover from birth (X1): the one date to act by.
  // Where the day of birth may or may not count (newborn.dayCount), that day is on time "everywhere"
  // under the national rules, and however the region counts where one is chosen (chain below it).
  const newborn: CalendarEvent[] = deadline
    ? [{ uid: `newborn-${deadline.lastDay}@yibao-lapse`, date: deadline.lastDay, title: t('result.calendar.newbornDeadlineTitle'), description: t(deadline.latest ? (chain.length > 1 ? 'result.calendar.newbornDeadlineTextYourRegion' : 'result.calendar.newbornDeadlineTextRegional') : 'result.calendar.newbornDeadlineText', { date: f.date(deadline.lastDay), latest: deadline.latest ? f.date(deadline.latest) : '', birthDate: f.date(deadline.birthDate) }), remindDaysBefore: [7, 1] }]
    : [];
  // Who makes the payment (payer-words.ts): an employer's contributions, or a newborn's free enrolment, not "you pay".
  const whoPays = payerOfResult(result);
  const events = [...newborn, ...payByEvents(result, payment, t, f), ...plannedPaymentEvent(payment, result.main.restoration, t, f, whoPays === 'enrol'), ...(payer && !payer.extra ? payerRestartEvents(result, payer, payment.status === 'planned', t, f, wording) : restartEvents(result, payment.status === 'planned', payer, t, f, wording, oncePaid(translate, whoPays))), ...reminders];
  return upcomingOnly(events, result.asOf).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
