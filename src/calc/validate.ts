// Checks a scenario before any rule runs. Bad input gives a list of errors, each with a
// path into the scenario and a message key; it never throws.
import { monthOf, yearOf } from './dates';
import type { PackChain } from './rule-pack';
import type { ValidationError } from './result';
import { scenarioSchema } from './scenario-schema';
import type { Scenario } from './scenario-schema';
import { placePayment, windowFor } from './window';

export type ScenarioParseOutcome = { ok: true; scenario: Scenario } | { ok: false; errors: ValidationError[] };

const KEY_RE = /^[a-z]+\.[a-zA-Z]+$/;

/** Structure only: what the wizard, share links and embeds check before anything else. */
export function parseScenario(input: unknown): ScenarioParseOutcome {
  const parsed = scenarioSchema.safeParse(input);
  if (parsed.success) return { ok: true, scenario: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => ({
      path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
      key: KEY_RE.test(issue.message) ? issue.message : 'value.invalid',
    })),
  };
}

export function validateScenario(input: unknown, chain: PackChain): ScenarioParseOutcome {
  const parsed = parseScenario(input);
  if (!parsed.ok) return parsed;
  const s = parsed.scenario;
  const errors: ValidationError[] = [];
  const err = (path: (string | number)[], key: string) => errors.push({ path, key });
  const packYears = chain.years;
  const birth = s.circumstances.birthDate;
  const lastIndex = s.payments.length - 1;

  if (s.region !== chain.primary.id) err(['region'], 'region.unknown');
  if (birth && birth > s.asOf) err(['circumstances', 'birthDate'], 'date.afterAsOf');
  if (s.circumstances.veteranDischargeDate && s.circumstances.veteranDischargeDate > s.asOf) err(['circumstances', 'veteranDischargeDate'], 'date.afterAsOf');

  const paidYears = new Map<number, number>();
  s.payments.forEach((payment, i) => {
    const path = ['payments', i];
    const previous = s.payments[i - 1];
    if (previous && payment.date < previous.date) err([...path, 'date'], 'payments.order');
    if (payment.status === 'made' && payment.date > s.asOf) err([...path, 'date'], 'date.futureMade');
    if (payment.status === 'planned' && payment.date < s.asOf) err([...path, 'date'], 'date.pastPlanned');
    if (payment.status === 'planned' && i !== lastIndex) err([...path, 'status'], 'payments.onlyLastPlanned');
    if (birth && payment.date < birth) err([...path, 'date'], 'date.beforeBirth');
    if (payment.scheme !== 'resident') {
      const year = yearOf(payment.date);
      if (year < packYears.from || year > packYears.to) err([...path, 'date'], 'year.outsidePack');
      return;
    }

    const years = [...payment.years].sort((a, b) => a - b);
    const first = years[0] as number;
    if (years.some((y, k) => k > 0 && y !== (years[k - 1] as number) + 1)) err([...path, 'years'], 'years.notConsecutive');
    years.forEach((y) => {
      if (paidYears.has(y)) err([...path, 'years'], 'years.paidTwice');
      paidYears.set(y, i);
    });
    if (first < packYears.from || (years.at(-1) as number) > packYears.to) {
      err([...path, 'years'], 'year.outsidePack');
      return;
    }
    // A past benefit year cannot be bought back, except a newborn's birth year (X1).
    const birthYearException = birth !== undefined && first === yearOf(birth);
    if (first < yearOf(payment.date) && !birthYearException) err([...path, 'years'], 'years.past');
    if (first > yearOf(payment.date) + 1) err([...path, 'years'], 'years.tooFarAhead');
    if (placePayment(windowFor(chain, first), payment.date) === 'beforeWindow') err([...path, 'date'], 'date.beforeWindow');
  });

  const seen = new Set<number>();
  s.history.years.forEach(({ year, cover }, i) => {
    const path = ['history', 'years', i, 'year'];
    if (seen.has(year)) err(path, 'year.duplicate');
    seen.add(year);
    if (year > yearOf(s.asOf) + 1) err(path, 'year.future');
    if (paidYears.has(year)) err(path, 'year.overlapsPayment');
    if (birth && year < yearOf(birth) && cover !== 'none') err(path, 'year.beforeBirth');
  });

  const asOfMonth = monthOf(s.asOf);
  const periods = s.history.employeePeriods.map((p, i) => ({ ...p, i })).sort((a, b) => (a.from < b.from ? -1 : 1));
  periods.forEach((p, k) => {
    const path = ['history', 'employeePeriods', p.i];
    if (p.from > p.to) err([...path, 'to'], 'period.reversed');
    if (p.to > asOfMonth) err([...path, 'to'], 'period.future');
    const next = periods[k + 1];
    if (next && next.from <= p.to) err([...path, 'to'], 'period.overlap');
    if (birth && p.from < monthOf(birth)) err([...path, 'from'], 'period.beforeBirth');
  });
  s.payments.forEach((payment, i) => {
    if (payment.scheme === 'resident') return;
    const month = monthOf(payment.date);
    if (s.history.employeePeriods.some((p) => p.to >= month)) err(['payments', i, 'date'], 'date.withinEmployeeCover');
  });

  if (s.criticalIllness) {
    const limit = yearOf(s.asOf) + 1;
    s.criticalIllness.noClaimYears.forEach((y, i) => y > limit && err(['criticalIllness', 'noClaimYears', i], 'year.future'));
    s.criticalIllness.bonusUsedYears.forEach((y, i) => y > limit && err(['criticalIllness', 'bonusUsedYears', i], 'year.future'));
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, scenario: s };
}
