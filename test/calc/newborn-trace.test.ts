// Where the newborn rules (X1) decide the cover start, the explanation does not walk through the
// enrolment window: W26 (武汉, paid on day 91) showed "paid after the window closed on 28 Feb",
// cited from 湖北's window notices, a rule that decided nothing for the baby.
import { describe, expect, it } from 'vitest';
import { newbornLastDays } from '../../src/calc';
import { chainFor, runShipped as run } from '../fixtures/packs';
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

describe('the last day of the newborn period (X1), where regions count it differently (newborn.dayCount)', () => {
  it('newbornLastDays: born 20 Oct 2026, 90 days: 17 Jan 2027 where the day of birth is day one (武汉), 18 Jan otherwise; national gives both, earliest first', () => {
    expect(newbornLastDays(chainFor('national'), '2026-10-20')).toEqual(['2027-01-17', '2027-01-18']);
    expect(newbornLastDays(chainFor('hubei-wuhan'), '2026-10-20')).toEqual(['2027-01-17']);
    expect(newbornLastDays(chainFor('hainan'), '2026-10-20')).toEqual(['2027-01-18']);
    // Outside the rules' years: no period to name.
    expect(newbornLastDays(chainFor('national'), '1990-01-01')).toEqual([]);
  });

  it('national, paid within both readings (3 Dec 2026): covered from birth, and the explanation names the day that holds in every region, 17 Jan, not 18 Jan', () => {
    const r = run(scenario({ asOf: '2026-12-03', region: 'national', circumstances: { birthDate: '2026-10-20' }, payments: [residentPay('2026-12-03', [2026], 0, 'planned')] }));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-10-20' });
    expect(r.trace.find((s) => s.rule === 'X1')).toMatchObject({ step: 'within', params: { lastDay: '2027-01-17' } });
  });

  it('national, paid after both readings (1 Feb 2027): the explanation says the period had ended by the later day, 18 Jan', () => {
    const r = run(scenario({ asOf: '2027-02-01', region: 'national', circumstances: { birthDate: '2026-10-20' }, payments: [residentPay('2027-02-01', [2026])] }));
    const x1 = r.trace.find((s) => s.rule === 'X1' && s.step.startsWith('after'));
    expect(x1?.params.lastDay).toBe('2027-01-18');
  });
});
