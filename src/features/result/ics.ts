// An .ics calendar file: the restoration date, and reminders for the next enrolment window
// so people stop lapsing. Plain RFC 5545 text, all-day events, no time zones to get wrong.

export interface CalendarEvent {
  uid: string;
  date: string; // YYYY-MM-DD, all-day
  title: string;
  description: string;
  /** Days before the event to remind; 0 = on the day. */
  remindDaysBefore: number[];
}

function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets are folded (RFC 5545 §3.1). */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const size = new TextEncoder().encode(ch).length;
    if (bytes + size > 73) {
      out.push(current);
      current = ' ';
      bytes = 1;
    }
    current += ch;
    bytes += size;
  }
  out.push(current);
  return out.join('\r\n');
}

function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return next.toISOString().slice(0, 10);
}

/**
 * A short, stable tag (FNV-1a, 32 bits, in base 36) for who a calendar file is for, for event
 * UIDs: a calendar app treats two events with one UID as one and the later import replaces the
 * earlier (a parent's reminders and then their child's, both "payment-2026-12-06"). The same
 * text gives the same tag, so downloading again updates the events instead of doubling them.
 */
export function answersTag(answers: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < answers.length; i++) {
    hash ^= answers.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * The .ics text of `events` (RFC 5545: all-day events, CRLF, lines folded at 75 octets), stamped
 * `stamp` (YYYY-MM-DD). `tag` (answersTag), where given, goes into every UID before its "@".
 */
export function buildIcs(events: CalendarEvent[], stamp: string, tag?: string): string {
  const compact = (d: string) => d.replace(/-/g, '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//yibao-lapse-calculator//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const e of events) {
    const at = e.uid.lastIndexOf('@');
    const uid = tag && at > 0 ? `${e.uid.slice(0, at)}-${tag}${e.uid.slice(at)}` : e.uid;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}`,
      `DTSTAMP:${compact(stamp)}T000000Z`,
      `DTSTART;VALUE=DATE:${compact(e.date)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(e.date))}`,
      `SUMMARY:${escapeText(e.title)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
    );
    for (const days of e.remindDaysBefore) {
      lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(e.title)}`, `TRIGGER:-P${days}D`, 'END:VALARM');
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
