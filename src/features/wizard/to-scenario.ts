// Answers -> Scenario. Pure; the only place that knows how the wizard's questions map onto
// the calculator's input.
import { SCENARIO_VERSION } from '../../calc';
import type { EmployeePeriod, Payment, Scenario } from '../../calc';
import type { Answers } from './answers';

function employeePeriods(a: Answers): EmployeePeriod[] {
  const last = a.history.employeeLastMonth;
  if (!last) return [];
  const firstEmployeeYear = a.history.years.find((r) => r.cover === 'employee')?.year;
  const since = a.history.employeeSince ?? (firstEmployeeYear !== undefined ? `${firstEmployeeYear}-01` : last);
  return [{ from: since <= last ? since : last, to: last }];
}

export function toScenario(a: Answers, asOf: string): Scenario {
  const periods = employeePeriods(a);
  const periodYears = periods.flatMap((p) => {
    const years: number[] = [];
    for (let y = Number(p.from.slice(0, 4)); y <= Number(p.to.slice(0, 4)); y++) years.push(y);
    return years;
  });
  const paidNow = new Set(a.scheme === 'resident' ? a.payment.years : []);
  const rows = a.history.years.filter((r) => !paidNow.has(r.year) && r.year <= Number(asOf.slice(0, 4)));

  const earlier: Payment[] = rows
    .filter((r) => r.cover === 'residentLate' && r.latePaidOn)
    .map((r): Payment => ({ scheme: 'resident', date: r.latePaidOn as string, years: [r.year], repairYears: 0, status: 'made' }))
    .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));

  const main: Payment =
    a.scheme === 'resident'
      ? { scheme: 'resident', date: a.payment.date, status: a.payment.status, years: [...a.payment.years].sort((x, y) => x - y), repairYears: a.payment.repairYears }
      : { scheme: a.scheme, date: a.payment.date, status: a.payment.status, backPay: a.payment.backPay };

  const c = a.circumstances;
  const ci = a.criticalIllness;
  return {
    v: SCENARIO_VERSION,
    asOf,
    region: a.region,
    history: {
      years: rows
        .filter((r) => r.cover !== 'residentLate' && !(r.cover === 'employee' && periodYears.includes(r.year)))
        .map((r) => ({ year: r.year, cover: r.cover === 'residentLate' ? 'resident' : r.cover })),
      employeePeriods: periods,
    },
    payments: [...earlier, main],
    circumstances: {
      ...(c.newborn && c.birthDate ? { birthDate: c.birthDate } : {}),
      ...(c.lowIncomeNotByChoice ? { lowIncomeNotByChoice: true } : {}),
      ...(c.newVeteran ? { newVeteran: true } : {}),
      ...(c.newVeteran && c.veteranDischargeDate ? { veteranDischargeDate: c.veteranDischargeDate } : {}),
    },
    ...(ci.enabled && ci.originalCapYuan !== undefined
      ? { criticalIllness: { originalCapYuan: ci.originalCapYuan, noClaimYears: ci.noClaimYears, bonusUsedYears: ci.bonusUsedYears } }
      : {}),
  };
}
