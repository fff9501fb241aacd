// The embed help page in plain words: the region field is "地区" / "Region" with a sentence on
// what choosing one does, never the internal "规则包" / "rule pack".
import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProviders, createQueryClient } from '../../src/app/app';
import { EmbedHelpPage } from '../../src/app/embed-help/embed-help-page';
import { makeI18n, serveRules } from './wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

async function renderHelp(language: 'en' | 'zh-CN') {
  const i18n = await makeI18n(language);
  render(
    <AppProviders i18n={i18n} queryClient={createQueryClient()}>
      <EmbedHelpPage />
    </AppProviders>,
  );
}

describe('embed help page: the region field', () => {
  it('in Chinese: 地区, explained, no 规则包 anywhere', async () => {
    await renderHelp('zh-CN');
    const region = screen.getByRole('combobox', { name: '地区' });
    expect(region).toHaveAccessibleDescription('小组件按这里所选地区的医保规定计算日期，访客仍可改选其他地区；不选时先按国家规定计算。');
    expect(document.body).not.toHaveTextContent('规则包');
  });

  it('in English: Region, explained, no "rule pack" anywhere', async () => {
    await renderHelp('en');
    const region = screen.getByRole('combobox', { name: 'Region' });
    expect(region).toHaveAccessibleDescription(/under the medical insurance rules of the region chosen here/);
    expect(document.body).not.toHaveTextContent(/rule pack/i);
  });

  it('lists the regions as the calculator does: by province in pinyin order, each province first in its group', async () => {
    await renderHelp('zh-CN');
    const region = screen.getByRole('combobox', { name: '地区' });
    await waitFor(() => expect(region.querySelectorAll('option').length).toBeGreaterThan(10));
    const top = [...region.children].map((c) => (c instanceof HTMLOptGroupElement ? `[${c.label}]` : c.textContent));
    // 北京 (B) before 福建 (F) before 甘肃 (G); 辽宁 (L) after them, not first.
    expect(top.slice(1, 4)).toEqual(['北京市 (beijing)', '[福建省]', '甘肃省 (gansu)']);
    const guangdong = [...region.querySelectorAll('optgroup')].find((g) => g.label === '广东省') as HTMLOptGroupElement;
    expect([...guangdong.querySelectorAll('option')].map((o) => o.value)).toEqual(['guangdong', 'guangdong-guangzhou']);
  });
});
