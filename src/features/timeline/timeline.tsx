// The SVG drawing of the timeline. Coordinates come from layout.ts; this file only draws.
// The viewBox follows the real width so text stays crisp and legible at 360 px.
import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { coverParams } from '../result/first-cover';
import type { CoverContext } from '../result/first-cover';
import { addDays } from '../../calc';
import type { Restoration, Result } from '../../calc';
import { useFormat } from '../../i18n/use-format';
import { isBackdated, rangeTense } from '../result/backdated';
import { noCoverYear } from '../result/range-lines';
import { rangeWords } from '../result/range-days';
import { straddleKeySuffix } from '../result/two-day-straddle';
import { payerContext } from '../payer';
import { oncePaid, payerOfResult } from '../result/payer-words';
import type { Payer } from '../payer';
import { waitLength } from '../result/wait-length';
import { coverStart, isBackPaid, layoutTimeline, WIDTH } from './layout';
import { markerLanes } from './marker-lanes';
import type { Marker, MarkerKind, Segment, SegmentKind, TimelineLayout } from './layout';
import type { Payment } from '../../calc';
import { TimelineLegend } from './timeline-legend';
import { TimelineTable } from './timeline-table';

const BAR_H = 30;
/** The bar's top with one lane of markers above it, and the drawing's height then. */
const BAR_Y_ONE_LANE = 34;
const HEIGHT_ONE_LANE = 96;
/**
 * Each further lane of markers (marker-lanes.ts) raises the bar by this much: a shape is 14 px
 * tall plus its outline (up to 2.5 px), so at 15 px a raised circle sat on the diamond below it.
 */
const LANE_H = 19;
/** The least width, in screen pixels, of a stretch between two period boundaries (layout.ts): a short gap stays visible. */
const MIN_PERIOD_PX = 28;

/**
 * The narrowest drawing, in CSS pixels: the widget's column at a 320 px screen is about 200 px, and
 * a wider drawing was cut off there (WCAG 1.4.10; accessibility audit, 6 Dec 2026).
 */
const MIN_WIDTH = 180;

function useWidth<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // Until the section comes near the screen its contents are not laid out (content-visibility,
    // result.css) and the observer stays silent: the drawing was 640 px wide on a phone, and
    // jumped to its width as it scrolled in. The frame around it is laid out: its content box is
    // the canvas's width, read without laying out what is inside (0 where nothing is laid out).
    const host = el.parentElement;
    if (host && host.clientWidth > 0) {
      const style = getComputedStyle(host);
      const inner = host.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (inner > 0) setWidth(Math.max(MIN_WIDTH, Math.round(inner)));
    }
    if (typeof ResizeObserver === 'undefined') return;
    // Round to whole pixels so sub-pixel reflows cannot start a resize loop.
    const observer = new ResizeObserver(([entry]) => entry && setWidth(Math.max(MIN_WIDTH, Math.round(entry.contentRect.width))));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

export function MarkerShape({ kind, x, y }: { kind: MarkerKind; x: number; y: number }) {
  switch (kind) {
    case 'birth':
      // A small square: the day a newborn's timeline starts from.
      return <rect x={x - 5} y={y - 11} width={10} height={10} className="marker marker--birth" />;
    case 'today':
      return <path d={`M${x - 7} ${y - 10} L${x + 7} ${y - 10} L${x} ${y} Z`} className="marker marker--today" />;
    case 'payment':
      return <circle cx={x} cy={y - 5} r={6} className="marker marker--payment" />;
    case 'windowStart':
      return <path d={`M${x + 6} ${y - 12} L${x} ${y - 12} L${x} ${y} L${x + 6} ${y}`} className="marker marker--window" />;
    case 'windowEnd':
      return <path d={`M${x - 6} ${y - 12} L${x} ${y - 12} L${x} ${y} L${x - 6} ${y}`} className="marker marker--window" />;
    case 'extensionEnd':
      // The window's closing bracket, dashed: the later end of the extended payment period.
      return <path d={`M${x - 6} ${y - 12} L${x} ${y - 12} L${x} ${y} L${x - 6} ${y}`} className="marker marker--window marker--extension" />;
    case 'restoration':
    case 'restorationEarliest':
      return <path d={`M${x} ${y - 13} L${x + 7} ${y - 6} L${x} ${y + 1} L${x - 7} ${y - 6} Z`} className={`marker marker--${kind}`} />;
    case 'restorationLatest':
      // Hollow: the latest possible restart, not a promise.
      return <path d={`M${x} ${y - 13} L${x + 7} ${y - 6} L${x} ${y + 1} L${x - 7} ${y - 6} Z`} className="marker marker--restorationLatest" />;
  }
}

/**
 * A marker's name in the tense its day calls for: a payment made or planned (as the answers
 * say, else by its date), a window that opened or closed, a restart that happened or is to come.
 * `stale`: the result is shown on a later day than its as-of date, whose marker is then not "today".
 */
/** The values a marker's name reads: the benefit year of a window marker ("Enrolment window for 2026 closes"). */
export function markerParams(m: Marker): Record<string, unknown> {
  return m.windowYear === undefined ? {} : { year: m.windowYear };
}

export function markerLabelKey(m: Marker, asOf: string, made: boolean | undefined, stale = false, payer: Payer = 'self') {
  const past = m.date <= asOf;
  switch (m.kind) {
    case 'today':
      // A result opened after the day it was worked out for (a share link): that day, not "today".
      return stale ? 'timeline.markers.asOf' : 'timeline.markers.today';
    case 'payment': {
      const paid = made ?? m.date <= asOf;
      // A free year of birth (湖北): the day the child is enrolled; nothing is paid.
      if (payer === 'enrol') return paid ? 'timeline.markers.enrolled' : 'timeline.markers.enrolPlanned';
      // The employer pays the employee scheme: its contributions, not a payment of the reader's own.
      if (payer === 'employer') return paid ? 'timeline.markers.contributionsPaid' : 'timeline.markers.contributionsPlanned';
      return paid ? 'timeline.markers.paymentMade' : 'timeline.markers.paymentPlanned';
    }
    case 'windowStart':
      return past ? 'timeline.markers.windowStartPast' : 'timeline.markers.windowStart';
    case 'windowEnd':
      return past ? 'timeline.markers.windowEndPast' : 'timeline.markers.windowEnd';
    case 'extensionEnd':
      return past ? 'timeline.markers.extensionEndPast' : 'timeline.markers.extensionEnd';
    case 'restoration':
      // A plan not yet paid has restarted nothing, even where its cover would be backdated.
      return past && made !== false ? 'timeline.markers.restorationPast' : 'timeline.markers.restoration';
    // A range of two days: "one of two possible restart dates" and "the other", not a span's ends (layout.ts ofTwo).
    case 'restorationEarliest':
      return m.ofTwo ? 'timeline.markers.restorationOneOfTwo' : 'timeline.markers.restorationEarliest';
    case 'restorationLatest':
      return m.ofTwo ? 'timeline.markers.restorationOtherOfTwo' : 'timeline.markers.restorationLatest';
    default:
      return `timeline.markers.${m.kind}` as const;
  }
}


/**
 * The drawing in one sentence: its span, the answer (a date, a range, or no cover) and the wait's
 * length; a restart already behind the as-of date in the past tense (a range once both ends are).
 */
export function useTimelineSummary(layout: TimelineLayout, made?: boolean, cover?: CoverContext, payer: Payer = 'self'): string {
  const { t: translate } = useTranslation();
  // A newborn's first enrolment starts cover, cover with no break continues (first-cover.ts): the
  // "_first" and "_continuing" texts say so, every other text is shared.
  const t = ((key: string, params?: Record<string, unknown>) => translate(key as 'timeline.summary', coverParams(cover, params))) as (key: string, params?: Record<string, unknown>) => string;
  const f = useFormat();
  // "once you pay" only where the reader pays (payer-words.ts).
  const once = oncePaid(translate, payer);
  const span = { from: f.date(layout.from), to: f.date(layout.to) };
  const r = layout.restoration;
  const asOf = layout.asOf;
  // A planned payment has restarted nothing yet: cover from before the day it is paid is
  // backdated; from that day on, it simply restarts then.
  const planned = made === false;
  let summary: string;
  switch (r.kind) {
    case 'date':
      summary = t(planned ? (isBackdated(r.date, layout.paymentDate) ? 'timeline.summaryBackdated' : 'timeline.summary') : r.date > asOf ? 'timeline.summary' : 'timeline.summarySince', { ...span, restoration: f.date(r.date), ...once });
      break;
    case 'needsNextYear':
      summary = t(!planned && r.date <= asOf ? 'timeline.summaryNeedsNextYearPast' : 'timeline.summaryNeedsNextYear', { ...span, restoration: f.date(r.date), year: r.year });
      break;
    case 'noCover':
      summary = t(planned ? 'timeline.summaryNoCover' : 'timeline.summaryNoCoverMade', { ...span, year: r.year });
      break;
    case 'range': {
      const tense = rangeTense(r, asOf, !planned);
      // Every date while earlier cover still holds: no break whatever the region (no-break.ts), said first.
      if (cover === 'continuing' && layout.noBreakUntil !== null) {
        summary = translate(tense === 'past' ? 'timeline.summaryNoBreakSince' : planned ? 'timeline.summaryNoBreakPlanned' : 'timeline.summaryNoBreak', { ...span, until: f.date(layout.noBreakUntil), latest: f.date(r.latest), ...once });
        break;
      }
      const year = noCoverYear(r);
      const past = tense === 'past';
      // Made, with the earliest day behind and the latest ahead: told as partly past, as the headline does.
      const straddles = tense === 'partly';
      // Two days are "on X or Y", three or more "between X and Y" (range-days.ts); two days, one
      // behind and one ahead, each in its own tense, as in the headline (two-day-straddle.ts).
      const ends = { ...span, ...rangeWords(translate, f, r) };
      const two = straddles ? straddleKeySuffix(r, asOf) : '';
      summary =
        year !== null
          ? t(past ? 'timeline.summaryRangeOrNoCoverSince' : straddles ? `timeline.summaryRangeOrNoCoverStraddle${two}` : 'timeline.summaryRangeOrNoCover', { ...ends, year })
          : t(past ? 'timeline.summaryRangeSince' : straddles ? `timeline.summaryRangeStraddle${two}` : 'timeline.summaryRange', ends);
    }
  }
  const w = layout.waiting;
  // Where some region no longer accepted the payment, the wait holds only where it did: its start
  // is the headline's, said with that condition, as the drawing's dotted wait (layout.ts maybeWaiting).
  const ifAccepted = w ? layout.segments.find((s) => s.kind === 'maybeWaiting' && s.from >= w.start) : undefined;
  if (w && ifAccepted) return `${summary} ${translate(plannedPaymentDate(layout, made) !== null ? 'timeline.summaryWaitIfAcceptedPlanned' : 'timeline.summaryWaitIfAccepted', { year: ifAccepted.ifAcceptedFor, start: f.date(w.start), ...payerContext(payer) })}`;
  // Under a range each region's wait has its own length (the headline's facts give the span).
  return w && w.end !== null ? `${summary} ${t('timeline.summaryWait', { length: waitLength(w, f, translate) })}` : summary;
}

type PatternName = 'hatch' | 'dots' | 'stripes' | 'paidDots' | 'coverDots' | 'waitDots';

/**
 * Lapse and no cover share the hatching; uncertain spans are dotted. Cover after the latest
 * restart that some regions still withhold this year (maybeNoCover) is dotted on the restored
 * green: told apart from "depends on your region" before it (a newcomer walk could not see
 * where one ended). Back-paid months the region does not cover are striped, those only some
 * regions cover dotted, on the same pale amber ground: paid, unlike a lapse. A wait that holds
 * only where the region still accepted the payment (maybeWaiting) is the wait's amber, dotted as
 * maybeNoCover is the restored green. Other kinds are filled by their CSS class.
 */
function patternOf(kind: SegmentKind): PatternName | null {
  if (kind === 'lapse' || kind === 'noCover') return 'hatch';
  if (kind === 'uncertain') return 'dots';
  if (kind === 'maybeNoCover') return 'coverDots';
  if (kind === 'maybeWaiting') return 'waitDots';
  if (kind === 'backPaidNotCovered') return 'stripes';
  if (kind === 'backPaidMaybe') return 'paidDots';
  return null;
}

/** The fill of a segment of `kind`, with its pattern defined under the id prefix `id` (SegmentPattern). */
export function fillOf(kind: SegmentKind, id: string): string | undefined {
  const name = patternOf(kind);
  return name ? `url(#${id}-${name})` : undefined;
}

/** The pattern `kind` is filled with, defined as `${id}-<name>`; nothing for a kind filled by its class. */
export function SegmentPattern({ kind, id }: { kind: SegmentKind; id: string }) {
  switch (patternOf(kind)) {
    case 'hatch':
      return (
        <pattern id={`${id}-hatch`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="8" height="8" className="seg--lapse-bg" />
          <line x1="0" y1="0" x2="0" y2="8" className="seg--lapse-line" />
        </pattern>
      );
    case 'dots':
      return <DotPattern id={`${id}-dots`} ground="seg--uncertain-bg" dot="seg--uncertain-dot" />;
    case 'stripes':
      return (
        <pattern id={`${id}-stripes`} width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" className="seg--backpaid-bg" />
          <line x1="0" y1="3" x2="6" y2="3" className="seg--backpaid-line" />
        </pattern>
      );
    case 'coverDots':
      return <DotPattern id={`${id}-coverDots`} ground="seg--maybe-bg" dot="seg--maybe-dot" />;
    case 'waitDots':
      return <DotPattern id={`${id}-waitDots`} ground="seg--maybe-wait-bg" dot="seg--maybe-dot" />;
    case 'paidDots':
      return <DotPattern id={`${id}-paidDots`} ground="seg--backpaid-bg" dot="seg--backpaid-dot" />;
    case null:
      return null;
  }
}

/** A dot on a ground, every 6 px: the dotted patterns differ only in their two colours (result.css). */
function DotPattern({ id, ground, dot }: { id: string; ground: string; dot: string }) {
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse">
      <rect width="6" height="6" className={ground} />
      <circle cx="3" cy="3" r="1.4" className={dot} />
    </pattern>
  );
}

/** Half a year label's width ("2026" at 13 px) and the least gap between two labels. */
const YEAR_HALF = 16;
const YEAR_GAP = 4;

/**
 * Which years are labelled: each label whole inside the drawing and clear of the one before, so
 * on a narrow phone (320 px, six years about 28 px each) every other year is named rather than
 * all of them run together and the first cut off. Every year keeps its line.
 */
export function yearLabels(centres: readonly number[], width: number): boolean[] {
  let free = 0;
  return centres.map((c) => {
    if (c - YEAR_HALF < free || c + YEAR_HALF > width) return false;
    free = c + YEAR_HALF + YEAR_GAP;
    return true;
  });
}

/** Every kind drawn with a pattern, one of each pattern: what the drawing defines. */
const PATTERNED: readonly SegmentKind[] = ['lapse', 'uncertain', 'maybeNoCover', 'maybeWaiting', 'backPaidNotCovered', 'backPaidMaybe'];

/** A segment's name: back-paid months a planned payment is still to back-pay are told so. */
export function kindLabelKey(kind: SegmentKind, planned: boolean | undefined) {
  return isBackPaid(kind) && planned ? (`timeline.kinds.${kind}Planned` as const) : (`timeline.kinds.${kind}` as const);
}

/**
 * A segment's name and its i18n options, the same in the table and the legend. A payment's cover
 * is "Covered" (享受医保待遇) where it continues cover in force and "Covered again" (医保报销恢复)
 * where it restarts after a lapse or a wait (layout.ts coverStart); on the answer's own day the
 * headline's words decide (a newborn's cover starts, cover with no break continues). `visible`:
 * the layout's visibleSegments. `payer`: who makes the payment (payer-words.ts). `plannedFrom`:
 * the day of the payment the result is about where it is still planned (plannedPaymentDate), else null.
 */
export function segmentLabel(s: Segment, visible: readonly Segment[], restoration: Restoration, cover: CoverContext, payer: Payer = 'self', plannedFrom: string | null = null) {
  // A wait only where the region still accepted (or accepts) the payment for its year: named with
  // the condition the headline's outcomes use, in the tense of that payment (its wait starts on its day).
  if (s.kind === 'maybeWaiting') {
    const planned = plannedFrom !== null && s.from >= plannedFrom;
    return { key: planned ? ('timeline.kinds.maybeWaitingPlanned' as const) : ('timeline.kinds.maybeWaiting' as const), params: { year: s.ifAcceptedFor, ...payerContext(payer) } };
  }
  const key = kindLabelKey(s.kind, s.planned);
  // Months still to be back-paid with an employer's contributions: "with the contributions", not
  // "with this payment" as if the reader made it (`_employer`). Back-paid months have no cover context.
  if (isBackPaid(s.kind) && s.planned && payer === 'employer') return { key, params: payerContext(payer) };
  // Months without cover in a year that still counts as covered: not "a lapse", which the
  // explanation says that year is not (a keyboard walk, 6 Dec 2026).
  if (s.notLapseYear) return { key, params: { context: 'notLapseYear' } };
  // Right after "depends on your region" (a range's days): from here every region covers. "Covered
  // again" alone read as the answer's one date (a newcomer's walk), where it is the latest of them.
  if (s.kind === 'restored' && visible.some((p) => p.kind === 'uncertain' && p.to === addDays(s.from, -1))) return { key, params: { context: 'everywhere' } };
  const start = coverStart(visible, s, restoration);
  if (start === 'continues') return { key, params: coverParams('continuing') };
  if (start === 'restarts') return { key, params: {} };
  return { key, params: coverParams(cover) };
}

/**
 * The day of the payment the result is about where it is still to be made, else null. `made`: as
 * the answers say; where they do not, told by its date (as its marker is named).
 */
export function plannedPaymentDate(layout: TimelineLayout, made: boolean | undefined): string | null {
  return (made ?? layout.paymentDate <= layout.asOf) ? null : layout.paymentDate;
}

/**
 * `made`: whether the payment the result is about has been made (from the answers); else told by
 * its date. `cover`: how cover begins (first-cover.ts): starts, continues, or restarts.
 * `born`: a newborn's date of birth, from which the drawing starts (layout.ts).
 * `payments`: the scenario's, for the months they back-pay (layout.ts backPaidSpans).
 * `whoPays`: who makes the payment (payer-words.ts, payerOfResult; from the result where not given).
 */
export function Timeline({ result, made, cover, born, payments, stale = false, whoPays = payerOfResult(result) }: { result: Result; made?: boolean; cover?: CoverContext; born?: string | undefined; payments?: readonly Payment[]; stale?: boolean; whoPays?: Payer }) {
  const { t } = useTranslation();
  const id = useId();
  const [ref, width] = useWidth<HTMLDivElement>(640);
  const layout = useMemo(() => layoutTimeline(result, (MIN_PERIOD_PX / width) * WIDTH, born ?? null, payments ?? []), [result, width, born, payments]);
  const scale = width / WIDTH;
  const summary = useTimelineSummary(layout, made, cover, whoPays);
  const lanes = markerLanes(layout.markers.map((m) => m.x * scale));
  const extra = Math.max(0, ...lanes) * LANE_H;
  const barY = BAR_Y_ONE_LANE + extra;
  const height = HEIGHT_ONE_LANE + extra;
  const markerY = (i: number) => barY - 4 - (lanes[i] as number) * LANE_H;
  const labelled = yearLabels(layout.years.map((y) => (y.x + y.width / 2) * scale), width);

  return (
    <figure className="timeline" aria-labelledby={`${id}-caption`}>
      {/* A heading too, so heading navigation reaches the timeline as it does every section beside it. */}
      <figcaption id={`${id}-caption`} className="timeline__caption">
        <h2 className="timeline__heading">{t('timeline.title')}</h2>
      </figcaption>
      <div ref={ref} className="timeline__canvas">
        <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary} focusable="false">
          <defs>
            {PATTERNED.map((kind) => (
              <SegmentPattern key={kind} kind={kind} id={id} />
            ))}
          </defs>
          {layout.years.map((y, i) => (
            <g key={y.year}>
              <line x1={y.x * scale} x2={y.x * scale} y1={barY - 16} y2={barY + BAR_H + 6} className="timeline__year-line" />
              {labelled[i] && (
                <text x={(y.x + y.width / 2) * scale} y={barY + BAR_H + 22} textAnchor="middle" className="timeline__year">
                  {y.year}
                </text>
              )}
            </g>
          ))}
          {layout.segments.map((s, i) => (
            <rect
              key={`${s.kind}-${s.from}-${i}`}
              x={s.x * scale}
              y={s.kind === 'retroactive' ? barY + 8 : barY}
              width={Math.max(s.width * scale, 2)}
              height={s.kind === 'retroactive' ? BAR_H - 16 : BAR_H}
              className={`seg seg--${s.kind}`}
              fill={fillOf(s.kind, id)}
            />
          ))}
          {/* Every stem before any shape: a raised marker's stem passes behind the markers below it, never across them. */}
          {layout.markers.map((m, i) => (
            <line key={m.kind} x1={m.x * scale} x2={m.x * scale} y1={markerY(i)} y2={barY + BAR_H + 4} className={`marker-line marker-line--${m.kind}`} />
          ))}
          {layout.markers.map((m, i) => (
            <MarkerShape key={m.kind} kind={m.kind} x={m.x * scale} y={markerY(i)} />
          ))}
        </svg>
      </div>
      {/* Who pays names the payment's marker and the months still to be back-paid, in the legend and the table alike: a newborn's free year "Child enrolled", an employer's "Contributions planned". */}
      <TimelineLegend layout={layout} made={made} cover={cover} patternId={`${id}-legend`} stale={stale} payer={whoPays} />
      <TimelineTable layout={layout} made={made} cover={cover} stale={stale} payer={whoPays} />
    </figure>
  );
}
