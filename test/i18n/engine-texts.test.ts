// Every id the calculator can emit (trace steps, notes, warnings, errors) has a sentence in
// both languages, and every interpolation placeholder the sentence uses is provided; so do the
// ids inside them (tiers, groups, cover starts, parameters) and every condition of a range.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/calc';
import { parameterSpecs } from '../../src/calc/pack-schema';
import en from '../../src/i18n/locales/en.json';
import zh from '../../src/i18n/locales/zh-CN.json';
import { stepKey } from '../../src/features/result/result-keys';
import { chainOf, junkArb, scenarioArb } from '../calc/arbitraries';
import { v2ScenarioArb } from '../calc/v2-arbitraries';

type Tree = { [k: string]: string | Tree };

function lookup(tree: Tree, path: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] as string);
}

describe('sentences for everything the engine says', () => {
  it('trace steps, notes and warnings of 3,000 generated results', () => {
    const missing = new Set<string>();
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const outcome = calculate(s, chainOf(s.region));
        if (!outcome.ok) return;
        const r = outcome.result;
        const items = [
          ...r.trace.map((t) => ({ key: `trace.${t.rule}.${t.step}`, params: t.params })),
          // A value marked unconfirmed without a note of its own is noted under its parameter's
          // id; the notes list then names the parameter in words (regional.params).
          ...r.notes.map((n) => ({ key: n.id in parameterSpecs ? `regional.params.${n.id}` : `notes.${n.id}`, params: n.params })),
          ...r.warnings.map((w) => ({ key: `warnings.${w.id}`, params: w.params })),
        ];
        for (const { key, params } of items) {
          for (const [lang, tree] of [['en', en], ['zh-CN', zh]] as const) {
            const text = lookup(tree as Tree, key);
            if (text === undefined) missing.add(`${lang}: ${key}`);
            else for (const p of placeholders(text)) if (!(p in params)) missing.add(`${lang}: ${key} needs {{${p}}}`);
          }
        }
      }),
      { numRuns: 3000, seed: 20261125 },
    );
    expect([...missing].sort()).toEqual([]);
    // Regional scenarios run the engine once per variant they touch: allow for a slow machine.
  }, 60_000);

  it('validation error keys of 3,000 junk inputs', () => {
    const missing = new Set<string>();
    fc.assert(
      fc.property(junkArb, (junk) => {
        const outcome = calculate(junk.input, chainOf('national'));
        if (outcome.ok) return;
        for (const e of outcome.errors) {
          if (lookup(en as Tree, `errors.${e.key}`) === undefined) missing.add(`en: ${e.key}`);
          if (lookup(zh as Tree, `errors.${e.key}`) === undefined) missing.add(`zh-CN: ${e.key}`);
        }
      }),
      { numRuns: 3000, seed: 20261125 },
    );
    expect([...missing].sort()).toEqual([]);
  });
});

describe('words for what the result screens show', () => {
  // The ids inside trace steps, notes and warnings that the screens turn into words (param-words.ts).
  const WORD_LISTS: Record<string, string> = { tier: 'tier', group: 'group', rule: 'coverStart' };
  // Condition answers worded one by one (range-wording.ts); any other parameter gets the generic sentence.
  const answerKey = (param: string, answer: string): string => {
    if (param === 'newborn.dayCount') return `regional.answers.newborn.dayCount.${answer.split(':')[0]}`;
    if (param === 'employee.longGapWaitMonths' || param === 'flexible.longGapWaitMonths') return `regional.answers.longGapWait.${answer === '0' ? 'none' : 'months'}`;
    if (param === 'switch.longGapWaitMonths') return `regional.answers.switchWait.${answer === '0' ? 'none' : 'months'}`;
    if (param === 'resident.extension' && answer === 'noExtension') return 'regional.answers.resident.extension.none';
    return `regional.answers.${param}.${answer}`;
  };
  const WORDED = new Set([
    'resident.windowEnd', 'resident.extension', 'resident.lateEnrolmentUntil', 'resident.waitUnit', 'resident.dateConvention', 'resident.variableReading',
    'exempt.startDay', 'exempt.groups', 'newborn.dayCount', 'newborn.afterWindow', 'newborn.coversNextYear', 'newborn.exemptYears', 'resident.universityEntrant',
    'employee.shortGapWithinRegion', 'switch.shortGapWithoutTwoYears', 'switch.yearEndToResident', 'switch.longGapWaitMonths', 'employee.longGapWaitMonths', 'flexible.longGapWaitMonths',
  ]);

  it('the sentence of every step as shown, the words for ids, and every condition of a range, over 1,500 v2 results', () => {
    const missing = new Set<string>();
    const need = (key: string, params: Record<string, unknown> = {}) => {
      for (const [lang, tree] of [['en', en], ['zh-CN', zh]] as const) {
        const text = lookup(tree as Tree, key);
        if (text === undefined) missing.add(`${lang}: ${key}`);
        else for (const p of placeholders(text)) if (!(p in params)) missing.add(`${lang}: ${key} needs {{${p}}}`);
      }
    };
    fc.assert(
      fc.property(v2ScenarioArb, (s) => {
        const outcome = calculate(s, chainOf(s.region));
        if (!outcome.ok) return;
        const r = outcome.result;
        for (const t of r.trace) {
          need(stepKey(t), t.params);
          // A step whose value was one regional variant is never said as "your region's" rule: it needs its "if your region …" twin.
          const said = lookup(en as Tree, stepKey(t));
          if (t.variantPackIds && typeof said === 'string' && /your region|the region's|this region/i.test(said)) need(`${stepKey(t)}IfRegion`, t.params);
        }
        for (const { params } of [...r.trace, ...r.notes, ...r.warnings]) {
          for (const [name, value] of Object.entries(params)) {
            if (typeof value !== 'string') continue;
            const list = WORD_LISTS[name];
            if (list) need(`regional.words.${list}.${value}`);
            if (name === 'param') need(`regional.params.${value}`);
          }
        }
        for (const e of [r.main, ...r.enrolments]) {
          if (e.exemption) need(`result.exemptions.${e.exemption}`);
          if (e.premium) need(`regional.words.tier.${e.premium.tier}`);
        }
        const ranges = [r.main.restoration, ...r.options.map((o) => o.restoration)];
        for (const range of ranges) {
          if (range.kind !== 'range') continue;
          for (const o of range.outcomes) {
            for (const when of o.when) {
              for (const c of when) {
                need(`regional.params.${c.param}`);
                if (WORDED.has(c.param)) need(answerKey(c.param, c.answer), { year: c.year, date: '', months: '' });
              }
            }
          }
        }
      }),
      { numRuns: 1500, seed: 20261130 },
    );
    expect([...missing].sort()).toEqual([]);
  }, 60_000);
});

describe('step keys chosen by their values', () => {
  it('one lapse year is named once, not as a span from it to itself', () => {
    expect(stepKey({ rule: 'R10', step: 'lapsed', params: { lapseYears: 1, from: 2025, to: 2025, countFrom: 2024 } })).toBe('trace.R10.lapsedOneYear');
    expect(stepKey({ rule: 'R10', step: 'lapsed', params: { lapseYears: 2, from: 2024, to: 2025, countFrom: 2024 } })).toBe('trace.R10.lapsed');
  });

  it('the employee-scheme wait follows its reason, and a wait of no months says so', () => {
    expect(stepKey({ rule: 'E3', step: 'fixed', params: { months: 3, why: 'longGap' } })).toBe('trace.E3.fixed');
    expect(stepKey({ rule: 'E3', step: 'fixed', params: { months: 3, why: 'notBackPaid' } })).toBe('trace.E3.fixedNotBackPaid');
    expect(stepKey({ rule: 'E3', step: 'fixed', params: { months: 0, why: 'firstEnrolment' } })).toBe('trace.E3.fixedNoneFirstEnrolment');
    expect(stepKey({ rule: 'E3', step: 'fixed', params: { months: 6, why: 'ordinary' } })).toBe('trace.E3.fixedOrdinary');
  });
});
