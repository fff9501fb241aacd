// Pure: whether a payment on top of one already made (the next year paid in its window) keeps
// cover going without a break. Where the payment made covers its year, the next year paid in its
// window is covered from 1 January (R2): "reimbursement restarts" would tell a person already
// covered that their cover had stopped. A range whose later days all come only where the payment
// made brought no cover in its year (R1b, 甘肃: late payments closed) says those days as the
// exception, not as half of "between 1 January and 1 June".
import type { Condition, OptionResult, Restoration } from '../../calc';

export interface Continuation {
  /** The first day of the year after the years paid: cover goes on from it without a break. */
  from: string;
  /** The later days, all only where the payment made brought no cover in `year`; null where there are none. */
  later: { earliest: string; latest: string; days: number; year: number } | null;
}

const same = (a: Condition, b: Condition) => a.param === b.param && a.year === b.year && a.answer === b.answer;

/**
 * The continuation `o` gives after `plan`, the payment made, which paid `madeYears`; null where `o`
 * is not a payment on top of it, or its first day is not the day after the last year paid, or a
 * later day of its range can come otherwise than where the plan gave no cover (a condition of
 * each of its ways must hold all of some way to the plan's no-cover outcome).
 */
export function continuation(o: OptionResult, plan: Restoration, madeYears: readonly number[]): Continuation | null {
  if (!o.onTop || madeYears.length === 0) return null;
  const from = `${Math.max(...madeYears) + 1}-01-01`;
  const r = o.restoration;
  // A single day: no break only where the plan covers its year in every region (no R1b "no cover", no year it needs paid too).
  const planCovers = plan.kind === 'date' || (plan.kind === 'range' && !plan.noCoverPossible && plan.outcomes.every((x) => x.restoration.kind === 'date'));
  if (r.kind === 'date') return r.date === from && planCovers ? { from, later: null } : null;
  if (r.kind !== 'range' || r.earliest !== from || r.noCoverPossible) return null;
  const none = plan.kind === 'range' ? plan.outcomes.find((x) => x.restoration.kind === 'noCover') : undefined;
  if (!none || none.restoration.kind !== 'noCover') return null;
  const causes = none.when;
  const withoutCover = (way: readonly Condition[]) => causes.some((cause) => cause.every((c) => way.some((w) => same(c, w))));
  const first = r.outcomes.filter((x) => x.restoration.kind === 'date' && x.restoration.date === from);
  // The first day without a break only where the plan's payment covered its year: none of its ways is one without cover.
  if (first.some((x) => x.incomplete || x.when.some(withoutCover))) return null;
  const later = r.outcomes.filter((x) => !first.includes(x));
  if (later.length === 0) return { from, later: null };
  // Every later outcome a plain date, each of its ways one where the plan's payment brought no cover.
  const onlyWithoutCover = later.every((x) => x.restoration.kind === 'date' && !x.incomplete && x.when.length > 0 && x.when.every(withoutCover));
  if (!onlyWithoutCover || none.incomplete) return null;
  const days = [...new Set(later.map((x) => (x.restoration.kind === 'date' ? x.restoration.date : '')))].sort();
  return { from, later: { earliest: days[0] as string, latest: days.at(-1) as string, days: days.length, year: none.restoration.year } };
}
