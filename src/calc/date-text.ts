// Reading and writing the digits of ISO dates without regexes, slices or padStart: the
// calculator reads and builds thousands of dates per second. The readers answer only for
// ASCII digits where digits belong (negative otherwise), the writers only for four-digit
// years (null otherwise), so dates.ts can fall back to its general code and behave the same.

/** "00" to "99". */
const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));

/** Far enough below zero that any sum of digits with one of these in it stays negative. */
const NOT_A_DIGIT = -1_000_000;

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48; // NaN past the end fails the test too
  return c >= 0 && c <= 9 ? c : NOT_A_DIGIT;
}

/** The number in the four characters of `s` from `at`, or a negative number if any is not a digit. */
export function fourDigits(s: string, at: number): number {
  return digit(s, at) * 1000 + digit(s, at + 1) * 100 + digit(s, at + 2) * 10 + digit(s, at + 3);
}

/** The number in the two characters of `s` from `at`, or a negative number if either is not a digit. */
export function twoDigits(s: string, at: number): number {
  return digit(s, at) * 10 + digit(s, at + 1);
}

/**
 * "DDDD-DD-DD" in ASCII digits read as one number, year * 10000 + month * 100 + day, so that
 * the hot paths need no object per date; -1 for a string of any other form.
 */
export function packedDate(s: string): number {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return -1;
  const y = fourDigits(s, 0);
  const m = twoDigits(s, 5);
  const d = twoDigits(s, 8);
  return y < 0 || m < 0 || d < 0 ? -1 : y * 10_000 + m * 100 + d;
}

export const packedYear = (p: number): number => Math.floor(p / 10_000);
export const packedMonth = (p: number): number => Math.floor(p / 100) % 100;
export const packedDay = (p: number): number => p % 100;

/** "YYYY-MM-DD" for a four-digit year and a month and day from 0 to 99, else null. */
export function formatPlainDate(y: number, m: number, d: number): string | null {
  const mm = TWO_DIGITS[m];
  const dd = TWO_DIGITS[d];
  if (mm === undefined || dd === undefined || !(y >= 1000 && y <= 9999) || !Number.isInteger(y)) return null;
  return `${y}-${mm}-${dd}`;
}

/** "YYYY-MM" for a four-digit year and a month from 0 to 99, else null. */
export function formatPlainMonth(y: number, m: number): string | null {
  const mm = TWO_DIGITS[m];
  if (mm === undefined || !(y >= 1000 && y <= 9999) || !Number.isInteger(y)) return null;
  return `${y}-${mm}`;
}
