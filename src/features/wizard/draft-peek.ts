// Where the draft is kept, and a glance at it that needs no validation code: the start page
// only has to know whether a draft is under way (and for which region) to decide between
// itself and the wizard. Reading the answers properly is draft-storage.ts's job, loaded with
// the wizard.
import { STEP_IDS } from './steps';
import type { StepId } from './steps';

export const DRAFT_KEY = 'yibao-lapse:draft';
/** 2: the rules-v2 questions. A version-1 draft is upgraded when the wizard loads it (draft-storage.ts). */
export const DRAFT_VERSION = 2;
/** The oldest draft version the wizard still reads. */
export const OLDEST_DRAFT_VERSION = 1;

/** A draft version this app can read (and upgrade). */
export function isReadableDraftVersion(version: unknown): version is number {
  return typeof version === 'number' && Number.isInteger(version) && version >= OLDEST_DRAFT_VERSION && version <= DRAFT_VERSION;
}

/**
 * localStorage, or null where the browser denies it: merely reading the property throws a
 * SecurityError when storage is blocked, which must not take the app down.
 */
export function browserStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export interface DraftGlance {
  /** The stored step, or null when there is no draft this version can read. */
  step: StepId | null;
  region: string | null;
}

export function peekDraft(storage: Pick<Storage, 'getItem'> | null = browserStorage()): DraftGlance {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(DRAFT_KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return { step: null, region: null };
    const { version, step, answers } = raw as { version?: unknown; step?: unknown; answers?: { region?: unknown } };
    // An older draft is still under way: the wizard upgrades it when it loads.
    if (!isReadableDraftVersion(version)) return { step: null, region: null };
    const region = typeof answers?.region === 'string' ? answers.region : null;
    return { step: STEP_IDS.includes(step as StepId) ? (step as StepId) : null, region };
  } catch {
    return { step: null, region: null };
  }
}
