// Where regions differ, one warning can be raised by many runs that differ only in the day cover
// starts ("no cover in 2026: your cover could start on 1 Feb / 18 Feb / 19 Feb at the earliest …"). Said once, with
// the span of those days, it reads as one warning, not ten.
import { COVER_START_WARNINGS, warningFactKey } from '../../calc';
import type { Warning } from '../../calc';

export interface ShownWarning {
  warning: Warning;
  /**
   * The first and last `coverStart` of the warnings said as this one (ISO dates), and how many
   * distinct days they are; null for one day. The days are the runs' own, not every day between:
   * two of them are said as "X or Y", not as "a day between X and Y".
   */
  span: { earliest: string; latest: string; days: number } | null;
}

/**
 * `warnings` in their order, with those that differ in nothing but `coverStart` (runs of regions
 * whose waits end on different days) said once (at the place of the first), with the span of their days.
 */
export function withCoverStartSpans(warnings: readonly Warning[]): ShownWarning[] {
  const shown: ShownWarning[] = [];
  const byKey = new Map<string, ShownWarning>();
  const daysOf = new Map<ShownWarning, Set<string>>();
  for (const warning of warnings) {
    const start = warning.params.coverStart;
    // Held in every region or in some, the days differ only where regions do: one warning with the span.
    if (!COVER_START_WARNINGS.has(warning.id) || typeof start !== 'string') {
      shown.push({ warning, span: null });
      continue;
    }
    const key = `${warning.someRegions ? 'some' : 'all'}${warningFactKey(warning)}`;
    const held = byKey.get(key);
    if (!held) {
      const entry = { warning, span: null };
      byKey.set(key, entry);
      daysOf.set(entry, new Set([start]));
      shown.push(entry);
      continue;
    }
    const days = (daysOf.get(held) as Set<string>).add(start);
    const sorted = [...days].sort();
    held.span = days.size > 1 ? { earliest: sorted[0] as string, latest: sorted.at(-1) as string, days: days.size } : null;
  }
  return shown;
}
