// E3's trace step says why the wait after a gap applies (RULES.md E1-E4), so the explanation
// never blames a missing back-payment that would have changed nothing.
import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/calc';
import type { Scenario } from '../../src/calc';
import { chainFor } from '../fixtures/packs';
import { employeePay, scenario } from '../fixtures/scenarios';

function e3Why(s: Scenario): unknown {
  const outcome = calculate(s, chainFor(s.region));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result.trace.find((t) => t.rule === 'E3')?.params.why;
}

describe('why the wait after an employee-scheme gap applies (青岛)', () => {
  const qingdao = (patch: Omit<Parameters<typeof scenario>[0], 'asOf' | 'region'>) => scenario({ asOf: '2026-12-01', region: 'shandong-qingdao', ...patch });

  it('a gap over three months: longGap', () => {
    expect(e3Why(qingdao({ employeePeriods: [{ from: '2023-01', to: '2025-06' }], payments: [employeePay('2026-03-10', true, 'employee', 'made')] }))).toBe('longGap');
  });

  it('two missed months not back-paid: notBackPaid', () => {
    expect(e3Why(qingdao({ employeePeriods: [{ from: '2023-01', to: '2025-12' }], payments: [employeePay('2026-03-10', false, 'flexible', 'made')] }))).toBe('notBackPaid');
  });

  it('a switch from the resident scheme without two years of cover, left to the ordinary rules: ordinary, back-paid or not', () => {
    for (const backPay of [true, false]) {
      expect(e3Why(qingdao({ years: { 2025: 'resident' }, payments: [employeePay('2026-02-10', backPay, 'employee', 'made')] }))).toBe('ordinary');
    }
  });
});
