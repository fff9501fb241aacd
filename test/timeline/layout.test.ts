import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/calc';
import type { Result, Scenario } from '../../src/calc';
import { layoutTimeline, WIDTH } from '../../src/features/timeline/layout';
import { chainFor } from '../fixtures/packs';
import { employeePay, residentPay, scenario } from '../fixtures/scenarios';

function run(s: Scenario): Result {
  const outcome = calculate(s, chainFor(s.region));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
}

describe('timeline layout', () => {
  it('W4: lapse 2025, waiting Jan-Mar 2026, restored from 1 Apr, in order and inside the axis', () => {
    const layout = layoutTimeline(run(scenario({ asOf: '2025-12-03', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2025-12-03', [2026])] })));
    expect(layout.from).toBe('2024-01-01');
    expect(layout.to).toBe('2026-12-31');
    const kinds = layout.segments.map((s) => [s.kind, s.from, s.to]);
    expect(kinds).toEqual([
      ['lapse', '2025-01-01', '2025-12-31'],
      ['covered', '2024-01-01', '2024-12-31'],
      ['waiting', '2026-01-01', '2026-03-31'],
      ['restored', '2026-04-01', '2026-12-31'],
    ]);
    for (const s of layout.segments) {
      expect(s.x).toBeGreaterThanOrEqual(0);
      expect(s.x + s.width).toBeLessThanOrEqual(WIDTH + 0.001);
    }
    const restored = layout.segments.find((s) => s.kind === 'restored');
    expect(layout.markers.find((m) => m.kind === 'restoration')?.x).toBeCloseTo(restored?.x ?? -1, 6);
    expect(layout.markers.map((m) => m.kind)).toEqual(['today', 'payment', 'windowStart', 'windowEnd', 'restoration']);
  });

  it('W14: the retroactive months are drawn above the lapse they repair; open-ended cover reaches the edge', () => {
    const layout = layoutTimeline(run(scenario({ asOf: '2025-07-15', employeePeriods: [{ from: '2024-01', to: '2025-03' }], payments: [employeePay('2025-07-15', true)] })));
    const order = layout.segments.map((s) => s.kind);
    expect(order.indexOf('retroactive')).toBeGreaterThan(order.indexOf('lapse'));
    const restored = layout.segments.find((s) => s.kind === 'restored');
    expect(restored?.openEnded).toBe(true);
    expect((restored?.x ?? 0) + (restored?.width ?? 0)).toBeCloseTo(WIDTH, 6);
  });

  it('keeps at most six years on the axis', () => {
    const years = { 2023: 'resident', 2024: 'resident', 2025: 'none', 2026: 'none', 2027: 'none', 2028: 'none', 2029: 'none', 2030: 'none' } as const;
    const layout = layoutTimeline(run(scenario({ asOf: '2031-04-15', years, payments: [residentPay('2031-04-15', [2031])] })));
    expect(layout.years.map((y) => y.year)).toEqual([2026, 2027, 2028, 2029, 2030, 2031]);
  });
});
