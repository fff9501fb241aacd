// I4 advice a later payment already follows is not given (resident.ts continuedBy); advice still open stays.
import { describe, expect, it } from 'vitest';
import type { Result, Scenario } from '../../src/calc';
import { chainFor, runShipped } from '../fixtures/packs';
import { residentPay, scenario } from '../fixtures/scenarios';
import { v1DefaultsChain } from '../fixtures/v1-defaults';

const run = (s: Scenario): Result => runShipped(s, s.region === 'test-v1-defaults' ? v1DefaultsChain() : chainFor(s.region));
const ids = (r: Result) => r.warnings.map((w) => w.id);
const lapsed2024 = { 2024: 'none' } as const;

describe('advice a later payment has followed', () => {
  it('2025 paid late (wait past 31 Dec), 2026 paid after it: no "also pay the next year"; the cover date stays 2026-01-10', () => {
    const r = run(scenario({ asOf: '2025-11-20', region: 'test-v1-defaults', years: lapsed2024, payments: [residentPay('2025-10-10', [2025]), residentPay('2025-11-20', [2026])] }));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-01-10' });
    expect(ids(r)).toContain('noCoverInYear');
    expect(ids(r)).not.toContain('paysForNothing');
  });

  it('the same 2025 payment alone keeps the advice', () => {
    const r = run(scenario({ asOf: '2025-10-10', region: 'test-v1-defaults', years: lapsed2024, payments: [residentPay('2025-10-10', [2025])] }));
    expect(r.main.restoration).toEqual({ kind: 'needsNextYear', date: '2026-01-10', year: 2026 });
    expect(ids(r)).toContain('paysForNothing');
  });

  it('2026 skipped and 2027 paid instead: the 2025 payment\'s advice was not followed, so it stays', () => {
    const r = run(scenario({ asOf: '2026-12-01', region: 'test-v1-defaults', years: lapsed2024, payments: [residentPay('2025-10-10', [2025]), residentPay('2026-12-01', [2027])] }));
    expect(ids(r)).toContain('paysForNothing');
  });

  it('2026 paid only after the wait ended (W36: 2027-06-01 after a wait to 2027-03-01): the 2026 payment still bought nothing, so the advice stays', () => {
    const r = run(scenario({ asOf: '2026-12-01', region: 'liaoning-fuxin', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-12-01', [2026]), residentPay('2027-06-01', [2027], 0, 'planned')] }));
    expect(ids(r)).toContain('paysForNothing');
  });

  it('under the national pack too (W17 history): the range keeps no "also pay the next year"', () => {
    const r = run(scenario({ asOf: '2025-11-20', region: 'national', employeePeriods: [{ from: '2023-01', to: '2025-05' }], payments: [residentPay('2025-10-10', [2025]), residentPay('2025-11-20', [2026])] }));
    expect(ids(r)).not.toContain('paysForNothing');
  });

  it('national pack, 2026 paid on 2026-02-10 after a 2025 payment whose wait ends on a regional day: the advice only where the wait had ended by then, and flagged "in some regions"', () => {
    const r = run(scenario({ asOf: '2026-02-10', region: 'national', years: { 2023: 'resident', 2024: 'none' }, payments: [residentPay('2025-11-20', [2025]), residentPay('2026-02-10', [2026])] }));
    const kept = r.warnings.filter((w) => w.id === 'paysForNothing');
    expect(kept.length).toBeGreaterThan(0);
    for (const w of kept) {
      expect(w.someRegions).toBe(true);
      expect(String(w.params.coverStart) <= '2026-02-10').toBe(true);
    }
  });
});
