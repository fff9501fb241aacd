// Pure: an option whose span of dates is the plan's own (the same earliest and latest day) can
// still give another day in the same situation. 青岛, employee cover to June 2026, 2026 and 2027
// planned on 7 Dec 2026: both the plan and "2027 alone" span 1 Jan to 1 Jul 2027, but where the
// region still takes 2026 payments and sets no extra wait on a switch, the plan's late 2026 payment
// starts a wait that runs into March (R8, I4), while 2027 alone covers from 1 January; where the
// switch wait is 3 or 6 months, paying 2026 now starts it sooner. Compared condition by condition:
// each of the option's ways to a day, joined with each of the plan's ways it can hold together
// with, is one situation in which both days are known.
import type { Condition, IsoDate, OptionResult, Restoration } from '../../calc';
import { groupLines, MAX_LINES } from './range-lines';
import type { OutcomeLine } from './range-lines';

/**
 * Rules whose answer is about the day a payment is made (its window, its late enrolment, a
 * newborn's deadline): the option's answer is about its own day, the plan's about the plan's.
 * Where the days differ, one answer cannot be read for both, nor worded as either's.
 */
const PAYMENT_DAY_PARAMS: readonly string[] = ['resident.windowEnd', 'resident.extension', 'resident.lateEnrolmentUntil', 'newborn.dayCount'];

/**
 * Above this many pairs of ways the comparison is not made (a long history's ranges carry hundreds
 * of ways per day): the card keeps its span alone, as before.
 */
export const MAX_PAIRS = 20000;

/** Days, as a range's are said: the first, the last, and how many distinct. */
export interface Days {
  earliest: IsoDate;
  latest: IsoDate;
  days: number;
}

/** The situations in which the option gives `date` and the plan one of `plan`, another day. */
export interface DayShift {
  date: IsoDate;
  /** The plan's days in these situations, distinct, earliest first. */
  plan: IsoDate[];
  /** Each list holds together: one of the option's ways to `date` joined with one of the plan's. */
  when: Condition[][];
}

export interface OptionVsPlan {
  /** By the option's day, earliest first. */
  sooner: DayShift[];
  later: DayShift[];
  /** The situations in which both give the same day ("otherwise the same"). */
  same: Condition[][];
}

type Range = Extract<Restoration, { kind: 'range' }>;

const keyOf = (c: Condition) => `${c.param}|${c.year}`;
/** What a condition allows: the variants of its rule where the calculator names them, else its answer (as range-lines.ts counts). */
const atomsOf = (c: Condition): string[] => (c.variants && c.variants.length > 0 ? c.variants.map((v) => `#${v}`) : [c.answer]);

/**
 * One situation in which two ways both hold: the conditions of both, a rule both ask taken at the
 * narrower answer. Null where they cannot hold together (no variant of a rule both ask is allowed
 * by both); 'unclear' where the words could not say it (two answers each allowing variants the
 * other does not, or one variant said two ways).
 */
function join(a: readonly Condition[], b: readonly Condition[]): Condition[] | null | 'unclear' {
  const out = [...a];
  for (const c of b) {
    const at = out.findIndex((d) => keyOf(d) === keyOf(c));
    if (at < 0) {
      out.push(c);
      continue;
    }
    const mine = out[at] as Condition;
    const x = atomsOf(mine);
    const y = atomsOf(c);
    const shared = x.filter((v) => y.includes(v));
    if (shared.length === 0) return null;
    if ((mine.variants === undefined) !== (c.variants === undefined)) return 'unclear';
    if (shared.length === x.length && shared.length === y.length) {
      if (mine.answer !== c.answer) return 'unclear';
    } else if (shared.length === y.length) out[at] = c;
    else if (shared.length !== x.length) return 'unclear';
  }
  return out;
}

const daysOf = (dates: Iterable<IsoDate>): Days => {
  const sorted = [...new Set(dates)].sort();
  return { earliest: sorted[0] as IsoDate, latest: sorted.at(-1) as IsoDate, days: sorted.length };
};

/**
 * The option's days against the plan's, situation by situation: null where there is nothing to
 * say (every situation gives both the same day) or it cannot be said honestly (a day that needs a
 * later year paid or gives no cover, ways left out of a long history, answers the words cannot
 * join, too many ways, or a rule about the payment's own day where the option is paid on another
 * day than the plan: `sameDay`).
 */
export function compareByConditions(option: Range, plan: Range, sameDay: boolean): OptionVsPlan | null {
  const all = [...option.outcomes, ...plan.outcomes];
  if (all.some((o) => o.restoration.kind !== 'date' || o.incomplete)) return null;
  if (!sameDay && option.outcomes.some((o) => o.when.some((w) => w.some((c) => PAYMENT_DAY_PARAMS.includes(c.param))))) return null;
  const ways = (r: Range) => r.outcomes.reduce((n, o) => n + o.when.length, 0);
  if (ways(option) * ways(plan) > MAX_PAIRS) return null;
  const groups = { sooner: new Map<IsoDate, { plan: Set<IsoDate>; when: Condition[][] }>(), later: new Map<IsoDate, { plan: Set<IsoDate>; when: Condition[][] }>() };
  const same: Condition[][] = [];
  for (const o of option.outcomes) {
    const mine = (o.restoration as { date: IsoDate }).date;
    for (const p of plan.outcomes) {
      const theirs = (p.restoration as { date: IsoDate }).date;
      for (const a of o.when) {
        for (const b of p.when) {
          // The plan's conditions first: its lines, in the headline above, say them in that order.
          const both = join(b, a);
          if (both === 'unclear') return null;
          if (both === null) continue;
          if (mine === theirs) {
            same.push(both);
            continue;
          }
          const map = mine < theirs ? groups.sooner : groups.later;
          const held = map.get(mine) ?? map.set(mine, { plan: new Set(), when: [] }).get(mine);
          held?.plan.add(theirs);
          held?.when.push(both);
        }
      }
    }
  }
  const shifts = (map: (typeof groups)['sooner']): DayShift[] =>
    [...map]
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
      .map(([date, g]) => ({ date, plan: [...g.plan].sort(), when: g.when }));
  const sooner = shifts(groups.sooner);
  const later = shifts(groups.later);
  return sooner.length + later.length === 0 ? null : { sooner, later, same };
}

/** One line of the comparison: sooner or later, the option's days and the plan's there, and the conditions as a headline line's. */
export interface ShiftLine extends Omit<OutcomeLine, 'restoration'> {
  direction: 'sooner' | 'later';
  option: Days;
  plan: Days;
}

/**
 * The comparison as lines, sooner first: one per day of the option, or where that makes more than
 * MAX_LINES, one per direction (its days as a span). Conditions simplified as the headline's are,
 * against every situation compared (the same ones too), so a rule whose every answer leads here is
 * not said.
 */
export function shiftLines(cmp: OptionVsPlan): ShiftLine[] {
  const merged = (list: DayShift[]) => ({ option: daysOf(list.map((s) => s.date)), plan: daysOf(list.flatMap((s) => s.plan)), when: list.flatMap((s) => s.when) });
  const perDay = cmp.sooner.length + cmp.later.length <= MAX_LINES;
  const one = (s: DayShift) => ({ option: daysOf([s.date]), plan: daysOf(s.plan), when: s.when });
  const sooner = perDay ? cmp.sooner.map(one) : cmp.sooner.length > 0 ? [merged(cmp.sooner)] : [];
  const later = perDay ? cmp.later.map(one) : cmp.later.length > 0 ? [merged(cmp.later)] : [];
  const rows = [...sooner.map((r) => ({ ...r, direction: 'sooner' as const })), ...later.map((r) => ({ ...r, direction: 'later' as const }))];
  const lines = groupLines([...rows.map((r) => ({ when: r.when })), ...(cmp.same.length > 0 ? [{ when: cmp.same }] : [])]);
  return rows.map((r, i) => ({ ...(lines[i] as Omit<OutcomeLine, 'restoration'>), direction: r.direction, option: r.option, plan: r.plan }));
}

/**
 * What an option of a plan still to be paid says against that plan (`planDate`: its payment day),
 * where its span of dates is the plan's own but its days are not, situation by situation: the lines
 * and whether some situations give both the same day. Null for an option whose span differs (the
 * card's dates say it), that changes no date, is paid on top of a payment made, or pays the
 * employee scheme (its note words who pays; see earlierInSomeRegions in options-list.tsx).
 */
export function optionShifts(o: OptionResult, plan: Restoration, planDate: IsoDate): { lines: ShiftLine[]; sameElsewhere: boolean } | null {
  const r = o.restoration;
  if (o.onTop || o.sameAsPlan || o.years.length === 0 || r.kind !== 'range' || plan.kind !== 'range') return null;
  if (r.earliest !== plan.earliest || r.latest !== plan.latest || r.noCoverPossible !== plan.noCoverPossible) return null;
  const cmp = compareByConditions(r, plan, o.paymentDate === planDate);
  return cmp ? { lines: shiftLines(cmp), sameElsewhere: cmp.same.length > 0 } : null;
}
