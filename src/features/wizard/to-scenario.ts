// Answers -> Scenario. Pure; the only place that knows how the wizard's questions map onto
// the calculator's input.
import { SCENARIO_VERSION } from '../../calc';
import type { EmployeePeriod, Payment, Scenario } from '../../calc';
import { aheadYears, birthYearOf, historyRowAsked, lateDayAsked } from './answers';
import type { Answers, HistoryRow } from './answers';
import { BABY_EXEMPT_GROUPS } from './question-relevance';

/**
 * The date of birth the calculator is given (a baby enrolled in the resident scheme), else null:
 * a payment before it is refused (payment-checks.ts date.beforeBirth). Not in answers.ts: only
 * the steps and the scenario read it, and answers.ts ships with the first screen.
 */
export function birthDateOf(a: Pick<Answers, 'scheme' | 'circumstances'>): string | null {
  return a.scheme === 'resident' && a.circumstances.newborn && a.circumstances.birthDate ? a.circumstances.birthDate : null;
}

/**
 * The history rows as the calculator gets them: a resident baby's years before the birth year
 * are not asked (the history step hides them), so whatever they still hold from before the date
 * of birth was given is kept in the answers but read as "not covered": nobody is covered before
 * being born.
 */
function historyOf(a: Answers): HistoryRow[] {
  // The employee schemes ask the rows only after resident years (a switch, E2): otherwise their
  // resident answers are kept for a switch back and read as not given (a year of employee cover
  // still dates the months where their first is not given, as a share link's rows do).
  if (a.scheme !== 'resident' && a.history.employeePrior !== 'resident') return a.history.years.map((r) => (r.cover === 'employee' ? r : { year: r.year, cover: 'none' }));
  const birthYear = a.scheme === 'resident' ? birthYearOf(a.circumstances) : null;
  return a.history.years.map((r) => (historyRowAsked(r, birthYear) ? r : { year: r.year, cover: 'none' }));
}

function employeePeriods(a: Answers, years: readonly HistoryRow[]): EmployeePeriod[] {
  const last = a.history.employeeLastMonth;
  if (!last) return [];
  // Employee schemes after resident years or no cover at all: months typed before that answer are kept, not given.
  if (a.scheme !== 'resident' && a.history.employeePrior) return [];
  // The resident scheme asks the employee months with an employee row (one hidden before a baby's
  // birth asks none): without one, months kept from an employee scheme's answers are not given.
  // Months that end before the first year the rows hold (a shared link's cover to 2022) have no row
  // to go with: they are given as they came.
  const firstRow = Math.min(...years.map((r) => r.year));
  const beforeRows = Number(last.slice(0, 4)) < firstRow;
  if (a.scheme === 'resident' && !years.some((r) => r.cover === 'employee') && (birthYearOf(a.circumstances) !== null || !beforeRows)) return [];
  const firstEmployeeYear = years.find((r) => r.cover === 'employee')?.year;
  const since = a.history.employeeSince ?? (firstEmployeeYear !== undefined ? `${firstEmployeeYear}-01` : last);
  // Who paid is asked only of flexible workers (E3a: cover after an employer stopped paying).
  const paidBy = a.scheme === 'flexible' ? a.history.employeePaidBy : undefined;
  // No first month given and no year of employee cover to date it: the last month is all that is
  // known, and the scenario says so (the timeline then does not show one month as all the cover).
  const fromUnknown = a.history.employeeSince === undefined && firstEmployeeYear === undefined;
  return [{ from: since <= last ? since : last, to: last, ...(paidBy ? { paidBy } : {}), ...(fromUnknown ? { fromUnknown: true } : {}) }];
}

/**
 * The rules-v2 circumstances, each only for the people its question is about (a resident, a
 * baby with a date of birth, an employee-scheme payer), and booleans only when true: a question
 * never asked stays absent, and a v1 scenario round-trips unchanged. Which region's rules can
 * use an answer is the step's concern (it drops what they cannot).
 */
function v2Circumstances(a: Answers): Partial<Scenario['circumstances']> {
  const c = a.circumstances;
  const resident = a.scheme === 'resident';
  // Newborns are enrolled in the resident scheme only: an employee payer's kept baby answers are not given.
  const baby = birthDateOf(a) !== null;
  return {
    // For a baby, only the groups a baby can belong to (a group chosen for an adult before is kept, not used).
    ...(resident && c.exemptGroup && (!baby || BABY_EXEMPT_GROUPS.has(c.exemptGroup)) ? { exemptGroup: { group: c.exemptGroup, ...(c.exemptSince ? { since: c.exemptSince } : {}), ...(c.exemptNewlyAdded !== undefined ? { newlyAdded: c.exemptNewlyAdded } : {}) } } : {}),
    ...(resident && !c.newborn && c.universityEntrant ? { universityEntrant: true } : {}),
    ...(baby && c.subsidisedNewborn ? { subsidisedNewborn: true } : {}),
    ...(baby && c.parentInsured ? { parentInsured: true } : {}),
    ...(baby && c.newbornRegistrationDate ? { newbornRegistrationDate: c.newbornRegistrationDate } : {}),
    // A move between cities moves employee cover (S5 ①): asked, and given, only after employee months.
    ...(!resident && !a.history.employeePrior && c.movedRegion ? { movedRegion: true } : {}),
    ...(resident && c.premiumTier ? { premiumTier: c.premiumTier } : {}),
  };
}

export function toScenario(a: Answers, asOf: string): Scenario {
  const history = historyOf(a);
  const periods = employeePeriods(a, history);
  const periodYears = periods.flatMap((p) => {
    const years: number[] = [];
    for (let y = Number(p.from.slice(0, 4)); y <= Number(p.to.slice(0, 4)); y++) years.push(y);
    return years;
  });
  const paidNow = new Set(a.scheme === 'resident' ? a.payment.years : []);
  // The past, and before a planned payment further ahead the years up to it, as the person
  // expects them (asked on the history step); any other year to come is not history.
  const ahead = a.scheme === 'resident' && a.payment.status === 'planned' ? aheadYears(asOf, a.payment) : [];
  const lastRow = Math.max(Number(asOf.slice(0, 4)), ...ahead);
  const rows = history.filter((r) => !paidNow.has(r.year) && r.year <= lastRow);

  // A year paid late before the rules' first year is a covered year (lateDayAsked), not a payment.
  const earlier: Payment[] = rows
    .filter((r) => r.cover === 'residentLate' && r.latePaidOn && lateDayAsked(r.year))
    .map((r): Payment => ({ scheme: 'resident', date: r.latePaidOn as string, years: [r.year], repairYears: 0, status: 'made' }))
    .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));

  const main: Payment =
    a.scheme === 'resident'
      ? { scheme: 'resident', date: a.payment.date, status: a.payment.status, years: [...a.payment.years].sort((x, y) => x - y), repairYears: a.payment.repairYears }
      : { scheme: a.scheme, date: a.payment.date, status: a.payment.status, backPay: a.payment.backPay };

  const c = a.circumstances;
  const ci = a.criticalIllness;
  // Newborns, the exempt groups and the bonus are resident-scheme rules: answers kept from that
  // scheme (for a switch back) are not the employee schemes' (the calculator reads none of them there).
  const resident = a.scheme === 'resident';
  const baby = birthDateOf(a) !== null;
  return {
    v: SCENARIO_VERSION,
    asOf,
    region: a.region,
    history: {
      years: rows
        // A year the employee cover spans is that cover's, not a row of its own. The employee
        // schemes never ask the rows: their "none" is the form's default, not a lapse the person
        // told us of (it drew years of lapse before the months given), so it is left out.
        .filter((r) => !(r.cover === 'residentLate' && lateDayAsked(r.year)) && !(a.scheme !== 'resident' && r.cover === 'none') && !((r.cover === 'employee' || a.scheme !== 'resident') && periodYears.includes(r.year)))
        .map((r) => ({ year: r.year, cover: r.cover === 'residentLate' ? 'resident' : r.cover })),
      employeePeriods: periods,
    },
    payments: [...earlier, main],
    circumstances: {
      ...(resident && c.newborn && c.birthDate ? { birthDate: c.birthDate } : {}),
      ...(resident && c.lowIncomeNotByChoice ? { lowIncomeNotByChoice: true } : {}),
      // A baby is not asked about a discharge from service: an answer from before the baby was declared is kept, not used.
      ...(resident && !baby && c.newVeteran ? { newVeteran: true } : {}),
      ...(resident && !baby && c.newVeteran && c.veteranDischargeDate ? { veteranDischargeDate: c.veteranDischargeDate } : {}),
      ...v2Circumstances(a),
    },
    ...(resident && ci.enabled && ci.originalCapYuan !== undefined
      ? { criticalIllness: { originalCapYuan: ci.originalCapYuan, noClaimYears: ci.noClaimYears, bonusUsedYears: ci.bonusUsedYears } }
      : {}),
  };
}
