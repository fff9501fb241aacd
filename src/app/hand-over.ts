// The moment the app takes the page over from its static first screen (scripts/prerender.mjs):
// React has drawn into its own, hidden container (boot.tsx; the widget's #root), and this
// removes the prerendered copy, which shows the app's (app.css) in the same frame. Called from
// layout effects, so nothing is painted in between: by the first step after taking over what
// was chosen on the static one (static-step-takeover.ts), and by whatever screen the app drew
// first otherwise. Idempotent.
import { APP_ATTRIBUTE, APP_ROOT_ATTRIBUTE, STATIC_STEP_ATTRIBUTE } from '../first-paint/first-screen-dom';

export function handOver(doc: Document = document): void {
  const html = doc.documentElement;
  // From now on the head script's handlers stand down (src/first-paint/first-paint.ts).
  html.setAttribute(APP_ATTRIBUTE, '');
  for (const element of doc.querySelectorAll(`[${APP_ROOT_ATTRIBUTE}], body > [${STATIC_STEP_ATTRIBUTE}]`)) element.remove();
}
