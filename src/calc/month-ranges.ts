// A set of month indexes kept as sorted, disjoint, non-touching [from, to] runs: employee
// history can span decades, and a set of single months made every copy of the cover cost
// one entry per month.
export class MonthRanges {
  /** `bounds`: from0, to0, from1, to1, ... ascending; runs never overlap or touch. */
  constructor(private readonly bounds: number[] = []) {}

  /** Adds months `from` to `to` (inclusive, from <= to), merging runs they overlap or touch. */
  add(from: number, to: number): void {
    const b = this.bounds;
    // Runs [i, j) (by pair index) overlap or touch the new one; those before i end earlier.
    let i = 0;
    while (i < b.length && (b[i + 1] as number) < from - 1) i += 2;
    let j = i;
    while (j < b.length && (b[j] as number) <= to + 1) j += 2;
    if (j === i) {
      b.splice(i, 0, from, to);
      return;
    }
    b[i] = Math.min(from, b[i] as number);
    b[i + 1] = Math.max(to, b[j - 1] as number);
    if (j > i + 2) b.splice(i + 2, j - i - 2);
  }

  /** The runs as text, equal for equal sets. */
  signature(): string {
    return this.bounds.join(',');
  }

  has(month: number): boolean {
    return this.overlaps(month, month);
  }

  /** Whether any month from `from` to `to` (inclusive) is in the set. */
  overlaps(from: number, to: number): boolean {
    const b = this.bounds;
    for (let i = 0; i < b.length; i += 2) {
      if ((b[i] as number) > to) return false;
      if ((b[i + 1] as number) >= from) return true;
    }
    return false;
  }

  /** The last month in the set that is not after `month`; -Infinity if there is none. */
  lastUpTo(month: number): number {
    const b = this.bounds;
    let found = -Infinity;
    for (let i = 0; i < b.length && (b[i] as number) <= month; i += 2) found = Math.min(b[i + 1] as number, month);
    return found;
  }

  /** An independent copy (for a copy of the cover). */
  copy(): MonthRanges {
    return new MonthRanges(this.bounds.slice());
  }
}
