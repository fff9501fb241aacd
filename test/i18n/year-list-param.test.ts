// The years a payment covers ("2025,2026" in the R9 step) read as a list in the reader's
// language, not with the calculator's ASCII comma (以下年度计为已参保：2025,2026).
import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { makeFormatters } from '../../src/i18n/use-format';

const t = ((key: string) => key) as unknown as TFunction;

describe('the years parameter', () => {
  it('in Chinese: 2025和2026, 2025、2026和2027', () => {
    const f = makeFormatters('zh-CN', t);
    expect(f.param('years', '2025,2026')).toBe('2025和2026');
    expect(f.param('years', '2025,2026,2027')).toBe('2025、2026和2027');
  });

  it('in English: 2025 and 2026', () => {
    expect(makeFormatters('en', t).param('years', '2025,2026')).toBe('2025 and 2026');
  });

  it('one year, or any other value, as it is', () => {
    const f = makeFormatters('en', t);
    expect(f.param('years', '2026')).toBe('2026');
    expect(f.param('note', '2025,2026')).toBe('2025,2026');
  });
});
