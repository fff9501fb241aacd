// Scenario -> Answers, for share links and embed prefills. Lossless for scenarios the
// wizard makes; anything else was already rejected by the scenario schema. Takes a current
// (v2) Scenario: decoders upgrade older ones first (migrateScenario), so a v1 link arrives
// here with every rules-v2 question unanswered.
import type { Scenario } from '../../calc';
import { historyRows, lastHistoryYear, noCircumstances } from './answers';
import type { Answers, HistoryRow } from './answers';
import { toScenario } from './to-scenario';

export function fromScenario(s: Scenario): Answers {
  const main = s.payments[s.payments.length - 1];
  if (!main) throw new RangeError('a valid scenario has at least one payment');
  const rows: HistoryRow[] = s.history.years.map((y) => ({ year: y.year, cover: y.cover }));
  for (const p of s.payments.slice(0, -1)) {
    if (p.scheme === 'resident') for (const year of p.years) rows.push({ year, cover: 'residentLate', latePaidOn: p.date });
  }
  const period = s.history.employeePeriods.at(-1);
  // The employee years the period stands for, as rows where the scenario has none for them. Not
  // for a period whose start was not given: its last month is all it says (a row would date it).
  const added: number[] = [];
  if (period && !period.fromUnknown) {
    for (let y = Number(period.from.slice(0, 4)); y <= Number(period.to.slice(0, 4)); y++) {
      if (rows.some((r) => r.year === y)) continue;
      rows.push({ year: y, cover: 'employee' });
      added.push(y);
    }
  }
  const c = s.circumstances;
  const answers: Answers = {
    region: s.region,
    scheme: main.scheme,
    history: {
      // To the year before a planned payment further ahead: the scenario says the cover expected then.
      years: historyRows(s.asOf, rows, lastHistoryYear(s.asOf, { years: main.scheme === 'resident' ? main.years : [] })),
      // A first month not given stays not given (the scenario's `from` is then only the last month).
      ...(period ? { employeeLastMonth: period.to, ...(period.fromUnknown ? {} : { employeeSince: period.from }) } : {}),
      ...(period?.paidBy ? { employeePaidBy: period.paidBy } : {}),
      // An employee-scheme payment with no employee months before it: after resident years (E2), or a first enrolment.
      // (A resident year paid late counts: its row is "paid late", and the step asks those rows too.)
      ...(main.scheme !== 'resident' && !period ? { employeePrior: rows.some((r) => r.cover !== 'none') ? ('resident' as const) : ('none' as const) } : {}),
    },
    payment: {
      status: main.status,
      date: main.date,
      years: main.scheme === 'resident' ? main.years : [],
      repairYears: main.scheme === 'resident' ? main.repairYears : 0,
      backPay: main.scheme === 'resident' ? true : main.backPay,
    },
    circumstances: {
      ...noCircumstances(),
      newborn: c.birthDate !== undefined,
      ...(c.birthDate ? { birthDate: c.birthDate } : {}),
      lowIncomeNotByChoice: c.lowIncomeNotByChoice ?? false,
      newVeteran: c.newVeteran ?? false,
      ...(c.veteranDischargeDate ? { veteranDischargeDate: c.veteranDischargeDate } : {}),
      ...(c.exemptGroup
        ? { exemptGroup: c.exemptGroup.group, ...(c.exemptGroup.since ? { exemptSince: c.exemptGroup.since } : {}), ...(c.exemptGroup.newlyAdded !== undefined ? { exemptNewlyAdded: c.exemptGroup.newlyAdded } : {}) }
        : {}),
      universityEntrant: c.universityEntrant ?? false,
      subsidisedNewborn: c.subsidisedNewborn ?? false,
      ...(c.parentInsured ? { parentInsured: true } : {}),
      ...(c.newbornRegistrationDate ? { newbornRegistrationDate: c.newbornRegistrationDate } : {}),
      movedRegion: c.movedRegion ?? false,
      ...(c.premiumTier ? { premiumTier: c.premiumTier } : {}),
    },
    criticalIllness: s.criticalIllness
      ? { enabled: true, ...s.criticalIllness }
      : { enabled: false, noClaimYears: [], bonusUsedYears: [] },
  };
  return withoutDerivedSince(answers, s.asOf, added);
}

/**
 * "Paid without a break since" is optional: left blank, the scenario starts the employee months
 * in January of the first employee year (toScenario). Such a start read back as a typed answer
 * would show a month the person never gave, so it is left blank wherever blank gives the same
 * scenario (a month typed that equals it reads back blank too: the same answer either way).
 * `added`: the years fromScenario gave employee rows from the period alone.
 */
function withoutDerivedSince(a: Answers, asOf: string, added: readonly number[]): Answers {
  const since = a.history.employeeSince;
  if (since === undefined) return a;
  const history = { ...a.history };
  delete history.employeeSince;
  const blank: Answers = { ...a, history };
  // Blank with no year to date it is "start not given" (fromUnknown): not the same answer as a month typed.
  const derived = toScenario(blank, asOf).history.employeePeriods.at(-1);
  if (derived?.from === since && !derived.fromUnknown) return blank;
  // The employee schemes ask no year rows: there a blank stands for the last month paid alone
  // (toScenario), and the rows read from the period (`added`) are not the person's either.
  if (added.length === 0) return a;
  const bare: Answers = { ...blank, history: { ...history, years: history.years.map((r) => (r.cover === 'employee' && added.includes(r.year) ? { year: r.year, cover: 'none' } : r)) } };
  return JSON.stringify(toScenario(bare, asOf)) === JSON.stringify(toScenario(a, asOf)) ? bare : a;
}
