// E3a (武汉): for a flexible worker, whether an employer paid the cover that ended before the
// gap can move the date by months. The question is optional (people may not know), so where it
// was left blank the result also works out the answer "an employer paid" and, if that gives a
// different date, says both instead of one date (RULES.md §8: never a firm date the person's own
// missing answer could contradict): the headline (payer-outcomes.tsx), the .ics reminder
// (calendar-events.ts) and the widget's result event (app/embed/messages.ts).
import { calculate, sameRestoration } from '../../calc';
import type { Restoration, RulePack, Scenario, SingleRestoration, Status } from '../../calc';
import { outcomeRegions, possibleDays, rangeLines } from './range-lines';
import type { RangeLines } from './range-lines';

type RangeRestoration = Extract<Restoration, { kind: 'range' }>;

/** The answer had an employer paid the cover whose payer was left blank. */
export interface PayerAlternative {
  /** The last month (YYYY-MM) of the employee-scheme cover whose payer was not given. */
  month: string;
  /** The answer had an employer paid that cover. */
  ifEmployer: Restoration;
  /** The status on the as-of date had an employer paid it (covered, waiting, …). */
  status: Status;
  /**
   * Where both answers are ranges over the same span (the national rules: the region decides
   * too), the outcomes only an employer-paid cover gives, in some regions (武汉's E3a tiers), as a
   * range of their own for its lines; null otherwise. The two spans alone would read the same.
   */
  extra: RangeRestoration | null;
}

/** One answer by who paid: the person's own reading of the blank, or an employer's. */
export interface PayerReading {
  key: 'self' | 'employer';
  restoration: Restoration;
}

/** Both answers, earliest first (by the first day each can give; no cover last), as the headline and the .ics list them. */
export function payerReadings(own: Restoration, alternative: PayerAlternative): PayerReading[] {
  const first = (r: Restoration) => possibleDays(r)[0] ?? '9999-12-31';
  const readings: PayerReading[] = [
    { key: 'self', restoration: own },
    { key: 'employer', restoration: alternative.ifEmployer },
  ];
  return readings.sort((a, b) => (first(a.restoration) < first(b.restoration) ? -1 : first(a.restoration) > first(b.restoration) ? 1 : 0));
}

function outcomeKey(r: SingleRestoration): string {
  return r.kind === 'noCover' ? `noCover:${r.year}` : r.kind === 'needsNextYear' ? `${r.date}:${r.year}` : r.date;
}

/**
 * The lines of the employer-paid range for the outcomes only it has (`extra`), worded against
 * every outcome of that range (the conditions that set them apart; on their own, one outcome's
 * conditions would simplify to "in other cases"). Where they were summed up with others, that line.
 */
export function payerExtraLines(alternative: PayerAlternative): RangeLines | null {
  const { extra, ifEmployer } = alternative;
  if (!extra || ifEmployer.kind !== 'range') return null;
  const keys = new Set(extra.outcomes.map((o) => outcomeKey(o.restoration)));
  const all = rangeLines(ifEmployer);
  const lines = all.lines.filter((l) => keys.has(outcomeKey(l.restoration)));
  return { lines, others: lines.length < keys.size ? all.others : null };
}

/**
 * The outcomes of `other` that `own` does not have, as a range (its span theirs); null where there
 * are none. An outcome is its own where its date is not among `own`'s, or where it names a region
 * that `own` does not name beside that date: 武汉's employer-paid date can be a date other
 * regions give too, and `own` would then name 武汉 beside another date only.
 */
export function extraOutcomes(own: RangeRestoration, other: RangeRestoration): RangeRestoration | null {
  const named = new Map<string, Set<string>>();
  for (const o of own.outcomes) {
    const key = outcomeKey(o.restoration);
    const regions = named.get(key) ?? new Set<string>();
    for (const r of outcomeRegions(o)) regions.add(r);
    named.set(key, regions);
  }
  const outcomes = other.outcomes.filter((o) => {
    const regions = named.get(outcomeKey(o.restoration));
    return regions === undefined || outcomeRegions(o).some((r) => !regions.has(r));
  });
  if (outcomes.length === 0) return null;
  const dates = outcomes.flatMap((o) => (o.restoration.kind === 'noCover' ? [] : [o.restoration.date])).sort();
  const earliest = dates[0] ?? own.earliest;
  return { kind: 'range', earliest, latest: dates.at(-1) ?? earliest, noCoverPossible: outcomes.some((o) => o.restoration.kind === 'noCover'), outcomes };
}

/**
 * The scenario with the unanswered payer of the employee period that ends last set to
 * "employer", and that period's last month (YYYY-MM); null where the last payment is not a
 * flexible worker's, or that period's payer was given.
 */
export function paidByAlternative(scenario: Scenario): { scenario: Scenario; month: string } | null {
  const payment = scenario.payments.at(-1);
  if (payment?.scheme !== 'flexible') return null;
  const periods = scenario.history.employeePeriods;
  let lastIndex = -1;
  periods.forEach((p, i) => {
    if (p.to <= payment.date.slice(0, 7) && (lastIndex < 0 || p.to > (periods[lastIndex] as typeof p).to)) lastIndex = i;
  });
  const last = periods[lastIndex];
  if (!last || last.paidBy !== undefined) return null;
  const employeePeriods = periods.map((p, i) => (i === lastIndex ? { ...p, paidBy: 'employer' as const } : p));
  return { scenario: { ...scenario, history: { ...scenario.history, employeePeriods } }, month: last.to };
}

/**
 * Where the payer was left blank and an employer-paid answer differs from `own` (the answer of
 * `scenario` as given, which reads a blank payer as the person's own): that answer. Ranges differ
 * by their span or, over the same span, by an outcome only the employer-paid answer has
 * (`extra`). Null where the question does not apply, was answered, or both answers are the
 * same. Never throws: an alternative that does not calculate is no alternative.
 */
export function payerAlternative(scenario: Scenario, chain: readonly RulePack[], own: Restoration): PayerAlternative | null {
  const alt = paidByAlternative(scenario);
  if (!alt) return null;
  const other = calculate(alt.scenario, chain);
  if (!other.ok) return null;
  const ifEmployer = other.result.main.restoration;
  const status = other.result.status;
  if (!sameRestoration(ifEmployer, own)) return { month: alt.month, ifEmployer, status, extra: null };
  // The same span: under a range, the employer-paid answer may still have outcomes of its own.
  const extra = own.kind === 'range' && ifEmployer.kind === 'range' ? extraOutcomes(own, ifEmployer) : null;
  return extra ? { month: alt.month, ifEmployer, status, extra } : null;
}
