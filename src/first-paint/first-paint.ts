// The head script: a classic script in <head> of index.html and embed.html (bundled on its own by
// scripts/first-paint.mjs; not a module, which would run after the first paint, and not inline,
// which the CSP forbids). Both pages carry their first screen prerendered in both languages
// (scripts/prerender.mjs); before anything is painted this script
//  1. chooses the language (the widget's `lang`; else the person's earlier choice, the link's `lang`,
//     the browser's)
//     and keeps only that language's copy in the page, the other aside for the language switch;
//  2. says whether the static first step fits this visit (no draft under way, no shared answers,
//     no widget parameters that change the first step);
//  3. makes the static page's few controls work at once, without waiting for React: the
//     language switch, Start (which opens the static first step at "#/where"), that step's
//     Back, and its Continue (held until the app takes over, which then carries it out).
// Once the app has taken over (APP_ATTRIBUTE on <html>) every handler here stands down.
import { prerenderFits } from '../app/start-decision';
import { INTENT_ATTRIBUTE, START_STATUS_ID, STARTING_ATTRIBUTE } from '../app/static-start-page';
import { hasSharedAnswers } from '../features/result/share-hash';
import { DRAFT_KEY, peekDraft } from '../features/wizard/draft-peek';
import { detectLanguage, rememberLanguage } from '../i18n/detect-language';
import { isSupportedLanguage } from '../i18n/languages';
import type { SupportedLanguage } from '../i18n/languages';
import { restoreStaticStep } from './static-step-carry';
import {
  APP_ATTRIBUTE,
  BACK_ACTION_ATTRIBUTE,
  CONTINUE_ATTRIBUTE,
  COVERAGE_LINE_CLASS,
  COVERAGE_LOADING_ATTRIBUTE,
  LANG_ATTRIBUTE,
  LANGUAGE_SWAPPED_EVENT,
  PRERENDER_LANG_ATTRIBUTE,
  REGION_NAME_SLOT,
  STATIC_ATTRIBUTE,
  STATIC_STEP_ATTRIBUTE,
  STATIC_STEP_ID,
  START_TITLE_ID,
} from './first-screen-dom';

/** The page titles by language, written in by the build from the locale files. */
declare const FIRST_PAINT_TITLES: Record<SupportedLanguage, string>;

const html = document.documentElement;
const embed = html.classList.contains('embed-page');
const query = new URLSearchParams(location.search);

function widgetDraftStored(): boolean {
  try {
    for (let i = 0; i < sessionStorage.length; i++) if (sessionStorage.key(i)?.endsWith(`:${DRAFT_KEY}`)) return true;
  } catch {
    // Storage denied: the widget keeps its draft in memory, so there is none now.
  }
  return false;
}

const asked = query.get('lang');
// The widget's `lang` is the host page's; the app's (a link in one language, the widget's "open
// the full calculator") comes after the person's own earlier choice, before the browser's.
let language: SupportedLanguage = embed && isSupportedLanguage(asked) ? asked : detectLanguage(asked ? [asked, ...navigator.languages] : undefined);
const fits = embed
  ? !['region', 'prefill', 'result'].some((name) => query.has(name)) && !hasSharedAnswers(location.hash) && !widgetDraftStored()
  : prerenderFits(peekDraft(), '');

function show(next: SupportedLanguage) {
  language = next;
  html.lang = next;
  html.setAttribute(LANG_ATTRIBUTE, next);
  document.title = FIRST_PAINT_TITLES[next];
}
show(language);
if (!fits) html.setAttribute(STATIC_ATTRIBUTE, 'off');

// 1. The other language's copy leaves the page as the parser adds it (the parser goes on
// filling it while it is detached), so ids stay unique and nothing hidden can be reached.
const aside: Partial<Record<SupportedLanguage, Element>> = {};
const observer = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) {
      const own = node instanceof Element ? node.getAttribute(PRERENDER_LANG_ATTRIBUTE) : null;
      if (isSupportedLanguage(own) && own !== language) {
        aside[own] = node as Element;
        (node as Element).remove();
      }
    }
  }
});
observer.observe(html, { childList: true, subtree: true });
document.addEventListener('DOMContentLoaded', () => {
  observer.disconnect();
  // Continue was pressed before a reload that fetched the app anew: its answers, and the press.
  const step = staticStep();
  if (step && location.hash === `#${STATIC_STEP_ID}` && restoreStaticStep(step)) {
    html.setAttribute(CONTINUE_ATTRIBUTE, '');
    showCoverage(step);
  }
});

const active = () => !html.hasAttribute(APP_ATTRIBUTE);
const staticStep = () => (fits ? document.querySelector<HTMLElement>(`[${STATIC_STEP_ATTRIBUTE}]`) : null);
// The step's heading (its h1: only the app's static step is opened and returned to from here).
const stepHeading = () => staticStep()?.querySelector<HTMLElement>('h1');

/** The language last pressed while a switch waits to be drawn; null when none waits. */
let pending: SupportedLanguage | null = null;

/** Marks the language switch's buttons in `copy` with `pressed` as the language chosen. */
function markPressed(copy: Element, pressed: SupportedLanguage) {
  for (const button of copy.querySelectorAll(`[${INTENT_ATTRIBUTE}="language"]`)) button.setAttribute('aria-pressed', String(button.getAttribute('lang') === pressed));
}

/**
 * The press is answered in the frame it comes in (the button shows it is pressed); the other
 * language's page, whose layout costs a slow phone a few hundred ms, is put in after that frame.
 * A press meanwhile replaces the first (pressing the language on screen again cancels the switch).
 */
function switchLanguage(next: SupportedLanguage): boolean {
  const shown = document.querySelector(`[${PRERENDER_LANG_ATTRIBUTE}="${language}"]`);
  if (!shown) return false;
  if (pending === null && next === language) return true;
  if (next !== language && !aside[next]) return false;
  markPressed(shown, next);
  if (pending !== null) {
    pending = next;
    return true;
  }
  pending = next;
  requestAnimationFrame(() =>
    setTimeout(() => {
      const target = pending as SupportedLanguage;
      pending = null;
      if (target === language) return;
      if (active()) return swapLanguage(target);
      // The app took the page over meanwhile, in the language on screen: its own switch takes the press.
      markPressed(shown, language);
      document.querySelector<HTMLElement>(`[${INTENT_ATTRIBUTE}="language"][lang="${target}"]`)?.click();
    }, 0),
  );
  return true;
}

function swapLanguage(next: SupportedLanguage) {
  const shown = document.querySelector(`[${PRERENDER_LANG_ATTRIBUTE}="${language}"]`);
  const other = aside[next];
  if (!shown || !other) return;
  // What was chosen on the static step goes along.
  for (const input of shown.querySelectorAll<HTMLInputElement>('input')) {
    const twin = other.querySelector<HTMLInputElement>(input.type === 'radio' ? `input[name="${input.name}"][value="${input.value}"]` : `[id="${input.id}"]`);
    if (!twin) continue;
    if (input.type === 'radio') twin.checked = input.checked;
    else twin.value = input.value;
  }
  // Focus stays where it was, in the new copy: on the switch (or nowhere: the switch), or on the step's heading.
  const focused = document.activeElement;
  const onStep = focused instanceof Element && focused !== document.body && focused.closest(`[${STATIC_STEP_ATTRIBUTE}]`) !== null;
  shown.replaceWith(other);
  // In the page, so its radios have their labels: the line names the region chosen.
  showCoverage(other.querySelector(`[${STATIC_STEP_ATTRIBUTE}]`));
  // The copy set aside shows its own language as chosen when it comes back.
  markPressed(shown, language);
  aside[language] = shown;
  show(next);
  rememberLanguage(next);
  // `:target` was resolved against the step just replaced: navigate to the same address again.
  if (location.hash === `#${STATIC_STEP_ID}`) location.replace(location.href);
  if (onStep) other.querySelector<HTMLElement>(`[${STATIC_STEP_ATTRIBUTE}] h1`)?.focus({ preventScroll: true });
  else if (!focused || focused === document.body || shown.contains(focused)) other.querySelector<HTMLElement>(`[${INTENT_ATTRIBUTE}="language"][lang="${next}"]`)?.focus();
  // The app's entry lays out the new copy's first step unseen, as it did the first (warm-static-step.ts).
  document.dispatchEvent(new Event(LANGUAGE_SWAPPED_EVENT));
}

function openStaticStep(): boolean {
  if (!staticStep()) return false;
  location.hash = STATIC_STEP_ID;
  // What step-history.ts writes for a move from the start page, so Back returns there.
  history.replaceState({ yibaoStep: { step: 'where', returnTo: null, from: 'start' } }, '');
  scrollTo(0, 0);
  // Chromium keeps a fragment's element in view through the layout that shows it: the top of
  // the page again after that frame, header and language switch included.
  requestAnimationFrame(() => scrollTo(0, 0));
  stepHeading()?.focus({ preventScroll: true });
  return true;
}

function leaveStaticStep() {
  const state = history.state as { yibaoStep?: { from?: unknown } } | null;
  if (state?.yibaoStep?.from === 'start') history.back();
  else location.hash = '';
}

// The line under the regions speaks of the region chosen when the page was built. For another
// region it says, as the app will, that its rules are being read (the app reads them); back on
// the page's own region, its own words again. So the app's takeover changes nothing in it.
function showCoverage(step: Element | null | undefined) {
  const line = step?.querySelector<HTMLElement>(`.${COVERAGE_LINE_CLASS}`);
  const radio = step?.querySelector<HTMLInputElement>('input[name="region"]:checked');
  if (!line || !radio) return;
  line.dataset.built ??= line.textContent ?? '';
  line.textContent = radio.defaultChecked ? line.dataset.built : (line.getAttribute(COVERAGE_LOADING_ATTRIBUTE) ?? '').replace(REGION_NAME_SLOT, radio.labels?.[0]?.textContent ?? '');
}
document.addEventListener(
  'change',
  (event) => {
    const target = event.target;
    if (active() && target instanceof HTMLInputElement && target.name === 'region') showCoverage(target.closest(`[${STATIC_STEP_ATTRIBUTE}]`));
  },
  true,
);

// Back and Forward between the start page and the static step: focus goes where the app puts it
// (the step's heading, or the page's title), not to <body>, where a screen reader would lose its place.
window.addEventListener('hashchange', () => {
  if (!active() || embed || !staticStep()) return;
  const target = location.hash === `#${STATIC_STEP_ID}` ? stepHeading() : location.hash === '' ? document.getElementById(START_TITLE_ID) : null;
  // Scrolled into view, as the app's own screens do: a focused title off screen helps nobody.
  if (target && document.activeElement !== target) target.focus();
});

document.addEventListener(
  'click',
  (event) => {
    if (!active() || !(event.target instanceof Element)) return;
    const target = event.target.closest(`[${INTENT_ATTRIBUTE}], [${BACK_ACTION_ATTRIBUTE}]`);
    const intent = target?.getAttribute(INTENT_ATTRIBUTE);
    const next = target?.getAttribute('lang');
    let done = false;
    if (intent === 'language' && isSupportedLanguage(next)) done = switchLanguage(next);
    else if (intent === 'start') done = openStaticStep();
    else if (target?.hasAttribute(BACK_ACTION_ATTRIBUTE) && target.closest(`[${STATIC_STEP_ATTRIBUTE}]`)) {
      leaveStaticStep();
      done = true;
    }
    // Done here: the app's static-start-page.ts, listening further down, need not load anything.
    if (done) {
      event.preventDefault();
      event.stopPropagation();
    }
  },
  true,
);

// 3. Continue on the static step: held, shown as busy, and carried out by the app when it takes over.
document.addEventListener(
  'submit',
  (event) => {
    if (!active() || !(event.target instanceof Element) || !event.target.closest(`[${STATIC_STEP_ATTRIBUTE}]`)) return;
    event.preventDefault();
    html.setAttribute(CONTINUE_ATTRIBUTE, '');
    html.setAttribute(STARTING_ATTRIBUTE, '');
    const status = document.getElementById(START_STATUS_ID);
    if (status) status.textContent = status.getAttribute(`data-busy-${language.toLowerCase()}`) ?? '';
  },
  true,
);
