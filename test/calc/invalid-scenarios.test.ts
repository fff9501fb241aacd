// Every validation rule, one bad scenario each: the error must point at the field the
// wizard highlights (path) with the message it shows (key). Schema errors carry zod's issue
// path; semantic ones the path validate.ts builds.
import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/calc';
import type { Payment, Scenario } from '../../src/calc';
import { chainFor } from '../fixtures/packs';
import { employeePay, residentPay, scenario } from '../fixtures/scenarios';

/** Lapsed in 2025, paying 2026 in the window: valid as it stands (checked below). */
const base = (): Scenario =>
  scenario({ asOf: '2025-11-10', years: { 2025: 'none' }, payments: [residentPay('2025-11-10', [2026])] });

/** The base scenario with some fields replaced; loosely typed so a case can break the schema. */
const withFields = (fields: Record<string, unknown>): unknown => ({ ...base(), ...fields });
const withPayment = (fields: Record<string, unknown>): unknown => withFields({ payments: [{ ...base().payments[0], ...fields }] });
const withPayments = (...payments: Payment[]): Scenario => ({ ...base(), payments });
const withHistory = (history: Record<string, unknown>): unknown => withFields({ history: { ...base().history, ...history } });
const employeeUntilMarch2025 = [{ from: '2023-01', to: '2025-03' }];

interface BadCase {
  name: string;
  input: unknown;
  path: (string | number)[];
  key: string;
  /** Errors the same input inevitably raises too; any other error means the case is muddled. */
  also?: { path: (string | number)[]; key: string }[];
}

const cases: BadCase[] = [
  // Structure (zod schema)
  { name: 'an asOf written with slashes is not a date', input: withFields({ asOf: '2025/11/10' }), path: ['asOf'], key: 'date.invalid' },
  // A link for 1900 said "the rules for this region are incomplete" (data-safety walk).
  { name: 'an asOf in 1900 is outside the years the rules cover', input: withFields({ asOf: '1900-01-01' }), path: ['asOf'], key: 'date.asOfOutsidePack', also: [{ path: ['payments', 0, 'date'], key: 'date.futureMade' }, { path: ['history', 'years', 0, 'year'], key: 'year.future' }] },
  { name: 'a payment on 30 February does not exist', input: withPayment({ date: '2025-02-30' }), path: ['payments', 0, 'date'], key: 'date.invalid' },
  { name: 'a payment in month 13 is not a date', input: withPayment({ date: '2025-13-01' }), path: ['payments', 0, 'date'], key: 'date.invalid' },
  { name: 'a scenario of version 3 is not supported', input: withFields({ v: 3 }), path: ['v'], key: 'version.unsupported' },
  // calculate() reads the current version only; the app upgrades older ones first (migrateScenario).
  { name: 'a version 1 scenario must be migrated before it is calculated', input: withFields({ v: 1 }), path: ['v'], key: 'version.unsupported' },
  { name: 'a region id with capitals and spaces is malformed', input: withFields({ region: 'Guang Zhou' }), path: ['region'], key: 'region.invalid' },
  { name: 'a scenario without payments asks nothing', input: withFields({ payments: [] }), path: ['payments'], key: 'payments.required' },
  { name: 'more than 12 payments are too many', input: withFields({ payments: Array.from({ length: 13 }, () => residentPay('2025-11-10', [2026])) }), path: ['payments'], key: 'payments.tooMany' },
  { name: 'a resident payment must pay at least one year', input: withPayment({ years: [] }), path: ['payments', 0, 'years'], key: 'years.required' },
  { name: 'a resident payment may pay at most three years', input: withPayment({ years: [2026, 2027, 2028, 2029] }), path: ['payments', 0, 'years'], key: 'years.tooMany' },
  { name: 'a benefit year before 2000 is out of range', input: withPayment({ years: [1999] }), path: ['payments', 0, 'years', 0], key: 'year.outOfRange' },
  { name: 'negative repair years are rejected', input: withPayment({ repairYears: -1 }), path: ['payments', 0, 'repairYears'], key: 'number.nonNegative' },
  { name: 'more than 30 repair years are too many', input: withPayment({ repairYears: 31 }), path: ['payments', 0, 'repairYears'], key: 'repair.tooMany' },
  { name: 'an employee period month 2025-13 is malformed', input: withHistory({ employeePeriods: [{ from: '2025-13', to: '2025-12' }] }), path: ['history', 'employeePeriods', 0, 'from'], key: 'month.invalid' },
  {
    name: 'a critical-illness cap of zero is not positive',
    input: withFields({ criticalIllness: { originalCapYuan: 0, noClaimYears: [], bonusUsedYears: [] } }),
    path: ['criticalIllness', 'originalCapYuan'],
    key: 'number.positive',
  },
  {
    name: 'a negative critical-illness cap is not positive',
    input: withFields({ criticalIllness: { originalCapYuan: -100, noClaimYears: [], bonusUsedYears: [] } }),
    path: ['criticalIllness', 'originalCapYuan'],
    key: 'number.positive',
  },

  // Circumstances scenario v2 added (RULES.md X1, X2, R1c, R12, E1, E3a)
  { name: 'an exempt group no pack knows is rejected', input: withFields({ circumstances: { exemptGroup: { group: 'nobody' } } }), path: ['circumstances', 'exemptGroup', 'group'], key: 'value.invalid' },
  { name: 'an exempt group event on 30 February is not a date', input: withFields({ circumstances: { exemptGroup: { group: 'medicalAid', since: '2025-02-30' } } }), path: ['circumstances', 'exemptGroup', 'since'], key: 'date.invalid' },
  { name: 'university entrant must be true or false', input: withFields({ circumstances: { universityEntrant: 'yes' } }), path: ['circumstances', 'universityEntrant'], key: 'value.invalid' },
  { name: 'a premium tier no pack knows is rejected', input: withFields({ circumstances: { premiumTier: 'gold' } }), path: ['circumstances', 'premiumTier'], key: 'value.invalid' },
  { name: 'a newborn registration in month 13 is not a date', input: withFields({ circumstances: { newbornRegistrationDate: '2025-13-01' } }), path: ['circumstances', 'newbornRegistrationDate'], key: 'date.invalid' },
  { name: 'moved region must be true or false', input: withFields({ circumstances: { movedRegion: 1 } }), path: ['circumstances', 'movedRegion'], key: 'value.invalid' },
  {
    name: 'an employee period paid by someone other than an employer or the person is rejected',
    input: withHistory({ employeePeriods: [{ from: '2023-01', to: '2024-06', paidBy: 'union' }] }),
    path: ['history', 'employeePeriods', 0, 'paidBy'],
    key: 'value.invalid',
  },

  // Region and pack
  { name: 'a well-formed region id that does not match the pack is unknown', input: withFields({ region: 'atlantis' }), path: ['region'], key: 'region.unknown' },
  {
    name: 'an employee payment in 2024, before the packs begin, is outside the pack',
    input: scenario({ asOf: '2025-01-10', payments: [employeePay('2024-12-15', true)] }),
    path: ['payments', 0, 'date'],
    key: 'year.outsidePack',
  },
  { name: 'a benefit year after the pack ends (2033) is outside the pack', input: scenario({ asOf: '2032-11-01', payments: [residentPay('2032-11-01', [2033])] }), path: ['payments', 0, 'years'], key: 'year.outsidePack' },

  // Resident benefit years
  { name: 'years 2026 and 2028 without 2027 are not consecutive', input: withPayments(residentPay('2025-11-10', [2026, 2028])), path: ['payments', 0, 'years'], key: 'years.notConsecutive' },
  { name: 'a past benefit year (2025 paid in March 2026) cannot be bought', input: scenario({ asOf: '2026-03-01', payments: [residentPay('2026-03-01', [2025])] }), path: ['payments', 0, 'years'], key: 'years.past' },
  {
    name: 'benefit year 2027 cannot be paid in 2025',
    input: withPayments(residentPay('2025-11-10', [2027])),
    path: ['payments', 0, 'years'],
    key: 'years.tooFarAhead',
    // A year that far ahead always has a window that has not opened yet.
    also: [{ path: ['payments', 0, 'date'], key: 'date.beforeWindow' }],
  },
  { name: 'paying 2026 in August 2025 is before its window opens', input: scenario({ asOf: '2025-08-01', payments: [residentPay('2025-08-01', [2026])] }), path: ['payments', 0, 'date'], key: 'date.beforeWindow' },
  {
    name: 'a year already paid by an earlier payment is paid twice',
    input: scenario({ asOf: '2025-12-01', payments: [residentPay('2025-11-10', [2026]), residentPay('2025-12-01', [2026])] }),
    path: ['payments', 1, 'years'],
    key: 'years.paidTwice',
  },

  // History
  {
    name: 'the same history year listed twice is a duplicate',
    input: withHistory({ years: [{ year: 2024, cover: 'resident' }, { year: 2024, cover: 'none' }] }),
    path: ['history', 'years', 1, 'year'],
    key: 'year.duplicate',
  },
  { name: 'a history year that a payment pays overlaps the payment', input: withHistory({ years: [{ year: 2026, cover: 'none' }] }), path: ['history', 'years', 0, 'year'], key: 'year.overlapsPayment' },
  { name: 'a history year two years after asOf is in the future', input: withHistory({ years: [{ year: 2027, cover: 'resident' }] }), path: ['history', 'years', 0, 'year'], key: 'year.future' },
  {
    name: 'a covered history year before birth is impossible',
    input: withFields({ history: { years: [{ year: 2024, cover: 'resident' }], employeePeriods: [] }, circumstances: { birthDate: '2025-03-01' } }),
    path: ['history', 'years', 0, 'year'],
    key: 'year.beforeBirth',
  },
  { name: 'an employee period ending before it starts is reversed', input: withHistory({ employeePeriods: [{ from: '2024-06', to: '2024-01' }] }), path: ['history', 'employeePeriods', 0, 'to'], key: 'period.reversed' },
  {
    name: 'employee periods sharing a month overlap (reported on the earlier one)',
    input: withHistory({ employeePeriods: [{ from: '2024-06', to: '2024-12' }, { from: '2023-01', to: '2024-06' }] }),
    path: ['history', 'employeePeriods', 1, 'to'],
    key: 'period.overlap',
  },
  { name: 'an employee period running past asOf is in the future', input: withHistory({ employeePeriods: [{ from: '2024-01', to: '2025-12' }] }), path: ['history', 'employeePeriods', 0, 'to'], key: 'period.future' },
  {
    name: 'an employee period before birth is impossible',
    input: withFields({ history: { years: [], employeePeriods: [{ from: '2024-01', to: '2024-06' }] }, circumstances: { birthDate: '2025-03-01' } }),
    path: ['history', 'employeePeriods', 0, 'from'],
    key: 'period.beforeBirth',
  },

  // Dates of payments and circumstances
  {
    name: 'a payment before the person was born is impossible',
    input: withFields({ asOf: '2025-11-20', history: { years: [], employeePeriods: [] }, circumstances: { birthDate: '2025-11-15' } }),
    path: ['payments', 0, 'date'],
    key: 'date.beforeBirth',
  },
  {
    name: 'a birth date after asOf is in the future',
    input: withFields({ history: { years: [], employeePeriods: [] }, payments: [residentPay('2025-11-20', [2026], 0, 'planned')], circumstances: { birthDate: '2025-11-12' } }),
    path: ['circumstances', 'birthDate'],
    key: 'date.afterAsOf',
  },
  { name: 'a discharge date after asOf is in the future', input: withFields({ circumstances: { newVeteran: true, veteranDischargeDate: '2026-01-05' } }), path: ['circumstances', 'veteranDischargeDate'], key: 'date.afterAsOf' },
  { name: 'a payment marked made cannot be after asOf', input: withFields({ asOf: '2025-11-01' }), path: ['payments', 0, 'date'], key: 'date.futureMade' },
  { name: 'a planned payment cannot be before asOf', input: withFields({ asOf: '2025-11-20', payments: [residentPay('2025-11-10', [2026], 0, 'planned')] }), path: ['payments', 0, 'date'], key: 'date.pastPlanned' },
  {
    name: 'payments listed out of date order are rejected on the later entry',
    input: scenario({ asOf: '2025-12-01', payments: [residentPay('2025-12-01', [2026]), residentPay('2025-11-10', [2025])] }),
    path: ['payments', 1, 'date'],
    key: 'payments.order',
  },
  {
    name: 'only the last payment may be planned',
    input: scenario({ asOf: '2025-11-01', payments: [residentPay('2025-11-10', [2025], 0, 'planned'), residentPay('2025-12-01', [2026], 0, 'planned')] }),
    path: ['payments', 0, 'status'],
    key: 'payments.onlyLastPlanned',
  },
  {
    name: 'an employee payment in a month the employee scheme already covers is rejected',
    input: scenario({ asOf: '2025-07-15', employeePeriods: [{ from: '2023-01', to: '2025-07' }], payments: [employeePay('2025-07-15', true)] }),
    path: ['payments', 0, 'date'],
    key: 'date.withinEmployeeCover',
  },

  // Critical illness
  {
    name: 'a no-claim year after next year is in the future',
    input: withFields({ criticalIllness: { originalCapYuan: 400_000, noClaimYears: [2025, 2027], bonusUsedYears: [] } }),
    path: ['criticalIllness', 'noClaimYears', 1],
    key: 'year.future',
  },
  {
    name: 'a bonus-used year after next year is in the future',
    input: withFields({ criticalIllness: { originalCapYuan: 400_000, noClaimYears: [], bonusUsedYears: [2028] } }),
    path: ['criticalIllness', 'bonusUsedYears', 0],
    key: 'year.future',
  },
];

describe('invalid scenarios', () => {
  it('the base scenario and an employee payment after cover ended in March are valid, so each case fails for its own reason', () => {
    expect(calculate(base(), chainFor('national')).ok).toBe(true);
    const employee = scenario({ asOf: '2025-07-15', employeePeriods: employeeUntilMarch2025, payments: [employeePay('2025-07-15', true)] });
    expect(calculate(employee, chainFor('national')).ok).toBe(true);
  });

  it.each(cases)('$name → $key at $path', ({ input, path, key, also = [] }) => {
    const outcome = calculate(input, chainFor('national'));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors).toContainEqual({ path, key });
    for (const other of also) expect(outcome.errors).toContainEqual(other);
    expect(outcome.errors).toHaveLength(1 + also.length);
  });
});
