// The first-screen slice of the locale files (scripts/locale-subset.mjs) and the language the
// app starts in (src/i18n/detect-language.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pickKeys } from '../../scripts/locale-subset.mjs';
import { FIRST_SCREEN_KEYS } from '../../src/i18n/first-screen-keys';
import { detectLanguage, LANGUAGE_STORAGE_KEY, toLanguageFamily } from '../../src/i18n/detect-language';
import en from '../../src/i18n/locales/en.json';
import zhFirst from '../../src/i18n/locales/zh-CN.json?first-screen';

describe('first-screen texts', () => {
  it('the ?first-screen import is exactly the listed groups and keys', () => {
    expect(Object.keys(zhFirst).sort()).toEqual(['app', 'common', 'embed', 'home', 'pack', 'pwa', 'share']);
    expect(Object.keys(zhFirst.embed as object).sort()).toEqual(['backToCalculator', 'footerLink']);
    expect((zhFirst.home as { start: string }).start).toBe('开始计算');
  });

  it('is far smaller than the whole file: the wizard and result texts wait for their chunk', () => {
    const whole = JSON.stringify(en).length;
    const slice = JSON.stringify(pickKeys(en, FIRST_SCREEN_KEYS)).length;
    expect(slice / whole).toBeLessThan(0.15);
  });

  it('pickKeys keeps the nesting and refuses a key that does not exist', () => {
    expect(pickKeys({ a: { b: 'x', c: 'y' }, d: 'z' }, ['a.b', 'd'])).toEqual({ a: { b: 'x' }, d: 'z' });
    expect(() => pickKeys({ a: {} }, ['a.nope'])).toThrow('No locale key "a.nope"');
  });
});

describe('detectLanguage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('maps browser tags to their family, in the order the person ranked them', () => {
    expect(toLanguageFamily('zh-Hant-TW')).toBe('zh-CN');
    expect(toLanguageFamily('EN-gb')).toBe('en');
    expect(detectLanguage(['en-GB', 'zh-CN'])).toBe('en');
    expect(detectLanguage(['fr-FR', 'zh-TW', 'en'])).toBe('zh-CN');
  });

  it('falls back to Chinese for unsupported or missing languages', () => {
    expect(detectLanguage(['fr', 'de'])).toBe('zh-CN');
    expect(detectLanguage([])).toBe('zh-CN');
  });

  it('prefers a remembered choice, and survives storage that throws', () => {
    const storage = new Map<string, string>([[LANGUAGE_STORAGE_KEY, 'en']]);
    vi.stubGlobal('localStorage', { getItem: (k: string) => storage.get(k) ?? null });
    expect(detectLanguage(['zh-CN'])).toBe('en');
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(detectLanguage(['en-US'])).toBe('en');
  });
});
