// What the wizard accepts as a typed date or month: one the calendar has, from 1900 on. A
// browser's date field can turn a half-typed year into 0003 or 0230, which the calendar has but
// nobody means; such a year is refused as not a real date, not read as the Han dynasty.
import { isIsoDate, isIsoMonth } from '../../calc';

/** `YYYY-MM-DD`, a real day, in 1900 or later. */
export const isTypedDate = (s: string): boolean => isIsoDate(s) && s >= '1900';

/** `YYYY-MM`, a real month, in 1900 or later. */
export const isTypedMonth = (s: string): boolean => isIsoMonth(s) && s >= '1900';

/**
 * Why a typed date or month is refused: a year of fewer than 4 digits that the field turned into
 * 0202 or 0026 ("check the year": the day and month were fine), or a day or month the calendar lacks.
 */
export function typedDateError(s: string): 'wizard.errors.yearDigits' | 'errors.date.invalid' {
  return isIsoDate(s) && s < '1000' ? 'wizard.errors.yearDigits' : 'errors.date.invalid';
}

/** As typedDateError, for a month. */
export function typedMonthError(s: string): 'wizard.errors.yearDigits' | 'errors.month.invalid' {
  return isIsoMonth(s) && s < '1000' ? 'wizard.errors.yearDigits' : 'errors.month.invalid';
}
