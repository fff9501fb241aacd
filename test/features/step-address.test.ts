// The step in the address, which steps an address may open, and typed values read back from
// storage: pure pieces of "steps are history entries" and "a reload keeps what was typed".
import { describe, expect, it } from 'vitest';
import { reachableStep } from '../../src/app/step-history';
import { encodeShare } from '../../src/features/result/share-link';
import { hasSharedAnswers } from '../../src/features/result/share-hash';
import { loadTyped, saveTyped, TYPED_KEY } from '../../src/features/wizard/draft-storage';
import { addressesAStep, hashOfStep, stepOfHash } from '../../src/features/wizard/step-address';
import { FORM_STEPS, STEP_IDS } from '../../src/features/wizard/steps';
import { inShapeOf } from '../../src/features/wizard/typed-values';
import { TODAY } from '../components/wizard/harness';
import { toScenario } from '../../src/features/wizard/to-scenario';
import { defaultAnswers } from '../../src/features/wizard/answers';

function memory(items: Record<string, string> = {}) {
  return {
    items,
    getItem: (key: string) => items[key] ?? null,
    setItem: (key: string, value: string) => void (items[key] = value),
    removeItem: (key: string) => void delete items[key],
  };
}

describe('the step in the address', () => {
  it('reads back every step it writes; the start page has no fragment', () => {
    for (const step of STEP_IDS) expect(stepOfHash(hashOfStep(step))).toBe(step);
    expect(hashOfStep('start')).toBe('');
    expect(hashOfStep('history')).toBe('#/history');
    expect(addressesAStep('#/result')).toBe(true);
    expect(addressesAStep('')).toBe(false);
  });

  it('leaves other fragments alone: a share link, the skip link, an unknown step', () => {
    const share = `#${encodeShare(toScenario(defaultAnswers(TODAY), TODAY))}`;
    for (const hash of [share, '#main', '#/nowhere', '#/start', '#history']) {
      expect(stepOfHash(hash)).toBeNull();
      expect(addressesAStep(hash)).toBe(false);
    }
    // And a step is never taken for shared answers.
    for (const step of STEP_IDS) expect(hasSharedAnswers(hashOfStep(step))).toBe(false);
  });
});

describe('reachableStep', () => {
  it('opens a step once every form step before it is done', () => {
    expect(reachableStep([...FORM_STEPS], 'result')).toBe('result');
    expect(reachableStep(['where', 'history'], 'payment')).toBe('payment');
    expect(reachableStep([], 'where')).toBe('where');
    expect(reachableStep([], 'start')).toBe('start');
  });

  it('else the first step not yet answered', () => {
    expect(reachableStep([], 'result')).toBe('where');
    expect(reachableStep(['where', 'history'], 'check')).toBe('payment');
    expect(reachableStep(['where', 'payment'], 'circumstances')).toBe('history');
  });
});

describe('typed values', () => {
  const template = { status: 'made', date: '', years: [] as number[], repairYears: '0', backPay: true, rows: [{ year: 2025, cover: 'none' }] };

  it('come back as typed, half-done or not yet valid', () => {
    const typed = { status: 'planned', date: '2020-01-01', years: [2026, 2027], repairYears: '9', backPay: false, rows: [{ year: 2025, cover: 'residentLate' }] };
    expect(inShapeOf(typed, template)).toEqual(typed);
  });

  it('drop keys the form does not have, and refuse a shape its fields cannot show', () => {
    expect(inShapeOf({ ...template, extra: 1 }, template)).toEqual(template);
    expect(inShapeOf({ ...template, date: 20200101 }, template)).toBeNull();
    expect(inShapeOf({ ...template, years: [{}] }, template)).toBeNull();
    expect(inShapeOf({ ...template, rows: [{ year: '2025', cover: 'none' }] }, template)).toBeNull();
    expect(inShapeOf('garbage', template)).toBeNull();
    expect(inShapeOf(undefined, template)).toBeNull();
  });

  it('are stored per form step, and anything else in storage is ignored', () => {
    const storage = memory();
    saveTyped({ payment: { date: '2026-0' } }, storage);
    expect(loadTyped(storage)).toEqual({ payment: { date: '2026-0' } });
    saveTyped({}, storage);
    expect(storage.items[TYPED_KEY]).toBeUndefined();
    expect(loadTyped(memory({ [TYPED_KEY]: '{"version":1,"steps":{"result":{},"where":{"region":"x"}}}' }))).toEqual({ where: { region: 'x' } });
    expect(loadTyped(memory({ [TYPED_KEY]: '{"version":9,"steps":{"where":{}}}' }))).toEqual({});
    expect(loadTyped(memory({ [TYPED_KEY]: 'not json' }))).toEqual({});
  });
});
