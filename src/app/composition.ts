// The app takes the static first screen over in one frame (static-step-takeover.ts), copying
// what was typed there and removing it. Mid-composition (an input method turning pinyin into
// characters) that would copy the unfinished pinyin and break the composition off, so the
// takeover waits for the composition to end. The head script marks it on <html>
// (src/first-paint/first-paint.ts), since it may have begun before any of the app was loaded.
import { COMPOSING_ATTRIBUTE } from '../first-paint/first-screen-dom';

/**
 * After compositionend, how long to wait for the input event that carries the final text:
 * Safari sends it after compositionend, Chromium and Firefox before (and none after).
 */
const FINAL_INPUT_MS = 50;

/** Whether an input method is composing text on the static page now. */
export function composing(doc: Document = document): boolean {
  return doc.documentElement.hasAttribute(COMPOSING_ATTRIBUTE);
}

/** One composition's end, and then its final text in the field (the input event after it, or FINAL_INPUT_MS). */
function nextEnd(doc: Document): Promise<void> {
  return new Promise((resolve) => {
    const ended = () => {
      doc.removeEventListener('compositionend', ended, true);
      const settled = () => {
        clearTimeout(timer);
        doc.removeEventListener('input', settled, true);
        setTimeout(resolve, 0);
      };
      const timer = setTimeout(settled, FINAL_INPUT_MS);
      doc.addEventListener('input', settled, true);
    };
    doc.addEventListener('compositionend', ended, true);
  });
}

/**
 * Resolves at once unless text is being composed on the static page; otherwise once no
 * composition is under way and the last one's text is in its field. A person typing pinyin
 * often starts the next syllable at once: each new composition is waited for too.
 */
export async function untilCompositionEnds(doc: Document = document): Promise<void> {
  while (composing(doc)) await nextEnd(doc);
}
