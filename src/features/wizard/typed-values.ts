// A step's form starts from what was typed on it and not yet submitted, if anything, else from
// the answers, and keeps what is typed as it changes (the store's keepTyped). A reload, or Back
// and Forward in the browser, so put back every value as it was typed, one that would not yet
// pass the step's checks included: the person fixes it, instead of typing it again.
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { FieldValues, UseFormProps, UseFormReturn } from 'react-hook-form';
import type { FormStepId } from './steps';
import { useWizardStore } from './wizard-store';

const isPrimitive = (value: unknown) => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

function reshape(value: unknown, template: unknown): { value: unknown } | null {
  if (Array.isArray(template)) {
    if (!Array.isArray(value)) return null;
    const items: unknown[] = [];
    for (const item of value) {
      // An empty template (no year ticked yet) says only that the list holds plain values.
      const kept = template.length > 0 ? reshape(item, template[0]) : isPrimitive(item) ? { value: item } : null;
      if (!kept) return null;
      items.push(kept.value);
    }
    return { value: items };
  }
  if (typeof template === 'object' && template !== null) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(template)) {
      const kept = reshape((value as Record<string, unknown>)[key], inner);
      if (!kept) return null;
      out[key] = kept.value;
    }
    return { value: out };
  }
  if (template === null) return value === null ? { value } : null;
  return typeof value === typeof template ? { value } : null;
}

/**
 * `value` rebuilt in the shape of `template` (the same keys, each holding the same kind of
 * value), else null. Stored values are input like any other: a form must never start from
 * values its fields cannot show, whatever an older version or a damaged storage left.
 */
export function inShapeOf<T>(value: unknown, template: T): T | null {
  return value === undefined ? null : ((reshape(value, template)?.value as T | undefined) ?? null);
}

/**
 * The values a step's form starts from: what was typed there and kept, else `fromAnswers()`.
 * `align` fits what was kept to what the answers now ask (the history's rows follow the payment's year).
 */
export function useTypedDefaults<V>(step: FormStepId, fromAnswers: () => V, align?: (kept: V, answers: V) => V): V {
  const store = useWizardStore();
  const [defaults] = useState(() => {
    const answers = fromAnswers();
    const kept = inShapeOf(store.typedValues(step), answers);
    return kept === null ? answers : align ? align(kept, answers) : kept;
  });
  return defaults;
}

/** Keeps every change to the form's values, as typed, until the step is submitted. */
export function useKeepTyped<V extends FieldValues>(step: FormStepId, { watch }: Pick<UseFormReturn<V>, 'watch'>): void {
  const store = useWizardStore();
  useEffect(() => {
    const subscription = watch((values) => store.keepTyped(step, values));
    return () => subscription.unsubscribe();
  }, [watch, store, step]);
}

/** useForm for a wizard step: starts from what was typed there (useTypedDefaults) and keeps what is typed. */
export function useStepForm<V extends FieldValues>(
  step: FormStepId,
  fromAnswers: () => V,
  options: Omit<UseFormProps<V>, 'defaultValues'> = {},
  align?: (kept: V, answers: V) => V,
): UseFormReturn<V> {
  const defaultValues = useTypedDefaults(step, fromAnswers, align);
  const form = useForm<V>({ ...options, defaultValues } as UseFormProps<V>);
  useKeepTyped(step, form);
  return form;
}
