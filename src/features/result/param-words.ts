// Trace steps, notes and warnings carry plain values (numbers, dates, ids). Most are
// formatted by name (use-format.ts); the ids among them become words here: a premium tier,
// an exempt group, a cover-start rule, a regional parameter. An id with no words yet gets a
// plain fallback, never itself.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TraceValue } from '../../calc';
import { formatParams, useFormat } from '../../i18n/use-format';
import { payerContext } from '../payer';
import { hasText, paramNameKey } from './range-wording';
import type { Tense } from './range-wording';
import { wordKey } from './result-keys';

const YEAR_LIST = /^\d{4}(,\d{4})+$/;

/** Which word list a parameter's value is read from. */
const WORDS: Record<string, 'tier' | 'group' | 'coverStart'> = { tier: 'tier', group: 'group', rule: 'coverStart' };

export type ParamText = (params: Record<string, TraceValue>, unit?: 'months' | 'days') => Record<string, string>;

/**
 * `wait`: whether the run's employee-scheme wait is a first enrolment's or a short gap's (range-wording
 * Tense): a regional parameter is then named as that wait, not "after a gap of more than 3 months".
 * `enrol`: the payment only enrols a newborn for free (payer-words.ts): a cover-start rule counts
 * from the enrolment, not "the payment" (「自办理参保次月1日起」), where its words have that form.
 */
export function useParamText(wait?: Pick<Tense, 'first' | 'shortGap'> & { enrol?: boolean }): ParamText {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const first = wait?.first === true;
  const shortGap = wait?.shortGap === true;
  const enrol = wait?.enrol === true;
  return useMemo(() => {
    return (params, unit) => {
      // A note says its unit as a value (waits in days, R3), where a step says it in its name.
      const out = formatParams(f, params, unit ?? (params.unit === 'days' ? 'days' : undefined));
      // "2025,2026" (the years a payment covers) as a list in the reader's language: 2025和2026, 2025 and 2026.
      if (typeof params.years === 'string' && YEAR_LIST.test(params.years)) out.years = f.list(params.years.split(','));
      for (const [name, value] of Object.entries(params)) {
        if (typeof value !== 'string') continue;
        const kind = WORDS[name];
        if (kind) out[name] = t(hasText(i18n, wordKey(kind, value)) ? wordKey(kind, value) : wordKey(kind, 'other'), kind === 'coverStart' && enrol ? payerContext('enrol') : {});
        else if (name === 'param') out[name] = t(paramNameKey(i18n, value, { first, shortGap }) as 'regional.params.unknown');
      }
      return out;
    };
    // f is remade when the language changes, so the words follow it.
  }, [t, i18n, f, first, shortGap, enrol]);
}
