// The draft lives in localStorage on this device only, saved on every change. It is
// versioned so an app update can read what an older version wrote: each older shape is
// upgraded, never guessed at (a question the old version did not ask stays unanswered).
import type * as z from 'zod/mini';
import { isIsoDate } from '../../calc';
import { answersSchema, noCircumstances } from './answers';
import type { Answers } from './answers';
import { browserStorage, DRAFT_KEY, DRAFT_VERSION, isReadableDraftVersion } from './draft-peek';
import { REVISIT_STEPS } from './step-dependencies';
import type { RevisitStep } from './step-dependencies';
import { FORM_STEPS, STEP_IDS } from './steps';
import type { FormStepId, StepId } from './steps';

export interface Draft {
  version: typeof DRAFT_VERSION;
  step: StepId;
  answers: Answers;
  /** Steps the person has completed, so "check your answers" knows what to show. */
  done: StepId[];
  /**
   * Steps a change made since they were answered asks anew (a new scheme: step-dependencies.ts),
   * in the wizard's order; absent when there are none. Kept with the answers, so a reload still
   * shows them as not given and still gives no result until they are answered. A draft written
   * before this was kept has none, which is what it knew: its `done` still leaves those steps out.
   */
  revisit?: RevisitStep[];
  /**
   * Where Continue (and Back) on this step lead back to: the check page after one of its Change
   * links, or the payment step after its link to the history. Kept with the step, so a reload on
   * a step still to answer again still offers "Save and return to the check page". Absent when
   * Continue simply goes on; a draft written before this was kept has none, and reads as such.
   */
  returnTo?: ReturnStep;
  /**
   * The day a shared link's answers were worked out for (its scenario's asOf), while the answers
   * are still the link's: the result shows that day's answer and says so (calculator-flow.tsx).
   * Kept with the answers, so a reload shows the same answer and the same notice, not today's
   * without a word. A change of answer, Start again and "Work it out again for today" drop it;
   * a draft written before this was kept has none, and reads as such.
   */
  linkDay?: string;
}

/** The steps a link can send the person back to. */
export const RETURN_STEPS = ['payment', 'check'] as const satisfies readonly StepId[];
export type ReturnStep = (typeof RETURN_STEPS)[number];

/** A step to come back to on `step`: one a link can set, and still ahead of it; else none. */
export function returnStepOf(step: StepId, returnTo: unknown): ReturnStep | null {
  const target = RETURN_STEPS.find((s) => s === returnTo);
  return target !== undefined && STEP_IDS.indexOf(target) > STEP_IDS.indexOf(step) ? target : null;
}

/** The draft open on its step with `returnTo` kept (only where returnStepOf allows it), the field left out otherwise. */
export function withReturnTo(draft: Draft, returnTo: StepId | null): Draft {
  const rest: Draft = { ...draft };
  delete rest.returnTo;
  const target = returnStepOf(draft.step, returnTo);
  return target ? { ...rest, returnTo: target } : rest;
}

/** The steps a draft marks to answer again; none for a draft without marks. */
export function revisitOf(draft: Pick<Draft, 'revisit'>): readonly RevisitStep[] {
  return draft.revisit ?? [];
}

/** The draft with these marks: the field left out when there are none, as drafts without marks were written. */
export function withRevisit(draft: Draft, revisit: readonly RevisitStep[]): Draft {
  const rest: Draft = { ...draft };
  delete rest.revisit;
  return revisit.length > 0 ? { ...rest, revisit: [...revisit] } : rest;
}

/** The day the draft's answers are a shared link's for (Draft.linkDay); null when they are not, or no longer. */
export function linkDayOf(draft: Pick<Draft, 'linkDay'>): string | null {
  return draft.linkDay ?? null;
}

/**
 * The draft with `day` as its link's day, where it is a real calendar day (YYYY-MM-DD); otherwise
 * the field left out, as drafts written before it was kept have it: stored text is input like any
 * other, and a malformed day must not keep, or break, the answer shown.
 */
export function withLinkDay(draft: Draft, day: unknown): Draft {
  const rest: Draft = { ...draft };
  delete rest.linkDay;
  return typeof day === 'string' && isIsoDate(day) ? { ...rest, linkDay: day } : rest;
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

/**
 * Which step asks an answer, by its path in the answers: a field that cannot be read is asked
 * again there. The newborn's tick and date of birth are asked with the history, whose years they
 * decide (as stepForError, check-step.tsx, reads a scenario's paths).
 */
function stepOfField(path: string): FormStepId {
  const [group, field] = path.split('.');
  if (group === 'region' || group === 'scheme') return 'where';
  if (group === 'history') return 'history';
  if (group === 'payment') return 'payment';
  if (group === 'circumstances' && (field === 'newborn' || field === 'birthDate')) return 'history';
  return 'circumstances';
}

/**
 * `stored` read field by field against `schema` (objects inside read the same way): a field that
 * fits is kept, one that does not takes `fallback`'s value. `lost` lists the paths of the fields
 * that took a fallback ("payment.date"), so the person can be told which steps to answer again.
 */
function readFields(schema: z.ZodMiniObject, stored: unknown, fallback: unknown, prefix = ''): { value: Record<string, unknown>; lost: string[] } {
  const from = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const base = typeof fallback === 'object' && fallback !== null ? (fallback as Record<string, unknown>) : {};
  const value: Record<string, unknown> = {};
  const lost: string[] = [];
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodMiniType>)) {
    // A group of answers (an object schema has a shape) is read field by field in turn.
    if ('shape' in field) {
      const inner = readFields(field as z.ZodMiniObject, from[key], base[key], `${prefix}${key}.`);
      value[key] = inner.value;
      lost.push(...inner.lost);
      continue;
    }
    const read = field.safeParse(from[key]);
    const kept = read.success ? read.data : base[key];
    if (!read.success) lost.push(`${prefix}${key}`);
    if (kept !== undefined) value[key] = kept;
  }
  return { value, lost };
}

/** A stored draft as read, with the steps whose answers could not be read and were set back to blank. */
export interface ReadDraft {
  draft: Draft;
  /** In the wizard's order; empty when every answer was read. */
  unread: FormStepId[];
}

/**
 * Reads any stored shape; an unknown future version, or a shape that is not a draft at all, gives
 * null. With `fallback` (blank answers for today), answers that do not fit the schema are read
 * field by field: what fits is kept, the rest is blank again, and its steps are no longer done,
 * so one damaged field never costs the person every other answer (the wizard says which steps).
 */
export function readDraft(raw: unknown, fallback?: Answers): ReadDraft | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const candidate = raw as Partial<Draft> & { version?: unknown };
  if (!isReadableDraftVersion(candidate.version)) return null;
  let stored: unknown = candidate.answers;
  for (let version = candidate.version; version < DRAFT_VERSION; version++) stored = ANSWER_STEPS[version]?.(stored);
  const parsed = answersSchema.safeParse(stored);
  let answers: Answers;
  let unread: FormStepId[] = [];
  if (parsed.success) answers = parsed.data;
  else {
    if (!fallback) return null;
    const read = readFields(answersSchema, stored, fallback);
    const salvaged = answersSchema.safeParse(read.value);
    if (!salvaged.success) return null;
    answers = salvaged.data;
    const steps = new Set(read.lost.map(stepOfField));
    unread = FORM_STEPS.filter((s) => steps.has(s));
  }
  // The answers changed, so the check page is no longer done either. A scheme that could not be
  // read leaves every later step to go through again: their answers were given for that scheme.
  const undone = new Set<StepId>(unread.length === 0 ? [] : ['check', ...unread]);
  if (unread.length > 0 && !answersSchema.shape.scheme.safeParse((stored as { scheme?: unknown } | null)?.scheme).success) for (const s of FORM_STEPS) undone.add(s);
  // Stored text is input like any other: a list longer than the steps can only be damage.
  const done = (Array.isArray(candidate.done) ? candidate.done.slice(0, STEP_IDS.length).filter((s): s is StepId => STEP_IDS.includes(s as StepId)) : []).filter((s) => !undone.has(s));
  const storedStep = STEP_IDS.includes(candidate.step as StepId) ? (candidate.step as StepId) : 'where';
  // A step past the first answer to give again opens there instead: nothing after it can be shown without it.
  const firstUnread = unread[0];
  const step = firstUnread !== undefined && STEP_IDS.indexOf(firstUnread) < STEP_IDS.indexOf(storedStep) ? firstUnread : storedStep;
  // Only the steps a change can mark, each once, in order; as with `done`, a longer list is damage.
  const marked: unknown[] = Array.isArray(candidate.revisit) ? candidate.revisit.slice(0, REVISIT_STEPS.length) : [];
  const revisit = REVISIT_STEPS.filter((s) => marked.includes(s));
  // One of two known steps, still ahead of the step stored; anything else reads as none.
  const draft = withReturnTo(withRevisit({ version: DRAFT_VERSION, step, answers, done }, revisit), candidate.returnTo ?? null);
  // Answers set back to blank are no longer the link's: its day goes with them.
  return { draft: withLinkDay(draft, unread.length === 0 ? candidate.linkDay : null), unread };
}

/** As readDraft, for a caller that needs only the draft. */
export function migrateDraft(raw: unknown, fallback?: Answers): Draft | null {
  return readDraft(raw, fallback)?.draft ?? null;
}

/** Answers the person has given (a step completed): a shared link must ask before replacing them. */
export function hasOwnAnswers(draft: Draft): boolean {
  return draft.done.length > 0;
}

/** The draft stored under `key`, checked and migrated like any stored draft (readDraft); null if none (or unreadable). */
export function readDraftAt(key: string, storage: Pick<Storage, 'getItem'> | null, fallback?: Answers): ReadDraft | null {
  try {
    const text = storage?.getItem(key);
    return text ? readDraft(JSON.parse(text), fallback) : null;
  } catch {
    return null;
  }
}

/** The stored draft; with `fallback`, answers that cannot be read are blank again (readDraft). */
export function loadDraft(storage: Pick<Storage, 'getItem'> | null = browserStorage(), fallback?: Answers): Draft | null {
  return readDraftAt(DRAFT_KEY, storage, fallback)?.draft ?? null;
}

/**
 * The stored draft was written by a newer version of the app (a tab left open across an
 * update, or a rollback): this version cannot read it and must not write over it.
 */
export function storedDraftIsNewer(storage: Pick<Storage, 'getItem'> | null = browserStorage()): boolean {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(DRAFT_KEY) ?? 'null');
    const version = typeof raw === 'object' && raw !== null ? (raw as { version?: unknown }).version : undefined;
    return typeof version === 'number' && version > DRAFT_VERSION;
  } catch {
    return false;
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

/* ---------- what is typed on a step, before it is submitted ---------- */

/**
 * What the person has typed on each step's form and not yet submitted, kept as typed (a
 * half-written date included), so a reload puts it back. Beside the draft, not in it: the
 * draft holds answers that fit the answers schema, these hold anything an input can hold.
 */
export const TYPED_KEY = 'yibao-lapse:typed';
/** 1: one object of form values per step. */
const TYPED_VERSION = 1;

export type TypedValues = Partial<Record<FormStepId, unknown>>;

/** Reads the typed values; each step checks the shape of its own (typed-values.ts). */
export function loadTyped(storage: Pick<Storage, 'getItem'> | null = browserStorage()): TypedValues {
  return loadTypedAt(TYPED_KEY, storage);
}

/** The same, kept under `key` (draft-undo.ts keeps a replaced draft's typed values beside it). */
export function loadTypedAt(key: string, storage: Pick<Storage, 'getItem'> | null): TypedValues {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(key) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return {};
    const { version, steps } = raw as { version?: unknown; steps?: unknown };
    if (version !== TYPED_VERSION || typeof steps !== 'object' || steps === null) return {};
    return Object.fromEntries(Object.entries(steps).filter(([step]) => (FORM_STEPS as readonly string[]).includes(step)));
  } catch {
    return {};
  }
}

export function saveTyped(typed: TypedValues, storage: Pick<Storage, 'setItem' | 'removeItem'> | null = browserStorage()): void {
  saveTypedAt(TYPED_KEY, typed, storage);
}

/** Keeps `typed` under `key`, or removes the key when there is nothing typed. */
export function saveTypedAt(key: string, typed: TypedValues, storage: Pick<Storage, 'setItem' | 'removeItem'> | null): void {
  try {
    if (Object.keys(typed).length === 0) storage?.removeItem(key);
    else storage?.setItem(key, JSON.stringify({ version: TYPED_VERSION, steps: typed }));
  } catch {
    // Not kept across a reload; the form still holds it.
  }
}
