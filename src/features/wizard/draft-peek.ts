// Where the draft is kept, and a glance at it that needs no validation code: the start page
// only has to know whether a draft is under way (and for which region) to decide between
// itself and the wizard. Reading the answers properly is draft-storage.ts's job, loaded with
// the wizard.
import { STEP_IDS } from './steps';
import type { StepId } from './steps';

export const DRAFT_KEY = 'yibao-lapse:draft';
export const DRAFT_VERSION = 1;

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
  /** The stored step, or null when there is no readable draft of this version. */
  step: StepId | null;
  region: string | null;
}

export function peekDraft(storage: Pick<Storage, 'getItem'> | null = browserStorage()): DraftGlance {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(DRAFT_KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return { step: null, region: null };
    const { version, step, answers } = raw as { version?: unknown; step?: unknown; answers?: { region?: unknown } };
    if (version !== DRAFT_VERSION) return { step: null, region: null };
    const region = typeof answers?.region === 'string' ? answers.region : null;
    return { step: STEP_IDS.includes(step as StepId) ? (step as StepId) : null, region };
  } catch {
    return { step: null, region: null };
  }
}
