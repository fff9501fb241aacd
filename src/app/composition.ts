// The app takes the static first screen over in one frame (static-step-takeover.ts), copying
// what was typed there and removing it. Mid-composition (an input method turning pinyin into
// characters) that would copy the unfinished pinyin and break the composition off, so the app
// starts drawing only once the composition has ended. The head script marks it on <html>
// (src/first-paint/first-paint.ts), since it may have begun before this module was loaded.
import { COMPOSING_ATTRIBUTE } from '../first-paint/first-screen-dom';

/**
 * Resolves at once unless text is being composed on the static page; otherwise after the
 * composition ends and the input event carrying its final text has run (one task later).
 */
export function untilCompositionEnds(doc: Document = document): Promise<void> {
  if (!doc.documentElement.hasAttribute(COMPOSING_ATTRIBUTE)) return Promise.resolve();
  return new Promise((resolve) => {
    const ended = () => {
      doc.removeEventListener('compositionend', ended, true);
      setTimeout(resolve, 0);
    };
    doc.addEventListener('compositionend', ended, true);
  });
}
