// The timeline facts as dated periods, and the person's status on the "as of" date.
import { addDays, endOfYear, firstDayOfMonth, lastDayOfMonth, startOfYear } from './dates';
import type { IsoDate } from './dates';
import type { EnrolmentResult, Period, Status } from './result';
import type { Scenario } from './scenario-schema';

export function buildPeriods(scenario: Scenario, enrolments: EnrolmentResult[]): Period[] {
  const periods: Period[] = [];
  const lapseYears = new Set<number>();
  for (const { year, cover } of scenario.history.years) {
    if (cover === 'none') lapseYears.add(year);
    else periods.push({ kind: cover === 'resident' ? 'covered' : 'employeeCovered', from: startOfYear(year), to: endOfYear(year) });
  }
  for (const p of scenario.history.employeePeriods) {
    periods.push({ kind: 'employeeCovered', from: firstDayOfMonth(p.from), to: lastDayOfMonth(p.to) });
  }
  for (const e of enrolments) {
    if (e.lapse && 'years' in e.lapse) e.lapse.years.forEach((y) => lapseYears.add(y));
    if (e.lapse && 'months' in e.lapse) periods.push({ kind: 'lapse', from: firstDayOfMonth(e.lapse.months.from), to: lastDayOfMonth(e.lapse.months.to) });
    if (e.retroactive) periods.push({ kind: 'retroactive', ...e.retroactive });
    const r = e.restoration;
    if (r.kind === 'range') periods.push({ kind: 'uncertain', from: r.earliest, to: addDays(r.latest, -1) });
    if (e.waiting && e.waiting.end && e.waiting.end >= e.waiting.start) {
      periods.push({ kind: 'waiting', from: e.waiting.start, to: e.waiting.end });
    }
    if (e.scheme === 'resident') {
      for (const c of e.coveredYears) periods.push({ kind: 'restored', from: c.from, to: c.to });
    } else if (r.kind !== 'needsNextYear') {
      periods.push({ kind: 'restored', from: r.kind === 'range' ? r.latest : r.date, to: null });
    }
  }
  for (const y of lapseYears) periods.push({ kind: 'lapse', from: startOfYear(y), to: endOfYear(y) });
  return periods.sort((a, b) => (a.from === b.from ? a.kind.localeCompare(b.kind) : a.from < b.from ? -1 : 1));
}

function contains(p: Period, date: IsoDate): boolean {
  return p.from <= date && (p.to === null || date <= p.to);
}

const RANK: Record<Status, number> = { covered: 4, waiting: 3, paidNotYetCovered: 2, uncertain: 1, lapsed: 0 };

/** Only facts: the history and payments already made, never a planned payment. */
export function statusOn(asOf: IsoDate, scenario: Scenario, enrolments: EnrolmentResult[]): Status {
  const made = enrolments.filter((e) => scenario.payments[e.paymentIndex]?.status === 'made');
  const periods = buildPeriods({ ...scenario, payments: scenario.payments.filter((p) => p.status === 'made') }, made);
  let best: Status = 'lapsed';
  const consider = (s: Status) => {
    if (RANK[s] > RANK[best]) best = s;
  };
  for (const p of periods) {
    if (!contains(p, asOf)) continue;
    if (p.kind === 'covered' || p.kind === 'employeeCovered' || p.kind === 'restored' || p.kind === 'retroactive') consider('covered');
    if (p.kind === 'waiting') consider('waiting');
    if (p.kind === 'uncertain') consider('uncertain');
  }
  for (const e of made) {
    const r = e.restoration;
    const start = r.kind === 'range' ? r.earliest : r.date;
    if (asOf < start && (!e.waiting || asOf < e.waiting.start)) consider('paidNotYetCovered');
    if (r.kind === 'needsNextYear' && asOf >= e.paymentDate && asOf < r.date) consider('waiting');
  }
  return best;
}
