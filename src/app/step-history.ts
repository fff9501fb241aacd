// Every move between steps is an entry in the browser's history, and the address shows the
// step (step-address.ts): the phone's Back button goes to the previous step instead of leaving
// the calculator, Forward comes back, and a reload or a bookmark lands on the same step. The
// answers store stays the one source of the step; this file only mirrors it into the history
// and follows Back and Forward. Only the app does this: the widget lives in another site's
// page, whose Back button is not its own.
import { useEffect } from 'react';
import { hashOfStep, stepOfHash } from '../features/wizard/step-address';
import { FORM_STEPS, STEP_IDS } from '../features/wizard/steps';
import type { StepId } from '../features/wizard/steps';
import type { Answers } from '../features/wizard/answers';
import type { WizardStore } from '../features/wizard/wizard-store';

/** What a history entry of ours remembers besides its address. */
export interface StepEntry {
  step: StepId;
  /** A Change link's "Save and return": Forward to that step brings it back too. */
  returnTo: StepId | null;
  /** The step of the entry before this one, so the app's own Back can go back in history. */
  from: StepId | null;
  /**
   * The entry's place among ours (0 for the first this tab wrote, one more per step pushed), so
   * Back and Forward know their direction; absent in entries written before it was kept.
   */
  at?: number;
  /**
   * On the result: the region of the answers it was shown for. A region chosen on a range result
   * ("choose your region") is an entry of its own, so Back returns to the answer before the
   * choice (the range) and Forward to the region's own.
   */
  region?: string;
  /**
   * Such a choice's entry: the region it was chosen from, and every other answer as it stood
   * (answersBesideRegion). Back and Forward put a region back only while those answers and the
   * chosen region are still the person's: never over answers changed since (a shared link
   * opened, "Bring back my answers", a region changed in the wizard).
   */
  chosen?: { from: string; answers: string };
}

/** The answers less their region, as text: what a region chosen on the result must find unchanged. */
function answersBesideRegion(answers: Answers): string {
  return JSON.stringify({ ...answers, region: null });
}

const STATE_KEY = 'yibaoStep';

function entryOf(state: unknown): StepEntry | null {
  const entry = typeof state === 'object' && state !== null ? (state as Record<string, unknown>)[STATE_KEY] : null;
  if (typeof entry !== 'object' || entry === null) return null;
  const { step, returnTo, from, at } = entry as Record<string, unknown>;
  const isStep = (value: unknown): value is StepId => STEP_IDS.includes(value as StepId);
  if (!isStep(step)) return null;
  const read: StepEntry = { step, returnTo: isStep(returnTo) ? returnTo : null, from: isStep(from) ? from : null };
  if (typeof at === 'number' && Number.isSafeInteger(at) && at >= 0) read.at = at;
  const { region, chosen } = entry as Record<string, unknown>;
  if (step === 'result' && typeof region === 'string' && region.length > 0 && region.length <= 64) {
    read.region = region;
    const c = typeof chosen === 'object' && chosen !== null ? (chosen as Record<string, unknown>) : null;
    if (c && typeof c.from === 'string' && typeof c.answers === 'string') read.chosen = { from: c.from, answers: c.answers };
  }
  return read;
}

function urlOf(step: StepId): string {
  return `${window.location.pathname}${window.location.search}${hashOfStep(step)}`;
}

function write(kind: 'push' | 'replace', entry: StepEntry) {
  const state = { [STATE_KEY]: entry };
  if (kind === 'push') window.history.pushState(state, '', urlOf(entry.step));
  else window.history.replaceState(state, '', urlOf(entry.step));
}

/**
 * The step an address may open: `step` once every form step before it is done, else the first
 * that is not (a bookmarked result, or Back onto a result after Start again, cannot show a
 * result for answers never given).
 */
export function reachableStep(done: readonly StepId[], step: StepId): StepId {
  if (step === 'start') return step;
  const before = FORM_STEPS.filter((s) => STEP_IDS.indexOf(s) < STEP_IDS.indexOf(step));
  return before.find((s) => !done.includes(s)) ?? step;
}

/**
 * Where the flow opens when the address names a step (a reload, a bookmark, Forward from the
 * start page): that step if the answers allow it. Called once, before the first render.
 */
export function openAddressedStep(store: WizardStore, hash = window.location.hash): void {
  const addressed = stepOfHash(hash);
  if (addressed === null || addressed === 'start') return;
  const { draft } = store.getState();
  const step = reachableStep(draft.done, addressed);
  if (step === draft.step) return;
  const entry = entryOf(window.history.state);
  store.goTo(step, { returnTo: entry?.step === step ? entry.returnTo : null });
}

/**
 * Shows the step on screen in the address again, in place of the current history entry: a
 * shared link pasted into the address while the flow is open, whose answers go into the draft
 * (or are asked about), never into the address or its history.
 */
export function showStepInAddress(store: WizardStore): void {
  const { draft, returnTo } = store.getState();
  const entry = entryOf(window.history.state);
  write('replace', { step: draft.step, returnTo, from: entry?.from ?? null, ...(entry?.at !== undefined ? { at: entry.at } : {}), ...(draft.step === 'result' ? { region: draft.answers.region } : {}) });
}

/** The region being chosen on the result, while the answers take it (chooseResultRegion). */
let regionChoice: string | null = null;

/**
 * A region chosen on a range result ("choose your region"): the answers take it, and the history
 * gets an entry of its own for it (useStepHistory), so Back returns to the answer it was chosen
 * from. Any other change of region on the result (a shared link opened, another tab's answers)
 * is no page of its own: its entry simply notes the region.
 */
export function chooseResultRegion(store: WizardStore, region: string): void {
  regionChoice = region;
  try {
    store.setAnswers({ region });
  } finally {
    regionChoice = null;
  }
}

/**
 * Where the result shown is a region chosen on it (chooseResultRegion) and the answers are still
 * the ones it was chosen on, the region it was chosen from: after a reload the result still offers
 * a way back ("Check another region", the national dates among them). Null otherwise.
 */
export function regionChosenFrom(store: WizardStore): string | null {
  const entry = entryOf(window.history.state);
  const { answers } = store.getState().draft;
  return entry?.region === answers.region && entry.chosen?.answers === answersBesideRegion(answers) ? entry.chosen.from : null;
}

/**
 * Where the entry shown sits among ours, and the furthest one written. Kept outside the hook:
 * the flow unmounts on the start page, and Back from there must still know its direction.
 */
const position = { at: undefined as number | undefined, top: 0 };

/** Whether a move onto `entry` (addressing `addressed`) passes over it: see onPopState. */
function passesOver(entry: StepEntry | null, was: number | undefined, addressed: StepId, done: readonly StepId[]): -1 | 1 | 0 {
  if (entry?.at === undefined || was === undefined || addressed === 'start' || reachableStep(done, addressed) === addressed) return 0;
  if (entry.at < was && entry.at > 0) return -1;
  if (entry.at > was && entry.at < position.top) return 1;
  return 0;
}

/**
 * Mirrors the store's step into the history for as long as the flow is on screen. A move
 * adds an entry; the app's own Back, when the entry before is the step it goes to, goes back
 * in history instead, so the two Back buttons agree. Back and Forward move the store.
 * `entered`: the flow was just entered from the start page, whose entry stays behind it.
 */
export function useStepHistory(store: WizardStore, entered: boolean): void {
  useEffect(() => {
    // Each step focuses its heading when it is shown: the browser putting back the scroll of an
    // older, longer page (a result) would leave that heading, and the focus, out of sight.
    window.history.scrollRestoration = 'manual';
    const first = store.getState();
    let shown = first.draft.step;
    const current = entryOf(window.history.state);
    const addressedFirst = stepOfHash(window.location.hash);
    // Back from the start page onto an entry of answers Start again cleared: passed over as below.
    const skip = addressedFirst === null ? 0 : passesOver(current, position.at, addressedFirst, first.draft.done);
    position.at = current?.at ?? 0;
    if (position.at > position.top) position.top = position.at;
    // The region each result entry was shown for (StepEntry.region).
    const regionOf = (step: StepId, region: string) => (step === 'result' ? { region } : {});
    // The entry on screen, as last written or arrived at: what Back and Forward leave.
    let onEntry: StepEntry | null = current;
    const put = (kind: 'push' | 'replace', entry: StepEntry) => {
      write(kind, entry);
      onEntry = entry;
    };
    let region = first.draft.answers.region;
    if (skip !== 0) window.history.go(skip);
    else if (addressedFirst === shown) {
      // The address already shows it (a reload, Forward, or React's second run of this effect in development).
      // A region chosen on the result keeps its choice, so Back after a reload still returns to the answer it was chosen from.
      const chosen = current?.region === region ? current.chosen : undefined;
      put('replace', { step: shown, returnTo: first.returnTo, from: current?.step === shown ? current.from : null, at: position.at, ...regionOf(shown, region), ...(chosen ? { chosen } : {}) });
    } else {
      if (entered) position.at = position.top = position.at + 1;
      put(entered ? 'push' : 'replace', { step: shown, returnTo: first.returnTo, from: entered ? 'start' : null, at: position.at, ...regionOf(shown, region) });
    }

    const onMove = () => {
      const { draft, returnTo } = store.getState();
      const was = region;
      region = draft.answers.region;
      if (draft.step === shown) {
        if (shown !== 'result' || region === was) return;
        // A region chosen on the result: a page of its own, as the step moves are. Otherwise the
        // entry shown now stands for the new region.
        if (regionChoice === region) {
          const at = (position.at ?? 0) + 1;
          position.at = position.top = at;
          put('push', { step: 'result', returnTo, from: 'result', at, region, chosen: { from: was, answers: answersBesideRegion(draft.answers) } });
        } else {
          const entry = entryOf(window.history.state);
          put('replace', { step: 'result', returnTo, from: entry?.from ?? null, ...(entry?.at !== undefined ? { at: entry.at } : {}), region });
        }
        return;
      }
      const from = shown;
      shown = draft.step;
      // The same place as the entry before: go back to it rather than add a copy of it. Not from
      // the result: "Change your answers" opens the check page as a new page, so that Back
      // returns to the result it was opened from.
      if (from !== 'result' && entryOf(window.history.state)?.from === draft.step) window.history.back();
      else {
        const at = (position.at ?? 0) + 1;
        position.at = position.top = at;
        put('push', { step: draft.step, returnTo, from, at, ...regionOf(draft.step, region) });
      }
    };
    const onPopState = () => {
      const addressed = stepOfHash(window.location.hash);
      // Another fragment (the skip link's "#main") is no move.
      if (addressed === null) return;
      const { draft } = store.getState();
      const step = reachableStep(draft.done, addressed);
      const entry = entryOf(window.history.state);
      // After Start again, the entries of the answers that were cleared lead nowhere: Back from
      // the start page would show the first step once for each of them. They are passed over, in
      // the direction the person is going, as far as entries of ours go.
      const skip = passesOver(entry, position.at, addressed, draft.done);
      if (entry?.at !== undefined) position.at = entry.at;
      if (skip !== 0) {
        window.history.go(skip);
        return;
      }
      const before = shown;
      const left = onEntry;
      onEntry = entry;
      shown = step;
      if (step !== addressed) put('replace', { step, returnTo: null, from: entry?.from ?? null, ...(entry?.at !== undefined ? { at: entry.at } : {}) });
      // Back over a region chosen on the result, or Forward onto one: that entry's region again,
      // while the answers are still those it was chosen with (set before the move, so onMove does
      // not take it for a new choice). Never on the way to a result from the wizard's steps.
      const back = left?.at !== undefined && entry?.at !== undefined && entry.at < left.at;
      const choice = before === 'result' && step === 'result' ? (back ? left?.chosen : entry?.chosen) : undefined;
      const chosenRegion = back ? left?.region : entry?.region;
      const now = draft.answers.region;
      const undoes = choice !== undefined && (back ? now === chosenRegion && entry?.region === choice.from : now === choice.from);
      if (undoes && entry?.region !== undefined && answersBesideRegion(draft.answers) === choice.answers) {
        region = entry.region;
        store.setAnswers({ region: entry.region });
      }
      if (step !== draft.step) store.goTo(step, { returnTo: entry?.step === step ? entry.returnTo : null });
    };
    // The skip link moves focus to the main content without "#main" in the address: a history
    // entry of its own would make Back take two presses to leave the step (and show no step).
    const onSkip = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a.skip-link') : null;
      const main = document.getElementById('main');
      if (!link || !main) return;
      event.preventDefault();
      main.focus();
    };
    const unsubscribe = store.subscribe(onMove);
    window.addEventListener('popstate', onPopState);
    document.addEventListener('click', onSkip);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
      document.removeEventListener('click', onSkip);
    };
  }, [store, entered]);
}
