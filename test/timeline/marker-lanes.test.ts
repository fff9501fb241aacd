import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MARKER_GAP, markerLanes } from '../../src/features/timeline/marker-lanes';

describe('markerLanes', () => {
  it('keeps markers far apart on the lane just above the bar', () => {
    expect(markerLanes([10, 40, 200])).toEqual([0, 0, 0]);
  });

  it('raises a marker that falls on the same day as another (today and a payment made today)', () => {
    expect(markerLanes([120, 120])).toEqual([0, 1]);
  });

  it('raises only the neighbour that would overlap, and reuses the low lane once clear', () => {
    // today 100, payment 105 (overlaps), window end 140 (clear of 100), restart 150 (overlaps 140)
    expect(markerLanes([100, 105, 140, 150])).toEqual([0, 1, 0, 1]);
  });

  it('places left to right whatever the order given', () => {
    expect(markerLanes([105, 100])).toEqual([1, 0]);
  });

  it('never leaves two markers on one lane closer than the gap', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 800, noNaN: true }), { maxLength: 8 }), (xs) => {
        const lanes = markerLanes(xs);
        for (let i = 0; i < xs.length; i++) {
          for (let j = i + 1; j < xs.length; j++) {
            if (lanes[i] === lanes[j]) expect(Math.abs((xs[i] as number) - (xs[j] as number))).toBeGreaterThanOrEqual(MARKER_GAP);
          }
        }
        // A lane is used only when every lane below it is taken at that place.
        expect(Math.max(0, ...lanes)).toBeLessThan(Math.max(1, xs.length));
      }),
    );
  });
});
