// The value tests of scenarioSchema's leaves, written out for scenario-shape.ts: each accepts
// exactly what the zod schema it mirrors accepts (test/calc/fast-shape.test.ts compares them).
import { isIsoDate, isIsoMonth } from './dates';

export type Obj = Record<string, unknown>;
/** zod's object test: anything typeof "object" but null and arrays (so Dates and Maps too). */
export function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** z.int() is a finite safe integer; yearSchema adds 2000..2100. */
export function isYear(v: unknown): v is number {
  return Number.isSafeInteger(v) && (v as number) >= 2000 && (v as number) <= 2100;
}

export function isDate(v: unknown): v is string {
  return typeof v === 'string' && isIsoDate(v);
}

export function isMonth(v: unknown): v is string {
  return typeof v === 'string' && isIsoMonth(v);
}

/**
 * The region id pattern /^[a-z0-9]+(-[a-z0-9]+)*$/ as a loop: lower-case letters and digits
 * in runs joined by single hyphens.
 */
export function isRegionId(s: string): boolean {
  let afterHyphen = true; // the id may not start with one either
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 45) {
      if (afterHyphen) return false;
      afterHyphen = true;
    } else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      afterHyphen = false;
    } else {
      return false;
    }
  }
  return !afterHyphen;
}
