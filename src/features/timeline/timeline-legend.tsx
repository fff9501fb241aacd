// The legend names only what the drawing shows.
import { useTranslation } from 'react-i18next';
import type { TimelineLayout } from './layout';
import { firstCoverParams, MarkerShape, markerLabelKey } from './timeline';

export function TimelineLegend({ layout, made, firstCover = false }: { layout: TimelineLayout; made?: boolean | undefined; firstCover?: boolean }) {
  const { t } = useTranslation();
  const kinds = [...new Set(layout.segments.map((s) => s.kind))];
  return (
    <ul className="timeline__legend" aria-hidden="true">
      {kinds.map((kind) => (
        <li key={kind}>
          <svg width="18" height="12" className="legend-swatch">
            <rect width="18" height="12" className={`seg seg--${kind} seg--swatch`} />
          </svg>
          {t(`timeline.kinds.${kind}`, firstCoverParams(firstCover))}
        </li>
      ))}
      {layout.markers.map((m) => (
        <li key={m.kind}>
          <svg width="18" height="16" className="legend-swatch">
            <MarkerShape kind={m.kind} x={9} y={14} />
          </svg>
          {t(markerLabelKey(m, layout.asOf, made), firstCoverParams(firstCover))}
        </li>
      ))}
    </ul>
  );
}
