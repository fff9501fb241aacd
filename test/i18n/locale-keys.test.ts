import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/locales/en.json';
import zhCN from '../../src/i18n/locales/zh-CN.json';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1]).sort();

describe('locale files', () => {
  const zh = leaves(zhCN);
  const english = leaves(en);

  it('have the same keys, at every depth', () => {
    expect([...zh.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('have no empty strings', () => {
    for (const [key, value] of [...zh, ...english]) expect(value.trim(), key).not.toBe('');
  });

  it('use the same interpolation placeholders for each key', () => {
    for (const [key, value] of english) expect(placeholders(zh.get(key) ?? ''), key).toEqual(placeholders(value));
  });
});
