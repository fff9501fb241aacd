// The legend names only what the drawing shows, each swatch filled as the drawing fills its
// kind (the lapse hatched, not solid): a swatch defines its own pattern, so it never depends on
// the drawing's. A period drawn wholly under another (a history year given as not covered under
// a newborn's cover from birth, 海南 W33) shows nothing, so it gets no entry. A single date's
// restart diamond stands on the first day of the cover it begins, and the table says that day in
// the row of that cover ("Covered again" / 医保报销恢复): the diamond is drawn in that entry, beside
// its swatch, not named apart ("Reimbursement restarts"), so the day has one name in both.
import { useTranslation } from 'react-i18next';
import { drawnSegments, restartPeriod, visibleSegments } from './layout';
import type { Marker, SegmentKind, TimelineLayout } from './layout';
import { MarkerShape, SegmentPattern, fillOf, markerLabelKey, markerParams, plannedPaymentDate, segmentLabel } from './timeline';
import { coverParams } from '../result/first-cover';
import type { CoverContext } from '../result/first-cover';
import type { Payer } from '../payer';

/** `patternId`: a prefix for the swatches' pattern ids, unique in the page. */
export function TimelineLegend({ layout, made, cover, patternId, stale = false, payer = 'self' }: { layout: TimelineLayout; made?: boolean | undefined; cover?: CoverContext; patternId: string; stale?: boolean; payer?: Payer }) {
  const { t } = useTranslation();
  // One entry per name, named as the table names it: back-paid months planned and made apart,
  // cover that continues ("Covered") apart from cover that restarts ("Covered again").
  const visible = visibleSegments(layout);
  const plannedFrom = plannedPaymentDate(layout, made);
  const nameOf = (s: (typeof visible)[number]) => {
    const label = segmentLabel(s, visible, layout.restoration, cover, payer, plannedFrom);
    return t(label.key, label.params);
  };
  const kinds = new Map<string, SegmentKind>();
  for (const s of drawnSegments(layout)) {
    const name = nameOf(s);
    if (!kinds.has(name)) kinds.set(name, s.kind);
  }
  // The restart diamond that begins a period, under that period's name (the table's row for its day).
  const withPeriod = new Map<string, Marker>();
  for (const m of layout.markers) {
    const period = restartPeriod(visible, m, layout.restoration);
    const name = period && nameOf(period);
    if (name !== undefined && kinds.has(name)) withPeriod.set(name, m);
  }
  const inPeriod = new Set(withPeriod.values());
  return (
    <ul className="timeline__legend" aria-hidden="true">
      {[...kinds].map(([name, kind], i) => {
        const id = `${patternId}-${kind}-${i}`;
        const marker = withPeriod.get(name);
        return (
          <li key={name}>
            <svg width="18" height="12" className="legend-swatch">
              <defs>
                <SegmentPattern kind={kind} id={id} />
              </defs>
              <rect width="18" height="12" className={`seg seg--${kind} seg--swatch`} fill={fillOf(kind, id)} />
            </svg>
            {marker && (
              <svg width="18" height="16" className="legend-swatch">
                <MarkerShape kind={marker.kind} x={9} y={14} />
              </svg>
            )}
            {name}
          </li>
        );
      })}
      {layout.markers.filter((m) => !inPeriod.has(m)).map((m) => (
        <li key={m.kind}>
          <svg width="18" height="16" className="legend-swatch">
            <MarkerShape kind={m.kind} x={9} y={14} />
          </svg>
          {t(markerLabelKey(m, layout.asOf, made, stale, payer), coverParams(cover, markerParams(m)))}
        </li>
      ))}
    </ul>
  );
}
