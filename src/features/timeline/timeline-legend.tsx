// The legend names only what the drawing shows.
import { useTranslation } from 'react-i18next';
import type { TimelineLayout } from './layout';
import { MarkerShape, markerLabelKey } from './timeline';
import { coverParams } from '../result/first-cover';
import type { CoverContext } from '../result/first-cover';

export function TimelineLegend({ layout, made, cover }: { layout: TimelineLayout; made?: boolean | undefined; cover?: CoverContext }) {
  const { t } = useTranslation();
  const kinds = [...new Set(layout.segments.map((s) => s.kind))];
  return (
    <ul className="timeline__legend" aria-hidden="true">
      {kinds.map((kind) => (
        <li key={kind}>
          <svg width="18" height="12" className="legend-swatch">
            <rect width="18" height="12" className={`seg seg--${kind} seg--swatch`} />
          </svg>
          {t(`timeline.kinds.${kind}`, coverParams(cover))}
        </li>
      ))}
      {layout.markers.map((m) => (
        <li key={m.kind}>
          <svg width="18" height="16" className="legend-swatch">
            <MarkerShape kind={m.kind} x={9} y={14} />
          </svg>
          {t(markerLabelKey(m, layout.asOf, made), coverParams(cover))}
        </li>
      ))}
    </ul>
  );
}
