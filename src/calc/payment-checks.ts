// The checks on one payment. validateScenario runs them on every payment; the what-if
// options run them on the variant of the last payment alone (the rest of the scenario has
// already passed), so both read the same code and cannot diverge.
import { monthOf, yearOf } from './dates';
import type { ValidationError } from './result';
import type { PackChain } from './rule-pack';
import type { Payment, Scenario } from './scenario-schema';
import { readPayment } from './scenario-shape';
import { windowStart } from './window';
import { ascendingYears } from './years';

export function err(errors: ValidationError[], path: (string | number)[], key: string): void {
  errors.push({ path, key });
}

function consecutive(ascending: readonly number[]): boolean {
  for (let k = 1; k < ascending.length; k++) if (ascending[k] !== (ascending[k - 1] as number) + 1) return false;
  return true;
}

/**
 * Payment `i` of `s` (or a variant in its place) against the payments before it, the "as of"
 * date, the birth date and the pack, into `errors`. Adds its years to `paidYears`.
 */
export function checkPayment(s: Scenario, chain: PackChain, payment: Payment, i: number, paidYears: number[], errors: ValidationError[]): void {
  const packYears = chain.years;
  const birth = s.circumstances.birthDate;
  // (Not s.payments[-1]: reading a negative index leaves V8's fast path.)
  const previous = i > 0 ? s.payments[i - 1] : undefined;
  if (previous && payment.date < previous.date) err(errors, ['payments', i, 'date'], 'payments.order');
  if (payment.status === 'made' && payment.date > s.asOf) err(errors, ['payments', i, 'date'], 'date.futureMade');
  if (payment.status === 'planned' && payment.date < s.asOf) err(errors, ['payments', i, 'date'], 'date.pastPlanned');
  if (payment.status === 'planned' && i !== s.payments.length - 1) err(errors, ['payments', i, 'status'], 'payments.onlyLastPlanned');
  if (birth && payment.date < birth) err(errors, ['payments', i, 'date'], 'date.beforeBirth');
  if (payment.scheme !== 'resident') {
    const year = yearOf(payment.date);
    if (year < packYears.from || year > packYears.to) err(errors, ['payments', i, 'date'], 'year.outsidePack');
    return;
  }

  const years = ascendingYears(payment.years);
  const first = years[0] as number;
  if (!consecutive(years)) err(errors, ['payments', i, 'years'], 'years.notConsecutive');
  for (const y of years) {
    if (paidYears.includes(y)) err(errors, ['payments', i, 'years'], 'years.paidTwice');
    paidYears.push(y);
  }
  if (first < packYears.from || (years.at(-1) as number) > packYears.to) {
    err(errors, ['payments', i, 'years'], 'year.outsidePack');
    return;
  }
  // A past benefit year cannot be bought back, except a newborn's birth year (X1).
  const birthYearException = birth !== undefined && first === yearOf(birth);
  const paymentYear = yearOf(payment.date);
  if (first < paymentYear && !birthYearException) err(errors, ['payments', i, 'years'], 'years.past');
  if (first > paymentYear + 1) err(errors, ['payments', i, 'years'], 'years.tooFarAhead');
  if (payment.date < windowStart(chain, first).date) err(errors, ['payments', i, 'date'], 'date.beforeWindow');
}

/** An employee-scheme payment may not fall in a month the employee history already covers. */
export function checkEmployeeCover(s: Scenario, payment: Payment, i: number, errors: ValidationError[]): void {
  if (payment.scheme === 'resident') return;
  const month = monthOf(payment.date);
  if (s.history.employeePeriods.some((p) => p.to >= month)) err(errors, ['payments', i, 'date'], 'date.withinEmployeeCover');
}

/** Whether two payments agree in every field the checks above read (all but repairYears and backPay). */
function sameCheckedFields(a: Payment, b: Payment): boolean {
  if (a.date !== b.date || a.status !== b.status || a.scheme !== b.scheme) return false;
  if (a.scheme !== 'resident' || b.scheme !== 'resident') return true;
  return a.years.length === b.years.length && a.years.every((y, k) => y === b.years[k]);
}

/**
 * Whether a scenario that passed validateScenario still passes with its last payment replaced
 * by `variant`. Only the checks that read the last payment can change: its shape, its own
 * checks, its employee cover, and a history year it might now pay; and those only if the
 * variant changes a field they read.
 */
export function variantIsValid(s: Scenario, chain: PackChain, variant: unknown): boolean {
  const payment = readPayment(variant);
  if (!payment) return false;
  const i = s.payments.length - 1;
  if (sameCheckedFields(payment, s.payments[i] as Payment)) return true;
  const paidYears: number[] = [];
  for (let k = 0; k < i; k++) {
    const earlier = s.payments[k] as Payment;
    if (earlier.scheme === 'resident') paidYears.push(...earlier.years);
  }
  const errors: ValidationError[] = [];
  checkPayment(s, chain, payment, i, paidYears, errors);
  checkEmployeeCover(s, payment, i, errors);
  return errors.length === 0 && !s.history.years.some(({ year }) => paidYears.includes(year));
}
