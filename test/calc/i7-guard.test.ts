// I7 (RULES.md §7): cover never starts before the money arrives. Counted from 1 Jan (R7), a
// wait ends before the payment only in a window longer than any region's known one, so the
// guard is tested under a fixture pack whose window runs to 30 June (test/fixtures/long-window.ts).
// Where it moves the date, the "why" has a step saying so, in both languages; where it does not,
// no such step.
import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/calc';
import type { Result, Scenario } from '../../src/calc';
import en from '../../src/i18n/locales/en.json';
import zh from '../../src/i18n/locales/zh-CN.json';
import { stepKey } from '../../src/features/result/result-keys';
import { LONG_WINDOW, longWindowChain } from '../fixtures/long-window';
import { residentPay, scenario } from '../fixtures/scenarios';

function run(s: Scenario): Result {
  const outcome = calculate(s, longWindowChain());
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
}

/** Lapsed in 2025 (covered 2024), paying for 2026 on `date`, in the fixture's window. */
const lapsedPaying = (date: string) => run(scenario({ asOf: date, region: LONG_WINDOW, years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay(date, [2026])] }));

describe('I7: cover never before the payment', () => {
  it('a lapsed payer in May, inside a window to 30 June: 3 months from 1 Jan would be 1 Apr, so cover is from the payment date, and the why says so', () => {
    const r = lapsedPaying('2026-05-10');
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-05-10' });
    const rules = r.trace.map((s) => `${s.rule}.${s.step}`);
    expect(rules).toContain('R7.fromJan1');
    // Right after the step that counted the earlier day.
    expect(rules.indexOf('I7.notBeforePayment')).toBe(rules.indexOf('R7.fromJan1') + 1);
    const step = r.trace.find((s) => s.rule === 'I7');
    expect(step?.params).toEqual({ counted: '2026-04-01', paymentDate: '2026-05-10', coverStart: '2026-05-10' });
    expect(step?.sources).toContain('S1');
  });

  it('has words in both languages, with every value they name', () => {
    const step = lapsedPaying('2026-05-10').trace.find((s) => s.rule === 'I7');
    if (!step) throw new Error('no I7 step');
    const [group, rule, name] = stepKey(step).split('.') as [string, string, string];
    for (const tree of [en, zh] as const) {
      const text = (tree as unknown as Record<string, Record<string, Record<string, string>>>)[group]?.[rule]?.[name];
      expect(text).toBeTypeOf('string');
      for (const [, p] of (text as string).matchAll(/\{\{(\w+)\}\}/g)) expect(step.params).toHaveProperty(p as string);
    }
  });

  it('no step where the guard changes nothing: paid in March, the wait ends on 1 Apr, after the payment', () => {
    const r = lapsedPaying('2026-03-10');
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-04-01' });
    expect(r.trace.some((s) => s.rule === 'I7')).toBe(false);
  });
});
