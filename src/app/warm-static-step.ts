// Start opens the static first step by its address (`:target`, app.css). Drawn from nothing, that
// step costs its whole layout in the frame that answers the press: fonts looked up for each size
// and weight, every label shaped. On a slow phone that frame alone took most of the 200 ms a
// press may take (issue 14). So, while the person reads the start page, the step is laid out
// unseen (no height, invisible, out of the accessibility tree) a few elements per idle moment,
// each moment well under 50 ms, and Start then only has to show what is already laid out.

/** On the static step being laid out unseen (app.css): set when warming begins, and kept. */
export const WARM_ATTRIBUTE = 'data-warm';
/** On the step's elements not yet laid out: hidden until their turn (app.css). */
export const COLD_ATTRIBUTE = 'data-cold';

/** Wall-clock budget of one idle moment, in ms: a slowed CPU gets less done in each, not longer tasks. */
const SLICE_MS = 8;

type Schedule = (run: () => void) => void;

/** The browser's idle time where it has it (not every engine does), a plain task otherwise. */
const whenIdle: Schedule = (run) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => run(), { timeout: 1000 });
  else setTimeout(run, 0);
};

/**
 * Lays out `step` (the static first step, hidden until Start) unseen, in slices of about
 * SLICE_MS ms. Stops by itself when the step is shown (Start was pressed: what is left is laid
 * out then, as before) or leaves the page (the app took it over, or the other language's copy
 * replaced it); the returned function stops it too. Either way the step's elements are left as
 * they were, without their cold marks, and a step no longer in the page without its warm mark.
 */
export function warmStaticStep(step: HTMLElement, schedule: Schedule = whenIdle, now: () => number = () => performance.now()): () => void {
  // Elements with their own text carry the fonts and the shaping; hiding those is enough.
  const cold = [...step.querySelectorAll<HTMLElement>('*')].filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()));
  for (const el of cold) el.setAttribute(COLD_ATTRIBUTE, '');
  step.setAttribute(WARM_ATTRIBUTE, '');
  let next = 0;
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    for (const el of cold) el.removeAttribute(COLD_ATTRIBUTE);
    if (!step.isConnected) step.removeAttribute(WARM_ATTRIBUTE);
  };
  const slice = () => {
    if (stopped) return;
    // Set aside (the other language is shown now): laid out no more, until it is shown again.
    if (!step.isConnected) step.removeAttribute(WARM_ATTRIBUTE);
    if (!step.isConnected || step.matches(':target')) return stop();
    const until = now() + SLICE_MS;
    do {
      (cold[next++] as HTMLElement).removeAttribute(COLD_ATTRIBUTE);
      // Laid out now, inside this slice, not in the next frame all at once.
      void step.offsetHeight;
    } while (next < cold.length && now() < until);
    if (next < cold.length) schedule(slice);
    else stopped = true;
  };
  if (cold.length > 0) schedule(slice);
  return stop;
}
