// The first step is in the page before the app (scripts/prerender.mjs): the app's at "#/where",
// the widget's at once. Whatever the person did there before the app arrived is theirs, so
// when the app's own first step is drawn, it takes over, in the same frame and before anything
// is painted: the choices changed there (a radio, the search box), where the focus was, and a
// Continue pressed there (first-paint.ts held it), which it carries out. Then the static copy
// goes (hand-over.ts).
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { FieldValues, Path, PathValue, UseFormReturn } from 'react-hook-form';
import { handOver } from '../../app/hand-over';
import { startingDone } from '../../app/static-start-page';
import { CONTINUE_ATTRIBUTE, STATIC_ATTRIBUTE, STATIC_STEP_ATTRIBUTE, STATIC_WIDGET_CLASS } from '../../first-paint/first-screen-dom';
import { staticStepChanges } from '../../first-paint/static-step-changes';

/** Sets a React-controlled text field as typing would, so its onChange runs. */
function typeInto(input: HTMLInputElement, value: string) {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * Takes over the static first step, once, when the step using it is first drawn. `submit`
 * is the step's own Continue.
 */
export function useStaticStepTakeover<V extends FieldValues>(form: UseFormReturn<V>, submit: () => void, keep: (values: V) => void): void {
  const done = useRef(false);
  const focus = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (done.current) return;
    done.current = true;
    const doc = document;
    const step = doc.querySelector(`[${STATIC_STEP_ATTRIBUTE}]`);
    // Only a step on screen was in use (the app's is shown by its address; either may be off for this visit).
    const inUse = step !== null && doc.documentElement.getAttribute(STATIC_ATTRIBUTE) !== 'off' && (step.classList.contains(STATIC_WIDGET_CLASS) || step.matches(':target'));
    const changes = inUse ? staticStepChanges(step) : null;
    const continuing = inUse && doc.documentElement.hasAttribute(CONTINUE_ATTRIBUTE);
    // Enter in the region search with text typed was held as a Continue too (first-paint.ts holds
    // every submit): it would go on with the region chosen before, which the person did not see.
    // It only searches: the regions are filtered by the text carried over, and focus stays there.
    const typing = doc.activeElement;
    const searching = continuing && step?.contains(typing) === true && typing instanceof HTMLInputElement && typing.type === 'search' && typing.value.trim() !== '';
    doc.documentElement.removeAttribute(CONTINUE_ATTRIBUTE);
    handOver(doc);
    if (!changes) return;
    const names = Object.keys(changes.chosen);
    for (const name of names) {
      form.setValue(name as Path<V>, changes.chosen[name] as PathValue<V, Path<V>>, { shouldDirty: true });
    }
    // Kept as typed with the choices themselves: the step is drawn hidden while the start page is
    // read and only appears now, and react-hook-form's getValues() gives the default values, not
    // the ones just set, until the form has mounted again. Kept from that, a reload, Back or
    // Forward before Continue showed the step's default instead of the person's choice.
    if (names.length > 0) keep({ ...form.getValues(), ...changes.chosen } as V);
    const beforeTyping = JSON.stringify(form.getValues());
    for (const [id, value] of Object.entries(changes.typed)) {
      const input = doc.getElementById(id);
      if (input instanceof HTMLInputElement) typeInto(input, value);
    }
    focus.current = changes.focus;
    if (continuing) {
      startingDone(doc);
      // A search that left one region chose it (region-picker.tsx): then Enter goes on, as in the app.
      if (!searching || JSON.stringify(form.getValues()) !== beforeTyping) submit();
    }
  }, [form, submit, keep]);
  // Focus goes back where it was after the step's own effects, which focus its heading after a move.
  useEffect(() => {
    const target = focus.current;
    focus.current = null;
    if (!target) return;
    document.querySelector<HTMLElement>(target)?.focus({ preventScroll: true });
    // Text typed there can change the step once more as it is typed in here: a search that leaves
    // one region chooses it, away from the radio the person had tabbed to (typed 江西, pressed Tab:
    // the static list, unfiltered, had put focus on 全国, which stays listed but is no longer
    // chosen). Focus would stay on a radio not chosen (or fall to the page, were it gone); it goes to
    // the group's chosen radio instead, where Tab into the filtered list would have put it.
    const group = /^input\[name=("(?:[^"\\]|\\.)*")\]/.exec(target)?.[1];
    if (!group) return;
    requestAnimationFrame(() => {
      const active = document.activeElement;
      const leftRadio = active instanceof HTMLInputElement && active.type === 'radio' && `"${active.name}"` === group && !active.checked;
      if (active && active !== document.body && active.isConnected && !leftRadio) return;
      document.querySelector<HTMLElement>(`input[name=${group}]:checked`)?.focus({ preventScroll: true });
    });
  }, []);
}
