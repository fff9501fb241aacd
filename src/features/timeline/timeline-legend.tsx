// The legend names only what the drawing shows, each swatch filled as the drawing fills its
// kind (the lapse hatched, not solid): a swatch defines its own pattern, so it never depends on
// the drawing's. A period drawn wholly under another (a history year given as not covered under
// a newborn's cover from birth, 海南 W33) shows nothing, so it gets no entry.
import { useTranslation } from 'react-i18next';
import { drawnSegments } from './layout';
import type { SegmentKind, TimelineLayout } from './layout';
import { MarkerShape, SegmentPattern, fillOf, kindLabelKey, markerLabelKey } from './timeline';
import { coverParams } from '../result/first-cover';
import type { CoverContext } from '../result/first-cover';

/** `patternId`: a prefix for the swatches' pattern ids, unique in the page. */
export function TimelineLegend({ layout, made, cover, patternId, stale = false }: { layout: TimelineLayout; made?: boolean | undefined; cover?: CoverContext; patternId: string; stale?: boolean }) {
  const { t } = useTranslation();
  // One entry per name: back-paid months planned and made are named apart.
  const kinds = new Map<ReturnType<typeof kindLabelKey>, SegmentKind>();
  for (const s of drawnSegments(layout)) {
    const key = kindLabelKey(s.kind, s.planned);
    if (!kinds.has(key)) kinds.set(key, s.kind);
  }
  return (
    <ul className="timeline__legend" aria-hidden="true">
      {[...kinds].map(([key, kind]) => {
        const id = `${patternId}-${kind}`;
        return (
          <li key={key}>
            <svg width="18" height="12" className="legend-swatch">
              <defs>
                <SegmentPattern kind={kind} id={id} />
              </defs>
              <rect width="18" height="12" className={`seg seg--${kind} seg--swatch`} fill={fillOf(kind, id)} />
            </svg>
            {t(key, coverParams(cover))}
          </li>
        );
      })}
      {layout.markers.map((m) => (
        <li key={m.kind}>
          <svg width="18" height="16" className="legend-swatch">
            <MarkerShape kind={m.kind} x={9} y={14} />
          </svg>
          {t(markerLabelKey(m, layout.asOf, made, stale), coverParams(cover))}
        </li>
      ))}
    </ul>
  );
}
