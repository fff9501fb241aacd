// The draft lives in localStorage on this device only, saved on every change. It is
// versioned so an app update can read what an older version wrote: each older shape is
// upgraded, never guessed at (a question the old version did not ask stays unanswered).
import { answersSchema, noCircumstances } from './answers';
import type { Answers } from './answers';
import { browserStorage, DRAFT_KEY, DRAFT_VERSION, isReadableDraftVersion } from './draft-peek';
import { STEP_IDS } from './steps';
import type { StepId } from './steps';

export interface Draft {
  version: typeof DRAFT_VERSION;
  step: StepId;
  answers: Answers;
  /** Steps the person has completed, so "check your answers" knows what to show. */
  done: StepId[];
}

/** What version 1 asked in the circumstances step; anything else in a version-1 draft is not an answer. */
const V1_CIRCUMSTANCES = ['newborn', 'birthDate', 'lowIncomeNotByChoice', 'newVeteran', 'veteranDischargeDate'];

/**
 * Version 1 answers → version 2: the rules-v2 questions did not exist, so they start unticked
 * and unanswered; everything the person entered is kept as it was. A shape that is not
 * version 1's is returned as it is, for the schema to reject.
 */
function answersV1ToV2(answers: unknown): unknown {
  if (typeof answers !== 'object' || answers === null) return answers;
  const { circumstances, history } = answers as { circumstances?: unknown; history?: unknown };
  if (typeof circumstances !== 'object' || circumstances === null) return answers;
  const kept = Object.fromEntries(Object.entries(circumstances).filter(([key]) => V1_CIRCUMSTANCES.includes(key)));
  const upgraded: Record<string, unknown> = { ...answers, circumstances: { ...noCircumstances(), ...kept } };
  if (typeof history === 'object' && history !== null && 'employeePaidBy' in history) {
    upgraded.history = Object.fromEntries(Object.entries(history).filter(([key]) => key !== 'employeePaidBy'));
  }
  return upgraded;
}

/** Upgrades stored answers from version n to n + 1, by n. */
const ANSWER_STEPS: Readonly<Record<number, (answers: unknown) => unknown>> = { 1: answersV1ToV2 };

/** Reads any stored shape; anything unreadable or from an unknown future version is dropped. */
export function migrateDraft(raw: unknown): Draft | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const candidate = raw as Partial<Draft> & { version?: unknown };
  if (!isReadableDraftVersion(candidate.version)) return null;
  let stored: unknown = candidate.answers;
  for (let version = candidate.version; version < DRAFT_VERSION; version++) stored = ANSWER_STEPS[version]?.(stored);
  const answers = answersSchema.safeParse(stored);
  if (!answers.success) return null;
  const step = STEP_IDS.includes(candidate.step as StepId) ? (candidate.step as StepId) : 'where';
  // Stored text is input like any other: a list longer than the steps can only be damage.
  const done = Array.isArray(candidate.done) ? candidate.done.slice(0, STEP_IDS.length).filter((s): s is StepId => STEP_IDS.includes(s as StepId)) : [];
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
