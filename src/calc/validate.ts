// Checks a scenario before any rule runs. Bad input gives a list of errors, each with a
// path into the scenario and a message key; it never throws.
import { monthOf, yearOf } from './dates';
import { checkEmployeeCover, checkPayment, err } from './payment-checks';
import type { PackChain } from './rule-pack';
import type { ValidationError } from './result';
import { scenarioSchema } from './scenario-schema';
import type { EmployeePeriod, Payment, Scenario } from './scenario-schema';
import { readScenario } from './scenario-shape';

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

/** parseScenario's outcome; the hand-written twin answers well-formed input without zod's cost. */
function parseFast(input: unknown, allKeys: boolean): ScenarioParseOutcome {
  const scenario = readScenario(input, allKeys);
  return scenario ? { ok: true, scenario } : parseScenario(input);
}

/**
 * Period indexes by start month: the order sorting the periods with this comparator gives.
 * Start months all different and already in order (or in reverse) have only one sorted
 * order, found without sorting; anything else is sorted exactly as before.
 */
function byStartMonth(list: readonly EmployeePeriod[]): number[] {
  const order = list.map((_, i) => i);
  let ascending = true;
  let descending = true;
  for (let i = 1; i < list.length; i++) {
    const before = (list[i - 1] as EmployeePeriod).from;
    const from = (list[i] as EmployeePeriod).from;
    if (!(before < from)) ascending = false;
    if (!(before > from)) descending = false;
  }
  if (ascending) return order;
  if (descending) return order.reverse();
  return order.sort((a, b) => ((list[a] as EmployeePeriod).from < (list[b] as EmployeePeriod).from ? -1 : 1));
}

/** Employee periods: the right way round, not in the future, not overlapping, not before birth. */
function checkPeriods(s: Scenario, errors: ValidationError[]): void {
  const birth = s.circumstances.birthDate;
  const asOfMonth = monthOf(s.asOf);
  const list = s.history.employeePeriods;
  const order = byStartMonth(list);
  order.forEach((i, k) => {
    const p = list[i] as EmployeePeriod;
    if (p.from > p.to) err(errors, ['history', 'employeePeriods', i, 'to'], 'period.reversed');
    if (p.to > asOfMonth) err(errors, ['history', 'employeePeriods', i, 'to'], 'period.future');
    const next = k + 1 < order.length ? list[order[k + 1] as number] : undefined;
    if (next && next.from <= p.to) err(errors, ['history', 'employeePeriods', i, 'to'], 'period.overlap');
    if (birth && p.from < monthOf(birth)) err(errors, ['history', 'employeePeriods', i, 'from'], 'period.beforeBirth');
  });
}

/**
 * The scenario checked against its shape (scenarioSchema), then against `chain`: the region is the
 * chain's, dates in order and not after `asOf`, years paid once and within the years the packs
 * cover, history years not before birth, employee periods the right way round and not
 * overlapping, employee cover consistent with the payments. `ok` with the scenario as read (a copy
 * equal to zod's: known keys only, optional keys only if given), or `ok: false` with each
 * problem's path and message key. `allKeys` (calculate's reading): every optional key of the
 * scenario and its circumstances present, undefined where not given, so `in`, Object.keys and
 * spreads see keys the person did not give. Throws only for a pack missing a value it needs
 * (MissingParameterError), which parseRulePack rejects on load.
 */
export function validateScenario(input: unknown, chain: PackChain, allKeys = false): ScenarioParseOutcome {
  const parsed = parseFast(input, allKeys);
  if (!parsed.ok) return parsed;
  const s = parsed.scenario;
  const errors: ValidationError[] = [];
  const birth = s.circumstances.birthDate;

  if (s.region !== chain.primary.id) err(errors, ['region'], 'region.unknown');
  if (birth && birth > s.asOf) err(errors, ['circumstances', 'birthDate'], 'date.afterAsOf');
  if (s.circumstances.veteranDischargeDate && s.circumstances.veteranDischargeDate > s.asOf) err(errors, ['circumstances', 'veteranDischargeDate'], 'date.afterAsOf');

  const paidYears: number[] = [];
  for (let i = 0; i < s.payments.length; i++) checkPayment(s, chain, s.payments[i] as Payment, i, paidYears, errors);

  const seen: number[] = [];
  const asOfYear = yearOf(s.asOf);
  // The rules answer for days from the autumn before their first year to the end of their last: a
  // link for another day (1900) is refused for what it is, not as incomplete rules.
  if (asOfYear < chain.years.from - 1 || asOfYear > chain.years.to) err(errors, ['asOf'], 'date.asOfOutsidePack');
  const history = s.history.years;
  // History runs to next year; before a planned payment further ahead, to the year before the
  // first year it pays: the cover the person expects in the years between decides the lapse.
  const last = s.payments[s.payments.length - 1];
  const aheadTo = last && last.scheme === 'resident' && last.status === 'planned' && last.years.length > 0 ? Math.min(...last.years) - 1 : asOfYear + 1;
  const latestYear = Math.max(asOfYear + 1, aheadTo);
  for (let i = 0; i < history.length; i++) {
    const { year, cover } = history[i] as Scenario['history']['years'][number];
    if (seen.includes(year)) err(errors, ['history', 'years', i, 'year'], 'year.duplicate');
    seen.push(year);
    if (year > latestYear) err(errors, ['history', 'years', i, 'year'], 'year.future');
    if (paidYears.includes(year)) err(errors, ['history', 'years', i, 'year'], 'year.overlapsPayment');
    if (birth && year < yearOf(birth) && cover !== 'none') err(errors, ['history', 'years', i, 'year'], 'year.beforeBirth');
  }

  if (s.history.employeePeriods.length > 0) checkPeriods(s, errors);
  for (let i = 0; i < s.payments.length; i++) checkEmployeeCover(s, s.payments[i] as Payment, i, errors);

  if (s.criticalIllness) {
    const limit = yearOf(s.asOf) + 1;
    s.criticalIllness.noClaimYears.forEach((y, i) => y > limit && err(errors, ['criticalIllness', 'noClaimYears', i], 'year.future'));
    s.criticalIllness.bonusUsedYears.forEach((y, i) => y > limit && err(errors, ['criticalIllness', 'bonusUsedYears', i], 'year.future'));
  }
  return errors.length > 0 ? { ok: false, errors } : parsed;
}
