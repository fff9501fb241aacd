// Markers that fall on or near the same day (today and a payment made today, a window's end
// and the restart after it) would be drawn over each other. Each marker gets a lane above the
// bar: the lowest lane whose last marker is far enough to its left, so none hides another.

/**
 * Screen pixels between two markers' centres below which they would overlap or touch. The
 * shapes are 14 px wide, but their outline adds its width (up to 2.5 px, result.css): at 16 px
 * apart two diamonds' outlines met. 20 leaves a clear gap.
 */
export const MARKER_GAP = 20;

/**
 * The lane of each marker (0 is just above the bar), in the order given. `xs` are the markers'
 * centres in screen pixels; markers are placed left to right, ties in the order given.
 */
export function markerLanes(xs: readonly number[], gap = MARKER_GAP): number[] {
  const order = xs.map((_, i) => i).sort((a, b) => (xs[a] as number) - (xs[b] as number) || a - b);
  const laneEnds: number[] = [];
  const lanes = new Array<number>(xs.length).fill(0);
  for (const i of order) {
    const x = xs[i] as number;
    let lane = laneEnds.findIndex((end) => x - end >= gap);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = x;
    lanes[i] = lane;
  }
  return lanes;
}
