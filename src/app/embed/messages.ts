// The widget's side of the postMessage protocol with public/embed.js. Every message goes to
// the one origin the loader named (`parentOrigin`), never to '*': a page that frames the widget
// without being that origin receives nothing.
import type { Restoration, Result, Scenario } from '../../calc';

export const HEIGHT_MESSAGE = 'yibao:height';
export const RESULT_MESSAGE = 'yibao:result';

/** What the host may learn of a result: the restoration dates and nothing else. */
export type RestorationDates =
  | { kind: 'date'; date: string }
  | { kind: 'range'; earliest: string; latest: string }
  | { kind: 'needsNextYear'; date: string };

export type ResultEventMode = 'dates' | 'answers';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
}

export interface ResultMessage {
  type: typeof RESULT_MESSAGE;
  restoration: RestorationDates;
  /** Only when the host asked for answers (data-result-event="answers"). */
  answers?: Scenario;
}

export type WidgetMessage = HeightMessage | ResultMessage;

export function restorationDates(restoration: Restoration): RestorationDates {
  switch (restoration.kind) {
    case 'date':
      return { kind: 'date', date: restoration.date };
    case 'range':
      return { kind: 'range', earliest: restoration.earliest, latest: restoration.latest };
    case 'needsNextYear':
      return { kind: 'needsNextYear', date: restoration.date };
  }
}

export function resultMessage(result: Result, scenario: Scenario, mode: ResultEventMode): ResultMessage {
  const message: ResultMessage = { type: RESULT_MESSAGE, restoration: restorationDates(result.main.restoration) };
  if (mode === 'answers') message.answers = scenario;
  return message;
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
 * Posts the element's height, rounded up, whenever it changes by 2 px or more. The widget's
 * layout never depends on the frame's height (no vh, no height: 100%), so the new height
 * cannot feed back into the content: no growth loop.
 */
export function reportHeight(element: Element, post: (height: number) => void, minChange = 2): () => void {
  let last = Number.NEGATIVE_INFINITY;
  const measure = () => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (Math.abs(height - last) < minChange) return;
    last = height;
    post(height);
  };
  const observer = new ResizeObserver(measure);
  observer.observe(element);
  measure();
  return () => observer.disconnect();
}
