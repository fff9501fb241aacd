// The widget's one channel to its host page, decided once per page: by the static first screen
// when it sizes the frame before the app (static-widget.ts), else by the app (embed-boot.tsx).
// Once, so a host that names the wrong parentOrigin hears about it once, and as the page loads
// rather than when a visitor first touches the widget.
import { hostChannel } from './frame-channel';
import type { ParentChannel } from './frame-channel';

/** Before every warning the widget writes to the host developer's console. */
export const WIDGET_WARNING = '[医保断缴恢复计算器 widget]';

let decided: { channel: ParentChannel | null } | null = null;

/**
 * The channel to `parentOrigin` (a checked origin, or undefined) as hostChannel decides it, with
 * its warnings on the console; later calls return the first decision.
 */
export function widgetChannel(parentOrigin: string | undefined, win: Window = window): ParentChannel | null {
  decided ??= { channel: hostChannel(parentOrigin, win, (text) => console.warn(`${WIDGET_WARNING} ${text}`)) };
  return decided.channel;
}
