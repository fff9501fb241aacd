// R7: a region that counts a wait to the day after it (广州, L-GZ) states that only for a payment
// outside the window. Paid in the window, the wait counts from 1 Jan in whole months (阜新, 青岛,
// 湖北 examples): the date is the same, and 广州's answer says it rests on our reading.
import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/calc';
import type { Result, Scenario } from '../../src/calc';
import { chainFor } from '../fixtures/packs';
import { residentPay, scenario } from '../fixtures/scenarios';

function run(s: Scenario): Result {
  const outcome = calculate(s, chainFor(s.region));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
}

const inWindow = (region: string) => scenario({ asOf: '2025-12-03', region, years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2025-12-03', [2026])] });

describe('R7 in the window where the region counts to the day after the wait', () => {
  it('广州, 2025 lapsed, 2026 paid on 3 Dec 2025: the earliest restart is 1 Apr 2026, marked as our reading', () => {
    const r = run(inWindow('guangdong-guangzhou'));
    expect(r.main.waiting?.start).toBe('2026-01-01');
    expect(r.main.restoration.kind).toBe('range');
    expect(r.main.restoration.kind === 'range' && r.main.restoration.earliest).toBe('2026-04-01');
    expect(r.notes).toContainEqual(expect.objectContaining({ id: 'R7.windowNextDay', kind: 'interpretation', rule: 'R7' }));
  });

  it('阜新 (same-day counting, L-FX) gives 1 Apr 2026 with no such note', () => {
    const r = run(inWindow('liaoning-fuxin'));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-04-01' });
    expect(r.notes.map((n) => n.id)).not.toContain('R7.windowNextDay');
  });

  it('广州, paid outside the window on 1 Mar 2026: its own example, 2 Jun 2026 (L-GZ), with no such note', () => {
    const r = run(scenario({ asOf: '2026-03-01', region: 'guangdong-guangzhou', years: { 2024: 'resident', 2025: 'resident' }, payments: [residentPay('2026-03-01', [2026])] }));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-06-02' });
    expect(r.notes.map((n) => n.id)).not.toContain('R7.windowNextDay');
  });

  it('under the national pack (day counting regional) the same in-window case carries no such note', () => {
    const r = run(inWindow('national'));
    expect(r.main.restoration.kind === 'range' && r.main.restoration.earliest).toBe('2026-04-01');
    expect(r.notes.map((n) => n.id)).not.toContain('R7.windowNextDay');
  });
});
