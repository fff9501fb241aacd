// Facts behind the headline that need a few words of their own: the waiting period in its
// unit (months, or days where the region counts days), and what the payment costs (R1c).
import { useTranslation } from 'react-i18next';
import { addDays, unpricedPremium } from '../../calc';
import type { EnrolmentResult, RulePack, TraceStep, WaitingPeriod } from '../../calc';
import { useFormat } from '../../i18n/use-format';
import { wordKey } from './result-keys';
import { waitLength } from './wait-length';

/**
 * The waiting period of the answer shown. Under a range that is the case with the latest date
 * (`latest`): the calculator leaves the end open, as it differs by region, but in that case the
 * wait ends the day before that date (the run shown is that case's), so the span is given.
 * `ifSelf`: who paid was left blank and matters (paid-by-alternative.ts); this is the self-paid case's.
 */
export function WaitingFact({ waiting, regional, ifSelf = false, latest }: { waiting: WaitingPeriod; regional: boolean; ifSelf?: boolean; latest?: string | undefined }) {
  const { t } = useTranslation();
  const f = useFormat();
  const w = waiting.end === null && latest !== undefined ? { ...waiting, end: addDays(latest, -1) } : waiting;
  const length = (n: number) => f.duration(n, w.unit);
  // "January 1 to April 30, 2027 (4 months: fixed 3 months plus variable 1 month)": one phrase, no loose sentence after it.
  const parts =
    w.variableBeforeRepair > 0
      ? t(w.repairRemoved > 0 ? 'result.facts.waitingPartsRepaired' : 'result.facts.waitingParts', { fixed: length(w.fixed), variable: length(w.variableBeforeRepair), removed: length(w.repairRemoved) })
      : null;
  const total = parts === null ? waitLength(w, f, t) : t('result.facts.totalWithParts', { total: length(w.total), parts });
  return (
    <div>
      <dt>{t(regional ? (ifSelf ? 'result.facts.waitingRegionalIfSelf' : 'result.facts.waitingRegional') : ifSelf ? 'result.facts.waitingIfSelf' : 'result.facts.waiting')}</dt>
      <dd>{w.end ? t('result.facts.waitingSpan', { start: f.date(w.start), end: f.date(w.end), total }) : t('result.facts.waitingOpen', { start: f.date(w.start), total })}</dd>
    </div>
  );
}

/**
 * R1c: "¥1,100 a year: the full premium, which your region charges for payments from 1 February
 * 2026". `years`: the benefit years the payment pays, the first of them the one priced; a newborn's
 * free year of birth paid with later years says those are charged as usual (X1).
 */
export function PremiumFact({ premium, trace, years = [] }: { premium: NonNullable<EnrolmentResult['premium']>; trace: TraceStep[]; years?: readonly number[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const from = trace.find((s) => s.rule === 'R1c' && s.step === 'full')?.params.from;
  const free = premium.yuan === 0 && (premium.tier === 'newborn' || premium.tier === 'newbornParentInsured');
  // The premium is the first benefit year's: where the payment covers more years, it is said as
  // that year's, and the later ones at their own rate (湖南: the full ¥1,100 for a late 2026, not
  // "¥1,100 a year" for 2027 paid in its window too). One year: "a year", its repair years included.
  const year = years.length > 1 ? years[0] : undefined;
  const suffix = year !== undefined ? 'Year' : '';
  const first = free
    ? t(premium.tier === 'newborn' ? 'result.facts.premiumNewborn' : 'result.facts.premiumNewbornParentInsured')
    : premium.full
    ? typeof from === 'string'
      ? t(`result.facts.premiumFull${suffix}`, { yuan: f.yuan(premium.yuan), from: f.date(from), year })
      : t(`result.facts.premiumFullNoDate${suffix}`, { yuan: f.yuan(premium.yuan), year })
    : t(`result.facts.premiumPersonal${suffix}`, { yuan: f.yuan(premium.yuan), tier: t(wordKey('tier', premium.tier)), year });
  const later = years.slice(1);
  return (
    <div>
      <dt>{t('result.facts.premium')}</dt>
      <dd>{later.length > 0 ? t('result.facts.premiumLaterYears', { first, years: f.list(later.map(String)), count: later.length }) : first}</dd>
    </div>
  );
}

/**
 * R1c, a planned payment the packs cannot price: "What you pay" is not left out, but says the
 * amount is the region's to set (「2027年度的缴费标准以当地通知为准」). Where the packs state no
 * premium for the year, the latest earlier year's full premium is given as what is known (湖南:
 * 2026, ¥1,100 from 1 Feb 2026, P-HN1), said as that year's only, never as this one's.
 */
export function UnpricedPremiumFact({ chain, years }: { chain: readonly RulePack[]; years: readonly number[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const first = years[0];
  if (first === undefined) return null;
  const { earlierFull } = unpricedPremium(chain, first);
  const unknown = t('result.facts.premiumUnknown', { years: f.list(years.map(String)) });
  return (
    <div>
      <dt>{t('result.facts.premium')}</dt>
      <dd>{earlierFull ? t('result.facts.premiumUnknownEarlierFull', { unknown, year: earlierFull.year, from: f.date(earlierFull.from), yuan: f.yuan(earlierFull.yuan) }) : unknown}</dd>
    </div>
  );
}
