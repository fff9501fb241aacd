// The line above each wizard step names the rules in use and the day they were last checked,
// in plain words: no "版本 2026.2.10" (a version means nothing to the public; the result's
// "rules used" section still lists it).
import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProviders, createQueryClient } from '../../../src/app/app';
import { PackSummary } from '../../../src/features/home/pack-summary';
import { makeI18n, serveRules } from './harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

async function renderLine(language: 'zh-CN' | 'en') {
  render(
    <AppProviders i18n={await makeI18n(language)} queryClient={createQueryClient()}>
      <PackSummary packId="beijing" compact />
    </AppProviders>,
  );
  return (await screen.findByTestId('pack-name')).parentElement as HTMLElement;
}

describe('the rules line above the wizard steps', () => {
  it('in Chinese: the rules and the day they were last checked, no version', async () => {
    const line = await renderLine('zh-CN');
    expect(line).toHaveTextContent(/^当前使用的规则：北京市 · 最后核对 2026年11月30日$/);
    expect(line).not.toHaveTextContent('版本');
    expect(line).not.toHaveTextContent(/\d{4}\.\d+\.\d+/);
    expect(screen.queryByTestId('pack-version')).toBeNull();
  });

  it('in English', async () => {
    const line = await renderLine('en');
    expect(line).toHaveTextContent(/^Rules in use: Beijing Municipality · Last checked November 30, 2026$/);
    expect(line).not.toHaveTextContent(/version/i);
    expect(line).not.toHaveTextContent(/\d{4}\.\d+\.\d+/);
  });
});
