// The widget's frame on the host page: whom it may talk to, and its height. Kept apart from the
// result event (messages.ts), which needs the result's wording: the static first screen sizes
// its frame with this alone, before the app is loaded (static-widget.ts).
import type { WidgetMessage } from './messages';

export const HEIGHT_MESSAGE = 'yibao:height';

/** An http(s) origin exactly as `location.origin` writes it ("https://example.com:8443"), else null. */
export function parseOrigin(text: string): string | null {
  try {
    const url = new URL(text);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.origin === text ? url.origin : null;
  } catch {
    return null;
  }
}

export interface ParentChannel {
  readonly origin: string;
  post(message: WidgetMessage): void;
}

interface FrameWindow {
  parent: { postMessage(message: unknown, targetOrigin: string): void } | null;
}

/** Null when the page is not framed: then there is nobody to talk to. */
export function parentChannel(parentOrigin: string, win: FrameWindow & object = window): ParentChannel | null {
  const parent = win.parent;
  if (!parent || (parent as object) === win) return null;
  return { origin: parentOrigin, post: (message) => parent.postMessage(message, parentOrigin) };
}

/**
 * The origin of the page that frames the widget, where the browser tells it: Chromium and Safari
 * list it in `location.ancestorOrigins` ("null" when the host hides it). Firefox has no
 * ancestorOrigins; there the document's referrer says it (the framing page's origin under the
 * default referrer policy), and nothing does when the host sends no referrer. Undefined: unknown.
 */
export function framingOrigin(loc: { ancestorOrigins?: ArrayLike<string> }, referrer: string): string | undefined {
  if (loc.ancestorOrigins) return loc.ancestorOrigins[0];
  if (!referrer) return undefined;
  try {
    const { origin } = new URL(referrer);
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

/**
 * Posts the element's height (px, rounded up) whenever it changes by `minChange` px or more. The
 * widget's layout never depends on the frame's height (no vh, no height: 100%), so the new height
 * cannot feed back into the content: no growth loop.
 *
 * Growth is posted at once; a shrink only after `shrinkDelay` ms, measured again then. A screen
 * that is replaced (the result by the first step after "start again") is briefly only the
 * widget's title: posted, that height would shrink the frame past the host's viewport, and
 * Chromium stops delivering resize notifications to a cross-origin frame out of view, so the
 * new step's height would not arrive until the person scrolled or tabbed back to a frame cut
 * off at that height. Measured a moment later, the shrink is the new step's real height; and
 * after a shrink is posted the height is measured twice more (a screen slower to arrive).
 */
export function reportHeight(element: Element, post: (height: number) => void, minChange = 2, shrinkDelay = 150): () => void {
  let last = Number.NEGATIVE_INFINITY;
  let pending: ReturnType<typeof setTimeout> | null = null;
  // Checks again after a shrink was posted (below).
  const later: ReturnType<typeof setTimeout>[] = [];
  const cancelShrink = () => {
    if (pending !== null) clearTimeout(pending);
    pending = null;
  };
  const stop = () => {
    cancelShrink();
    for (const timer of later.splice(0)) clearTimeout(timer);
    observer.disconnect();
  };
  /** The height now (a forced layout, so a frame whose rendering is paused still measures), or null: nothing to say. */
  const height = (): number | null => {
    // The static first screen's element leaves the page when the app takes over: nothing more to say.
    if (!element.isConnected) {
      stop();
      return null;
    }
    const h = Math.ceil(element.getBoundingClientRect().height);
    // Nothing drawn yet: the app is still hidden behind the static first screen (app.css), whose
    // height the frame keeps meanwhile; a 0 would collapse the frame.
    return h === 0 ? null : h;
  };
  const send = (h: number) => {
    last = h;
    post(h);
  };
  const measure = () => {
    const h = height();
    if (h === null) return;
    if (Math.abs(h - last) < minChange) {
      cancelShrink();
      return;
    }
    if (h > last) {
      cancelShrink();
      send(h);
      return;
    }
    pending ??= setTimeout(() => {
      pending = null;
      const now = height();
      if (now === null || Math.abs(now - last) < minChange) return;
      send(now);
      // The frame may now be out of the host's view, where no resize is delivered: a screen still
      // loading that grows after this is measured again a little later, whatever the observer says.
      for (const after of [shrinkDelay * 3, shrinkDelay * 7]) {
        later.push(
          setTimeout(() => {
            const again = height();
            if (again !== null && Math.abs(again - last) >= minChange) send(again);
          }, after),
        );
      }
    }, shrinkDelay);
  };
  const observer = new ResizeObserver(measure);
  observer.observe(element);
  measure();
  return stop;
}

/**
 * The channel to the host named by `parentOrigin` (already checked by parseOrigin), or null:
 * none named, the page is not framed, or the browser says another page frames it (whose
 * messages would only be dropped, leaving the frame at the loader's first guess: then the
 * widget scrolls by itself instead). `warn` hears why a named origin is not used.
 */
export function hostChannel(
  parentOrigin: string | undefined,
  win: FrameWindow & { location: { ancestorOrigins?: ArrayLike<string> }; document: { referrer: string } } = window,
  warn: (text: string) => void = () => {},
): ParentChannel | null {
  if (!parentOrigin) return null;
  const channel = parentChannel(parentOrigin, win);
  if (!channel) {
    warn('parentOrigin is set but the page is not in a frame; nothing is sent.');
    return null;
  }
  // Chromium and Safari say who frames the widget (ancestorOrigins), Firefox through the
  // referrer; "null" or nothing when the host hides it, and then the named origin is trusted.
  const framedBy = framingOrigin(win.location, win.document.referrer);
  if (framedBy && framedBy !== 'null' && framedBy !== channel.origin) {
    warn(`parentOrigin ${channel.origin} is not the page that frames the widget (${framedBy}); nothing is sent.`);
    return null;
  }
  return channel;
}
