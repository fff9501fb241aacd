// X2 with a time limit (exempt.groups withinDays): 江西 exempts a graduate returning home (and
// others) only when they enrol within 90 days of the event (P-JX1). Paid later, the ordinary
// rules apply, and the step gives the limit and the last day it allowed, so the person can check them.
import { describe, expect, it } from 'vitest';
import { runShipped as run } from '../fixtures/packs';
import { residentPay, scenario } from '../fixtures/scenarios';

const graduate = (date: string) =>
  scenario({ asOf: date, region: 'jiangxi', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay(date, [2026])], circumstances: { exemptGroup: { group: 'graduateReturning', since: '2026-07-01' } } });

describe('X2 with a time limit (江西, a graduate returning home on 2026-07-01, 90 days)', () => {
  it('paid on the last day allowed (2026-09-29): no wait, from the next day', () => {
    const r = run(graduate('2026-09-29'));
    expect(r.main.exemption).toBe('exemptGroup');
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-09-30' });
  });

  it('paid a day later (2026-09-30): the ordinary rules, and the step names the 90 days and the last day', () => {
    const r = run(graduate('2026-09-30'));
    expect(r.main.exemption).toBeNull();
    expect(r.warnings.map((w) => w.id)).toContain('exemptGroupTooLate');
    expect(r.trace.find((t) => t.rule === 'X2' && t.step === 'groupTooLate')?.params).toEqual({ group: 'graduateReturning', since: '2026-07-01', withinDays: 90, lastDay: '2026-09-29' });
  });
});
