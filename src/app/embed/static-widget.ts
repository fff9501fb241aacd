// The widget's first screen is its first step in static HTML (scripts/prerender.mjs), and it works
// without the app: a region is chosen, the search box typed in, Continue held until the app
// takes over (src/first-paint/first-paint.ts, static-step-takeover.ts). So, as on the app's start
// page (static-start-page.ts), the widget's app is fetched only once the visitor engages with
// the widget: a host page whose visitors scroll past it (by wheel or finger) spends nothing on it, and a cheap phone
// paints and answers the first press without the app's evaluation in the way. Until the app is
// here, this file does the little the app would do for the first screen: the host's accent
// colour, and the frame's height sent to the host (the loader's 560 px is only a guess).
import { CONTINUE_ATTRIBUTE, STATIC_WIDGET_CLASS } from '../../first-paint/first-screen-dom';
import { staticStepChanges } from '../../first-paint/static-step-changes';
import { afterNextPaint } from '../after-first-paint';
import { applyAccent, checkAccent } from './accent';
import { HEIGHT_MESSAGE, parseOrigin, reportHeight } from './frame-channel';
import { widgetChannel } from './widget-channel';

/**
 * Dresses the static first screen as the app would: the accent colour of `?accent=`, and, where
 * `?parentOrigin=` names the page that frames the widget, the page sized to its content (no
 * scroll bar of its own) and its height posted to that origin until the app takes over (the
 * reporter stops when the screen leaves the page). A parentOrigin naming another page than the
 * one framing the widget is warned about now (widget-channel.ts); values that are not a colour
 * or an origin at all are left for the app's parameter check (embed-params.ts) to warn about.
 */
export function dressStaticWidget(win: Window = window): void {
  const query = new URLSearchParams(win.location.search);
  const accent = query.get('accent');
  const checked = accent === null ? null : checkAccent(accent);
  if (checked?.ok) applyAccent(checked.palette, win.document.documentElement);
  const named = query.get('parentOrigin');
  const channel = widgetChannel((named !== null && parseOrigin(named)) || undefined, win);
  if (!channel) return;
  win.document.documentElement.classList.add('embed-page--sized');
  const screen = win.document.querySelector(`.${STATIC_WIDGET_CLASS} .embed`);
  if (screen) reportHeight(screen, (height) => channel.post({ type: HEIGHT_MESSAGE, height }));
}

/** Whether the visitor used the static screen before this module ran (a choice, typing, the focus, a held Continue). */
function usedAlready(doc: Document): boolean {
  const screen = doc.querySelector(`.${STATIC_WIDGET_CLASS}`);
  if (!screen) return false;
  if (doc.documentElement.hasAttribute(CONTINUE_ATTRIBUTE)) return true;
  if (screen.contains(doc.activeElement)) return true;
  // What the app would carry over when it takes the screen over.
  const changes = staticStepChanges(screen);
  return Object.keys(changes.chosen).length > 0 || Object.keys(changes.typed).length > 0;
}

/**
 * What counts as engaging: a mouse or pen moving over the widget or pressing it, a key, the
 * focus, a click (some activations, a tap in Safari or assistive technology, fire nothing else),
 * and any change of its controls. Not a scroll, a wheel or a touch alone: a finger or wheel
 * scrolling the host page over the widget is someone passing by, and a tap that means it ends in
 * a click. (Not pointerover: Chromium fires it, as a mouse's, when the page scrolls the widget
 * under a pointer that stays still.)
 */
const ENGAGEMENTS = ['pointermove', 'pointerdown', 'keydown', 'focusin', 'click', 'input', 'change', 'submit'] as const;

/** A touch's pointermove and pointerdown come with every scroll too: only its click counts (a click is a PointerEvent too in Chromium). */
function passingBy(event: Event): boolean {
  return (event.type === 'pointermove' || event.type === 'pointerdown') && (event as PointerEvent).pointerType === 'touch';
}

/**
 * Resolves once the visitor engages with the widget (at once if they already have), after the
 * frame that answers that first touch or key has been painted: fetching and evaluating the app
 * then never delays the answer to the press itself.
 */
export function whenEngaged(win: Window = window): Promise<void> {
  return new Promise((resolve) => {
    const engage = (event?: Event) => {
      if (event && passingBy(event)) return;
      for (const type of ENGAGEMENTS) win.removeEventListener(type, engage, true);
      afterNextPaint(resolve);
    };
    if (usedAlready(win.document)) {
      engage();
      return;
    }
    // Capture: a handler in the page that stops an event must not keep the app away.
    for (const type of ENGAGEMENTS) win.addEventListener(type, engage, { capture: true, passive: true });
  });
}
