// The pieces every step is built from: the step frame (progress, heading that takes focus,
// error summary, Back/Continue) and labelled fields whose errors sit next to them.
import { Children, useContext, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { FormEventHandler, InputHTMLAttributes, ReactNode, Ref, SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors, FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useFormat } from '../../i18n/use-format';
import { monthExample } from './month-example';
import { decodeMessage } from './step-forms';
import type { MessageParams } from './step-forms';
import { revisitOf } from './draft-storage';
import { revisitAfterSubmit, stepAfterSubmit } from './step-dependencies';
import { FORM_STEPS } from './steps';
import type { FormStepId, StepId } from './steps';
import { useWizardState, useWizardStore } from './wizard-store';
import { usePageTitle } from './page-title';
import { StepHeadingLevel } from './step-heading-level';
import { stepName } from './payment-payer';
import type { Payer } from '../payer';
import { useStepPayer } from './use-step-payer';

/** Whether `children` render anything: `cond && <Field/>` leaves false (or '') behind, and an empty box would still draw its border. */
function hasContent(children: ReactNode): boolean {
  return Children.toArray(children).some((child) => child !== '');
}

/** The DOM id of the input (or first option) for a form field path like "years.2.latePaidOn". */
export function fieldId(name: string): string {
  return `wz-${name.replace(/\./g, '-')}`;
}

/** Turns an error message (an i18n key, maybe with packed parameters) into words. */
export function useErrorText(): (message: string | undefined) => string {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  return (message) => {
    if (!message) return '';
    const { key, params } = decodeMessage(message);
    // A message that is no text of ours (a schema's own English, such as "Invalid input" for a
    // value the browser could not give) is never shown as it is: the person reads their language.
    // (Asked with the message's values: a plural text exists only under its count's forms.)
    if (!i18n.exists(key, params as Record<string, unknown>)) return String(t('wizard.errors.unreadable'));
    // A date in a message reads as the page's other dates do (numbers stay numbers: counts choose plurals).
    const shown: Record<string, unknown> = { ...params };
    for (const [name, value] of Object.entries(shown)) if (typeof value === 'string') shown[name] = f.param(name, value);
    // A month to type is shown as this browser's month field shows it (month-example.ts).
    shown.monthExample = monthExample(f);
    return t(key, shown);
  };
}

export interface ErrorEntry {
  name: string;
  message: string;
}

/** react-hook-form's nested errors as a flat list, in the order the fields were checked. */
export function flattenErrors(errors: FieldErrors, prefix = ''): ErrorEntry[] {
  const out: ErrorEntry[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== 'object' || key === 'ref') continue;
    const name = prefix ? `${prefix}.${key}` : key;
    const message = (value as { message?: unknown }).message;
    if (typeof message === 'string' && message) out.push({ name, message });
    else out.push(...flattenErrors(value as FieldErrors, name));
  }
  return out;
}

/* ---------- the step frame ---------- */

/** `payer`: the payment step's payer as the step on screen has it (its answers as typed), in place of the stored answers'. */
export function StepProgress({ step, payer: given }: { step: FormStepId; payer?: Payer | undefined }) {
  const { t } = useTranslation();
  const { draft, today } = useWizardState();
  // The payment step named as its heading names it (the employer's contributions, a child's enrolment).
  const stored = useStepPayer(draft.answers, today);
  const payer = given ?? stored;
  const current = FORM_STEPS.indexOf(step) + 1;
  // A step a changed answer sends the person back through is not done, nor the check while one is.
  const revisit: readonly string[] = revisitOf(draft);
  return (
    <nav className="wz-progress" aria-label={t('wizard.progress.label')}>
      <p className="wz-progress__count">{t('wizard.progress.stepOf', { current, total: FORM_STEPS.length })}</p>
      <ol className="wz-progress__list">
        {FORM_STEPS.map((id) => {
          const done = id !== step && draft.done.includes(id) && !revisit.includes(id) && !(id === 'check' && revisit.length > 0);
          return (
            <li key={id} className={`wz-progress__item${id === step ? ' is-current' : ''}${done ? ' is-done' : ''}`} aria-current={id === step ? 'step' : undefined}>
              <span>{stepName(t, id, payer)}</span>
              {done && <span className="visually-hidden"> {t('wizard.progress.completed')}</span>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

export interface SummaryItem {
  /** The field to jump to, or an action (check page: go to a step). */
  target: string | (() => void);
  text: string;
}

/** The name of field `id` as the page shows it (its label, or its group's legend), without a closing note in brackets or end punctuation; null if not found. */
function fieldName(id: string): string | null {
  const el = document.getElementById(id);
  if (!el) return null;
  const grouped = el.tagName === 'FIELDSET' || (el as HTMLInputElement).type === 'radio';
  const text = grouped ? el.closest('fieldset')?.querySelector('legend')?.textContent : (el as HTMLInputElement).labels?.[0]?.textContent;
  // "Paid without a break since (optional)": the name without its note.
  return text?.trim().replace(/\s*[（(][^（）()]*[）)]$/u, '').replace(/[?？:：。.]+$/u, '') || null;
}

/**
 * The entries as the page has their fields: in the order the fields come (the errors arrive in
 * the order the checks ran), and where two say the same words ("This month is in the future."),
 * each with its field's name, so the summary says which is which.
 */
function asOnPage(items: SummaryItem[], withField: (field: string, message: string) => string): SummaryItem[] {
  const at = (item: SummaryItem) => (typeof item.target === 'string' ? document.getElementById(item.target) : null);
  const ordered = items.every((item) => at(item) !== null)
    ? [...items].sort((a, b) => ((at(a) as HTMLElement).compareDocumentPosition(at(b) as HTMLElement) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))
    : items;
  const count = new Map<string, number>();
  for (const item of ordered) count.set(item.text, (count.get(item.text) ?? 0) + 1);
  return ordered.map((item) => {
    const name = typeof item.target === 'string' && (count.get(item.text) ?? 0) > 1 ? fieldName(item.target) : null;
    return name ? { ...item, text: withField(name, item.text) } : item;
  });
}

/**
 * Always in the DOM (an empty live region), so it is announced when it fills; focus moves to it
 * after a failed submit, whenever `focusRequest` goes up.
 */
export function ErrorSummary({ title, items: given, focusRequest }: { title: string; items: SummaryItem[]; focusRequest: number }) {
  const { t } = useTranslation();
  // Read from the page: errors come after a submit, when their fields are already there (a field
  // not found leaves the entries as given).
  const key = given.map((item) => `${typeof item.target === 'string' ? item.target : ''}\u0000${item.text}`).join('\u0001');
  const items = useMemo(
    () => (given.length > 1 && typeof document !== 'undefined' ? asOnPage(given, (field, message) => t('wizard.errors.withField', { field, message })) : given),
    // `key` stands for `given`, whose array is new on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key, t],
  );
  const ref = useRef<HTMLDivElement>(null);
  const handled = useRef(0);
  const titleId = useId();
  // The level under the step's heading (WCAG 1.3.1: no skipped level).
  const Title = useContext(StepHeadingLevel) === 1 ? 'h2' : 'h3';
  const visible = items.length > 0;
  useEffect(() => {
    // The request and the errors can arrive in separate renders: focus once both are here,
    // and only once per request, so fixing a field while typing never pulls focus away.
    if (focusRequest > handled.current && visible) {
      handled.current = focusRequest;
      ref.current?.focus();
    }
  }, [focusRequest, visible]);
  return (
    <div ref={ref} className={visible ? 'wz-error-summary' : undefined} role="alert" tabIndex={-1} aria-labelledby={visible ? titleId : undefined}>
      {visible && (
        <>
          <Title id={titleId} className="wz-error-summary__title">
            {title}
          </Title>
          <ul className="wz-error-summary__list">
            {items.map((item, i) => (
              <li key={i}>
                {typeof item.target === 'string' ? (
                  <a
                    href={`#${item.target}`}
                    onClick={(event) => {
                      event.preventDefault();
                      const el = document.getElementById(item.target as string);
                      el?.focus();
                      el?.scrollIntoView?.({ block: 'center' });
                    }}
                  >
                    {item.text}
                  </a>
                ) : (
                  <button type="button" className="wz-link-button" onClick={item.target}>
                    {item.text}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

export interface StepFrameProps {
  step: FormStepId;
  heading: string;
  intro?: ReactNode;
  onSubmit: FormEventHandler<HTMLFormElement>;
  errors: SummaryItem[];
  errorTitle?: string;
  focusRequest: number;
  submitLabel?: string;
  /**
   * Where submitting goes, when the step knows better than the marks stored so far (a new scheme
   * on the first step, a payment further ahead): the button says "Save and return to the check
   * page" only when this is the check page. Default: as the store will move (stepAfterSubmit).
   */
  destination?: StepId;
  /** Back from a form step: save what is there (leniently), then go back. Default: just go back. */
  onBack?: () => void;
  /** Where focus goes after a move, if not the heading (the check page: the Change button just used); null for the heading. */
  focusAfterMove?: () => HTMLElement | null;
  /** The payment step's payer as this step knows it (the payment step: from its answers as typed), for the step list. */
  payer?: Payer | undefined;
  children: ReactNode;
}

export function StepFrame({ step, heading, intro, onSubmit, errors, errorTitle, focusRequest, submitLabel, destination, onBack, focusAfterMove, payer, children }: StepFrameProps) {
  const { t } = useTranslation();
  const { navigations, returnTo, firstStep, draft } = useWizardState();
  // The label promises the move the store will make: through the steps still to answer again first.
  const leadsTo = destination ?? stepAfterSubmit(step, returnTo, revisitAfterSubmit(revisitOf(draft), [], step));
  const store = useWizardStore();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  // Only after a move: on first paint focus stays where the page put it. Decided when the step
  // is drawn (each visit draws it anew): the step being left may still be on screen for a moment
  // after a move (wizard.tsx defers the next one), and must not take the focus then.
  const [focusOnMount] = useState(navigations > 0);
  // Likewise decided when the step is drawn: where the move came from does not change after it.
  const [focusTarget] = useState(() => focusAfterMove);
  usePageTitle(heading, errors.length > 0);
  const Heading = useContext(StepHeadingLevel) === 1 ? 'h1' : 'h2';
  // Scheduled as the step is committed (a layout effect: a passive one may run only after the
  // browser has painted the step of a deferred render), so the focus comes before its first paint.
  useLayoutEffect(() => {
    if (!focusOnMount) return;
    // In the next frame, before it is painted: focus lays the whole new step out to scroll its
    // heading into view, which in the commit's own task made it one long task on a slow phone
    // (about a fifth of a step move's work). The frame lays it out anyway; the step and the
    // focus on its heading still appear together.
    // Unless something else took the focus meanwhile: taking over the prerendered step puts it
    // back where the person was typing (static-step-takeover.ts).
    const before = document.activeElement;
    const frame = requestAnimationFrame(() => {
      if (document.activeElement === before) (focusTarget?.() ?? headingRef.current)?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [focusOnMount, focusTarget]);
  const first = step === firstStep;
  return (
    <section className="wz-step" aria-labelledby={headingId}>
      <StepProgress step={step} payer={payer} />
      <Heading id={headingId} ref={headingRef} tabIndex={-1} className="wz-step__heading">
        {heading}
      </Heading>
      <form className="wz-form" noValidate onSubmit={onSubmit}>
        <ErrorSummary title={errorTitle ?? t('wizard.errors.summaryTitle')} items={errors} focusRequest={focusRequest} />
        {intro && <div className="wz-step__intro">{intro}</div>}
        {children}
        <div className="wz-nav">
          {!first && (
            // data-back: the prerendered first step's Back works before the app is here (first-paint.ts).
            <button type="button" className="wz-button wz-button--secondary" onClick={onBack ?? store.back} data-back="">
              {t('wizard.nav.back')}
            </button>
          )}
          <button type="submit" className="wz-button wz-button--primary">
            {submitLabel ?? (returnTo === 'check' && leadsTo === 'check' ? t('wizard.nav.saveAndReturn') : t('wizard.nav.continue'))}
          </button>
        </div>
      </form>
    </section>
  );
}

/* ---------- fields ---------- */

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean);
  return list.length > 0 ? list.join(' ') : undefined;
}

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  const { t } = useTranslation();
  const text = useErrorText()(message);
  if (!message) return null;
  return (
    <p id={id} className="wz-field-error">
      <span className="visually-hidden">{t('wizard.errors.prefix')}</span> {text}
    </p>
  );
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & { ref?: Ref<HTMLInputElement> };

export interface TextFieldProps {
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  input: InputProps;
  className?: string;
}

/** The label, hint and error of a field, in that order, with the ids aria-describedby points at. */
function FieldLabel({ id, label, hint, error }: { id: string; label: string; hint?: string | undefined; error?: string | undefined }) {
  return (
    <>
      <label htmlFor={id} className="wz-label">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="wz-hint">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} message={error} />
    </>
  );
}

/** A labelled input with its hint and error under the label, wired with aria-describedby. */
export function TextField({ name, label, hint, error, input, className }: TextFieldProps) {
  const id = fieldId(name);
  return (
    <div className={`wz-field${error ? ' wz-field--error' : ''}${className ? ` ${className}` : ''}`}>
      <FieldLabel id={id} label={label} hint={hint} error={error} />
      <input
        {...input}
        id={id}
        className={`wz-input${input.className ? ` ${input.className}` : ''}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
      />
    </div>
  );
}

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & { ref?: Ref<HTMLSelectElement> };

export interface SelectFieldProps<V extends string> {
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  options: readonly { value: V; label: string }[];
  /** From register(name). */
  select: SelectProps;
  /** Shown under the select, e.g. a date that only matters for some choices. */
  children?: ReactNode;
}

/** A labelled drop-down list with its hint and error, wired like TextField. */
export function SelectField<V extends string>({ name, label, hint, error, options, select, children }: SelectFieldProps<V>) {
  const id = fieldId(name);
  return (
    <div className={`wz-field${error ? ' wz-field--error' : ''}`}>
      <FieldLabel id={id} label={label} hint={hint} error={error} />
      <select {...select} id={id} className="wz-select" aria-invalid={error ? true : undefined} aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hasContent(children) && <div className="wz-conditional">{children}</div>}
    </div>
  );
}

export interface ChoiceOption<V extends string | number> {
  value: V;
  label: string;
  hint?: string;
}

/**
 * The frame of a group of radios or checkboxes: its legend, hint and error, described by both
 * (the first choice's id is the group's, which the error summary links to), the choices, then
 * `after` (a follow-up shown after the group).
 */
function ChoiceFieldset({ id, legend, legendClassName, hint, error, inline, after, children }: { id: string; legend: ReactNode; legendClassName?: string | undefined; hint?: string | undefined; error?: string | undefined; inline?: boolean | undefined; after?: ReactNode; children: ReactNode }) {
  return (
    <fieldset className={`wz-fieldset${error ? ' wz-field--error' : ''}`} aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}>
      <legend className={legendClassName ?? 'wz-legend'}>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="wz-hint">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} message={error} />
      <div className={`wz-choices${inline ? ' wz-choices--inline' : ''}`}>{children}</div>
      {after}
    </fieldset>
  );
}

export interface RadioGroupProps<V extends string> {
  name: string;
  legend: ReactNode;
  legendClassName?: string;
  hint?: string | undefined;
  error?: string | undefined;
  options: readonly ChoiceOption<V>[];
  /** From register(name): spread on every radio. */
  /**
   * The choice the form starts from, written into the HTML too: react-hook-form checks a
   * registered radio only once it runs, and the prerendered first step (src/prerender.tsx) has
   * to show the same choice before then.
   */
  defaultValue?: V | undefined;
  input: InputProps;
  /** Shown after the group, e.g. a date that only matters for one choice. */
  children?: ReactNode;
  inline?: boolean;
}

export function RadioGroup<V extends string>({ name, legend, legendClassName, hint, error, options, input, children, inline, defaultValue }: RadioGroupProps<V>) {
  const id = fieldId(name);
  return (
    <ChoiceFieldset id={id} legend={legend} legendClassName={legendClassName} hint={hint} error={error} inline={inline} after={children}>
      {options.map((option, i) => {
        const optionId = i === 0 ? id : `${id}-${option.value}`;
        return (
          <div className="wz-choice" key={option.value}>
            <input
              {...input}
              type="radio"
              id={optionId}
              value={option.value}
              defaultChecked={defaultValue === undefined ? undefined : option.value === defaultValue}
              aria-describedby={option.hint ? `${optionId}-hint` : undefined}
            />
            <label htmlFor={optionId}>{option.label}</label>
            {option.hint && (
              <p id={`${optionId}-hint`} className="wz-hint wz-choice__hint">
                {option.hint}
              </p>
            )}
          </div>
        );
      })}
    </ChoiceFieldset>
  );
}

export interface CheckboxProps {
  name: string;
  label: string;
  hint?: string | undefined;
  input: InputProps;
  children?: ReactNode;
}

/** A single yes/no checkbox; `children` (e.g. a follow-up date) show under it. */
export function Checkbox({ name, label, hint, input, children }: CheckboxProps) {
  const id = fieldId(name);
  return (
    <div className="wz-choice wz-choice--checkbox">
      <input {...input} type="checkbox" id={id} aria-describedby={hint ? `${id}-hint` : undefined} />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="wz-hint wz-choice__hint">
          {hint}
        </p>
      )}
      {hasContent(children) && <div className="wz-conditional">{children}</div>}
    </div>
  );
}

export interface CheckboxGroupProps {
  name: string;
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  options: readonly ChoiceOption<number>[];
  value: readonly number[];
  onChange: (value: number[]) => void;
  onBlur?: () => void;
  inline?: boolean;
}

/** A controlled list of checkboxes holding numbers (years), for use with <Controller>. */
export function CheckboxGroup({ name, legend, hint, error, options, value, onChange, onBlur, inline }: CheckboxGroupProps) {
  const id = fieldId(name);
  return (
    <ChoiceFieldset id={id} legend={legend} hint={hint} error={error} inline={inline}>
      {options.map((option, i) => {
        const optionId = i === 0 ? id : `${id}-${option.value}`;
        const checked = value.includes(option.value);
        return (
          <div className="wz-choice wz-choice--checkbox" key={option.value}>
            <input
              type="checkbox"
              id={optionId}
              name={name}
              value={option.value}
              checked={checked}
              onBlur={onBlur}
              onChange={() => onChange(checked ? value.filter((v) => v !== option.value) : [...value, option.value].sort((a, b) => a - b))}
            />
            <label htmlFor={optionId}>{option.label}</label>
          </div>
        );
      })}
    </ChoiceFieldset>
  );
}

/**
 * Clears the errors of fields no longer on the step (a question that went away with an answer
 * that made it moot): react-hook-form keeps an error until its own field changes, so the summary
 * would go on listing, and linking to, a field nobody can see or fix.
 */
export function useForgetHiddenErrors<V extends FieldValues>(form: Pick<UseFormReturn<V>, 'clearErrors' | 'getFieldState' | 'formState'>, hidden: readonly Path<V>[]): void {
  const key = hidden.join('\n');
  // formState.errors is read so the effect runs again after a submit sets new errors.
  const errors = form.formState.errors;
  useEffect(() => {
    const stale = hidden.filter((name) => form.getFieldState(name).error);
    if (stale.length > 0) form.clearErrors(stale);
    // `key` stands for `hidden`, whose array is new on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, errors, form]);
}

/** Summary entries for the fields that failed, linking to each field. */
export function useSummaryItems(errors: FieldErrors): SummaryItem[] {
  const text = useErrorText();
  return flattenErrors(errors).map((e) => ({ target: fieldId(e.name), text: text(e.message) }));
}

export type { MessageParams };
