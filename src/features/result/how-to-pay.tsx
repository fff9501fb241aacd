// "How to pay": where to pay, the next enrolment window (resident scheme; its start only where the
// region states it), and, where the payment's cover ends this year and next year is not paid yet,
// what keeps cover going (R2: no wait for a year paid in its window after a covered one), or,
// where that cover ended before this year, that paying again is the way back (R3).
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Result, ResultWindow, RulePack, Scenario } from '../../calc';
import { enrolmentWindow, enrolmentWindowEnds, extensionCoverStart, gapMonths, lastInWindowDay, yearOf } from '../../calc';
import type { Formatters } from '../../i18n/use-format';
import { useFormat } from '../../i18n/use-format';
import { isFirstEmployeeEnrolment } from './first-cover';
import { markChinese } from './mark-chinese';
import { payerOfResult } from './payer-words';
import { nextRegionalWindowClose } from './window-close';

/**
 * The next benefit year to pay for to stay covered: the year after the as-of year, where the
 * resident payment's cover surely runs to the end of the as-of year, or the as-of year itself,
 * where that cover ended on 31 December before and some region may still take this year's payment
 * in its window (北京 on 10 January: its window runs to 28 February); and nothing paid or expected
 * covers that year. Null otherwise (no cover this year, a range that may give none, a payment
 * reaching further, the employee schemes).
 */
export function yearToKeepCover(result: Result, scenario: Scenario, chain: readonly RulePack[]): number | null {
  const main = result.main;
  if (main.scheme !== 'resident') return null;
  const r = main.restoration;
  if (!(r.kind === 'date' || (r.kind === 'range' && !r.noCoverPossible))) return null;
  const thisYear = yearOf(result.asOf);
  let next: number;
  if (main.benefitPeriodEnd === `${thisYear}-12-31`) next = thisYear + 1;
  else if (main.benefitPeriodEnd === `${thisYear - 1}-12-31` && result.asOf <= (lastInWindowDay(chain, thisYear) ?? '')) next = thisYear;
  else return null;
  return coversAnyYear(scenario, (y) => y === next) ? null : next;
}

/** Whether a resident payment of `scenario` or a history answer other than "not covered" covers a year `which` picks. */
function coversAnyYear(scenario: Scenario, which: (year: number) => boolean): boolean {
  return scenario.payments.some((p) => p.scheme === 'resident' && p.years.some(which)) || scenario.history.years.some((row) => which(row.year) && row.cover !== 'none');
}

/**
 * The last day of cover where it ended before the as-of year, nothing paid or expected covers a
 * later year, and no region still takes a payment for this year in its window or extended period
 * (then paying now may keep cover going without a wait, R2/R1a): the person's cover has lapsed
 * since (R10), and the page has no next step for them otherwise (its options vary only the payment
 * already made). Null otherwise: for the employee schemes (monthly cover), for employee months
 * after that cover (I2), and for a range in which some regions give no cover at all.
 */
export function lapsedSince(result: Result, scenario: Scenario, chain: readonly RulePack[]): string | null {
  const main = result.main;
  const end = main.benefitPeriodEnd;
  if (main.scheme !== 'resident' || end === null) return null;
  if (main.restoration.kind === 'range' && main.restoration.noCoverPossible) return null;
  if (scenario.payments.some((p) => p.scheme !== 'resident')) return null;
  const thisYear = yearOf(result.asOf);
  if (end >= `${thisYear}-01-01`) return null;
  // Covered into this year in some regions (海南's next year for a newborn): no lapse to state as fact.
  if (main.uncertainCover && main.uncertainCover.to >= `${thisYear}-01-01`) return null;
  if (scenario.history.employeePeriods.some((p) => p.to > end.slice(0, 7))) return null;
  if (coversAnyYear(scenario, (y) => y >= thisYear)) return null;
  // Unknown packs for this year: no claim either way.
  const last = lastInWindowDay(chain, thisYear);
  return last !== null && result.asOf > last ? end : null;
}

/**
 * Where this payment's cover ended last year and this year's premium, not paid yet, can still be
 * paid without a waiting period under the region's pinned window or extended payment period (北京
 * or 江西 in January): the year and the last day for that, for a pointer beside the status line.
 * (Late payments are often taken after it, with a wait: R1b.) Null otherwise, and under dates that
 * differ between regions.
 */
export function stillTakenThisYear(result: Result, scenario: Scenario, chain: readonly RulePack[]): { year: number; last: string } | null {
  const keep = yearToKeepCover(result, scenario, chain);
  if (keep === null || keep !== yearOf(result.asOf)) return null;
  const kw = keepWindow(chain, keep, result.asOf);
  if (kw.kind !== 'end' && kw.kind !== 'extension') return null;
  // The last day a payment has no waiting period: the extended period's end where it has none (R1a), else the window's.
  if (kw.kind === 'extension' && kw.extendedWait) return null;
  return { year: keep, last: kw.extendedEnd && !kw.extendedWait ? kw.extendedEnd : kw.end };
}

/** What the keep-cover sentence can say of next year's window: its end, or why it has none. */
type KeepWindow =
  | { kind: 'end'; end: string; extendedEnd: string | null; extendedWait: boolean }
  /** The window has closed, but its extended payment period has not (R1a): paying now still counts for the year. */
  | { kind: 'extension'; end: string; extendedEnd: string; extendedWait: boolean }
  | { kind: 'regional' }
  | { kind: 'notAnnounced' }
  | { kind: 'closed' };

function keepWindow(chain: readonly RulePack[], year: number, asOf: string): KeepWindow {
  const w = enrolmentWindow(chain, year);
  if (!w) {
    // A window end the packs pin while its extension is left to the region (北京 2026, to 28 February):
    // paying by that end keeps cover going whatever the extension, so the day is given.
    const ends = enrolmentWindowEnds(chain, year);
    const end = ends?.announced && ends.ends.length === 1 ? ends.ends[0] : undefined;
    if (end) return asOf <= end ? { kind: 'end', end, extendedEnd: null, extendedWait: false } : { kind: 'closed' };
    // The national rules alone: each region sets its own dates. A region's pack without the year: not announced yet.
    return chain.length === 1 ? { kind: 'regional' } : { kind: 'notAnnounced' };
  }
  const extendedWait = extensionCoverStart(chain, year) === 'fixedWait';
  if (asOf <= w.end) return { kind: 'end', end: w.end, extendedEnd: w.extendedEnd, extendedWait };
  // In the extended payment period (江西 to 28 February) a payment still counts for the year, with
  // the period's own cover start (R1a); past it, a payment is late (R1b) and there is nothing to promise.
  // The period runs from 1 January (window.ts): between a window that ends before 31 December and then, neither.
  return w.extendedEnd && asOf >= `${year}-01-01` && asOf <= w.extendedEnd ? { kind: 'extension', end: w.end, extendedEnd: w.extendedEnd, extendedWait } : { kind: 'closed' };
}

/**
 * The next window's dates. Its start only where the region's own rules state it: elsewhere it is
 * the typical day (R1), which the region may not use, so the sentence gives the end and sends the
 * reader to the region's notice for the opening.
 */
function nextWindowText(w: ResultWindow, t: TFunction, f: Formatters): string {
  const end = f.date(w.end);
  if (!w.startStated) {
    return w.extendedEnd ? t('result.how.nextWindowExtendedNoStart', { year: w.year, end, extendedEnd: f.date(w.extendedEnd) }) : t('result.how.nextWindowNoStart', { year: w.year, end });
  }
  const start = f.date(w.start);
  return w.extendedEnd ? t('result.how.nextWindowExtended', { year: w.year, start, end, extendedEnd: f.date(w.extendedEnd) }) : t('result.how.nextWindow', { year: w.year, start, end });
}

/**
 * What the employer-paid scheme's reader is told: to ask when contributions start (planned); once
 * they have, whether missed months can still be back-paid, unless they were or none were missed
 * (E1), or this is a first job.
 */
function employerKey(scenario: Scenario, result: Result): 'result.how.employer' | 'result.how.employerMade' | 'result.how.employerMadeNoGap' | 'result.how.employerMadeFirst' {
  const last = scenario.payments.at(-1);
  if (last?.status !== 'made') return 'result.how.employer';
  // A first job: contributions have started, not "started again".
  if (isFirstEmployeeEnrolment(scenario)) return 'result.how.employerMadeFirst';
  const backPaid = last.scheme !== 'resident' && last.backPay;
  return backPaid || gapMonths(result.main) === 0 ? 'result.how.employerMadeNoGap' : 'result.how.employerMade';
}

export function HowToPay({ result, scenario, chain }: { result: Result; scenario: Scenario; chain: readonly RulePack[] }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const resident = result.main.scheme === 'resident';
  // The enrolment window is the resident scheme's: an employee-scheme payer pays monthly.
  const w = resident ? result.nextWindow : null;
  const keep = yearToKeepCover(result, scenario, chain);
  const kw = keep === null ? null : keepWindow(chain, keep, result.asOf);
  // Where some regions' rules cover a later year too (X1: 海南 covers a newborn's next year), the end
  // is said with that year's, as in the headline's facts: "ended on 31 Dec 2025" alone is a firm date those regions contradict.
  const uncertainEnd = result.main.uncertainCover && result.main.benefitPeriodEnd && result.main.uncertainCover.to > result.main.benefitPeriodEnd ? result.main.uncertainCover.to : null;
  // Under a region's own packs, not "in some regions" (that reads as other places): its rules we have leave it open.
  const regionName = chain[0]?.name[i18n.language === 'en' ? 'en' : 'zh-CN'] ?? scenario.region;
  // In January, for this year, the payment's cover has already ended: said in the past tense. Not
  // where some regions' rules run it to a later day still ahead: then it "ends" on a day already
  // passed, or on that later one (海南's newborn, seen in January).
  const yearEnded = keep !== null && keep === yearOf(result.asOf);
  const runsOn = yearEnded && uncertainEnd !== null && uncertainEnd >= result.asOf;
  const ended = yearEnded && !runsOn;
  const passed = runsOn ? 'Passed' : '';
  const uncertainText = (date: string, latest: string) =>
    chain.length > 1 ? t(`result.how.endUncertainRegion${passed}`, { date: f.date(date), latest: f.date(latest), region: regionName }) : t(`result.how.endUncertain${passed}`, { date: f.date(date), latest: f.date(latest) });
  const end = result.main.benefitPeriodEnd ? (uncertainEnd ? uncertainText(result.main.benefitPeriodEnd, uncertainEnd) : f.date(result.main.benefitPeriodEnd)) : '';
  // The years this payment covers: where the advice is to enter the next payment in its place, the
  // history must then say these were covered, or the run would count them as a lapse.
  const covered = f.list(result.main.coveredYears.map((c) => c.year));
  let keepText: string | null = null;
  // Under the national rules the next window may close within days in some regions (the calendar
  // reminds of that day): said here too, as the earliest possible end, never as the reader's date.
  const regionalClose = resident && !w ? nextRegionalWindowClose(chain, result.asOf) : null;
  const lapsedEnd = lapsedSince(result, scenario, chain);
  // A newborn's free year of birth (湖北) is enrolled, not paid: "your child's cover from this
  // enrolment", not "this payment's cover" (`_enrol`, an i18next context), in every sentence
  // below that names the payment, including the lapse one a year on.
  const enrol = payerOfResult(result) === 'enrol' ? { context: 'enrol' } : {};
  const key = <K extends 'keepCover' | 'keepCoverExtended' | 'keepCoverExtendedWait' | 'keepCoverRegional' | 'keepCoverNotAnnounced'>(k: K) => `result.how.${k}${ended ? 'Ended' : ''}` as const;
  if (keep !== null && kw !== null && end) {
    // Where payments are still taken after the window (江西: to 28 Feb, covered from the next day),
    // the window's end is not "the end of the enrolment period" but the last day for cover from 1 January.
    // 甘肃's extended period covers only after a wait (R1a): a payment then is not just a later start.
    // The extended period's own cover start (R1a): the payment day (福建, 河北, 青海) or the day after (江西).
    const starts = extensionCoverStart(chain, keep);
    const coverStart = t(`result.how.extensionCoverStart.${starts === 'paymentDate' || starts === 'nextDay' ? starts : 'unknown'}`);
    if (kw.kind === 'end') keepText = kw.extendedEnd ? t(key(kw.extendedWait ? 'keepCoverExtendedWait' : 'keepCoverExtended'), { end, next: keep, windowEnd: f.date(kw.end), extendedEnd: f.date(kw.extendedEnd), coverStart, ...enrol }) : t(key('keepCover'), { end, next: keep, windowEnd: f.date(kw.end), ...enrol });
    // The extended period runs within the year itself, so that cover has always ended by then.
    else if (kw.kind === 'extension') keepText = t(kw.extendedWait ? 'result.how.keepCoverInExtensionWaitEnded' : 'result.how.keepCoverInExtensionEnded', { end, next: keep, covered, windowEnd: f.date(kw.end), extendedEnd: f.date(kw.extendedEnd), coverStart, ...enrol });
    else if (kw.kind === 'regional') keepText = t(key('keepCoverRegional'), { end, next: keep, ...enrol });
    else if (kw.kind === 'notAnnounced') keepText = t(key('keepCoverNotAnnounced'), { end, next: keep, ...enrol });
  }
  return (
    <section className="how" aria-labelledby="how-title">
      <h2 id="how-title">{t('result.how.title')}</h2>
      {keepText && <p className="how__keep">{keepText}</p>}
      {lapsedEnd && <p className="how__keep">{t('result.how.lapsedSince', { end: f.date(lapsedEnd), covered, ...enrol })}</p>}
      {/* The employer pays the employee scheme: where to pay is not the person's question, and between jobs there are other ways to be insured. */}
      {result.main.scheme === 'employee' ? (
        <p className="how__keep">{t(employerKey(scenario, result))}</p>
      ) : (
        <ul>
          <li>{markChinese(t('result.how.app'), i18n.language)}</li>
          {/* A newborn has no ID card of its own: it is enrolled with its birth certificate (郑州's notice, P-HA1: 「凭出生医学证明参保的新生儿」). */}
          <li>{markChinese(t(scenario.circumstances.birthDate ? 'result.how.officeNewborn' : 'result.how.office'), i18n.language)}</li>
          <li>{markChinese(t('result.how.online'), i18n.language)}</li>
        </ul>
      )}
      {w ? (
        // Said once: where the keep-cover sentence already gave this window's end (and any extension) and the
        // window has opened, its dates are not repeated; before it opens, or with no start known, its start still helps.
        !(keepText && w.year === keep && w.startStated && result.asOf >= w.start) && <p>{nextWindowText(w, t, f)}</p>
      ) : (
        // Window dates are set by each region and year: where the rules used do not pin them, say so
        // (once: the keep-cover sentence may have said it already, or given the day to pay by). With a
        // region chosen the dates do not "differ between regions": that region's are not in the rules yet.
        resident &&
        result.regional.length > 0 &&
        (kw === null || kw.kind === 'closed') && <p>{regionalClose ? t(regionalClose.passed ? 'result.how.nextWindowClosesPassed' : 'result.how.nextWindowClosesSoon', { year: regionalClose.year, earliest: f.date(regionalClose.earliest), latest: f.date(regionalClose.latest) }) : t(chain.length > 1 ? 'result.how.nextWindowNotKnown' : 'result.how.nextWindowRegional')}</p>
      )}
    </section>
  );
}
