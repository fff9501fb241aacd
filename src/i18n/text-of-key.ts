// t for a key known only when the app runs (an error's key, looked up with i18n.exists first).
// Typed as one of our keys, the whole union of them compared with t's overloads is more than
// TypeScript will work through (TS2859) once the texts number about 2,000.
import type { TFunction } from 'i18next';

export function textOfKey(t: TFunction, key: string, options: Record<string, unknown> = {}): string {
  return String((t as unknown as (key: string, options: Record<string, unknown>) => unknown)(key, options));
}
