// Where some region no longer accepted a late payment for its year (RULES.md R1b: 甘肃 closes late
// enrolment after its supplementary period), the payment bought no cover there and started no wait;
// everywhere else its wait ran from the payment day (R7). The periods keep that wait, marked as
// holding only where the payment was accepted (Period.ifAcceptedFor), rather than dropping it: the
// headline states a wait from the payment day, and the timeline had none (newcomer review, finding 5).
import { describe, expect, it } from 'vitest';
import type { Result, Scenario } from '../../src/calc';
import { runShipped } from '../fixtures/packs';
import { residentPay, scenario } from '../fixtures/scenarios';

/** Covered 2023–2024, no cover in 2025, 2026 paid on 15 Mar 2026 (after every window and extension closed). */
const paidInMarch = (asOf: string, region = 'national'): Scenario => scenario({ asOf, region, years: { 2023: 'resident', 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-03-15', [2026])] });

const run = (s: Scenario): Result => runShipped(s);

describe('a wait that holds only where the region still accepted the payment', () => {
  it('national rules, 2025 lapsed, 2026 paid on 15 Mar 2026, seen on 7 Dec 2026: the wait from 15 Mar to 31 May where the payment was accepted, then "depends on your region"', () => {
    const r = run(paidInMarch('2026-12-07'));
    // R7 from the payment day: 1 Jun (the payment month counted as month 1, 3 months) to 16 Jul
    // (every lapse year adds a month, counted to the next day); 甘肃 (R1b closed) gives no cover.
    expect(r.main.restoration).toMatchObject({ kind: 'range', earliest: '2026-06-01', latest: '2026-07-16', noCoverPossible: true });
    const outcomes = r.main.restoration.kind === 'range' ? r.main.restoration.outcomes.map((o) => o.restoration) : [];
    expect(outcomes).toContainEqual({ kind: 'noCover', year: 2026 });
    expect(r.main.waiting?.start).toBe('2026-03-15');
    expect(r.periods).toEqual([
      { kind: 'covered', from: '2023-01-01', to: '2023-12-31' },
      { kind: 'covered', from: '2024-01-01', to: '2024-12-31' },
      { kind: 'lapse', from: '2025-01-01', to: '2025-12-31' },
      { kind: 'waiting', from: '2026-03-15', to: '2026-05-31', ifAcceptedFor: 2026 },
      { kind: 'uncertain', from: '2026-06-01', to: '2026-12-31' },
    ]);
    expect(r.status).toBe('uncertain');
  });

  it('during that wait the status is "paid, not yet covered", never "waiting": where payments had closed there is no wait', () => {
    expect(run(paidInMarch('2026-05-01')).status).toBe('paidNotYetCovered');
  });

  it('a pinned region that accepted the payment (江西) keeps its plain wait, with no condition', () => {
    const r = run(paidInMarch('2026-12-07', 'jiangxi'));
    expect(r.periods.filter((p) => p.kind === 'waiting')).toEqual([{ kind: 'waiting', from: '2026-03-15', to: '2026-05-31' }]);
    expect(r.periods.some((p) => p.ifAcceptedFor !== undefined)).toBe(false);
  });
});
