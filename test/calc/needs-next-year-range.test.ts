// A late payment for a year whose wait ends in the next year, wherever the region's rules fall
// (I4 under §8): the payment alone buys no cover in any region. The timeline facts say so (the
// wait, then the days it may end on, and no cover drawn after them), and so do the warnings
// (held in every region, not "in some regions", though each region's wait ends on its own day).
import { describe, expect, it } from 'vitest';
import type { Result, Scenario } from '../../src/calc';
import { runShipped } from '../fixtures/packs';
import { residentPay, scenario } from '../fixtures/scenarios';

const run = (s: Scenario): Result => runShipped(s);

/** Covered 2023–2024, no cover in 2025; 2026 alone planned for 2 Dec 2026, after every window closed. */
const late2026 = (region: string) => scenario({ asOf: '2026-12-02', region, years: { 2023: 'resident', 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-12-02', [2026], 0, 'planned')] });

describe('a range whose every restart needs the next year paid', () => {
  it('江西: 1 Mar to 3 Apr 2027, each only with 2027 paid; no region covers anyone before 3 Apr: one wait to 2 Apr, then no cover', () => {
    const r = run(late2026('jiangxi'));
    const restoration = r.main.restoration;
    expect(restoration).toMatchObject({ kind: 'range', earliest: '2027-03-01', latest: '2027-04-03', noCoverPossible: false });
    if (restoration.kind !== 'range') throw new Error('range expected');
    expect(new Set(restoration.outcomes.map((o) => o.restoration.kind))).toEqual(new Set(['needsNextYear']));
    const after2025 = r.periods.filter((p) => p.from > '2025-12-31');
    expect(after2025).toEqual([{ kind: 'waiting', from: '2026-12-02', to: '2027-04-02' }]);
  });

  it('江西, paid: on 15 Mar 2027, between the earliest and the latest day, with 2027 not paid, nobody is covered: the status is the wait, never "depends on your region"', () => {
    const s = scenario({ asOf: '2027-03-15', region: 'jiangxi', years: { 2023: 'resident', 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-12-02', [2026], 0, 'made')] });
    expect(run(s).status).toBe('waiting');
  });

  it('江西: "this payment alone buys no cover" holds in every region, whatever day the wait ends', () => {
    const r = run(late2026('jiangxi'));
    const nothing = r.warnings.filter((w) => w.id === 'paysForNothing');
    expect(nothing.map((w) => w.params.coverStart).sort()).toEqual(['2027-03-01', '2027-03-02', '2027-03-03', '2027-04-01', '2027-04-02', '2027-04-03']);
    expect(nothing.every((w) => !w.someRegions)).toBe(true);
    expect(r.warnings.filter((w) => w.id === 'noCoverInYear').every((w) => !w.someRegions)).toBe(true);
  });

  it('national rules, where some regions also stopped taking 2026 payments: the wait to 2 Apr 2027 only where the payment was accepted (there is none where payments stopped), no cover, and never a period that ends before it starts', () => {
    const r = run(late2026('national'));
    expect(r.main.restoration).toMatchObject({ kind: 'range', earliest: '2027-03-01', latest: '2027-04-03', noCoverPossible: true });
    const after2025 = r.periods.filter((p) => p.from > '2025-12-31');
    expect(after2025).toEqual([{ kind: 'waiting', from: '2026-12-02', to: '2027-04-02', ifAcceptedFor: 2026 }]);
    for (const p of r.periods) if (p.to !== null) expect(p.to >= p.from).toBe(true);
  });

  it('a range within the year paid draws the certain wait before its earliest day too (江西, 2027 paid in its window)', () => {
    const r = run(scenario({ asOf: '2026-12-02', region: 'jiangxi', years: { 2023: 'resident', 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-12-02', [2027], 0, 'planned')] }));
    expect(r.main.restoration).toMatchObject({ kind: 'range', earliest: '2027-05-01', latest: '2027-06-01' });
    expect(r.periods.filter((p) => p.from > '2026-12-31')).toEqual([
      { kind: 'waiting', from: '2027-01-01', to: '2027-04-30' },
      { kind: 'uncertain', from: '2027-05-01', to: '2027-05-31' },
      { kind: 'restored', from: '2027-06-01', to: '2027-12-31' },
    ]);
  });
});
