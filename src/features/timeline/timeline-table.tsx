// The text equivalent of the drawing: the same periods and markers as a table, including a
// range's earliest and latest restart, a year without cover, and the wait's length. It lists
// what the drawing shows, so a span drawn under another (a lapse under employee cover) is left out.
// Markers are named for the as-of date: "Payment made" or "Payment planned", a restart that
// happened or is to come.
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { waitLength } from '../result/wait-length';
import { visibleSegments } from './layout';
import { markerLabelKey, segmentLabel } from './timeline';
import { coverParams } from '../result/first-cover';
import type { CoverContext } from '../result/first-cover';
import type { Segment, TimelineLayout } from './layout';

/**
 * A Chinese date with one place to wrap, after the year ("2026年" / "11月25日"), so a narrow
 * column never splits the month from the day; other text (English dates in the long style,
 * "November 25, 2026") wraps at its spaces: kept whole up to the year, two such dates and a
 * name did not fit a 375 px phone and were cut off at the card's edge.
 */
function DateCell({ text }: { text: string }) {
  const cut = text.indexOf('年');
  if (cut < 0 || cut === text.length - 1) return <td>{text}</td>;
  return (
    <td>
      {text.slice(0, cut + 1)}
      <wbr />
      {text.slice(cut + 1)}
    </td>
  );
}

export function TimelineTable({ layout, made, cover, stale = false }: { layout: TimelineLayout; made?: boolean | undefined; cover?: CoverContext; stale?: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const w = layout.waiting;
  const visible = visibleSegments(layout);
  const what = (s: Segment) => {
    const label = segmentLabel(s, visible, layout.restoration, cover);
    const name = t(label.key, label.params);
    // The answer's own wait says its length in its unit: "3 months", "90 days".
    // Not under a range (its end null): each region's wait is its own length, and the drawn wait ends at the earliest.
    return s.kind === 'waiting' && w && w.end !== null && s.from === w.start ? t('timeline.withLength', { what: name, length: waitLength(w, f, t) }) : name;
  };
  // By date; a birth before what starts on its day (the days before cover).
  const rows = [
    ...visible.map((s) => ({ key: `${s.kind}-${s.from}`, sort: `${s.from}1`, what: what(s), from: f.shortDate(s.from), to: s.openEnded ? t('timeline.ongoing') : f.shortDate(s.to) })),
    ...layout.markers.map((m) => ({ key: m.kind, sort: `${m.date}${m.kind === 'birth' ? 0 : 1}`, what: t(markerLabelKey(m, layout.asOf, made, stale), coverParams(cover)), from: f.shortDate(m.date), to: '' })),
  ].sort((a, b) => (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0));
  return (
    <table className="timeline__table">
      <caption>{t('timeline.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('timeline.columns.what')}</th>
          <th scope="col">{t('timeline.columns.from')}</th>
          <th scope="col">{t('timeline.columns.to')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.what}</th>
            <DateCell text={r.from} />
            <DateCell text={r.to} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
