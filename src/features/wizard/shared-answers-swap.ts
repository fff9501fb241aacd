// A shared link's answers opened over the person's own, and the way back (draft-undo.ts keeps
// what is needed until the person brings them back or lets them go). One hook for the app (calculator-flow.tsx) and the
// widget (embed-app.tsx), which differ only in where the tab's copy is kept.
import { useState } from 'react';
import type { Scenario } from '../../calc';
import type { Draft } from './draft-storage';
import { draftToKeep, dropReplacedDraft, keepReplacedDraft, peekOpenedDraft, peekReplacedDraft, peekReplacedTyped } from './draft-undo';
import type { TypedValues } from './draft-storage';
import { refreshDraft } from './wizard-store';
import type { WizardStore } from './wizard-store';

export interface SharedAnswersSwap {
  /** The person's own draft while shared answers are open; null when none is kept. */
  replaced: Draft | null;
  /** Their own answers have just been brought back (the notice says so). */
  restored: boolean;
  /** They have just chosen to keep the shared answers and let their own go (the notice says so). */
  forgotten: boolean;
  /** Whether the undo notice has anything to say: own answers kept, or just brought back or let go. */
  active: boolean;
  /** Opens `scenario`'s answers on the result, keeping the person's own (draftToKeep says which). */
  open: (scenario: Scenario) => void;
  /** Brings the person's own answers back. */
  undo: () => void;
  /** Keeps the shared answers: the person's own are let go, as they chose. */
  forget: () => void;
}

/**
 * `storage` is where the copy is kept: the device's storage when omitted (the app), the widget's scoped
 * storage, or null where the browser denies storage (then memory only, as the state here).
 */
export function useSharedAnswersSwap(store: WizardStore, storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null): SharedAnswersSwap {
  // From the tab's storage, so a reload keeps the way back.
  const [replaced, setReplaced] = useState<Draft | null>(() => peekReplacedDraft(storage));
  const [opened, setOpened] = useState<Draft | null>(() => peekOpenedDraft(storage));
  // What was typed on the person's own steps and not yet submitted: brought back with their answers.
  const [replacedTyped, setReplacedTyped] = useState<TypedValues>(() => peekReplacedTyped(storage));
  const [restored, setRestored] = useState(false);
  const [forgotten, setForgotten] = useState(false);
  return {
    replaced,
    restored,
    forgotten,
    active: replaced !== null || restored || forgotten,
    open(scenario) {
      const { draft, today } = store.getState();
      const own = draftToKeep(draft, replaced, opened, (d) => refreshDraft(d, today));
      const typed = own === draft ? store.allTyped() : replacedTyped;
      store.startFromScenario(scenario, 'result');
      const now = store.getState().draft;
      keepReplacedDraft(own, now, storage, typed);
      setReplaced(own);
      setReplacedTyped(typed);
      setOpened(now);
      setRestored(false);
      setForgotten(false);
    },
    undo() {
      if (!replaced) return;
      store.restoreDraft(replaced, replacedTyped);
      dropReplacedDraft(storage);
      setReplaced(null);
      setReplacedTyped({});
      setOpened(null);
      setRestored(true);
    },
    forget() {
      dropReplacedDraft(storage);
      setReplaced(null);
      setReplacedTyped({});
      setOpened(null);
      setForgotten(true);
    },
  };
}
