// Share links are read strictly (issue 13): only the envelope encodeShare writes, a size
// limit with its own reason, and huge lists refused with a clear error instead of a crash.
import { describe, expect, it } from 'vitest';
import { migrateScenario, parseScenario } from '../../src/calc';
import { decodeShare, encodeShare, MAX_SHARE_LENGTH } from '../../src/features/result/share-link';

const scenario = {
  v: 2,
  asOf: '2026-11-15',
  region: 'national',
  history: { years: [], employeePeriods: [] },
  payments: [{ scheme: 'resident', date: '2026-11-20', status: 'planned', years: [2027], repairYears: 0 }],
  circumstances: {},
} as const;

function toB64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

describe('share link envelope', () => {
  const body = encodeShare(scenario as never).replace(/^s=1\./, '');

  it('reads the canonical form', () => {
    expect(decodeShare(`#s=1.${body}`).kind).toBe('ok');
  });

  it.each(['+1', '01', ' 1', '1 ', '1e0', '0x1', '1.0', ''])('refuses version %j', (version) => {
    const hash = `#${new URLSearchParams({ s: `${version}.${body}` }).toString()}`;
    expect(decodeShare(hash)).toEqual({ kind: 'error', reason: 'malformed' });
  });

  it('refuses anything after the base64url text', () => {
    expect(decodeShare(`#s=1.${body}.x`)).toEqual({ kind: 'error', reason: 'malformed' });
  });

  it('refuses an oversized link with its own reason, before decoding', () => {
    const huge = { ...scenario, criticalIllness: { originalCapYuan: 1, noClaimYears: Array.from({ length: 130_000 }, () => 2020), bonusUsedYears: [] } };
    const hash = `#s=1.${toB64(JSON.stringify(huge))}`;
    expect(hash.length).toBeGreaterThan(MAX_SHARE_LENGTH);
    expect(decodeShare(hash)).toEqual({ kind: 'error', reason: 'tooLarge' });
  });
});

describe('huge lists are refused, not a stack overflow', () => {
  const huge = Array.from({ length: 130_000 }, () => 'x');
  it.each([
    ['criticalIllness.noClaimYears', { ...scenario, criticalIllness: { originalCapYuan: 1, noClaimYears: huge, bonusUsedYears: [] } }],
    ['criticalIllness.bonusUsedYears', { ...scenario, criticalIllness: { originalCapYuan: 1, noClaimYears: [], bonusUsedYears: huge } }],
    ['history.years', { ...scenario, history: { years: huge, employeePeriods: [] } }],
    ['history.employeePeriods', { ...scenario, history: { years: [], employeePeriods: huge } }],
    ['payments', { ...scenario, payments: huge }],
    ['payments[0].years', { ...scenario, payments: [{ ...scenario.payments[0], years: huge }] }],
  ])('%s', (_, input) => {
    const parsed = parseScenario(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.length).toBeLessThan(100);
    const migrated = migrateScenario(input);
    expect(migrated.ok).toBe(false);
    const v1 = migrateScenario({ ...input, v: 1 });
    expect(v1.ok).toBe(false);
  });
});
