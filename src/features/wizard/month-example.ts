// The example month the wizard's hints and messages give, in the form the person types it.
import type { Formatters } from '../../i18n/use-format';

let shown: boolean | undefined;

/**
 * Whether this browser gives <input type="month"> a month field of its own (Chromium shows
 * "August 2026"); where it does not (Firefox, Safari on a computer), the field is a text box and
 * "2026-08" is what to type. Asked once: the browser does not change.
 */
function monthFieldShown(): boolean {
  if (shown === undefined) {
    const input = document.createElement('input');
    input.setAttribute('type', 'month');
    shown = input.type === 'month';
  }
  return shown;
}

/** `iso` (a month, "2026-08") as "August 2026" / "2026年8月" where the browser has a month field, else as it is. */
export function monthExample(f: Formatters, iso = '2026-08'): string {
  return monthFieldShown() ? f.month(iso) : iso;
}
