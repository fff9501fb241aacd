// Finding 2 of the second newcomer review: someone whose employer stopped paying chooses between
// paying as a flexible worker (the employee scheme, monthly, E1-E3) and joining the resident
// scheme (yearly, R1-R8), but each result answered only for the scheme chosen on the first step.
// So the result of a planned payment by someone whose most recent cover was employee-scheme cover
// also works out the other scheme's answer: the same calculator on the person's own scenario with
// only the planned payment swapped (no rule of its own; RULES.md E2 and R1-R8 decide the date),
// as paid-by-alternative.ts does for who paid. The result screen shows it as one card
// (other-scheme-card.tsx) with a way to switch the answers to it.
import { calculate, monthIndex, monthOf, PackChain, premiumTierSchema, yearOf } from '../../calc';
import { FIRST_HISTORY_YEAR } from '../wizard/answers';
import type { EmployeePayment, Payment, PremiumTier, Restoration, ResidentPayment, Result, RulePack, Scenario } from '../../calc';

/** The other scheme's answer for the same person on the same day. */
export interface OtherSchemeAnswer {
  /** The scheme of the swapped payment: resident (from a flexible worker's plan) or flexible (from a resident plan). */
  scheme: 'resident' | 'flexible';
  /** The person's scenario with the planned payment swapped: what "work it out for this scheme" shows. */
  scenario: Scenario;
  /** Resident: the benefit years paid. Flexible: empty. */
  years: number[];
  /** Resident: the current benefit year, where paying it too was looked at and gives no earlier cover (R8, I4, W3/W17). */
  skippedYear: number | null;
  /** Flexible: whether the missed months are back-paid (only within E1's 3 months). */
  backPay: boolean;
  restoration: Restoration;
  /**
   * Resident: the yearly premium of the first year paid (R1c): this payment's where the packs
   * price it for the person, else the personal contribution of each tier they state; empty where none.
   */
  premiums: { tier: string; yuan: number; full: boolean }[];
}

/** E1/E2 (S5): the most whole months of a gap that may be back-paid in `year`, as the chain sets it (`employee.noWaitGapMonths`); null where it is not pinned. */
function backPayMonths(chain: readonly RulePack[], year: number): number | null {
  if (chain.length === 0) return null;
  const packs = new PackChain(chain);
  if (year < packs.years.from || year > packs.years.to || packs.isRegional('employee.noWaitGapMonths', year)) return null;
  return packs.find('employee.noWaitGapMonths', year)?.value ?? null;
}

/** The last month of employee-scheme cover, where employee-scheme cover is the most recent cover before the payment; else null. */
function lastEmployeeMonth(scenario: Scenario, payment: Payment): string | null {
  const month = monthOf(payment.date);
  const periods = scenario.history.employeePeriods.filter((p) => p.to < month).map((p) => p.to);
  const rows = scenario.history.years.filter((r) => r.cover === 'employee').map((r) => `${r.year}-12`);
  const last = [...periods, ...rows].filter((m) => m < month).sort().at(-1) ?? null;
  if (last === null) return null;
  // Resident years (as rows, or paid by earlier payments) run to 31 December: cover in a year after the employee months' year is more recent.
  const earlier = scenario.payments.slice(0, -1).flatMap((p) => (p.scheme === 'resident' ? p.years : []));
  const residentYears = [...scenario.history.years.filter((r) => r.cover === 'resident').map((r) => r.year), ...earlier];
  return residentYears.some((y) => y >= Number(last.slice(0, 4))) ? null : last;
}

/**
 * The scenarios to try for the other scheme, the planned payment swapped and everything else the
 * person's own; empty where the card does not apply: a payment made (the choice is behind them), a
 * newborn (resident scheme only), an employer's payment (no choice of scheme), or a most recent
 * cover that was not employee-scheme cover (the person is not choosing after an employer stopped).
 */
export function otherSchemeScenarios(scenario: Scenario, chain: readonly RulePack[]): { scenario: Scenario; years: number[] }[] {
  const payment = scenario.payments.at(-1);
  if (!payment || payment.status !== 'planned' || scenario.circumstances.birthDate !== undefined) return [];
  if (payment.scheme === 'employee') return [];
  const last = lastEmployeeMonth(scenario, payment);
  if (last === null) return [];
  if (payment.scheme === 'flexible') {
    // A flexible worker's own answers the resident scheme does not read: who paid (E3a) and a move between regions (S5 ①).
    const employeePeriods = scenario.history.employeePeriods.map((p) => {
      const period = { ...p };
      delete period.paidBy;
      // Months whose first was not given: the resident scheme's questions read them beside a year
      // of employee-scheme cover, from that year's January (to-scenario.ts), so the answers the
      // button gives work out to this same scenario.
      const year = Number(p.to.slice(0, 4));
      if (period.fromUnknown && year >= FIRST_HISTORY_YEAR) {
        delete period.fromUnknown;
        period.from = `${year}-01`;
      }
      return period;
    });
    const circumstances = { ...scenario.circumstances };
    delete circumstances.movedRegion;
    const y = yearOf(payment.date);
    // The years a person would pay on that day: next year in its window (where open, or open in
    // some regions), this year late, or both. The calculator refuses those it cannot take (a
    // window not yet open anywhere, date.beforeWindow; a year already past).
    return [[y + 1], [y], [y, y + 1]].map((years) => {
      const swapped: ResidentPayment = { scheme: 'resident', date: payment.date, status: 'planned', years, repairYears: 0 };
      return { scenario: { ...scenario, history: { ...scenario.history, employeePeriods }, payments: [...scenario.payments.slice(0, -1), swapped], circumstances }, years };
    });
  }
  // Resident → flexible: employee months are needed to count the gap (E4); back-paid only where E1 allows it.
  if (scenario.history.employeePeriods.length === 0) return [];
  const gap = monthIndex(monthOf(payment.date)) - monthIndex(last) - 1;
  const limit = backPayMonths(chain, yearOf(payment.date));
  const swapped: EmployeePayment = { scheme: 'flexible', date: payment.date, status: 'planned', backPay: limit !== null && gap >= 1 && gap <= limit };
  // The resident scheme's own answers (R1c tiers, exemptions X2, bonuses B1-B4) and resident years
  // are not the employee scheme's: its history is the employee cover (as the wizard gives it).
  const c = scenario.circumstances;
  const circumstances = { ...(c.movedRegion ? { movedRegion: true } : {}) };
  const years = scenario.history.years.filter((r) => r.cover === 'employee');
  const payments = [...scenario.payments.slice(0, -1).filter((p) => p.scheme !== 'resident'), swapped];
  const rest: Scenario = { v: scenario.v, asOf: scenario.asOf, region: scenario.region, history: { years, employeePeriods: scenario.history.employeePeriods }, payments, circumstances };
  return [{ scenario: rest, years: [] }];
}

/** A dated outcome's first day, for ranking: the first covered day (no cover, or cover only with another year paid: none). */
function coverDays(r: Restoration): { first: string; last: string } {
  const none = '9999-12-31';
  if (r.kind === 'date') return { first: r.date, last: r.date };
  if (r.kind !== 'range') return { first: none, last: none };
  const dated = r.outcomes.flatMap((o) => (o.restoration.kind === 'date' ? [o.restoration.date] : [])).sort();
  const sure = r.noCoverPossible || r.outcomes.some((o) => o.restoration.kind !== 'date');
  return { first: dated[0] ?? none, last: sure ? none : (dated.at(-1) ?? none) };
}

/** The personal contribution per tier (or the full premium) that the packs pin for `year`; empty where they price none. */
export function residentPremiums(chain: readonly RulePack[], year: number): OtherSchemeAnswer['premiums'] {
  if (chain.length === 0) return [];
  const packs = new PackChain(chain);
  if (year < packs.years.from || year > packs.years.to || packs.isRegional('resident.premium', year)) return [];
  const value = packs.find('resident.premium', year)?.value;
  if (!value) return [];
  return premiumTierSchema.options.flatMap((tier: PremiumTier) => {
    const yuan = value.personal[tier];
    return typeof yuan === 'number' ? [{ tier, yuan, full: false }] : [];
  });
}

/**
 * The other scheme's answer: of the payments tried (otherSchemeScenarios), the one with the
 * earliest first covered day, then the earliest day cover is certain, then the fewest years paid
 * (a late payment for this year adds a year's premium and can delay next year's cover, R8/I4).
 * Null where the card does not apply or no swapped scenario calculates. Never throws.
 */
export function otherSchemeAnswer(scenario: Scenario, chain: readonly RulePack[]): OtherSchemeAnswer | null {
  let best: { tried: ReturnType<typeof otherSchemeScenarios>[number]; result: Result; first: string; last: string } | null = null;
  const valid: number[][] = [];
  for (const t of otherSchemeScenarios(scenario, chain)) {
    // Both years together only where next year alone can be paid that day (its window open, or
    // open in some regions): the calculator checks the first year's window only.
    const next = t.years[1];
    if (next !== undefined && !valid.some((ys) => ys.length === 1 && ys[0] === next)) continue;
    const outcome = calculate(t.scenario, chain);
    if (!outcome.ok) continue;
    valid.push(t.years);
    const restoration = outcome.result.main.restoration;
    const { first, last } = coverDays(restoration);
    const better = !best || first < best.first || (first === best.first && (last < best.last || (last === best.last && t.years.length < best.tried.years.length)));
    if (better) best = { tried: t, result: outcome.result, first, last };
  }
  if (!best) return null;
  const payment = best.tried.scenario.payments.at(-1) as Payment;
  const premium = best.result.main.premium;
  const scheme = payment.scheme === 'resident' ? 'resident' : 'flexible';
  const y = yearOf(payment.date);
  // Next year alone was chosen where paying this year too was possible: say that this year buys no earlier cover.
  const skippedYear = scheme === 'resident' && best.tried.years[0] === y + 1 && valid.some((ys) => ys.includes(y)) ? y : null;
  return {
    scheme,
    scenario: best.tried.scenario,
    years: best.tried.years,
    skippedYear,
    backPay: payment.scheme !== 'resident' && payment.backPay,
    restoration: best.result.main.restoration,
    premiums: scheme !== 'resident' || best.tried.years[0] === undefined ? [] : premium ? [premium] : residentPremiums(chain, best.tried.years[0]),
  };
}
