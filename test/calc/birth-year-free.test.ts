// X1 (R1c): which chains state that a newborn pays nothing for its year of birth (湖北:
// 「当年参保无需缴费」), for the payment step's date hint.
import { describe, expect, it } from 'vitest';
import { birthYearFree, PackChain } from '../../src/calc';
import { chainOf } from './arbitraries';

describe('birthYearFree', () => {
  it('湖北 and 武汉: free in 2026; the national rules leave it to the region: not free', () => {
    expect(birthYearFree(new PackChain(chainOf('hubei')), 2026)).toBe(true);
    expect(birthYearFree(new PackChain(chainOf('hubei-wuhan')), 2026)).toBe(true);
    expect(birthYearFree(new PackChain(chainOf('national')), 2026)).toBe(false);
  });

  it('a year outside the rules is not free, and never throws', () => {
    expect(birthYearFree(new PackChain(chainOf('hubei')), 1990)).toBe(false);
    expect(birthYearFree(new PackChain(chainOf('hubei')), 2100)).toBe(false);
  });
});
