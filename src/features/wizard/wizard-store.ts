// The answers store: lives outside the step forms, so a step can unmount (Back, Change) and
// nothing is lost. A tiny external store read with useSyncExternalStore; every change of the
// draft is saved to localStorage. "Today" is injected, so tests never depend on the clock.
import { createContext, createElement, useContext, useMemo, useState, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import type { Scenario } from '../../calc';
import { defaultAnswers, historyRows, lastHistoryYear } from './answers';
import type { Answers } from './answers';
import { browserStorage, DRAFT_KEY, DRAFT_VERSION } from './draft-peek';
import { clearDraft, linkDayOf, loadTyped, migrateDraft, readDraftAt, returnStepOf, revisitOf, saveDraft, saveTyped, storedDraftIsNewer, withLinkDay, withReturnTo, withRevisit } from './draft-storage';
import type { Draft, TypedValues } from './draft-storage';
import { answersText, dropReplacedDraft } from './draft-undo';
import { fromScenario } from './from-scenario';
import { revisitAfterSubmit, stepAfterSubmit, stepsToRevisit } from './step-dependencies';
import { FORM_STEPS, nextStep, previousStep, STEP_IDS } from './steps';
import type { FormStepId, StepId } from './steps';
import { toScenario } from './to-scenario';

export interface WizardState {
  /** Where a fresh draft opens and Back stops: the app's start page, or the widget's first step. */
  readonly firstStep: StepId;
  /** The local calendar day the wizard runs on (YYYY-MM-DD); the scenario's `asOf`. */
  readonly today: string;
  readonly draft: Draft;
  /** Set by a Change link: Continue (and Back) go back here instead of to the next step. */
  readonly returnTo: StepId | null;
  /**
   * The step just left when a move came back to where a Change link (or the payment step's link)
   * came from: the check page then puts focus back on that step's Change button. Null otherwise.
   */
  readonly returnedFrom: StepId | null;
  /** Counts moves between steps: a step moves focus to its heading only after a move, not on first paint. */
  readonly navigations: number;
  /** Bumped when the answers are replaced wholesale (reset, a shared scenario), so forms remount. */
  readonly revision: number;
  /**
   * Why the draft is not being kept on this device: the last save failed (storage full or
   * denied), or the stored draft is a newer version's and is left as it is. Null when saved.
   */
  readonly storageProblem: 'saveFailed' | 'newer' | null;
  /**
   * Another tab saved different answers: this tab stops saving (so neither tab silently
   * overwrites the other) until the person keeps this page's answers or loads these.
   */
  readonly otherTabDraft: Draft | null;
  /**
   * Steps whose stored answers could not be read on load (damaged or edited storage) and are blank
   * again, in the wizard's order: the person is told, and asked them again (draft-storage.ts
   * readDraft). Empty once dismissed or when the answers are replaced.
   */
  readonly unreadSteps: readonly FormStepId[];
}

type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface WizardStoreOptions {
  today: string;
  /** Defaults to localStorage; null keeps the draft in memory only. */
  storage?: DraftStorage | null;
  /** Start from this draft instead of the stored one. */
  initial?: Draft;
  /** Default 'where'; the app opens on its start page. */
  firstStep?: StepId;
}

export interface WizardStore {
  getState(): WizardState;
  subscribe(listener: () => void): () => void;
  /** Go to a step; `returnTo` (e.g. 'check' from a Change link) is where Continue comes back to. */
  goTo(step: StepId, options?: { returnTo?: StepId | null }): void;
  /** Continue: to `returnTo` if a Change link set one, else the next step. */
  next(): void;
  /** Back: to `returnTo` if set, else the previous step. */
  back(): void;
  /** Shallow merge of top-level answer groups. */
  setAnswers(patch: Partial<Answers>): void;
  markDone(step: StepId): void;
  /**
   * One update for a submitted step: merge its answers, mark it done and move on (to `to` if
   * given, keeping any returnTo; else as next()).
   */
  completeStep(step: StepId, patch: Partial<Answers>, to?: StepId): void;
  /** Forget everything: clears the stored draft and starts again at the first step. */
  reset(): void;
  /** Replace the answers with a shared or embedded scenario; every form step counts as done. */
  startFromScenario(scenario: Scenario, step?: StepId): void;
  /**
   * The answers now are a shared link's, worked out for `day` (its asOf): the day is kept with the
   * draft (Draft.linkDay), so the result, after a reload too, shows that day's answer, until an
   * answer changes. A value that is not a calendar day keeps nothing.
   */
  keepLinkDay(day: string): void;
  /**
   * "Work it out again for today": the answers are no longer for a link's day, and read as a
   * load today reads them (refreshDraft), so a reload shows the same answer for today.
   */
  workOutForToday(): void;
  /** Replace the answers with a whole draft (the person's own, brought back), opening on its step. */
  restoreDraft(draft: Draft, typed?: TypedValues): void;
  /** Everything typed and not yet submitted, by step (kept with a draft a shared link replaces). */
  allTyped(): TypedValues;
  /** Another tab changed the answers: take theirs (`load`) or keep this page's and save them (`keep`). */
  settleOtherTab(choice: 'load' | 'keep'): void;
  /**
   * The page a question stood in for comes back unchanged (a shared link's "Keep my answers"): as
   * after a move, its heading takes the focus (the button pressed is gone with the question).
   */
  returnToStep(): void;
  /** The person has read that some stored answers could not be read: stop saying so. */
  dismissUnread(): void;
  /**
   * What was typed on a step's form and not yet submitted, as typed (any shape: the step
   * checks it, typed-values.ts); undefined if nothing is kept.
   */
  typedValues(step: FormStepId): unknown;
  /**
   * Keeps what is typed on a step until the step is submitted, or the answers are replaced:
   * a reload, Back or Forward then puts it back. Not state: nothing re-renders for it.
   */
  keepTyped(step: FormStepId, values: unknown): void;
}

/** The browser's local calendar day as YYYY-MM-DD (not UTC: just after midnight in China is still "today"). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}


/** A draft holding a shared or embedded scenario's answers, every form step done, open on `step`. */
export function draftFromScenario(scenario: Scenario, step: StepId): Draft {
  return { version: DRAFT_VERSION, step, answers: fromScenario(scenario), done: [...FORM_STEPS] };
}

function freshDraft(today: string, step: StepId): Draft {
  return { version: DRAFT_VERSION, step, answers: defaultAnswers(today), done: [] };
}

/**
 * The draft as it reads on `today` (what a load does): history rows up to this year; rows it
 * already has for the years before a payment further ahead are kept (lastHistoryYear), none are
 * made up for it (they are asked when the payment step is submitted).
 */
export function refreshDraft(draft: Draft, today: string): Draft {
  const existing = draft.answers.history.years;
  const kept = Math.max(0, ...existing.map((r) => r.year));
  const years = historyRows(today, existing, Math.max(Number(today.slice(0, 4)), Math.min(kept, lastHistoryYear(today, draft.answers.payment))));
  return { ...draft, answers: { ...draft.answers, history: { ...draft.answers.history, years } } };
}

export function createWizardStore({ today, storage = browserStorage(), initial, firstStep = 'where' }: WizardStoreOptions): WizardStore {
  // A newer version's draft is left exactly as it is: this version works from memory only.
  const newer = storedDraftIsNewer(storage);
  // null keeps the draft in memory only (storage denied, a newer draft, or a caller's choice).
  const store = newer ? null : storage;
  // Answers that cannot be read are blank again, not the reason to lose the rest (readDraft).
  const read = initial ? null : readDraftAt(DRAFT_KEY, store, defaultAnswers(today));
  const loaded = initial ?? read?.draft ?? null;
  let state: WizardState = {
    firstStep,
    today,
    draft: loaded ? refreshDraft(loaded, today) : freshDraft(today, firstStep),
    // Where the stored step leads back to, kept with it (a reload on a step a Change link opened).
    returnTo: loaded ? returnStepOf(loaded.step, loaded.returnTo) : null,
    returnedFrom: null,
    navigations: 0,
    revision: 0,
    storageProblem: newer ? 'newer' : null,
    otherTabDraft: null,
    unreadSteps: read?.unread ?? [],
  };
  /** The text this tab last stored, to tell another tab's change from an echo of its own. */
  let lastWritten: string | null = null;
  const listeners = new Set<() => void>();
  // Typed values belong to the stored draft: a draft given from outside (a shared link, a
  // prefill), or a fresh one, owns none of those stored earlier.
  let typed: TypedValues = initial || !loaded ? {} : loadTyped(store);
  if (initial) saveTyped(typed, store);

  function setTyped(next: TypedValues) {
    typed = next;
    saveTyped(typed, store);
  }

  /** A submitted step's answers are in the draft now: what was typed there is no longer needed. */
  function dropTyped(step: StepId) {
    if (!(step in typed)) return;
    const rest = { ...typed };
    delete rest[step as FormStepId];
    setTyped(rest);
  }

  /** Saves the draft, unless another tab's answers are waiting for the person's choice. */
  function persistDraft(next: WizardState): WizardState {
    if (!store || next.otherTabDraft) return next;
    const saved = saveDraft(next.draft, store);
    if (saved) lastWritten = JSON.stringify(next.draft);
    const problem = saved ? null : 'saveFailed';
    return next.storageProblem === problem ? next : { ...next, storageProblem: problem };
  }

  function set(next: WizardState, persist = true) {
    state = persist && next.draft !== state.draft ? persistDraft(next) : next;
    listeners.forEach((listener) => listener());
  }

  /** Another tab (same origin) stored a draft: offer it, unless it is what this tab holds. */
  function onStorage(event: StorageEvent) {
    if (event.key !== DRAFT_KEY || !store || (event.storageArea && event.storageArea !== store)) return;
    if (event.newValue === lastWritten) return;
    let other: Draft | null;
    try {
      other = event.newValue ? migrateDraft(JSON.parse(event.newValue), defaultAnswers(today)) : freshDraft(today, firstStep);
    } catch {
      other = null;
    }
    // Unreadable (a newer version's, say): nothing to offer, but stop writing over it.
    if (!other) {
      set({ ...state, storageProblem: 'newer' }, false);
      return;
    }
    if (JSON.stringify(other) === JSON.stringify(state.draft)) return;
    set({ ...state, otherTabDraft: other }, false);
  }

  function move(step: StepId, returnTo: StepId | null, draft: Draft = state.draft) {
    // The way back is kept with the step, so a reload still offers it (draft-storage.ts).
    const returnedFrom = state.returnTo === step && state.draft.step !== step ? state.draft.step : null;
    set({ ...state, draft: withReturnTo({ ...draft, step }, returnTo), returnTo, returnedFrom, navigations: state.navigations + 1 });
  }

  function patchAnswers(draft: Draft, patch: Partial<Answers>): Draft {
    const patched = { ...draft, answers: { ...draft.answers, ...patch } };
    // A changed answer makes them the person's own, for today: a shared link's day ends there. A
    // step submitted unchanged (Continue, Back, "See your result" after looking) changes nothing.
    if (linkDayOf(draft) === null || answersText(patched.answers) === answersText(draft.answers)) return patched;
    return withLinkDay(patched, null);
  }

  function withDone(draft: Draft, step: StepId): Draft {
    return draft.done.includes(step) ? draft : { ...draft, done: [...draft.done, step] };
  }

  return {
    getState: () => state,
    subscribe(listener) {
      // Watch other tabs only while someone is listening, so a store nobody shows leaks no handler.
      if (listeners.size === 0) globalThis.addEventListener?.('storage', onStorage);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) globalThis.removeEventListener?.('storage', onStorage);
      };
    },
    goTo: (step, options = {}) => move(step, options.returnTo ?? null),
    next: () => move(state.returnTo ?? nextStep(state.draft.step), null),
    back() {
      const previous = previousStep(state.draft.step);
      const floor = STEP_IDS.indexOf(firstStep);
      move(state.returnTo ?? (STEP_IDS.indexOf(previous) < floor ? firstStep : previous), null);
    },
    setAnswers: (patch) => set({ ...state, draft: patchAnswers(state.draft, patch) }),
    markDone: (step) => set({ ...state, draft: withDone(state.draft, step) }),
    completeStep(step, patch, to) {
      dropTyped(step);
      const answered = patchAnswers(state.draft, patch);
      // A step whose questions this answer changed is no longer done: its answers were given
      // to other questions (and the payment step then starts from the hints, not old defaults).
      const changed = stepsToRevisit(state.draft.answers, answered.answers);
      // The marks go with the draft, so a reload keeps them (draft-storage.ts).
      const revisit = revisitAfterSubmit(revisitOf(state.draft), changed, step);
      const draft = withRevisit(withDone({ ...answered, done: answered.done.filter((s) => !(changed as readonly StepId[]).includes(s)) }, step), revisit);
      if (to) {
        move(to, state.returnTo, draft);
        return;
      }
      // Back to where a Change link came from only through the steps that now need answers.
      const back = state.returnTo;
      const after = stepAfterSubmit(state.draft.step, back, revisit);
      move(after, back && after !== back ? back : null, draft);
    },
    reset() {
      clearDraft(store);
      // "Start again" clears every answer on the device: the person's own kept beside shared ones too.
      dropReplacedDraft(store);
      setTyped({});
      set({ ...state, draft: freshDraft(today, firstStep), returnTo: null, unreadSteps: [], returnedFrom: null, navigations: state.navigations + 1, revision: state.revision + 1 }, false);
    },
    startFromScenario(scenario, step = 'check') {
      const draft = draftFromScenario(scenario, step);
      setTyped({});
      set({ ...state, draft, returnTo: null, unreadSteps: [], returnedFrom: null, navigations: state.navigations + 1, revision: state.revision + 1 });
    },
    keepLinkDay(day) {
      set({ ...state, draft: withLinkDay(state.draft, day) });
    },
    workOutForToday() {
      set({ ...state, draft: refreshDraft(withLinkDay(state.draft, null), today) });
    },
    restoreDraft(draft, kept = {}) {
      setTyped(kept);
      set({ ...state, draft: refreshDraft(draft, today), returnTo: returnStepOf(draft.step, draft.returnTo), unreadSteps: [], returnedFrom: null, navigations: state.navigations + 1, revision: state.revision + 1 });
    },
    settleOtherTab(choice) {
      const other = state.otherTabDraft;
      if (!other) return;
      const settled = { ...state, otherTabDraft: null };
      if (choice === 'keep') {
        // An explicit choice: this page's answers are stored again, over the other tab's.
        set(persistDraft(settled), false);
        return;
      }
      // Already stored by the other tab; only this page changes. What was typed here belonged to the old answers.
      lastWritten = JSON.stringify(other);
      setTyped(loadTyped(store));
      set({ ...settled, draft: refreshDraft(other, today), returnTo: returnStepOf(other.step, other.returnTo), unreadSteps: [], returnedFrom: null, navigations: state.navigations + 1, revision: state.revision + 1 }, false);
    },
    returnToStep() {
      set({ ...state, navigations: state.navigations + 1 }, false);
    },
    dismissUnread() {
      if (state.unreadSteps.length > 0) set({ ...state, unreadSteps: [] }, false);
    },
    typedValues: (step) => typed[step],
    allTyped: () => typed,
    keepTyped: (step, values) => setTyped({ ...typed, [step]: values }),
  };
}

const WizardContext = createContext<WizardStore | null>(null);

export interface WizardProviderProps {
  /** A store made elsewhere (the app shell, a test); otherwise one is made from `today`. */
  store?: WizardStore;
  /** Defaults to the browser's local calendar day. */
  today?: string;
  storage?: DraftStorage | null;
  firstStep?: StepId;
  children: ReactNode;
}

export function WizardProvider({ store, today, storage, firstStep, children }: WizardProviderProps) {
  const [own] = useState(
    () => store ?? createWizardStore({ today: today ?? localToday(), ...(storage !== undefined ? { storage } : {}), ...(firstStep ? { firstStep } : {}) }),
  );
  return createElement(WizardContext.Provider, { value: store ?? own }, children);
}

export function useWizardStore(): WizardStore {
  const store = useContext(WizardContext);
  if (!store) throw new Error('useWizardStore needs a <WizardProvider> above it');
  return store;
}

export function useWizardState(): WizardState {
  const store = useWizardStore();
  return useSyncExternalStore(store.subscribe, store.getState, store.getState);
}

/** The calculator's input for the current answers, with today as `asOf`. */
export function useWizardScenario(): Scenario {
  const { draft, today } = useWizardState();
  return useMemo(() => toScenario(draft.answers, today), [draft.answers, today]);
}
