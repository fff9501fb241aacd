// Warnings about this result, above the notes. Most are one sentence; the freshness warning
// (RULES.md §8.6) also says which window the rules do have, in as many words as its data allows.
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { IsoDate, OptionResult, Warning } from '../../calc';
import { useParamText } from './param-words';
import type { ParamText } from './param-words';
import { warningTextKey } from './result-keys';
import type { WarningKey } from './result-keys';
import { withCoverStartSpans } from './warning-spans';
import type { ShownWarning } from './warning-spans';
import { useFormat } from '../../i18n/use-format';
import type { Formatters } from '../../i18n/use-format';
import { childContext } from './first-cover';
import { payerContext } from '../payer';
import { payerTextContext } from './payer-words';
import type { Payer } from '../payer';
import { rangeDayWords } from './range-days';
import type { CoverContext } from './first-cover';

/**
 * Items whose warnings say the same but for one number, said once: the first is kept, with the
 * numbers of all (`values`, by the warning kept). `alike` gives a warning's group and number, or
 * null for a warning that is said as it is.
 */
function foldAlike<T>(items: T[], warningOf: (item: T) => Warning, alike: (w: Warning) => { group: string; value: number } | null): { kept: T[]; values: Map<Warning, number[]> } {
  const values = new Map<Warning, number[]>();
  const firsts = new Map<string, Warning>();
  const kept = items.filter((item) => {
    const w = warningOf(item);
    const found = alike(w);
    if (!found) return true;
    const first = firsts.get(found.group);
    if (!first) {
      firsts.set(found.group, w);
      values.set(w, [found.value]);
      return true;
    }
    values.get(first)?.push(found.value);
    return false;
  });
  return { kept, values };
}

/**
 * The freshness warnings of several years that say the same about the region's last known
 * window (阜新: none for 2025, none for 2026) said once, naming the years: `years` by warning.
 */
function oneFreshnessWarning(shown: ShownWarning[]): { shown: ShownWarning[]; years: Map<Warning, number[]> } {
  const { kept, values } = foldAlike(
    shown,
    (s) => s.warning,
    (w) => (w.id === 'windowNotKnown' && typeof w.params.year === 'number' ? { group: JSON.stringify({ ...w.params, year: null }), value: w.params.year } : null),
  );
  return { shown: kept, years: values };
}

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
 * E1: what back-paying the gap would give, as the back-pay option computed it (never a fixed
 * claim: in 青岛 it gives cover from the next month and leaves the gap uncovered). A date or a
 * range, then whether the gap months are covered: an outcome on or before the payment day
 * covers from the payment month, and with it the gap (E1 gapCovered); a later one does not.
 */
function backPayHint(t: TFunction, language: string, f: Formatters, option: OptionResult, paymentDate: IsoDate, from: string, made: boolean, payer: Payer): string {
  // An employer's contributions: the employer back-pays, not the reader (payer-words.ts).
  const who = payerContext(payer === 'employer' ? payer : 'self');
  const r = option.restoration;
  const dates = r.kind === 'range' ? r.outcomes.flatMap((o) => (o.restoration.kind === 'noCover' ? [] : [o.restoration.date])) : r.kind === 'noCover' ? [] : [r.date];
  const month = paymentDate.slice(0, 7);
  const [y, m] = month.split('-').map(Number) as [number, number];
  const to = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  const retro = dates.filter((d) => d <= paymentDate).length;
  const when =
    r.kind === 'range'
      ? t(made ? 'result.backPayHint.rangeMade' : 'result.backPayHint.range', { from: f.month(from), ...rangeDayWords(t, f, r.earliest, r.latest, new Set(dates).size), ...who })
      : r.kind === 'noCover'
        ? null
        : t(made ? 'result.backPayHint.dateMade' : 'result.backPayHint.date', { from: f.month(from), date: f.date(r.date), ...who });
  if (when === null || dates.length === 0) return '';
  const gap = retro === dates.length ? t('result.backPayHint.retroAll') : retro === 0 ? t('result.backPayHint.retroNone', { from: f.month(from), to: f.month(to) }) : t('result.backPayHint.retroSome');
  // Chinese sentences end in a full-width stop and run on without a space.
  return `${when}${language === 'en' ? ' ' : ''}${gap}`;
}

/**
 * The warnings less "your payment for Y gives no cover in Y" where "this payment alone buys no
 * cover" says it too, for the same year and the same earliest day (and in the same regions): the
 * second says all the first does, and the two read almost word for word alike (W36 阜新).
 */
function withoutRepeats(warnings: Warning[]): Warning[] {
  const covered = (w: Warning) =>
    w.id === 'noCoverInYear' &&
    warnings.some((p) => p.id === 'paysForNothing' && p.params.lastPaidYear === w.params.year && p.params.coverStart === w.params.coverStart && Boolean(p.someRegions) === Boolean(w.someRegions));
  return warnings.some((w) => w.id === 'paysForNothing') ? warnings.filter((w) => !covered(w)) : warnings;
}

/**
 * "Only N of your repair years shorten the wait", raised with different N in different regions
 * (湖南 with 3 planned: 1 in some, 2 in others): said once, with every N ("only 1 or 2 years"),
 * rather than as two notes that read as contradicting each other. `counts` by the warning kept.
 */
function oneRepairWarning(warnings: Warning[]): { warnings: Warning[]; counts: Map<Warning, number[]> } {
  const { kept, values } = foldAlike(
    warnings,
    (w) => w,
    (w) => (w.id === 'repairRemovesNothing' && w.someRegions && typeof w.params.useful === 'number' && w.params.useful > 0 ? { group: String(w.params.repairYears), value: w.params.useful } : null),
  );
  return { warnings: kept, counts: values };
}

/** "1 or 2 years" / "1或2年": the counts as alternatives, with the unit of the largest. */
function usefulAlternatives(language: string, f: Formatters, counts: number[]): string {
  const sorted = [...new Set(counts)].sort((a, b) => a - b);
  const max = sorted.at(-1) as number;
  const or = new Intl.ListFormat(language, { type: 'disjunction' }).format(sorted.map(String));
  return f.years(max).replace(String(max), or);
}

/**
 * The days a warning's runs start cover on, as one phrase: "a day between X and Y", or "X or Y"
 * where there are only two (no run of the rules gives a day between them, so "between" would
 * offer days none gives: 广州, one lapse year, 2026 paid on 20 Oct 2026 starts cover on
 * 21 Jan or 21 Feb 2027, nothing in between).
 */
function coverStartDays(t: TFunction, words: ParamText, span: NonNullable<ShownWarning['span']>): string {
  return t(span.days === 2 ? 'result.rangeDays.either' : 'result.coverStartDays.between', { replace: words({ earliest: span.earliest, latest: span.latest }) });
}

/**
 * `made`: the payment the answer is about has been made, so its warnings say what it did, not
 * what to think over. `madeYears`: benefit years paid by payments already made; a warning about
 * one of them is about that payment, even when the answer is about a planned one.
 */
export function WarningsList({ warnings, made = false, madeYears = [], backPay, cover, enrolOnly = false, payer = 'self' }: { warnings: Warning[]; made?: boolean; madeYears?: readonly number[]; backPay?: { option: OptionResult; paymentDate: IsoDate }; cover?: CoverContext; enrolOnly?: boolean; payer?: Payer }) {
  const { t, i18n } = useTranslation();
  const words = useParamText();
  const f = useFormat();
  if (warnings.length === 0) return null;
  // A baby's first enrolment: the warnings that speak of "your cover" speak of the child's (their `_first` texts).
  const child = childContext(cover);
  const repairs = oneRepairWarning(withoutRepeats(warnings));
  const { shown, years } = oneFreshnessWarning(withCoverStartSpans(repairs.warnings));
  return (
    <div className="warnings" role="note" aria-label={t('result.warningsTitle')}>
      <ul>
        {shown.map(({ warning: w, span }, i) => {
          // The year the warning is about: its own, or for "this payment buys nothing" the last year that payment paid.
          const about = typeof w.params.year === 'number' ? w.params.year : w.id === 'paysForNothing' && typeof w.params.lastPaidYear === 'number' ? w.params.lastPaidYear : null;
          const paid = made || (about !== null && madeYears.includes(about));
          const freshYears = years.get(w);
          const hint = w.id === 'backPayGapForRetroactiveCover' && backPay && typeof w.params.from === 'string' ? backPayHint(t, i18n.language, f, backPay.option, backPay.paymentDate, w.params.from, paid, payer) : '';
          // A warning with an employer's own form (the gap the employer's contributions could have back-paid) takes it; the others, the child's.
          const plainKey = warningTextKey(w, paid);
          const own = payer === 'employer' ? payerTextContext(i18n, plainKey, payer) : null;
          const text =
            hint !== ''
              ? hint
              : w.id === 'windowNotKnown'
              ? windowFreshness(t, i18n.language, w.params, { ...words(w.params), ...(freshYears ? { year: f.list(freshYears) } : {}) })
              : span
                ? t(`${warningTextKey(w, paid)}Span` as WarningKey, { replace: { ...words(w.params), days: coverStartDays(t, words, span) }, ...child })
                : t(enrolOnly && w.id === 'newbornAfterWindow' ? (paid ? 'warnings.newbornAfterWindowEnrolled' : 'warnings.newbornAfterWindowEnrolPlanned') : plainKey, { replace: { ...words(w.params), ...(repairs.counts.get(w) ? { useful: usefulAlternatives(i18n.language, f, repairs.counts.get(w) as number[]) } : {}) }, ...(own ?? child) });
          // Raised by some regional variants only: said as what happens in some regions, not as a fact.
          // The back-pay hint is not: it says what the back-pay option gives in every region (a
          // date, or the range with its regions), so it holds wherever it is read.
          return <li key={`${w.id}-${i}`}>{w.someRegions && hint === '' ? t('result.warningSomeRegions', { text }) : text}</li>;
        })}
      </ul>
    </div>
  );
}
