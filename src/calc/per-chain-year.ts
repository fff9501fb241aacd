// Values worked out once per pack chain and benefit year: a chain's packs never change, and
// the same window or parameter set is asked for many times per calculation. Kept by year -
// 1990 for 1990-2117 (every year a pack may cover, 2000-2100, and a few around them): an
// array read beats a map's. Other years are worked out each time.
import type { PackChain } from './rule-pack';

const CACHED_FROM = 1990;
const CACHED_YEARS = 128;

export class PerChainYear<T> {
  private readonly byChain = new WeakMap<PackChain, (T | undefined)[]>();
  /** The chain asked about last, and its values: one calculation asks about one chain (kept until another is asked about). */
  private lastChain: PackChain | null = null;
  private lastValues: (T | undefined)[] = [];

  constructor(private readonly compute: (chain: PackChain, year: number) => T) {}

  get(chain: PackChain, year: number): T {
    // A view of an explored chain lives for one run: keeping its values would only make garbage.
    if (chain.base !== chain) return this.compute(chain, year);
    const i = year - CACHED_FROM;
    if (!(i >= 0 && i < CACHED_YEARS && Number.isInteger(i))) return this.compute(chain, year);
    const values = chain === this.lastChain ? this.lastValues : this.valuesOf(chain);
    let value = values[i];
    if (value === undefined) {
      value = this.compute(chain, year);
      values[i] = value;
    }
    return value;
  }

  private valuesOf(chain: PackChain): (T | undefined)[] {
    let values = this.byChain.get(chain);
    if (!values) {
      values = new Array<T | undefined>(CACHED_YEARS).fill(undefined);
      this.byChain.set(chain, values);
    }
    this.lastChain = chain;
    this.lastValues = values;
    return values;
  }
}
