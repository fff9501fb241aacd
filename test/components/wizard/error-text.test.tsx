// Error messages are always the person's language: a schema's own English ("Invalid input", for
// a value the browser could not give) is replaced by our text, never shown as it is.
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { useErrorText } from '../../../src/features/wizard/form-kit';
import { errorMessage } from '../../../src/features/wizard/step-forms';
import type { SupportedLanguage } from '../../../src/i18n/languages';
import { makeI18n } from './harness';

async function errorText(language: SupportedLanguage) {
  const i18n = await makeI18n(language);
  const wrapper = ({ children }: { children: ReactNode }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
  return renderHook(() => useErrorText(), { wrapper }).result.current;
}

describe('useErrorText', () => {
  it('gives our own message in Chinese, with its values', async () => {
    const text = await errorText('zh-CN');
    expect(text(errorMessage('wizard.errors.latePaidOnRequired', { year: 2025 }))).toBe('请填写2025年度保费的到账日期。');
  });

  it('gives a plural message by its count (it exists only under its count’s forms)', async () => {
    const text = await errorText('en');
    expect(text(errorMessage('wizard.errors.repairRange', { count: 30 }))).toBe('Enter a whole number from 0 to 30.');
  });

  it('never shows a schema’s English: "Invalid input" reads as our own words, in Chinese and in English', async () => {
    expect((await errorText('zh-CN'))('Invalid input')).toBe('无法识别这一项的回答，请检查后重试。');
    expect((await errorText('en'))('Invalid input')).toBe('This answer could not be read. Check it and try again.');
  });
});
