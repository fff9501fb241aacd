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

describe('I1 (lapses before 2025 not counted) only where the person could have had one', () => {
  const notes = (s: Scenario) => run(s).notes.map((n) => n.id);

  it('an adult not covered 2024-2026, 2027 paid on 20 Dec 2026: the note stands (2024 is left out)', () => {
    expect(notes(scenario({ asOf: '2026-11-25', years: { 2024: 'none', 2025: 'none', 2026: 'none' }, payments: [residentPay('2026-12-20', [2027], 0, 'planned')] }))).toContain('I1');
  });

  it.each([
    ['born 1 Jun 2026, 2027 paid on 20 Dec 2026 (national)', scenario({ asOf: '2026-11-25', payments: [residentPay('2026-12-20', [2027], 0, 'planned')], circumstances: { birthDate: '2026-06-01' } })],
    ['born 20 Nov 2025, 2026 paid on 15 Jan 2026 (national)', scenario({ asOf: '2026-01-15', payments: [residentPay('2026-01-15', [2026])], circumstances: { birthDate: '2025-11-20' } })],
    ['born 1 Jun 2026 in 湖南, 2026 enrolled late on 25 Nov', scenario({ asOf: '2026-11-25', region: 'hunan', payments: [residentPay('2026-11-25', [2026], 0, 'planned')], circumstances: { birthDate: '2026-06-01', parentInsured: true } })],
  ])('a baby %s: no such note, it was born after', (_name, s) => {
    expect(notes(s)).not.toContain('I1');
  });
});
