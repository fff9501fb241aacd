// A note appears only where it can change this person's result (a newcomer audit, Dec 2026):
// the 30-days-a-repair-year reading only where repair can still be chosen, a regional value's
// note only where its answers lead to different dates, the window's first day only where a
// region might not take the payment yet.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/calc';
import { chainFor, runShipped } from '../fixtures/packs';
import { residentPay, scenario } from '../fixtures/scenarios';

const noteIds = (s: Scenario) => runShipped(s, chainFor(s.region)).notes.map((n) => n.id);

describe('R5: "30 days a repair year" (R5.repairDays)', () => {
  it('national, 2025 lapsed, 2026 paid on 2025-12-03 with no repair: noted, since a repair year would have shortened the wait where every lapse year counts (the comparison option gives that date)', () => {
    const s = scenario({ asOf: '2026-11-25', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2025-12-03', [2026])] });
    const result = runShipped(s, chainFor('national'));
    expect(result.main.restoration).toMatchObject({ kind: 'range', earliest: '2026-04-01', latest: '2026-05-01' });
    expect(result.options.some((o) => o.kind === 'repair' && o.repairYears === 1)).toBe(true);
    expect(noteIds(s)).toContain('R5.repairDays');
  });

  it('covered 2025, 2026 paid after the window (a fixed wait, nothing a repair year removes): not noted', () => {
    const s = scenario({ asOf: '2026-11-25', years: { 2025: 'resident' }, payments: [residentPay('2026-06-10', [2026])] });
    expect(noteIds(s)).not.toContain('R5.repairDays');
  });

  it('the same payment planned for 2025-12-03, seen on 2025-11-20: noted (a repair year could still shorten a wait counted in days)', () => {
    const s = scenario({ asOf: '2025-11-20', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2025-12-03', [2026], 0, 'planned')] });
    expect(noteIds(s)).toContain('R5.repairDays');
  });
});

describe('R1b: 兰州 closing 2025 after 28 February (R1b.closed2025)', () => {
  it('national, low-income, 2025 paid on 2025-06-10: the same dates whether or not 2025 has closed, so not noted', () => {
    const s = scenario({ asOf: '2026-11-25', payments: [residentPay('2025-06-10', [2025])], circumstances: { lowIncomeNotByChoice: true } });
    expect(runShipped(s, chainFor('national')).main.restoration).toMatchObject({ kind: 'range', earliest: '2025-06-10', latest: '2025-06-11', noCoverPossible: false });
    expect(noteIds(s)).not.toContain('R1b.closed2025');
  });

  it('national, 2024 covered, 2025 paid on 2025-06-10: no cover where 2025 has closed, so noted', () => {
    const s = scenario({ asOf: '2026-11-25', years: { 2024: 'resident' }, payments: [residentPay('2025-06-10', [2025])] });
    expect(runShipped(s, chainFor('national')).main.restoration).toMatchObject({ kind: 'range', noCoverPossible: true });
    expect(noteIds(s)).toContain('R1b.closed2025');
  });
});

describe('R1: the window opening on 1 September (R1.typicalWindow)', () => {
  it('武汉 newborn born 2026-01-01, enrolled 2026-04-01: not noted (every window opens before 2026)', () => {
    const s = scenario({ asOf: '2026-11-25', region: 'hubei-wuhan', payments: [residentPay('2026-04-01', [2026])], circumstances: { birthDate: '2026-01-01' } });
    expect(runShipped(s, chainFor('hubei-wuhan')).main.restoration).toEqual({ kind: 'date', date: '2026-05-01' });
    expect(noteIds(s)).not.toContain('R1.typicalWindow');
  });

  it('阜新, 2026 paid on 2025-11-20, before the latest known opening (30 November): noted', () => {
    const s = scenario({ asOf: '2026-11-25', region: 'liaoning-fuxin', payments: [residentPay('2025-07-03', [2025]), residentPay('2025-11-20', [2026])] });
    expect(noteIds(s)).toContain('R1.typicalWindow');
  });
});
