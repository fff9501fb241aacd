// Warnings about this result, above the notes. Most are one sentence; the freshness warning
// (RULES.md §8.6) also says which window the rules do have, in as many words as its data allows.
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Warning } from '../../calc';
import { useParamText } from './param-words';
import { warningTextKey } from './result-keys';
import type { WarningKey } from './result-keys';
import { withCoverStartSpans } from './warning-spans';

/**
 * "Not yet included for 2027. The latest is the window for 2026: … Meanwhile …": the last known
 * window with its start where the region's rules give one, as a span where regions differ.
 */
function windowFreshness(t: TFunction, language: string, p: Warning['params'], words: Record<string, string>): string {
  const parts = [t('warnings.windowNotKnown', { replace: words })];
  if (p.lastYear === null) parts.push(t('result.windowFreshness.noneKnown'));
  else if (p.endLatest !== null) parts.push(t('result.windowFreshness.lastWindows', { replace: words }));
  else parts.push(t(p.start !== null ? 'result.windowFreshness.lastWindow' : 'result.windowFreshness.lastWindowEnd', { replace: words }));
  if (p.extendedEnd !== null) parts.push(t('result.windowFreshness.extension', { replace: words }));
  parts.push(t(p.regional === true ? 'result.windowFreshness.assumedAll' : 'result.windowFreshness.assumedNational'));
  // Chinese sentences end in a full-width stop and run on without a space.
  return parts.join(language === 'en' ? ' ' : '');
}

/**
 * `made`: the payment the answer is about has been made, so its warnings say what it did, not
 * what to think over. `madeYears`: benefit years paid by payments already made; a warning about
 * one of them is about that payment, even when the answer is about a planned one.
 */
export function WarningsList({ warnings, made = false, madeYears = [] }: { warnings: Warning[]; made?: boolean; madeYears?: readonly number[] }) {
  const { t, i18n } = useTranslation();
  const words = useParamText();
  if (warnings.length === 0) return null;
  return (
    <div className="warnings" role="note" aria-label={t('result.warningsTitle')}>
      <ul>
        {withCoverStartSpans(warnings).map(({ warning: w, span }, i) => {
          const paid = made || (typeof w.params.year === 'number' && madeYears.includes(w.params.year));
          const text =
            w.id === 'windowNotKnown'
              ? windowFreshness(t, i18n.language, w.params, words(w.params))
              : span
                ? t(`${warningTextKey(w, paid)}Span` as WarningKey, { replace: words({ ...w.params, ...span }) })
                : t(warningTextKey(w, paid), { replace: words(w.params) });
          // Raised by some regional variants only: said as what happens in some regions, not as a fact.
          return <li key={`${w.id}-${i}`}>{w.someRegions ? t('result.warningSomeRegions', { text }) : text}</li>;
        })}
      </ul>
    </div>
  );
}
