// lastInWindowDay: the last day any region the packs stand for still takes a payment for a
// benefit year in its window or extended period (R1, R1a, §8). How to pay says "your cover has
// lapsed since" only after it, so it must never be a day on which some run still places the
// payment in a window or an extension.
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/calc/dates';
import { lastInWindowDay } from '../../src/calc';
import { chainFor, packIds, runShipped as run } from '../fixtures/packs';
import { residentPay, scenario } from '../fixtures/scenarios';

describe('lastInWindowDay', () => {
  it('named: national and 江西 2026 (extended period to 28 February), 2025 under national', () => {
    expect(lastInWindowDay(chainFor('national'), 2026)).toBe('2026-02-28');
    expect(lastInWindowDay(chainFor('jiangxi'), 2026)).toBe('2026-02-28');
    expect(lastInWindowDay(chainFor('national'), 2025)).toBe('2025-02-28');
  });

  it('for every shipped chain, 2025 to 2027: on the day after it, no run places the payment in a window or an extension', () => {
    let checked = 0;
    for (const id of packIds) {
      for (const year of [2025, 2026, 2027]) {
        const last = lastInWindowDay(chainFor(id), year);
        if (last === null) continue;
        const day = addDays(last, 1);
        const r = run(scenario({ asOf: day, region: id, years: { [year - 1]: 'resident' }, payments: [residentPay(day, [year])] }));
        const step = r.trace.find((t) => t.rule === 'R1');
        // The run shown is one of the runs: under a range, every run that placed it in a window would give an outcome from 1 January or the payment date.
        expect(step?.step, `${id} ${year}`).toBe('outside');
        expect(r.main.restoration.kind === 'date' && r.main.restoration.date <= day, `${id} ${year}`).toBe(false);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(packIds.length);
  });
});
