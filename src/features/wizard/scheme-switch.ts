// The result's "other scheme" button changes the answers to the other scheme, and its notice
// changes them back. Both must leave the person where they were: on the day the result was
// worked out for (a shared link's day, Draft.linkDay, which any changed answer otherwise ends: a
// planned payment on that day is then "in the past" and the result refuses it, notice and all),
// and, after a second press from the switched result, with their own answers still the ones
// the way back restores.
import type { Scenario } from '../../calc';
import type { Answers } from './answers';
import { linkDayOf } from './draft-storage';
import { answersForScheme } from './scheme-swap';
import type { WizardStore } from './wizard-store';

/** The answers changed to the other scheme from the result, and what the way back restores. */
export interface SchemeSwitch {
  /** The person's own answers, before the first switch. */
  own: Answers;
  /** The answers the switch set: the way back is offered while these are the answers. */
  now: Answers;
  from: 'resident' | 'flexible';
  to: 'resident' | 'flexible';
  /** The shared link's day the result was worked out for, kept through the switch and its way back. */
  linkDay: string | null;
}

/** `active` while its answers are still the store's: a switch not yet changed or undone. */
function stillActive(store: WizardStore, active: SchemeSwitch | null): SchemeSwitch | null {
  return active && active.now === store.getState().draft.answers ? active : null;
}

/**
 * Changes the store's answers to the other scheme's payment in `swapped` (answersForScheme) and
 * returns the switch to offer a way back from; null where nothing changed (an employee payment),
 * or where the press goes back to the person's own scheme from a switch still active: their own
 * answers are restored, as the way back would.
 */
export function switchScheme(store: WizardStore, active: SchemeSwitch | null, swapped: Scenario): SchemeSwitch | null {
  const current = store.getState().draft;
  const before = stillActive(store, active);
  const own = before ? before.own : current.answers;
  const linkDay = before ? before.linkDay : linkDayOf(current);
  const next = answersForScheme(current.answers, swapped);
  if (!next || own.scheme === 'employee' || next.scheme === 'employee') return before;
  if (before && next.scheme === own.scheme) {
    undoSchemeSwitch(store, before);
    return null;
  }
  store.setAnswers(next);
  if (linkDay !== null) store.keepLinkDay(linkDay);
  return { own, now: store.getState().draft.answers, from: own.scheme, to: next.scheme, linkDay };
}

/** Restores the person's own answers (and the day the result was worked out for) after a switch. */
export function undoSchemeSwitch(store: WizardStore, sw: SchemeSwitch): void {
  store.setAnswers(sw.own);
  if (sw.linkDay !== null) store.keepLinkDay(sw.linkDay);
}
