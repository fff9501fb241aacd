// Note.changesNothing from the data (quiet-notes.ts, lapse-count.ts): a note is marked only where
// the dates shown are the same without it; every note is still in the result.
import { describe, expect, it } from 'vitest';
import type { EmployeePeriod, Result, Scenario } from '../../src/calc';
import { chainFor, runShipped } from '../fixtures/packs';
import { residentPay, scenario } from '../fixtures/scenarios';

/** Each note as "id param", with whether it is marked as changing nothing. */
function marks(s: Scenario): Record<string, boolean> {
  const result: Result = runShipped(s, chainFor(s.region));
  return Object.fromEntries(result.notes.map((n) => [typeof n.params.param === 'string' ? `${n.id} ${n.params.param}` : n.id, n.changesNothing === true]));
}

describe('江西, employee cover 2023-01 to 2025-12, 2026 none, 2027 planned on 2026-12-07 (newcomer review, situation 5)', () => {
  const s = scenario({
    asOf: '2026-12-07',
    region: 'jiangxi',
    years: { 2023: 'employee', 2024: 'employee', 2025: 'employee', 2026: 'none' },
    employeePeriods: [{ from: '2023-01', to: '2025-12' } as EmployeePeriod],
    payments: [residentPay('2026-12-07', [2027], 0, 'planned')],
  });

  it('1 April to 1 July 2027; the day-based readings (read only where waits count days, which give the same days as months) and the 2025 start of counting (2025 was employee cover) change nothing', () => {
    const r = runShipped(s, chainFor('jiangxi'));
    expect(r.main.restoration).toMatchObject({ kind: 'range', earliest: '2027-04-01', latest: '2027-07-01' });
    expect(r.main.restoration.kind === 'range' && r.main.restoration.outcomes.map((o) => (o.restoration.kind === 'date' ? o.restoration.date : null))).toEqual(['2027-04-01', '2027-05-01', '2027-07-01']);
    expect(marks(s)).toEqual({
      'R1.windowNotAnnounced resident.windowEnd': false,
      'I1 resident.countLapsesFromYear': true,
      'I2 resident.employeeYearsCountAsCovered': false,
      'E3.switchRegional switch.longGapWaitMonths': false,
      'R11.personalAccount': false,
      fallback: false,
      'R4.everyYear resident.variableReading': false,
      'R4.daysPerYear resident.variableDaysPerLapseYear': true,
      'R5.repairDays resident.repairDaysPerYear': true,
    });
  });
});

describe('where the same readings do move a date, they are not marked', () => {
  it('national, 2023 and 2024 covered, 2025 lapsed, 2026 paid on 2026-03-15 after the window: days and months give different days (1 June to 16 July 2026)', () => {
    const s = scenario({ asOf: '2026-12-07', years: { 2023: 'resident', 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-03-15', [2026])] });
    expect(runShipped(s, chainFor('national')).main.restoration).toMatchObject({ kind: 'range', earliest: '2026-06-01', latest: '2026-07-16' });
    const m = marks(s);
    expect(m['R4.daysPerYear resident.variableDaysPerLapseYear']).toBe(false);
    expect(m['R5.repairDays resident.repairDaysPerYear']).toBe(false);
    expect(m['R7.daysSameDay']).toBe(false);
    // 2024 was covered: counting from 2025 or earlier, the lapse is the same one year.
    expect(m['I1 resident.countLapsesFromYear']).toBe(true);
  });

  it('national, 2023 covered, 2024 and 2025 lapsed, 2026 paid on 2025-12-03: lapses before 2025 not counted shortens the wait (2024 would count), so I1 is not marked', () => {
    const s = scenario({ asOf: '2026-12-07', years: { 2023: 'resident', 2024: 'none', 2025: 'none' }, payments: [residentPay('2025-12-03', [2026])] });
    expect(runShipped(s, chainFor('national')).main.restoration).toMatchObject({ kind: 'range', earliest: '2026-04-01', latest: '2026-05-01' });
    expect(marks(s)['I1 resident.countLapsesFromYear']).toBe(false);
  });

  it('湖南 (waits counted in days), 2025 covered, 2026 lapsed, 2027 planned on 2026-12-07: the 30 days a lapse year give 1 May where every year counts, so marked as changing something', () => {
    const s = scenario({ asOf: '2026-12-07', region: 'hunan', years: { 2025: 'resident', 2026: 'none' }, payments: [residentPay('2026-12-07', [2027], 0, 'planned')] });
    expect(runShipped(s, chainFor('hunan')).main.restoration).toMatchObject({ kind: 'range', earliest: '2027-04-01', latest: '2027-05-01' });
    const m = marks(s);
    expect(m['R4.daysPerYear resident.variableDaysPerLapseYear']).toBe(false);
    expect(m['R5.repairDays resident.repairDaysPerYear']).toBe(false);
  });
});
