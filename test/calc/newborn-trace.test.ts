// Where the newborn rules (X1) decide the cover start, the explanation does not walk through the
// enrolment window: W26 (武汉, paid on day 91) showed "paid after the window closed on 28 Feb",
// cited from 湖北's window notices, a rule that decided nothing for the baby.
import { describe, expect, it } from 'vitest';
import { runShipped as run } from '../fixtures/packs';
import { residentPay, scenario } from '../fixtures/scenarios';

describe('the newborn explanation', () => {
  it('W26 武汉: born 1 Jan 2026, paid 1 Apr 2026: X1 explains 1 May 2026, with no window step', () => {
    const r = run(scenario({ asOf: '2026-04-01', region: 'hubei-wuhan', circumstances: { birthDate: '2026-01-01' }, payments: [residentPay('2026-04-01', [2026])] }));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-05-01' });
    expect(r.trace.map((s) => s.rule)).not.toContain('R1');
    expect(r.trace.find((s) => s.rule === 'X1')).toMatchObject({ step: 'after', params: { rule: 'nextMonthStart' } });
  });

  it('武汉: born 1 Jan 2026, paid 20 Mar 2026 (within 90 days): from birth, with no window step', () => {
    const r = run(scenario({ asOf: '2026-03-20', region: 'hubei-wuhan', circumstances: { birthDate: '2026-01-01' }, payments: [residentPay('2026-03-20', [2026])] }));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-01-01' });
    expect(r.trace.map((s) => s.rule)).not.toContain('R1');
    expect(r.trace.find((s) => s.rule === 'X1')?.step).toBe('within');
  });

  it('national, the same late payment: where some regions apply the ordinary rules to it, the window step stays in that run', () => {
    const r = run(scenario({ asOf: '2026-04-01', region: 'national', circumstances: { birthDate: '2026-01-01' }, payments: [residentPay('2026-04-01', [2026])] }));
    expect(r.main.restoration.kind).toBe('range');
    // The run explained is the latest one: the ordinary rules, 3 months from the payment, the next day.
    expect(r.trace.find((s) => s.rule === 'X1')?.params).toMatchObject({ rule: 'ordinary' });
    expect(r.trace.map((s) => s.rule)).toContain('R1');
  });
});
