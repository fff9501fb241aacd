// migrateScenario: every readable version becomes the current one, nothing is invented, and
// anything else gives a clear error key, never an exception.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migrateScenario, SCENARIO_VERSION } from '../../src/calc';
import { circumstancesSchema } from '../../src/calc/scenario-schema';
import type { MigrateOutcome, Scenario } from '../../src/calc';

const V1 = {
  v: 1,
  asOf: '2026-11-15',
  region: 'shandong-qingdao',
  history: { years: [{ year: 2025, cover: 'none' }], employeePeriods: [{ from: '2023-01', to: '2024-12' }] },
  payments: [{ scheme: 'resident', date: '2026-11-20', status: 'planned', years: [2027], repairYears: 0 }],
  circumstances: { lowIncomeNotByChoice: true },
};

const AS_V2: Scenario = {
  v: 2,
  asOf: '2026-11-15',
  region: 'shandong-qingdao',
  history: { years: [{ year: 2025, cover: 'none' }], employeePeriods: [{ from: '2023-01', to: '2024-12' }] },
  payments: [{ scheme: 'resident', date: '2026-11-20', status: 'planned', years: [2027], repairYears: 0 }],
  circumstances: { lowIncomeNotByChoice: true },
};

const unsupported: MigrateOutcome = { ok: false, errors: [{ path: ['v'], key: 'version.unsupported' }] };

describe('migrateScenario', () => {
  it.each<[string, unknown, MigrateOutcome]>([
    ['a v1 scenario becomes v2 with the same answers', V1, { ok: true, scenario: AS_V2, from: 1 }],
    ['a v2 scenario passes through', AS_V2, { ok: true, scenario: AS_V2, from: 2 }],
    [
      'a v2 scenario keeps its v2 answers',
      { ...AS_V2, circumstances: { movedRegion: true, exemptGroup: { group: 'newResident', since: '2026-10-01' } } },
      { ok: true, scenario: { ...AS_V2, circumstances: { exemptGroup: { group: 'newResident', since: '2026-10-01' }, movedRegion: true } }, from: 2 },
    ],
    [
      // v1 ignored these keys, so a v1 link carrying them must give what it gave under v1.
      'a v1 scenario carrying keys only v2 reads drops them',
      { ...V1, circumstances: { lowIncomeNotByChoice: true, movedRegion: true, premiumTier: 'elderly', parentInsured: true, subsidisedNewborn: true }, history: { ...V1.history, employeePeriods: [{ from: '2023-01', to: '2024-12', paidBy: 'self' }] } },
      { ok: true, scenario: AS_V2, from: 1 },
    ],
    ['a newer version is refused', { ...AS_V2, v: 3 }, unsupported],
    ['version 0 never existed', { ...V1, v: 0 }, unsupported],
    ['a missing version is refused', { ...AS_V2, v: undefined }, unsupported],
    ['a version given as text is refused', { ...AS_V2, v: '2' }, unsupported],
    ['a fractional version is refused', { ...AS_V2, v: 1.5 }, unsupported],
    ['a v1 scenario with a bad date gives the schema’s error and path', { ...V1, asOf: '2026-02-30' }, { ok: false, errors: [{ path: ['asOf'], key: 'date.invalid' }] }],
    ['a v1 scenario without payments gives the schema’s error', { ...V1, payments: [] }, { ok: false, errors: [{ path: ['payments'], key: 'payments.required' }] }],
    ['not an object', 'v=1', { ok: false, errors: [{ path: [], key: 'value.invalid' }] }],
    ['null', null, { ok: false, errors: [{ path: [], key: 'value.invalid' }] }],
  ])('%s', (_name, input, expected) => {
    expect(migrateScenario(input)).toEqual(expected);
  });

  it('every circumstance v2 added is dropped from a v1 scenario: none is missing from the list (V2_CIRCUMSTANCES)', () => {
    const v1Keys = ['birthDate', 'lowIncomeNotByChoice', 'newVeteran', 'veteranDischargeDate'];
    const v2Only = Object.keys(circumstancesSchema.shape).filter((k) => !v1Keys.includes(k));
    const all = Object.fromEntries(v2Only.map((k) => [k, k === 'exemptGroup' ? { group: 'clergy' } : k === 'premiumTier' ? 'elderly' : k === 'newbornRegistrationDate' ? '2026-11-01' : true]));
    expect(migrateScenario({ ...V1, circumstances: { lowIncomeNotByChoice: true, ...all } })).toEqual({ ok: true, scenario: AS_V2, from: 1 });
  });

  it('reads the current version', () => {
    expect(SCENARIO_VERSION).toBe(2);
  });

  it('does not change its input', () => {
    const input = structuredClone({ ...V1, circumstances: { movedRegion: true } });
    const before = JSON.stringify(input);
    migrateScenario(input);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('a "__proto__" key in a v1 link cannot smuggle answers in', () => {
    const input: unknown = JSON.parse('{"v":1,"asOf":"2026-11-15","region":"national","history":{"years":[],"employeePeriods":[]},"payments":[{"scheme":"employee","date":"2026-11-10","status":"made","backPay":true}],"circumstances":{"__proto__":{"movedRegion":true}}}');
    const outcome = migrateScenario(input);
    expect(outcome.ok && outcome.scenario.circumstances).toEqual({});
  });

  it('never throws, whatever it is given', () => {
    const versions = fc.oneof(fc.constantFrom(1, 2), fc.anything());
    const shaped = fc.record({ v: versions, asOf: fc.anything(), region: fc.anything(), history: fc.anything(), payments: fc.anything(), circumstances: fc.anything() }, { requiredKeys: ['v'] });
    fc.assert(
      fc.property(fc.oneof(fc.anything({ withNullPrototype: true, withMap: true, withDate: true }), shaped), (input) => {
        const outcome = migrateScenario(input);
        expect(typeof outcome.ok).toBe('boolean');
        if (!outcome.ok) expect(outcome.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });
});
