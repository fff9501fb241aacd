// What the wizard accepts as a typed date or month: one the calendar has, from 1900 on. A
// browser's date field can turn a half-typed year into 0003 or 0230, which the calendar has but
// nobody means; such a year is refused as not a real date, not read as the Han dynasty.
import { isIsoDate, isIsoMonth } from '../../calc';

/** `YYYY-MM-DD`, a real day, in 1900 or later. */
export const isTypedDate = (s: string): boolean => isIsoDate(s) && s >= '1900';

/** `YYYY-MM`, a real month, in 1900 or later. */
export const isTypedMonth = (s: string): boolean => isIsoMonth(s) && s >= '1900';
