// Scenarios outlive the app version that wrote them: a share link, a draft or an embed
// prefill from last year must still open. Each older version is upgraded here, step by step,
// to the current one, then checked by the current schema. Nothing is guessed: a field the old
// version did not have stays absent ("not asked"), so the calculator sees exactly what the
// person answered.
import type { ValidationError } from './result';
import { SCENARIO_VERSION } from './scenario-schema';
import type { Scenario } from './scenario-schema';
import { isObject } from './shape-tests';
import type { Obj } from './shape-tests';
import { parseScenario } from './validate';

export type MigrateOutcome =
  /** `from`: the version the input was written in (SCENARIO_VERSION when nothing was migrated). */
  | { ok: true; scenario: Scenario; from: number }
  | { ok: false; errors: ValidationError[] };

/** The versions this app can read: every one from 1 up to the current. */
export const OLDEST_SCENARIO_VERSION = 1;

/** Keys v2 added to `circumstances`; a v1 reader ignored them, so a v1 scenario never carries them. */
const V2_CIRCUMSTANCES = ['exemptGroup', 'universityEntrant', 'subsidisedNewborn', 'parentInsured', 'newbornRegistrationDate', 'movedRegion', 'premiumTier'];

/**
 * A plain copy of `obj` without `keys`. Inherited keys are copied too, because the schema reads
 * them; "__proto__" is not (no schema key has that name, and assigning it would set the copy's
 * prototype instead).
 */
function without(obj: Obj, keys: readonly string[]): Obj {
  const copy: Obj = {};
  for (const key in obj) if (key !== '__proto__' && !keys.includes(key)) copy[key] = obj[key];
  return copy;
}

/**
 * v1 → v2. v2 only added optional fields, so the upgrade is the version number. Keys that only
 * v2 knows are dropped rather than read: the v1 schema stripped them, so a v1 link that carries
 * them (hand-edited, or from a test build) gives the answer it gave under v1. Anything that is
 * not the expected shape is passed through untouched, for the schema to reject with a path.
 */
function v1ToV2(input: Obj): Obj {
  const out: Obj = { ...without(input, ['v']), v: 2 };
  if (isObject(input.circumstances)) out.circumstances = without(input.circumstances, V2_CIRCUMSTANCES);
  const history = input.history;
  if (isObject(history) && Array.isArray(history.employeePeriods)) {
    out.history = { ...history, employeePeriods: history.employeePeriods.map((p: unknown) => (isObject(p) ? without(p, ['paidBy', 'fromUnknown']) : p)) };
  }
  return out;
}

/** Upgrades from version n to n + 1, by n. */
const STEPS: Readonly<Record<number, (input: Obj) => Obj>> = { 1: v1ToV2 };

/**
 * Any stored or shared scenario, of this or an older version, as a current Scenario. Pure and
 * never throws: input that is not a scenario gives the schema's errors, and a version this app
 * cannot read (a newer one, or none) gives `version.unsupported` at path ["v"].
 */
export function migrateScenario(input: unknown): MigrateOutcome {
  if (!isObject(input)) {
    // Not a scenario of any version: the schema says why, with its own path and key.
    const parsed = parseScenario(input);
    return parsed.ok ? { ok: true, scenario: parsed.scenario, from: SCENARIO_VERSION } : parsed;
  }
  const from = input.v;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < OLDEST_SCENARIO_VERSION || from > SCENARIO_VERSION) {
    return { ok: false, errors: [{ path: ['v'], key: 'version.unsupported' }] };
  }
  let current: Obj = input;
  for (let version = from; version < SCENARIO_VERSION; version++) {
    const step = STEPS[version];
    if (!step) return { ok: false, errors: [{ path: ['v'], key: 'version.unsupported' }] };
    current = step(current);
  }
  const parsed = parseScenario(current);
  return parsed.ok ? { ok: true, scenario: parsed.scenario, from } : parsed;
}
