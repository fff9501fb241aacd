// Making an Intl formatter loads locale data and costs far more than using one: every
// component formats, so the formatters of a language are made once, on first use, and shared.
import { afterEach, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { makeFormatters } from '../../src/i18n/use-format';

const t = ((key: string) => key) as unknown as TFunction;

const Original = Intl.DateTimeFormat;
let made = 0;
/** Intl.DateTimeFormat, counting the formatters made. */
class Counting extends Original {
  constructor(...args: ConstructorParameters<typeof Original>) {
    super(...args);
    made += 1;
  }
}
afterEach(() => {
  Intl.DateTimeFormat = Original;
});

describe('makeFormatters', () => {
  it('makes no Intl formatter until one is used, then one per kind and language, shared by every set', () => {
    made = 0;
    Intl.DateTimeFormat = Counting as typeof Intl.DateTimeFormat;
    // A language no other test here has formatted in.
    const a = makeFormatters('fr', t);
    const b = makeFormatters('fr', t);
    expect(made).toBe(0);
    expect(a.date('2026-01-21')).toBe(b.date('2026-01-21'));
    expect(a.date('2026-01-21')).toMatch(/21 janvier 2026/);
    b.date('2027-05-01');
    expect(made).toBe(1);
    // A table's dates are the text's: no formatter of their own.
    expect(a.shortDate('2026-01-21')).toBe(a.date('2026-01-21'));
    a.month('2026-01');
    expect(made).toBe(2);
    makeFormatters('de', t).date('2026-01-21');
    expect(made).toBe(3);
  });

  it('formats each language in its own way', () => {
    expect(makeFormatters('zh-CN', t).date('2026-01-21')).toBe('2026年1月21日');
    expect(makeFormatters('en', t).date('2026-01-21')).toBe('January 21, 2026');
    expect(makeFormatters('zh-CN', t).yuan(400)).toMatch(/400/);
    expect(makeFormatters('en', t).list(['2025', '2026'])).toBe('2025 and 2026');
  });
});

describe('names', () => {
  it('keeps English names that hold a comma apart by semicolons; other lists as the language lists them', () => {
    expect(makeFormatters('en', t).names(['Fuxin, Liaoning', 'Qingdao, Shandong'])).toBe('Fuxin, Liaoning; Qingdao, Shandong');
    expect(makeFormatters('en', t).names(['Beijing', 'Hubei'])).toBe('Beijing, Hubei');
    expect(makeFormatters('zh-CN', t).names(['辽宁·阜新', '山东·青岛'])).toBe('辽宁·阜新、山东·青岛');
  });
});
