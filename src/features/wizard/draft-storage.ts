// The draft lives in localStorage on this device only, saved on every change. It is
// versioned so an app update can read (or safely drop) what an older version wrote.
import { answersSchema } from './answers';
import type { Answers } from './answers';
import { browserStorage, DRAFT_KEY, DRAFT_VERSION } from './draft-peek';
import { STEP_IDS } from './steps';
import type { StepId } from './steps';

export interface Draft {
  version: typeof DRAFT_VERSION;
  step: StepId;
  answers: Answers;
  /** Steps the person has completed, so "check your answers" knows what to show. */
  done: StepId[];
}

/** Reads any stored shape; anything unreadable or from an unknown future version is dropped. */
export function migrateDraft(raw: unknown): Draft | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const candidate = raw as Partial<Draft> & { version?: unknown };
  if (candidate.version !== DRAFT_VERSION) return null;
  const answers = answersSchema.safeParse(candidate.answers);
  if (!answers.success) return null;
  const step = STEP_IDS.includes(candidate.step as StepId) ? (candidate.step as StepId) : 'where';
  const done = Array.isArray(candidate.done) ? candidate.done.filter((s): s is StepId => STEP_IDS.includes(s as StepId)) : [];
  return { version: DRAFT_VERSION, step, answers: answers.data, done };
}

export function loadDraft(storage: Pick<Storage, 'getItem'> | null = browserStorage()): Draft | null {
  try {
    const text = storage?.getItem(DRAFT_KEY);
    return text ? migrateDraft(JSON.parse(text)) : null;
  } catch {
    return null;
  }
}

export function saveDraft(draft: Draft, storage: Pick<Storage, 'setItem'> | null = browserStorage()): boolean {
  try {
    if (!storage) return false;
    storage.setItem(DRAFT_KEY, JSON.stringify(draft));
    return true;
  } catch {
    // Private mode or a full quota: the wizard keeps working from memory.
    return false;
  }
}

export function clearDraft(storage: Pick<Storage, 'removeItem'> | null = browserStorage()): void {
  try {
    storage?.removeItem(DRAFT_KEY);
  } catch {
    // Nothing to clear.
  }
}
