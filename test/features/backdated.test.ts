import { describe, expect, it } from 'vitest';
import { isBackdated } from '../../src/features/result/backdated';

describe('isBackdated', () => {
  it('only a restart before the payment day is backdated; on the day itself it simply restarts', () => {
    expect(isBackdated('2026-11-30', '2026-12-01')).toBe(true);
    expect(isBackdated('2026-12-01', '2026-12-01')).toBe(false);
    expect(isBackdated('2027-01-01', '2026-12-01')).toBe(false);
    expect(isBackdated(null, '2026-12-01')).toBe(false);
  });
});
