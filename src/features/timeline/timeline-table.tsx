// The text equivalent of the drawing: the same periods and markers as a table, including a
// range's earliest and latest restart (or its two dates), a year without cover, and the wait's length. It lists
// what the drawing shows, so a span drawn under another (a lapse under employee cover) is left out.
// Markers are named for the as-of date: "Payment made" or "Payment planned" (an employer's
// "Contributions paid" or "Contributions planned"), a restart that happened or is to come; a
// single date's restart is its period's start ("Covered again"), one row, and the legend names
// its diamond so too (timeline-legend.tsx).
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { waitLength } from '../result/wait-length';
import { restartPeriod, visibleSegments } from './layout';
import { markerLabelKey, markerParams, plannedPaymentDate, segmentLabel } from './timeline';
import { coverParams } from '../result/first-cover';
import type { CoverContext } from '../result/first-cover';
import type { Payer } from '../payer';
import type { Marker, Segment, TimelineLayout } from './layout';

/**
 * A Chinese date with one place to wrap, after the year ("2026年" / "11月25日"), so a narrow
 * column never splits the month from the day; other text (English dates in the long style,
 * "November 25, 2026") wraps at its spaces: kept whole up to the year, two such dates and a
 * name did not fit a 375 px phone and were cut off at the card's edge.
 * `label` is the column's name, drawn only where the rows are stacked (result.css, as generated
 * content with empty alternative text: a screen reader has the column header, and the cell's
 * text stays the date).
 */
function DateCell({ text, label }: { text: string; label?: string | undefined }) {
  const cut = text.indexOf('年');
  return (
    <td role="cell" data-label={label && text ? label : undefined}>
      {cut < 0 || cut === text.length - 1 ? (
        text
      ) : (
        <>
          {text.slice(0, cut + 1)}
          <wbr />
          {text.slice(cut + 1)}
        </>
      )}
    </td>
  );
}

export function TimelineTable({ layout, made, cover, stale = false, payer = 'self' }: { layout: TimelineLayout; made?: boolean | undefined; cover?: CoverContext; stale?: boolean; payer?: Payer }) {
  const { t } = useTranslation();
  const f = useFormat();
  const w = layout.waiting;
  const visible = visibleSegments(layout);
  const plannedFrom = plannedPaymentDate(layout, made);
  const what = (s: Segment) => {
    const label = segmentLabel(s, visible, layout.restoration, cover, payer, plannedFrom);
    const name = t(label.key, label.params);
    // The answer's own wait says its length in its unit: "3 months", "90 days".
    // Not under a range (its end null): each region's wait is its own length, and the drawn wait ends at the earliest.
    // The wait's last piece: a wait that starts while this year's cover holds is drawn from when that cover ends.
    return s.kind === 'waiting' && w && w.end !== null && s.to === w.end ? t('timeline.withLength', { what: name, length: waitLength(w, f, t) }) : name;
  };
  // A single date's marker on the first day of the cover it begins: that period's row ("Covered
  // again, June 1, 2026, ongoing") already says cover restarts (starts, or continues) then, and a
  // row "Reimbursement restarts, June 1, 2026" beside it told one fact twice. The drawing's diamond
  // stands on that period's start. A range's markers stay: the periods that start on its days
  // ("Depends on your region", "Covered, whatever your region's rules") do not say a restart may fall there.
  const toldByPeriod = (m: Marker) => restartPeriod(visible, m, layout.restoration) !== undefined;
  // By date; a birth before what starts on its day (the days before cover).
  const rows = [
    ...visible.map((s) => ({ key: `${s.kind}-${s.from}`, sort: `${s.from}1`, what: what(s), from: s.fromUnknown ? t('timeline.fromNotGiven') : f.shortDate(s.from), to: s.openEnded ? t('timeline.ongoing') : f.shortDate(s.to) })),
    ...layout.markers.filter((m) => !toldByPeriod(m)).map((m) => ({ key: m.kind, sort: `${m.date}${m.kind === 'birth' ? 0 : 1}`, what: t(markerLabelKey(m, layout.asOf, made, stale, payer), coverParams(cover, markerParams(m))), from: f.shortDate(m.date), to: '' })),
  ].sort((a, b) => (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0));
  // The roles repeat the elements' own: where the rows are stacked on a narrow screen (result.css),
  // the table's parts are displayed as blocks and grids, and some browsers then drop the table
  // from what they tell a screen reader.
  const from = t('timeline.columns.from');
  const to = t('timeline.columns.to');
  return (
    <>
    <table className="timeline__table" role="table">
      <caption>{t('timeline.tableCaption')}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">
            {t('timeline.columns.what')}
          </th>
          <th scope="col" role="columnheader">
            {from}
          </th>
          <th scope="col" role="columnheader">
            {to}
          </th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {rows.map((r) => (
          <tr key={r.key} role="row">
            <th scope="row" role="rowheader">
              {r.what}
            </th>
            {/* A period's two ends are labelled; a marker's one date needs no label under its name. */}
            <DateCell text={r.from} label={r.to ? from : undefined} />
            <DateCell text={r.to} label={to} />
          </tr>
        ))}
      </tbody>
    </table>
    {/* Only MAX_YEARS are drawn: years the result speaks of before them are said to be elsewhere, not left out unseen. */}
    {layout.earlierFrom !== null && <p className="timeline__earlier">{t('timeline.earlier', { year: Number(layout.from.slice(0, 4)), earliest: layout.earlierFrom })}</p>}
    </>
  );
}
