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

  it('lists the regions by province in pinyin order, each province before its cities', async () => {
    await renderHelp('zh-CN');
    const region = screen.getByRole('combobox', { name: '地区' });
    await waitFor(() => expect(region.querySelectorAll('option').length).toBeGreaterThan(10));
    const names = [...region.querySelectorAll('option')].map((o) => o.textContent ?? '');
    // 北京 (B) before 福建 and its city 厦门 (F) before 甘肃 (G); 辽宁·阜新 (L) not first.
    expect(names.slice(1, 5)).toEqual(['北京市 (beijing)', '福建省 (fujian)', '福建·厦门 (fujian-xiamen)', '甘肃省 (gansu)']);
    const values = names.map((n) => n.replace(/^.*\((.*)\)$/, '$1'));
    expect(values.indexOf('guangdong-guangzhou')).toBe(values.indexOf('guangdong') + 1);
  });

  it('in English too, a city under the national rules directly listed by its province (Fuxin, Liaoning under L)', async () => {
    await renderHelp('en');
    const region = screen.getByRole('combobox', { name: 'Region' });
    await waitFor(() => expect(region.querySelectorAll('option').length).toBeGreaterThan(10));
    const values = [...region.querySelectorAll('option')].map((o) => o.getAttribute('value'));
    expect(values.indexOf('liaoning-fuxin')).toBeGreaterThan(values.indexOf('jilin'));
    expect(values.indexOf('henan-xuchang')).toBeGreaterThan(values.indexOf('hebei'));
    expect(values.indexOf('henan-xuchang')).toBeLessThan(values.indexOf('hubei'));
    expect(values.indexOf('fujian-xiamen')).toBe(values.indexOf('fujian') + 1);
  });
});
