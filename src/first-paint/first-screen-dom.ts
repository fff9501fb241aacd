// The names the static first screen and the app agree on: the build writes them into the HTML
// (scripts/prerender.mjs), the head script (first-paint.ts) acts on them before the first paint,
// and the app (boot.tsx, static-step-takeover.ts) takes over from them. Plain strings only: the
// head script bundles this file, and every byte of it is paid for before the first paint.

/** On <html>: the language the first screen shows ("zh-CN" or "en"), chosen before the first paint. */
export const LANG_ATTRIBUTE = 'data-lang';
/** On each prerendered language's own element: which language it is in. */
export const PRERENDER_LANG_ATTRIBUTE = 'data-prerender-lang';
/** On <html>: "off" when the static first step does not fit this visit (a draft under way, shared answers, widget parameters). */
export const STATIC_ATTRIBUTE = 'data-static';
/** The app's prerendered root (the start page, with the static first step inside it). */
export const APP_ROOT_ATTRIBUTE = 'data-app-root';
/** The element React draws into when it does not hydrate the prerendered root: shown once the root is gone (app.css). */
export const APP_CONTAINER_ATTRIBUTE = 'data-app-container';
/** The static first step: the app's (shown by `:target` on its id) and the widget's (shown at once). */
export const STATIC_STEP_ATTRIBUTE = 'data-static-step';
/** The widget's static first screen (at the top of <body>, beside its React root). */
export const STATIC_WIDGET_CLASS = 'static-widget';
/** The start page's title (home-screen.tsx): where focus goes on the way back from the first step. */
export const START_TITLE_ID = 'home-title';
/** The app's static first step's id: its address, as step-address.ts writes it ("#/where"). */
export const STATIC_STEP_ID = '/where';
/** On <html> once React has taken over: the head script's handlers stand down. */
export const APP_ATTRIBUTE = 'data-app';
/** On <html>: Continue was pressed on the static first step; the app carries it out when it takes over. */
export const CONTINUE_ATTRIBUTE = 'data-continue';
/** The line under the region list saying what the chosen region's rules settle (region-coverage.tsx). */
export const COVERAGE_LINE_CLASS = 'wz-region__coverage';
/** On that line: what it says while a region's rules are read, with REGION_NAME_SLOT for the name, so the static page says it too. */
export const COVERAGE_LOADING_ATTRIBUTE = 'data-loading';
/** Where the region's name goes in COVERAGE_LOADING_ATTRIBUTE's text. */
export const REGION_NAME_SLOT = '{name}';
/** On a step's Back button (form-kit.tsx), so the static step's Back works before React. */
export const BACK_ACTION_ATTRIBUTE = 'data-back';
/** On document: the head script's language switch has put the other language's copy in. */
export const LANGUAGE_SWAPPED_EVENT = 'yibao:language-swapped';
