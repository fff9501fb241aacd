// The result: headline, timeline, warnings, why, options, how to pay, actions, rules used.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { calculate } from '../../calc';
import { usePageTitle } from '../wizard/page-title';
import type { Note, Result, RulePack, Scenario } from '../../calc';
import { Timeline } from '../timeline/timeline';
import { AsOfNotice } from './as-of-notice';
import { BonusSection } from './bonus-section';
import { chainSources } from './chain-sources';
import { coverContext } from './first-cover';
import { Headline } from './headline';
import { HowToPay, stillTakenThisYear } from './how-to-pay';
import { NotesList } from './notes-list';
import { OptionsList } from './options-list';
import { OtherNotes } from './other-notes';
import { otherSchemeAnswer } from './other-scheme';
import { OtherSchemeCard, SchemeSwitchNotice } from './other-scheme-card';
import type { SchemeSwitchNoticeProps } from './other-scheme-card';
import { splitNotes } from './split-notes';
import { payerAlternative } from './paid-by-alternative';
import { payerOfResult } from './payer-words';
import { planCostOf } from './plan-cost';
import { PackInfo } from './pack-info';
import { PrintShareLink } from './print-share-link';
import { PrintSources } from './print-sources';
import { ResultActions } from './result-actions';
import { errorKey } from './result-keys';
import { shareUrl } from './share-link';
import { planCoveredFrom } from './sooner-today';
import { WarningsList } from './warnings-list';
import { WhyTrace } from './why-trace';
import './result.css';

export interface ResultScreenProps {
  scenario: Scenario;
  chain: readonly RulePack[];
  onStartAgain: () => void;
  onEdit: () => void;
  /** Move focus to the title, as after a step change, so screen readers start here. */
  focusOnMount?: boolean;
  /** The answers behind the result, shown read-only (and printed). */
  answers?: ReactNode;
  /** Opens the question of who paid (E3a), where the date depends on it; default: onEdit. */
  onAnswerPayer?: () => void;
  /** Changes the region in the answers (the result then recalculates); offered under a range. */
  onChooseRegion?: (region: string) => void;
  /** The region the answers' region was chosen from on this result (Headline), where it was. */
  regionChosenFrom?: string | null;
  /**
   * The local day today. Where the answers are for an earlier day (a shared link opened
   * later), the result says so and offers to work them out again for today.
   */
  today?: string;
  /**
   * "Work it out again for today", done by the caller (the app keeps the earlier day with the
   * answers, and drops it here so a reload stays on today): it then passes today's scenario, and
   * `recomputed` while the confirmation is to be shown. Without it, the screen works the same
   * answers out for today itself, for as long as it shows them.
   */
  recompute?: RecomputeByCaller;
  /**
   * Changes the answers to the other scheme's payment shown on the result (other-scheme.ts); the
   * caller keeps the person's own answers and passes `schemeSwitch` while the change can be undone.
   */
  onTryScheme?: (scenario: Scenario) => void;
  /** The answers were changed to the other scheme from this result: says so, with the way back. */
  schemeSwitch?: SchemeSwitchNoticeProps | null;
}

export interface RecomputeByCaller {
  recomputed: boolean;
  onRecompute: () => void;
}

const NEAR_HEADLINE = new Set<Note['affects']>(['restoration', 'wait', 'lapse', 'status', 'cost']);

/**
 * The warnings the headline does not already give: a payment for a year no longer taken (R1b)
 * is the headline itself ("这笔已缴的费用在2026年度享受不到医保待遇：…"), so not said again.
 */
function beyondHeadline(result: Result): Result['warnings'] {
  const r = result.main.restoration;
  if (r.kind !== 'noCover') return result.warnings;
  return result.warnings.filter((w) => !(w.id === 'lateEnrolmentClosed' && !w.someRegions && w.params.year === r.year && w.params.nextYear === undefined));
}

/**
 * Whether the warnings beside the answer name every benefit year whose window the result reads
 * and the rules do not have (windowNotKnown: each payment's first year): the first year of each
 * option's payment too, where it is past the latest window the rules have.
 */
function windowNoteSaid(result: Result): boolean {
  const warned = result.warnings.filter((w) => w.id === 'windowNotKnown');
  if (warned.length === 0) return false;
  const years = warned.map((w) => w.params.year);
  const last = warned[0]?.params.lastYear;
  return result.options.every((o) => {
    if (o.years.length === 0) return true;
    const first = Math.min(...o.years);
    return (typeof last === 'number' && first <= last) || years.includes(first);
  });
}

export function ResultScreen({ scenario: given, chain, onStartAgain, onEdit, onAnswerPayer, focusOnMount = false, answers, onChooseRegion, regionChosenFrom = null, today, recompute, onTryScheme, schemeSwitch = null }: ResultScreenProps) {
  const { t, i18n } = useTranslation();
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) titleRef.current?.focus();
  }, [focusOnMount]);
  // "Work it out again for today": the same answers with today as asOf, until the answers change
  // (unless the caller does it: `recompute`).
  const [recomputed, setRecomputed] = useState<{ from: Scenario; asOf: string } | null>(null);
  const ownDay = !recompute && recomputed !== null && recomputed.from === given ? recomputed.asOf : null;
  const again = recompute ? recompute.recomputed : ownDay !== null;
  const scenario = useMemo(() => (ownDay !== null ? { ...given, asOf: ownDay } : given), [ownDay, given]);
  const outcome = useMemo(() => calculate(scenario, chain), [scenario, chain]);
  // The button just pressed is gone once the answer is for today (and where the answers no longer
  // hold today, a planned day now past, the whole page is another): focus goes to the page's
  // heading, not to the document's body, so keyboard and screen reader users start from the new answer.
  useEffect(() => {
    if (again) titleRef.current?.focus();
  }, [again]);
  usePageTitle(t(outcome.ok ? 'result.title' : 'result.invalidTitle'), !outcome.ok);
  // Who paid the cover before a flexible worker's gap, left blank: the answer if an employer did, where it differs.
  const payer = useMemo(() => (outcome.ok ? payerAlternative(scenario, chain, outcome.result.main.restoration) : null), [outcome, scenario, chain]);
  // The other scheme's answer for a planned payment after employee-scheme cover (flexible worker or resident scheme).
  const other = useMemo(() => (outcome.ok ? otherSchemeAnswer(scenario, chain) : null), [outcome, scenario, chain]);
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  // Only the documents of this chain's regions and the national texts (never another city's).
  const lookup = useMemo(() => {
    const all = chainSources(chain);
    return (id: string) => all.get(id);
  }, [chain]);
  const packName = (id: string) => chain.find((p) => p.id === id)?.name[lang] ?? id;
  // The same link on screen (share, QR code) and on paper; to the full calculator's page, also from the
  // widget (its own page, embed.html?parentOrigin=…, opened on its own shows a bare frame that talks to no one).
  const link = shareUrl(scenario, new URL(import.meta.env.BASE_URL, window.location.href).href);

  if (!outcome.ok) {
    return (
      <section className="result result--error" aria-labelledby="result-title">
        <h1 id="result-title" tabIndex={-1} ref={titleRef}>
          {t('result.invalidTitle')}
        </h1>
        {/* The alert on a wrapper: a role on the list itself would take away its list semantics (its items then belong to no list). */}
        <div role="alert">
          <ul>
            {outcome.errors.map((e, i) => (
              // A month message's example as the link holds months (no field to type in here).
              <li key={i}>{t(errorKey(e.key), { from: chain[0]?.benefitYears.from, to: chain[0]?.benefitYears.to, monthExample: '2026-08' })}</li>
            ))}
          </ul>
        </div>
        <button type="button" className="button" onClick={onEdit}>
          {t('result.editAnswers')}
        </button>
      </section>
    );
  }
  const result = outcome.result;
  // Advice about the payment the answer is about reads differently once the money has arrived.
  const made = scenario.payments.some((p) => p.date === result.main.paymentDate && p.status === 'made');
  const madeYears = scenario.payments.flatMap((p) => (p.scheme === 'resident' && p.status === 'made' ? p.years : []));
  const coverWords = coverContext(scenario, result);
  // The employee-scheme payment the answer is about back-pays the gap: those months are paid, not a lapse.
  const mainPayment = scenario.payments[result.main.paymentIndex];
  const backPaid = mainPayment !== undefined && mainPayment.scheme !== 'resident' && mainPayment.backPay;
  // Who makes the payment, told once for every part of the result (payer-words.ts): the reader, an
  // employer ("once the contributions are paid"), or nobody: a newborn's free year of birth (湖北),
  // for which the wizard asked the day of enrolment, and the result says "enrolled", not "paid".
  const whoPays = payerOfResult(result);
  const enrolOnly = whoPays === 'enrol';
  // The back-pay option's own answer, for the hint on back-paying the gap (E1).
  const backPayOption = result.options.find((o) => o.kind === 'backPay');
  // A window the rules do not have yet is said beside the answer (warning windowNotKnown, with its
  // year and the windows allowed for): the note saying so again under "Please note" is left out,
  // unless an option pays for a later year with no window in the rules either (the warning names the
  // payments' first years only, R1).
  const windowWarned = windowNoteSaid(result);
  // The last day to pay that the warnings give (E1-E3, E3a), for the options' "no other way".
  const payBy = result.warnings.find((w) => w.id === 'payBy')?.params.lastDay;
  const near = result.notes.filter((n) => NEAR_HEADLINE.has(n.affects) && !(windowWarned && n.id === 'R1.windowNotAnnounced'));
  // Beside the answer only the notes that can change it (the calculator marks the others,
  // Note.changesNothing); those go after the timeline, closed. The note that the region's rules are
  // silent (fallback) first: it says what every other date rests on.
  const { top: nearTop, other: nearOther } = splitNotes(near);
  // A baby's first enrolment (the resident scheme) has no personal account to ask about (R11).
  const cover = result.notes.filter((n) => n.affects === 'cover' && !(coverWords === 'first' && n.id === 'R11.personalAccount'));
  // The notes on cover speak of "the lapse and the wait"; where the answer shows no lapse (a
  // newborn enrolled after its newborn period, who never had cover to lose), of the wait alone.
  const noLapse = !result.periods.some((p) => p.kind === 'lapse') && !result.enrolments.some((e) => e.lapse !== null || e.lapseRange);
  const coverNotesContext = noLapse ? 'wait' : undefined;
  const bonusNotes = result.notes.filter((n) => n.affects === 'bonus');

  return (
    <article className="result" aria-labelledby="result-title">
      <h1 id="result-title" tabIndex={-1} className="result__title" ref={titleRef}>
        {t('result.title')}
      </h1>
      {schemeSwitch && (
        <SchemeSwitchNotice
          {...schemeSwitch}
          onUndo={() => {
            schemeSwitch.onUndo();
            // The notice and its button go: the reader starts again from the answer, their own.
            titleRef.current?.focus();
          }}
        />
      )}
      {today && <AsOfNotice asOf={scenario.asOf} today={today} recomputed={again} made={made} onRecompute={() => (recompute ? recompute.onRecompute() : setRecomputed({ from: given, asOf: today }))} />}
      <Headline
        result={result}
        stale={today !== undefined && today !== result.asOf}
        chain={chain}
        region={scenario.region}
        made={made}
        madeYears={madeYears}
        cover={coverWords}
        backPaid={backPaid}
        exemptGroup={scenario.circumstances.exemptGroup?.group}
        payer={payer ?? undefined}
        onAnswerPayer={onAnswerPayer ?? onEdit}
        stillTaken={stillTakenThisYear(result, scenario, chain)}
        birthDate={scenario.circumstances.birthDate}
        whoPays={whoPays}
        {...(onChooseRegion ? { onChooseRegion, chosenFrom: regionChosenFrom } : {})}
      />
      <PrintShareLink link={link} />
      <WarningsList warnings={beyondHeadline(result)} made={made} madeYears={madeYears} cover={coverWords} enrolOnly={enrolOnly} payer={whoPays} {...(backPayOption ? { backPay: { option: backPayOption, paymentDate: result.main.paymentDate } } : {})} />
      {/* A free enrolment's notes say "the year your child is enrolled for", not "the year paid for", where they have such a form (`_enrol`). */}
      <NotesList notes={nearTop} title={t('result.notesTitle')} context={enrolOnly ? 'enrol' : undefined} region={chain.length > 1} />
      <Timeline result={result} made={made} cover={coverWords} born={scenario.circumstances.birthDate} payments={scenario.payments} stale={today !== undefined && today !== result.asOf} whoPays={whoPays} />
      <NotesList notes={cover} title={t('result.coverNotesTitle', coverNotesContext ? { context: coverNotesContext } : {})} context={coverNotesContext} />
      <OtherNotes notes={nearOther} context={enrolOnly ? 'enrol' : undefined} region={chain.length > 1} />
      <section className="what" aria-labelledby="what-title">
        <h2 id="what-title">{t('result.options.title')}</h2>
        <OptionsList options={result.options} asOf={result.asOf} made={made} plan={result.main.restoration} planDate={result.main.paymentDate} planCost={planCostOf(scenario, result.main.restoration)} cover={coverWords} stale={today !== undefined && today !== result.asOf} chain={chain} madeYears={madeYears} planCoveredFrom={planCoveredFrom(result.main)} planGapCover={result.main.scheme === 'resident' ? 'switch' : 'backPay'} payer={whoPays} {...(typeof payBy === 'string' ? { payBy } : {})} />
      </section>
      {other && <OtherSchemeCard answer={other} {...(onTryScheme ? { onTry: onTryScheme } : {})} />}
      <HowToPay result={result} scenario={scenario} chain={chain} />
      {result.bonus && <BonusSection bonus={result.bonus} />}
      {result.bonus && <NotesList notes={bonusNotes} title={t('result.bonusNotesTitle')} level={3} />}
      {answers && (
        <section className="answers" aria-labelledby="answers-title">
          <h2 id="answers-title">{t('result.answersTitle')}</h2>
          {answers}
        </section>
      )}
      <WhyTrace steps={result.trace} lookup={lookup} packName={packName} regional={result.regional.length > 0} range={result.main.restoration.kind === 'range'} cover={coverWords} payer={whoPays} />
      <PrintSources steps={result.trace} lookup={lookup} />
      <PackInfo chain={chain} />
      <div className="no-print">
        <button type="button" className="button button--secondary" onClick={onEdit}>
          {t('result.editAnswers')}
        </button>
      </div>
      <ResultActions result={result} scenario={scenario} chain={chain} link={link} payer={payer} onStartAgain={onStartAgain} today={today} />
    </article>
  );
}
