// The calculator's purity is enforced by lint; prove the rule bites.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../../', import.meta.url).pathname });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? 'fatal');
}

describe('src/calc purity lint rule', () => {
  it.each([
    ["import { useState } from 'react';\nexport const x = useState;\n", 'no-restricted-imports'],
    ["import i18next from 'i18next';\nexport const x = i18next;\n", 'no-restricted-imports'],
    ["import { useQuery } from '@tanstack/react-query';\nexport const x = useQuery;\n", 'no-restricted-imports'],
    ['export const x = window.location.href;\n', 'no-restricted-globals'],
    ['export const x = document.title;\n', 'no-restricted-globals'],
    ['export const x = localStorage.length;\n', 'no-restricted-globals'],
    ['export const x = Date.now();\n', 'no-restricted-properties'],
  ])('rejects %j inside src/calc', async (code, rule) => {
    expect(await ruleIds(code, 'src/calc/probe.ts')).toContain(rule);
  }, 30_000);

  it('allows the same React import outside src/calc', async () => {
    expect(await ruleIds("import { useState } from 'react';\nexport const x = useState;\n", 'src/features/probe.ts')).not.toContain('no-restricted-imports');
  }, 30_000);
});
