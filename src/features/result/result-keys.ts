// Typed views of the locale groups the calculator's ids map into, so the UI can only ask
// for sentences that exist (a test checks every id the engine emits has one).
import type en from '../../i18n/locales/en.json';

type Locale = typeof en;
type Leaves<T, P extends string> = { [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`> }[keyof T & string];

export type NoteKey = Leaves<Locale['notes'], 'notes.'>;
export type WarningKey = Leaves<Locale['warnings'], 'warnings.'>;
export type ErrorKey = Leaves<Locale['errors'], 'errors.'>;
export type TraceKey = Leaves<Locale['trace'], 'trace.'>;

export const noteKey = (id: string) => `notes.${id}` as NoteKey;
export const warningKey = (id: string) => `warnings.${id}` as WarningKey;
export const errorKey = (key: string) => `errors.${key}` as ErrorKey;
export const traceKey = (rule: string, step: string) => `trace.${rule}.${step}` as TraceKey;
