// R10 with I1: a year before 2025 that was not covered is not counted as a lapse year, and the
// step says so; it never tells such a person they count as continuously insured.
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

const r10 = (r: Result) => r.trace.find((s) => s.rule === 'R10');
const kunming = (cover2024: 'none' | 'resident') => scenario({ asOf: '2025-04-10', region: 'yunnan-kunming', years: { 2024: cover2024 }, payments: [residentPay('2025-04-10', [2025])] });

describe('R10 steps', () => {
  it('昆明, 2024 not insured, 2025 paid on 10 Apr 2025: "2024 not covered, but not counted", with the I1 note', () => {
    const r = run(kunming('none'));
    expect(r10(r)).toMatchObject({ step: 'notCounted', params: { lapseYears: 0, countFrom: 2025, year: 2024 } });
    expect(r.notes.map((n) => n.id)).toContain('I1');
  });

  it('the same with 2024 covered: continuously insured', () => {
    const r = run(kunming('resident'));
    expect(r10(r)).toMatchObject({ step: 'continuous', params: { lapseYears: 0 } });
    expect(r10(r)?.params).not.toHaveProperty('year');
  });

  it('a lapse counted from 2025 keeps its step', () => {
    const r = run(scenario({ asOf: '2025-12-03', region: 'liaoning-fuxin', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2025-12-03', [2026])] }));
    expect(r10(r)).toMatchObject({ step: 'lapsed', params: { lapseYears: 1, from: 2025, to: 2025 } });
  });
});
