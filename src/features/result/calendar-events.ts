// What the .ics file holds. A firm date gets an event on that day. A range makes no firm
// claim: one all-day event on the earliest possible day, titled as the earliest possible day,
// whose description gives the span and which date applies when (the headline's lines). No
// cover this year gets no restart event at all, only the next window where its dates are known.
import type { TFunction } from 'i18next';
import type { Result } from '../../calc';
import type { Formatters } from '../../i18n/use-format';
import type { CalendarEvent } from './ics';
import { rangeLines } from './range-lines';
import type { RangeWording } from './range-wording';

export function calendarEvents(result: Result, t: TFunction, f: Formatters, wording: RangeWording): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  const r = result.main.restoration;
  if (r.kind === 'date') {
    events.push({ uid: `restore-${r.date}@yibao-lapse`, date: r.date, title: t('result.calendar.restoreTitle'), description: t('result.calendar.restoreText', { date: f.date(r.date) }), remindDaysBefore: [1] });
  } else if (r.kind === 'needsNextYear') {
    events.push({
      uid: `restore-${r.date}@yibao-lapse`,
      date: r.date,
      title: t('result.calendar.restoreTitle'),
      description: t('result.calendar.restoreIfPaidText', { date: f.date(r.date), year: r.year }),
      remindDaysBefore: [1],
    });
  } else if (r.kind === 'range') {
    const { lines, others } = rangeLines(r);
    const explained = [...lines.map(wording.lineText), ...(others ? [wording.othersText(others)] : [])].map((line) => `• ${line}`).join('\n');
    events.push({
      uid: `restore-earliest-${r.earliest}@yibao-lapse`,
      date: r.earliest,
      title: t('result.calendar.earliestTitle'),
      description: `${t('result.calendar.rangeText', { earliest: f.date(r.earliest), latest: f.date(r.latest) })}\n${explained}\n${t('result.calendar.rangeAsk')}`,
      remindDaysBefore: [1],
    });
  }
  const w = result.nextWindow;
  if (w) {
    const text = t('result.calendar.windowText', { year: w.year, start: f.date(w.start), end: f.date(w.end) });
    events.push({ uid: `window-open-${w.start}@yibao-lapse`, date: w.start, title: t('result.calendar.windowOpenTitle', { year: w.year }), description: text, remindDaysBefore: [0] });
    events.push({ uid: `window-close-${w.end}@yibao-lapse`, date: w.end, title: t('result.calendar.windowCloseTitle', { year: w.year }), description: text, remindDaysBefore: [14, 3] });
  }
  return events;
}
