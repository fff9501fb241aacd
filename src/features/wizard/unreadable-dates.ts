// A date or month field holding what the browser cannot turn into a value (a year alone, 30
// February) gives the form '', the value of an empty field: a required date was then asked for as
// if nothing were there ("Enter the child's date of birth"), and an optional month was dropped
// without a word (data loss). The field itself knows (validity.badInput): one check for every step,
// after its schema, so no field needs a check of its own.
import { get, set } from 'react-hook-form';
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import { errorMessage } from './step-forms';

/** The field's input, where it is a date or month input on the page holding a half-typed or impossible value. */
function unreadable(ref: unknown): HTMLInputElement | null {
  if (!(ref instanceof HTMLInputElement) || !ref.isConnected || (ref.type !== 'date' && ref.type !== 'month')) return null;
  return ref.validity.badInput ? ref : null;
}

/**
 * `resolver`, and an error at each date or month field the browser cannot read, in place of any
 * other it has (its own "enter the date" reads as if the field were empty). Fields no longer on
 * the page (a question that went away) are not checked: nobody could see or fix their error.
 */
export function withUnreadableDates<V extends FieldValues>(resolver: Resolver<V>): Resolver<V> {
  return async (values, context, options) => {
    const result = await resolver(values, context, options);
    let errors: FieldErrors<V> | null = null;
    for (const name of options.names ?? []) {
      const input = unreadable((get(options.fields, name) as { ref?: unknown } | undefined)?.ref);
      if (!input) continue;
      errors ??= { ...result.errors } as FieldErrors<V>;
      // A month field can only be half-typed; a date, half-typed or a day the calendar lacks.
      set(errors as FieldValues, name, { type: 'badInput', message: errorMessage(input.type === 'month' ? 'wizard.errors.monthIncomplete' : 'errors.date.invalid'), ref: input });
    }
    return errors ? { values: {}, errors } : result;
  };
}
