// The prerendered start page, working before React is here. Its content is complete HTML and
// only two things on it act: Start and the language switch (and the browser's Forward, back to
// a step of the calculator). Until the person reaches for one of them the app's JavaScript is
// neither fetched nor run, so a cheap phone spends its first seconds painting and nothing else.
// The first press loads the app, which hydrates the page and then does what was asked (boot.tsx).
import { addressesAStep } from '../features/wizard/step-address';
import { afterNextPaint } from './after-first-paint';
import { isSupportedLanguage } from '../i18n/languages';
import type { SupportedLanguage } from '../i18n/languages';

export type StartIntent = { kind: 'none' } | { kind: 'start' } | { kind: 'language'; language: SupportedLanguage };

/**
 * Marks what acts on the start page (`data-intent` in home-screen.tsx and language-switch.tsx):
 * `start`, or `language`, whose button's own `lang` says which.
 */
export const INTENT_ATTRIBUTE = 'data-intent';
/** On <html> from the first press until the app has drawn, so the page shows it is busy. */
export const STARTING_ATTRIBUTE = 'data-starting';
/**
 * A status line outside the React root (scripts/prerender.mjs puts it there): says the busy
 * text it carries while a press loads the app, for those who do not see the spinner.
 */
export const START_STATUS_ID = 'start-status';

export function intentOf(target: EventTarget | null): StartIntent | null {
  const element = target instanceof Element ? target.closest(`[${INTENT_ATTRIBUTE}]`) : null;
  if (!element) return null;
  const kind = element.getAttribute(INTENT_ATTRIBUTE);
  if (kind === 'start') return { kind };
  const language = element.getAttribute('lang');
  // Pressing the language already shown changes nothing.
  if (kind === 'language' && isSupportedLanguage(language) && element.getAttribute('aria-pressed') !== 'true') return { kind, language };
  return null;
}

export interface StaticStartPageOptions {
  /**
   * Fetch and evaluate the app without drawing anything: the person is engaging with the page
   * (scrolls, touches, types, or points at something that acts), so a press may follow.
   */
  preload: () => void;
  /** Load the app and have it carry out `intent`. Called at most once. */
  start: (intent: StartIntent) => void;
}

/** Listens on `root` until the first intent, then hands over; returns a function that stops listening. */
export function enhanceStartPage(root: HTMLElement, { preload, start }: StaticStartPageOptions): () => void {
  const view = root.ownerDocument.defaultView;
  let preloaded = false;
  const engage = () => {
    if (preloaded) return;
    preloaded = true;
    // After the paint: a touch that is the start of a press must see that press answered first.
    afterNextPaint(preload);
  };
  // A pointer or focus on something that acts; any scroll, touch or key anywhere (reading on a
  // phone is scrolling): the app then loads while the person reads, not when they press.
  const onApproach = (event: Event) => {
    if (event.target instanceof Element && event.target.closest(`[${INTENT_ATTRIBUTE}]`)) engage();
  };
  const begin = (intent: StartIntent) => {
    stop();
    const doc = root.ownerDocument;
    doc.documentElement.setAttribute(STARTING_ATTRIBUTE, '');
    const status = doc.getElementById(START_STATUS_ID);
    // The busy text in the page's language (scripts/prerender.mjs writes one per language).
    if (status) status.textContent = status.getAttribute(`data-busy-${doc.documentElement.lang.toLowerCase()}`) ?? '';
    start(intent);
  };
  const onClick = (event: Event) => {
    const intent = intentOf(event.target);
    if (intent) begin(intent);
  };
  // The app is in the service worker's cache by now, and it tells the person they are offline.
  const onOffline = () => begin({ kind: 'none' });
  // The static first step was opened (Start, src/first-paint/first-paint.ts), or Forward went to a
  // step (the page was reloaded after Back to it): the app opens it. Not busy: the static step
  // already answers, and the app takes it over when it is here.
  const onPopState = () => {
    if (!addressesAStep(view?.location.hash ?? '')) return;
    stop();
    afterNextPaint(() => start({ kind: 'none' }));
  };
  const approaches = ['pointerover', 'focusin'] as const;
  const engagements = ['scroll', 'touchstart', 'pointerdown', 'keydown'] as const;
  function stop() {
    for (const type of approaches) root.removeEventListener(type, onApproach);
    for (const type of engagements) view?.removeEventListener(type, engage);
    root.removeEventListener('click', onClick);
    view?.removeEventListener('offline', onOffline);
    view?.removeEventListener('popstate', onPopState);
  }
  for (const type of approaches) root.addEventListener(type, onApproach, { passive: true });
  for (const type of engagements) view?.addEventListener(type, engage, { passive: true });
  root.addEventListener('click', onClick);
  view?.addEventListener('offline', onOffline);
  view?.addEventListener('popstate', onPopState);
  return stop;
}

/** The app has drawn (or could not be loaded): the page is no longer busy. */
export function startingDone(doc: Document = document): void {
  doc.documentElement.removeAttribute(STARTING_ATTRIBUTE);
  const status = doc.getElementById(START_STATUS_ID);
  if (status) status.textContent = '';
}
