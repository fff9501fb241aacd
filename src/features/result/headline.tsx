// The answer in one sentence, the status today, and the facts right behind it. Where the
// answer depends on the region (RULES.md §8), the sentence gives the span and up to four
// lines say which date applies when, with the regions known for each; the person can then
// choose their region for one date, and the answer is recalculated in place.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../calc';
import type { Result, RulePack } from '../../calc';
import { useFormat } from '../../i18n/use-format';
import { isBackdated, rangeTense } from './backdated';
import { coverParams, waitsAfterShortGap } from './first-cover';
import type { CoverContext } from './first-cover';
import { PremiumFact, UnpricedPremiumFact, WaitingFact } from './headline-facts';
import { newbornDeadline } from './newborn-deadline';
import { noBreakUntil } from './no-break';
import { laterYearsNeeded, nextYearNeeded, noCoverYear } from './range-lines';
import { rangeWords } from './range-days';
import { straddleKeySuffix } from './two-day-straddle';
import { PayerExtraLines, PayerOutcomes, usePayerLead } from './payer-outcomes';
import { payerContext } from '../payer';
import { oncePaid, payerOfResult, payerTextContext } from './payer-words';
import type { Payer } from '../payer';
import type { PayerAlternative } from './paid-by-alternative';
import { RangeOutcomes } from './range-outcomes';
import { RegionChooser } from './region-chooser';
import { rangeStatus } from './range-status';
import { RangeStatusText } from './range-status-text';
import { soonerToday } from './sooner-today';

export interface HeadlineProps {
  result: Result;
  /** The result is for an earlier day than today (AsOfNotice): "if you pay today instead" is not said. */
  stale?: boolean;
  /** The packs the result was calculated with (the national pack last: it names the regions). */
  chain: readonly RulePack[];
  /** The region the answers name (scenario.region). */
  region: string;
  /** Set where the answers can change: the region is then offered under a range. */
  onChooseRegion?: (region: string) => void;
  /**
   * The region `region` was chosen from on the result before a reload (the history entry keeps
   * it): the chooser starts as after a choice, offering every region and the national dates.
   */
  chosenFrom?: string | null;
  /** Whether the payment the answer is about has been made: a planned one's conditions read "on the day you plan to pay". */
  made?: boolean;
  /** Benefit years paid by payments already made: conditions about them read "on the day you paid" even when `made` is false. */
  madeYears?: readonly number[];
  /** How cover begins (first-cover.ts): a newborn's first enrolment starts it, cover with no break continues; otherwise it restarts. */
  cover?: CoverContext;
  /** The employee-scheme payment the answer is about back-pays the missed months: they are paid, never called a lapse. */
  backPaid?: boolean;
  /** The exempt group the answers name (scenario.circumstances.exemptGroup.group): the exemption fact names it. */
  exemptGroup?: string | undefined;
  /**
   * A flexible worker left "who paid" blank and an employer-paid answer gives another date (E3a):
   * the headline gives both and says the date depends on who paid.
   */
  payer?: PayerAlternative | undefined;
  /** Takes the person to their answers to say who paid. */
  onAnswerPayer?: (() => void) | undefined;
  /** This year's premium, not paid yet, is still taken until `last` (how-to-pay.tsx, stillTakenThisYear): said under the status. */
  stillTaken?: { year: number; last: string } | null;
  /** A newborn's date of birth (the scenario's): a planned payment then has a last day to come by (X1). */
  birthDate?: string | undefined;
  /**
   * Who makes the payment (payer-words.ts, payerOfResult; from the result where not given): an
   * employer's contributions are "paid"; 'enrol', a newborn's free year of birth, is said as an enrolment.
   */
  whoPays?: Payer;
}

/**
 * The headline sentence, for the page and for announcements. `made` false: the payment is still
 * planned, so a restart dated before the day it is paid is backdated; one on or after that day
 * simply restarts then. `made` true: a restart on or before the as-of date is already behind.
 */
export function useHeadlineSentence(result: Result, made = true, cover?: CoverContext, payer: Payer = payerOfResult(result)): string {
  const { t: translate, i18n } = useTranslation();
  // A first enrolment's sentences say "starts" (the `_first` keys), cover with no break "continues" (`_continuing`), the others "restarts".
  // A free newborn enrolment's say "this enrolment", not "this payment", where the text has such a
  // form (`_enrol`, payer-words.ts: a child's text, so it stands for `_first`, as i18next takes one context).
  const t = ((key: string, params: Record<string, unknown>) => {
    const enrolled = payer === 'enrol' ? payerTextContext(i18n, key, payer) : null;
    return translate(key as 'result.headline.date', enrolled ? { ...params, ...enrolled } : coverParams(cover, params));
  }) as (key: string, params: Record<string, unknown>) => string;
  const f = useFormat();
  const r = result.main.restoration;
  // "Once you pay" only where the reader pays: an employer pays the employee scheme (payer-words.ts).
  const once = oncePaid(translate, payer);
  switch (r.kind) {
    case 'date': {
      // Planned: backdated only when cover starts before the day of the payment (a restart on
      // the day itself, today included, simply restarts then).
      const sentence = !made
        ? t(isBackdated(r.date, result.main.paymentDate) ? 'result.headline.dateBackdated' : 'result.headline.date', { date: f.date(r.date), ...once })
        : t(r.date > result.asOf ? 'result.headline.date' : 'result.headline.since', { date: f.date(r.date) });
      // The gap covered too, up to that day (E1, E2: cover from the payment month, the missed months
      // back-paid): said in the same breath, or "backdated to 1 December" reads as nothing before it.
      const retro = result.main.retroactive;
      if (!retro || retro.to !== addDays(r.date, -1)) return sentence;
      const more = translate(made ? 'result.headline.retroactiveTooMade' : 'result.headline.retroactiveToo', { from: f.date(retro.from), to: f.date(retro.to), ...once });
      return translate('result.headline.withSomeNextYear', { sentence, more });
    }
    case 'needsNextYear':
      return t(made && r.date <= result.asOf ? 'result.headline.needsNextYearSince' : 'result.headline.needsNextYear', { date: f.date(r.date), year: r.year });
    case 'noCover':
      return t(made ? 'result.headline.noCoverMade' : 'result.headline.noCover', { year: r.year });
    case 'range': {
      const year = noCoverYear(r);
      // Two days are "on X or Y", three or more "between X and Y" (range-days.ts).
      const span = rangeWords(translate, f, r);
      // Both ends already behind the day the result is for: told in the past tense (once paid).
      const tense = rangeTense(r, result.asOf, made);
      const past = tense === 'past';
      // Every date falls while earlier cover still holds (a new university student covered at home
      // all year, R12): no break whatever the region's rules, said first; the lines below say when
      // this payment's own cover starts.
      const until = cover === 'continuing' ? noBreakUntil(result) : null;
      if (until !== null) return translate(past ? 'result.headline.noBreakSince' : made ? 'result.headline.noBreak' : 'result.headline.noBreakPlanned', { until: f.date(until), latest: span.latest, ...once });
      // Every restart also needs the next year paid: the payment alone buys nothing, in every region (I4).
      const needs = nextYearNeeded(r);
      if (needs !== null) {
        const key = year !== null ? 'rangeNeedsNextYearOrNoCover' : 'rangeNeedsNextYear';
        // Once the earliest day has passed without the next year paid, some of those dates are gone: told as what it would have taken.
        const gone = made && r.earliest <= result.asOf;
        return t(`result.headline.${key}${gone ? 'Since' : made ? 'Made' : ''}`, { ...span, year: needs, noCoverYear: year });
      }
      // The earliest day behind, the latest still ahead: some regions' dates have passed, others' have not.
      // Where a later date needs the next year paid too (rangeTense's 'ahead'), "will restart by" would
      // promise it, and "restarts between" would put a day already past ahead: "may have restarted
      // already, or not yet" (`Open`), and the sentence below says which dates need that year.
      const open = made && tense === 'ahead' && r.earliest <= result.asOf;
      const straddles = tense === 'partly' || open;
      // Two days, one behind and one ahead: each in its own tense (two-day-straddle.ts).
      const two = straddles ? straddleKeySuffix(r, result.asOf) : '';
      // Every dated outcome on one day (a region pack that pins all but whether late payments are still
      // accepted): that day, or no cover; never "between 29 September and 29 September".
      if (year !== null && r.earliest === r.latest) return t(`result.headline.oneDateOrNoCover${past ? 'Since' : made ? 'Made' : ''}`, { date: span.earliest, year });
      const sentence =
        year !== null
          ? t(past ? 'result.headline.rangeOrNoCoverSince' : straddles ? `result.headline.rangeOrNoCoverStraddle${open ? 'Open' : ''}${two}` : made ? 'result.headline.rangeOrNoCoverMade' : 'result.headline.rangeOrNoCover', { ...span, year })
          : t(past ? 'result.headline.rangeSince' : straddles ? `result.headline.rangeStraddle${open ? 'Open' : ''}${two}` : 'result.headline.range', span);
      // Some regions' dates come only with a later year paid too (marked so in the lines below):
      // the sentence says so, or the range would read as what this payment alone buys everywhere.
      // Told in the past once every such date has passed (the lines' own rule, range-wording.ts),
      // not once the range's earliest has, as above: there every date needs the year.
      // Some regions' dates come before the day of payment (the employee scheme's cover from the
      // payment month, a January payment in the window from 1 January): backdated, said so, or a
      // date already behind would read as a restart to come.
      const dated = r.earliest < result.main.paymentDate ? translate('result.headline.withSomeNextYear', { sentence, more: translate(made ? 'result.headline.someBackdatedMade' : 'result.headline.someBackdated', { date: f.date(result.main.paymentDate), ...payerContext(payer) }) }) : sentence;
      const later = laterYearsNeeded(r);
      if (later === null) return dated;
      const years = f.list(later.years);
      const more = later.all ? 'result.headline.allLaterYears' : later.latest <= result.asOf ? 'result.headline.someNextYearPast' : 'result.headline.someNextYear';
      return translate('result.headline.withSomeNextYear', { sentence: dated, more: translate(more, { years }) });
    }
  }
}

/**
 * The status line's key. X1: a newborn not enrolled yet has no lapse (nothing was covered to
 * lapse from); `coveredBefore` says the one payment was made and its cover began by the as-of
 * date, so a lapse now is a real one (a baby covered for its birth year, not paid since). Where
 * who paid, left blank, decides whether cover has restarted by the as-of date, the line says so
 * rather than state the self-paid reading's status as fact.
 */
function statusKey(status: Result['status'], cover: CoverContext | undefined, payer: PayerAlternative | undefined, coveredBefore: boolean, onlyNextYear: boolean, backdated: boolean, enrolOnly = false): Result['status'] | 'notYetEnrolled' | 'notYetPaid' | 'dependsOnPayer' | 'uncertainChild' | 'waitingPastYearEnd' | 'enrolledNotYetCovered' {
  // A free year of birth (湖北): the child was enrolled, nothing was paid.
  if (status === 'paidNotYetCovered' && enrolOnly) return 'enrolledNotYetCovered';
  if ((cover === 'first' || cover === 'firstSelf') && status === 'lapsed' && !coveredBefore) return 'notYetEnrolled';
  // Cover that goes on once the planned payment is made (W20 北京, 2026 to be paid in a window that
  // runs to 28 Feb, seen on 1 Feb): the year is not paid yet, which is no lapse beside a headline
  // saying cover continues without a break.
  if (cover === 'continuing' && status === 'lapsed') return 'notYetPaid';
  // Only where one answer has cover and the other not: "waiting" beside "paid, not yet covered" is no cover either way.
  if (payer && status !== 'uncertain' && (payer.status === 'covered') !== (status === 'covered')) return 'dependsOnPayer';
  // A planned resident payment that covers back to a day already past (南通, employee cover to
  // November, the resident scheme paid on 10 December: from 1 December): the year is not paid
  // yet, rather than "lapsed" beside a headline and steps that say the switch leaves no gap.
  if (status === 'lapsed' && backdated) return 'notYetPaid';
  // A baby's cover is the child's, not "you" (cover 'first': enrolling a newborn).
  if (status === 'uncertain' && cover === 'first') return 'uncertainChild';
  // A wait that ends only after the year paid for, in every region (I4): "not reimbursed yet" would
  // promise cover this payment does not bring; the headline says to pay the next year.
  if (status === 'waiting' && onlyNextYear) return 'waitingPastYearEnd';
  return status;
}

/** The status key in the words of the payment's scheme: monthly contributions are not paid "for this year". */
function monthlyWords(key: ReturnType<typeof statusKey>, scheme: Result['main']['scheme']): ReturnType<typeof statusKey> | 'notYetPaidMonthly' {
  return key === 'notYetPaid' && scheme !== 'resident' ? 'notYetPaidMonthly' : key;
}

/** Whether every answer `r` gives needs the next year paid too (I4), in every region. */
function onlyWithNextYear(r: Result['main']['restoration']): boolean {
  return r.kind === 'needsNextYear' || (r.kind === 'range' && r.outcomes.every((o) => o.restoration.kind === 'needsNextYear'));
}

/** Whether cover from `r` began on or before `asOf`, in at least one region (a range's earliest day); never for a payment that needs the next year paid too. */
function startedBy(r: Result['main']['restoration'], asOf: string): boolean {
  if (r.kind === 'noCover' || r.kind === 'needsNextYear') return false;
  return (r.kind === 'range' ? r.earliest : r.date) <= asOf;
}

export function Headline({ result, stale = false, chain, region, onChooseRegion, chosenFrom = null, made = true, madeYears, cover, backPaid = false, exemptGroup, payer, onAnswerPayer, stillTaken = null, birthDate, whoPays = payerOfResult(result) }: HeadlineProps) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const r = result.main.restoration;
  // Both hooks run on every render (hook order). Where both payers' answers are single dates the
  // payer's lead replaces the one-answer sentence; under a range (the region's rules decide too)
  // the range's sentence and lines stay, and the two answers follow them.
  const payerRange = payer !== undefined && (r.kind === 'range' || payer.ifEmployer.kind === 'range');
  const payerLead = usePayerLead(payer, { made, asOf: result.asOf, own: r });
  const enrolOnly = whoPays === 'enrol';
  const oneAnswer = useHeadlineSentence(result, made, cover, whoPays);
  const deadline = newbornDeadline(result, chain, birthDate, !made);
  const sooner = stale ? null : soonerToday(result, made);
  // A first enrolment starts cover; a lapse restarts reimbursement.
  const startKey = `result.soonerToday${cover === 'first' || cover === 'firstSelf' ? 'Start' : ''}${sooner?.byLatest ? 'By' : ''}` as const;
  const soonerKey = sooner?.continues && !sooner.byLatest ? 'result.soonerTodayContinues' : startKey;
  const sentence = payerLead !== null && !payerRange ? payerLead : oneAnswer;
  const statusTextKey = `result.status.${monthlyWords(statusKey(result.status, cover, payer, made && startedBy(r, result.asOf), onlyWithNextYear(r), !made && r.kind === 'date' && r.date <= result.asOf, enrolOnly), result.main.scheme)}` as const;
  // "It depends on your region" where the range's outcomes answer more: covered by its last day, unless no cover at all (a child's, and one beside who-paid answers, keep their own words).
  const byRange = cover === 'first' || payer ? null : rangeStatus(result, made);
  const answerRef = useRef<HTMLParagraphElement>(null);
  // The region chosen here; the answer is announced and focused once it is calculated for it.
  // After a reload on a region chosen here (chosenFrom), the chooser is as after a choice ('': none made
  // on this page yet, so no "answer updated" message on a fresh load).
  const [chosen, setChosen] = useState<string | null>(chosenFrom !== null ? '' : null);
  // The region of the answers when the result first showed: the chooser stays within it. After a
  // reload on a region chosen here, where the choices started is not kept (only the last one's
  // region): the chooser offers every region, as from the national rules, so it never hides one.
  const [home] = useState(chosenFrom !== null ? (chain.at(-1)?.id ?? chosenFrom) : region);
  const focusPending = useRef(false);
  const arrived = chosen !== null && chosen === region;
  useEffect(() => {
    if (arrived && focusPending.current) {
      focusPending.current = false;
      answerRef.current?.focus();
    }
  }, [arrived, result]);
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const shortGap = waitsAfterShortGap(result);
  const regionName = chain[0]?.name[lang] ?? region;
  const choose = (next: string) => {
    focusPending.current = true;
    setChosen(next);
    onChooseRegion?.(next);
  };

  return (
    <section className="headline" aria-labelledby="headline-text">
      <p id="headline-text" className="headline__sentence" data-testid="headline" tabIndex={-1} ref={answerRef}>
        {sentence}
      </p>
      {payer && !payerRange && <PayerOutcomes own={r} alternative={payer} onAnswer={onAnswerPayer} />}
      {r.kind === 'range' && <RangeOutcomes range={r} chain={chain} tense={{ asOf: result.asOf, planned: !made, madeYears, first: cover === 'firstSelf', shortGap, payer: whoPays }} />}
      {payer?.extra && <PayerExtraLines alternative={payer} chain={chain} tense={{ asOf: result.asOf, planned: !made, madeYears, first: cover === 'firstSelf', shortGap }} onAnswer={onAnswerPayer} />}
      {payer && payerRange && !payer.extra && (
        <>
          <p className="headline__payer-lead">{payerLead}</p>
          <PayerOutcomes own={r} alternative={payer} onAnswer={onAnswerPayer} />
        </>
      )}
      {r.kind === 'range' && chain.length > 1 && <p className="headline__still-range">{t('result.region.stillRange', { region: regionName })}</p>}
      {/* Also where the first day is one but regions differ on the years or days after it (海南's next year for a newborn). */}
      {onChooseRegion && (r.kind === 'range' || result.main.uncertainCover !== undefined || result.main.partlyCovered !== undefined || chosen !== null) && <RegionChooser current={region} home={home} onChoose={choose} chosen={chosen !== null} coverOnly={r.kind !== 'range'} />}
      {/* Seen as well as announced: the chooser lists only other regions once one is chosen, so this says which region the answer is for. */}
      <p role="status" className={arrived ? 'headline__region-updated' : 'visually-hidden'} data-testid="headline-announcement">
        {arrived ? t('result.region.updated', { region: regionName }) : ''}
      </p>
      <p className={`status status--${result.status}`} data-testid="status">
        {/* X1: a newborn not enrolled yet has no lapse: nothing was ever covered to lapse from. */}
        {/* A free newborn enrolment's status says "enrolled", not "paid", where the text has such a form (`_enrol`). */}
        {/* An employer's contributions not yet paid are said to be so ("contributions not paid yet", 单位尚未缴费), where the text has that form (`_employer`). */}
        {byRange ? <RangeStatusText status={byRange} chain={chain} asOf={result.asOf} /> : t(statusTextKey, { date: f.date(result.asOf), month: payer ? f.month(payer.month) : '', ...(payerTextContext(i18n, statusTextKey, whoPays) ?? {}) })}
      </p>
      {sooner && <p className="headline__sooner">{t(soonerKey, { date: f.date(sooner.date), restart: f.date(sooner.restart) })}</p>}
      {stillTaken && <p className="headline__still-taken">{t('result.stillTaken', { year: stillTaken.year, last: f.date(stillTaken.last) })}</p>}
      <dl className="facts">
        {result.main.lapseRange ? (
          // Regions count a year paid late differently: the span, not the most cautious run's count as a fact.
          <div>
            <dt>{t('result.facts.lapse')}</dt>
            <dd>
              {t(result.main.lapseRange.min === 0 ? 'result.facts.lapseYearsUpTo' : 'result.facts.lapseYearsRange', {
                count: result.main.lapseRange.max,
                min: result.main.lapseRange.min,
                max: result.main.lapseRange.max,
                years: f.list(result.main.lapseRange.years),
              })}
            </dd>
          </div>
        ) : (
          result.main.lapse &&
          'years' in result.main.lapse && (
            <div>
              <dt>{t('result.facts.lapse')}</dt>
              <dd>{t('result.facts.lapseYears', { count: result.main.lapse.years.length, years: f.list(result.main.lapse.years) })}</dd>
            </div>
          )
        )}
        {result.main.lapse && 'months' in result.main.lapse && (
          // Months the payment back-pays are paid (E1): said as back-paid, whether or not the region covers them (the facts below say that).
          <div>
            <dt>{t(backPaid ? 'result.facts.backPay' : 'result.facts.lapse')}</dt>
            <dd>
              {result.main.lapse.months.from === result.main.lapse.months.to
                ? t(backPaid ? (made ? 'result.facts.backPaidOneMonth' : 'result.facts.backPayOneMonth') : 'result.facts.lapseOneMonth', { month: f.month(result.main.lapse.months.from), ...payerContext(whoPays) })
                : t(backPaid ? (made ? 'result.facts.backPaidMonths' : 'result.facts.backPayMonths') : 'result.facts.lapseMonths', {
                    ...payerContext(whoPays),
                    count: result.main.lapse.count,
                    from: f.month(result.main.lapse.months.from),
                    to: f.month(result.main.lapse.months.to),
                  })}
              {/* Paid, and still no cover for them (武汉 from the 7th month, E3 after a long gap): said here, where the months are. */}
              {backPaid && r.kind === 'date' && !result.main.retroactive && !result.main.maybeRetroactive && `${lang === 'en' ? '. ' : '。'}${t(`result.facts.backPayNotCovered${result.main.lapse.months.from === result.main.lapse.months.to ? 'One' : ''}${made ? 'Made' : ''}`)}`}
            </dd>
          </div>
        )}
        {/* A newborn covered from birth has no wait; one its next-year premium has is that year's, told in a warning. */}
        {result.main.waiting && result.main.exemption !== 'newborn' && <WaitingFact waiting={result.main.waiting} regional={r.kind === 'range' || result.main.partlyCovered !== undefined} ifSelf={payer !== undefined} latest={r.kind === 'range' ? r.latest : undefined} />}
        {result.main.premium && <PremiumFact premium={result.main.premium} trace={result.trace} years={result.main.years} />}
        {/* R1c: a plan the packs cannot price still answers "what will it cost?": the region's notice sets it. */}
        {!result.main.premium && !made && result.main.scheme === 'resident' && !enrolOnly && <UnpricedPremiumFact chain={chain} years={result.main.years} />}
        {result.main.retroactive && (
          <div>
            <dt>{t('result.facts.retroactive')}</dt>
            <dd>{t('result.facts.span', { from: f.date(result.main.retroactive.from), to: f.date(result.main.retroactive.to) })}</dd>
          </div>
        )}
        {result.main.benefitPeriodEnd && (
          <div>
            <dt>{t('result.facts.benefitEnd')}</dt>
            {/* §8.2: years past those paid that some regions cover (X1: 海南 also covers a newborn's next year) are no firm end. */}
            {/* Under a region's own packs "in some regions" would read as other places: its rules we have leave it open. */}
            <dd>
              {result.main.uncertainCover
                ? chain.length > 1
                  ? t('result.facts.benefitEndUncertainRegion', { date: f.date(result.main.benefitPeriodEnd), latest: f.date(result.main.uncertainCover.to), region: regionName })
                  : t('result.facts.benefitEndUncertain', { date: f.date(result.main.benefitPeriodEnd), latest: f.date(result.main.uncertainCover.to) })
                : f.date(result.main.benefitPeriodEnd)}
              {/* A range read in passing as "covered to the end of 2027" would leave that year unpaid: the safe step beside it, while the year is ahead. */}
              {result.main.uncertainCover && result.asOf < result.main.uncertainCover.from && `${lang === 'en' ? '. ' : '。'}${t('result.facts.benefitEndUncertainAction', { year: Number(result.main.uncertainCover.from.slice(0, 4)) })}`}
            </dd>
          </div>
        )}
        {deadline && (
          // X1: the day a planned newborn payment must come by; the date above holds only then.
          <div>
            <dt>{t('result.facts.newbornDeadline')}</dt>
            {/* On time "everywhere" under the national rules; with a region chosen, however it counts the days. */}
            <dd>{deadline.latest ? t(chain.length > 1 ? 'result.facts.newbornDeadlineTextYourRegion' : 'result.facts.newbornDeadlineTextRegional', { date: f.date(deadline.lastDay), latest: f.date(deadline.latest) }) : t('result.facts.newbornDeadlineText', { date: f.date(deadline.lastDay) })}</dd>
          </div>
        )}
        {result.main.exemption && (
          <div>
            {/* A late newborn may still wait (武汉: from the month after enrolment): its rule says when cover starts, not why there is no wait. */}
            <dt>{t(result.main.exemption === 'newbornLate' ? 'result.facts.exemptionNewbornLate' : 'result.facts.exemption')}</dt>
            <dd>
              {result.main.exemption === 'exemptGroup' && exemptGroup
                ? t('result.exemptions.exemptGroupNamed', { group: t(`wizard.circumstances.exemptGroup.groups.${exemptGroup}` as 'wizard.circumstances.exemptGroup.groups.medicalAid') })
                : // A switch either way (X3 into the resident scheme, E2 into the employee schemes): said in the direction it went.
                  t(result.main.exemption === 'switch' && result.main.scheme !== 'resident' ? 'result.exemptions.switchToEmployee' : result.main.exemption === 'newbornLate' && enrolOnly ? 'result.exemptions.newbornLateEnrolled' : `result.exemptions.${result.main.exemption}`)}
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}
