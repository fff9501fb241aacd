// Entry point of embed.html, the widget other sites frame with public/embed.js. Its first screen
// is in the HTML, in the reader's language, and works before any of this (scripts/prerender.mjs,
// src/first-paint/first-paint.ts). The widget's app (embed-boot.tsx) is fetched and run only
// once the visitor engages with that screen (static-widget.ts says why); until then the screen
// gets the host's accent colour and reports its height from here. Its styles come with the page.
import '../app.css';
import '../../features/wizard/wizard.css';
import './embed.css';
import { CONTINUE_ATTRIBUTE, STATIC_ATTRIBUTE, STATIC_STEP_ATTRIBUTE, STATIC_STEP_ID } from '../../first-paint/first-screen-dom';
import { carryStaticStep } from '../../first-paint/static-step-carry';
import { afterFirstPaint } from '../after-first-paint';
import { startingDone } from '../static-start-page';
import { dressStaticWidget, whenEngaged } from './static-widget';

/**
 * The widget's app could not be fetched (the connection dropped between the page and the first
 * touch). Chromium keeps a failed dynamic import failed for the life of the page (retry-by-reload.ts),
 * so a Continue held for the app is let go, and the next Continue reloads the frame to fetch the
 * app anew, once the server answers again: with the step's answers and the press carried across
 * where storage allows (static-step-carry.ts; first-paint.ts puts them back on the step the address names). While it
 * does not answer, nothing is reloaded, so the frame never turns into the browser's error page.
 */
function retryOnContinue(): void {
  const html = document.documentElement;
  const letGo = () => {
    html.removeAttribute(CONTINUE_ATTRIBUTE);
    startingDone();
  };
  letGo();
  // One try at a time: presses while the server is being asked do not each ask and reload.
  let trying = false;
  document.addEventListener('submit', (event) => {
    const step = event.target instanceof Element ? event.target.closest(`[${STATIC_STEP_ATTRIBUTE}]`) : null;
    if (!step || trying) return;
    trying = true;
    fetch(location.href, { method: 'HEAD', cache: 'no-store' })
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        // Where storage is denied nothing is carried: the reload still fetches the app, and the step is answered again.
        carryStaticStep(step);
        // In place: a new history entry in a frame would be one more Back on the host's page.
        history.replaceState(history.state, '', `#${STATIC_STEP_ID}`);
        location.reload();
      })
      .catch(() => {
        trying = false;
        letGo();
      });
  });
}

// A visit the static screen does not fit (widget parameters, shared answers) needs the app at once.
if (document.documentElement.getAttribute(STATIC_ATTRIBUTE) !== 'off') {
  dressStaticWidget();
  // A reload made for a Continue (retryOnContinue) has its press to carry out: no waiting for another.
  await Promise.all([afterFirstPaint(), location.hash === `#${STATIC_STEP_ID}` || whenEngaged()]);
}
try {
  await import('./embed-boot');
} catch {
  retryOnContinue();
}
