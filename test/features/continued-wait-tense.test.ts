// R8: a wait carried into the next benefit year is said in the tense of that year's payment:
// "you paid that year too" only once it is paid, "you plan to pay" while it is planned. And X2 for
// a group only newly added people are exempt in: "you were not" only where the person said so.
import { describe, expect, it } from 'vitest';
import type { Result, Scenario } from '../../src/calc';
import { stepKey } from '../../src/features/result/result-keys';
import en from '../../src/i18n/locales/en.json';
import zh from '../../src/i18n/locales/zh-CN.json';
import { runShipped } from '../fixtures/packs';
import { residentPay, scenario } from '../fixtures/scenarios';
import { v1DefaultsChain } from '../fixtures/v1-defaults';

type Tree = { [k: string]: string | Tree };
const lookup = (tree: Tree, key: string): string => key.split('.').reduce<string | Tree>((n, p) => (n as Tree)[p] as string | Tree, tree) as string;

/** The R8 step's sentence in both languages, for 2025 paid on 20 Oct 2025 and 2026 paid (or planned) after it. */
function r8Sentences(second: ReturnType<typeof residentPay>, asOf: string): { en: string; zh: string; result: Result } {
  const s: Scenario = scenario({ asOf, region: 'test-v1-defaults', payments: [residentPay('2025-10-20', [2025]), second] });
  const result = runShipped(s, v1DefaultsChain());
  const step = result.trace.find((t) => t.rule === 'R8' && t.step === 'continuesWait');
  if (!step) throw new Error('no R8 step');
  const key = stepKey(step);
  return { en: lookup(en as Tree, key), zh: lookup(zh as Tree, key), result };
}

describe('R8 wording follows the payment’s tense', () => {
  it('a made 2026 payment: "paid that year too" / 已缴费, cover from 2026-01-20', () => {
    const { en: e, zh: z, result } = r8Sentences(residentPay('2025-12-01', [2026]), '2025-12-01');
    expect(result.main.restoration).toEqual({ kind: 'date', date: '2026-01-20' });
    expect(e).toContain('because you paid that year too');
    expect(z).toContain('该年度也已缴费');
  });

  it('a planned 2026 payment: "plan to pay" / 计划缴费, the same date', () => {
    const { en: e, zh: z, result } = r8Sentences(residentPay('2025-12-10', [2026], 0, 'planned'), '2025-12-01');
    expect(result.main.restoration).toEqual({ kind: 'date', date: '2026-01-20' });
    expect(e).toContain('because you plan to pay for that year too');
    expect(e).not.toContain('you paid');
    expect(z).toContain('该年度也计划缴费');
    expect(z).not.toContain('已缴费');
  });
});

describe('X2 for a group only newly added people are exempt in (云南 P-YN1)', () => {
  it('says "you were not" where the person answered no, and "not known" where nobody asked', () => {
    expect(stepKey({ rule: 'X2', step: 'groupNotNewlyAdded', params: { group: 'medicalAid', answered: true } })).toBe('trace.X2.groupNotNewlyAdded');
    expect(stepKey({ rule: 'X2', step: 'groupNotNewlyAdded', params: { group: 'medicalAid', answered: false } })).toBe('trace.X2.groupNotNewlyAddedUnanswered');
  });
});
