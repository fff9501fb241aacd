// The lines under a range headline: "date — if <conditions> (regions: …)", at most four.
// Conditions of three or more clauses are a nested list under their date, one clause an item,
// so a screen reader announces how many there are and a reader can take them one at a time.
import type { Restoration, RulePack } from '../../calc';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { linesInOrder, linesNameRegions, rangeLines } from './range-lines';
import type { OutcomeLine, RangeLines } from './range-lines';
import { useRangeWording } from './range-wording';
import type { LineConditions, RangeWording, Tense } from './range-wording';

/** The lines of `range`, or `given` (some of another range's lines, paid-by-alternative.ts). */
/** `labelledBy`: ids of elements naming the list, in place of `label` (an option's title and its disclosure). */
export function RangeOutcomes({ range, chain, tense, given, label, labelledBy }: { range: Extract<Restoration, { kind: 'range' }>; chain: readonly RulePack[]; tense?: Tense | undefined; given?: RangeLines | undefined; label?: string | undefined; labelledBy?: string | undefined }) {
  const { t } = useTranslation();
  const w = useRangeWording(chain, tense);
  // A long history's range can carry thousands of condition lists: read them once per range.
  // Named "where" under the national rules, or where the lines name regions; under a region's own
  // rules with lines that name none, "in which case" (linesNameRegions).
  const { dated, others, noCover, where } = useMemo(() => {
    const lines = given ?? rangeLines(range);
    return { ...linesInOrder(lines), where: chain.length <= 1 || linesNameRegions(lines.others ? [...lines.lines, lines.others] : lines.lines, w.regions) };
  }, [range, given, chain, w]);
  const item = (line: OutcomeLine, i: number) => <OutcomeItem key={i} when={w.restoration(line.restoration)} kind={line.restoration.kind} line={line} regions={line.regions} read={line.readRegions} w={w} />;
  return (
    <ul className="headline__outcomes" aria-label={labelledBy ? undefined : (label ?? t(where ? 'result.range.listLabel' : 'result.range.listLabelRegion'))} aria-labelledby={labelledBy}>
      {dated.map(item)}
      {/* The outcomes not listed one by one, with the conditions that lead to them: never a bare "other regions". */}
      {others && <OutcomeItem when={w.othersWhen(others)} kind="others" line={others} regions={others.regions} read={others.readRegions} w={w} />}
      {noCover.map((line, i) => item(line, dated.length + 1 + i))}
    </ul>
  );
}

/** One line: its date (or other words in its place, `when`), then its conditions and the regions known for them. */
export function OutcomeItem({ when, kind, line, regions: codes, read, w }: { when: string; kind: string; line: LineConditions; regions: string[]; read: string[]; w: RangeWording }) {
  const { t } = useTranslation();
  const regions = w.regions(codes, read);
  const list = w.conditionList(line);
  return (
    <li className={`headline__outcome headline__outcome--${kind}`}>
      <strong className="headline__when">{when}</strong>
      {t('result.range.separator')}
      {list ? (
        <>
          {list.lead}
          <ul className="headline__conditions">
            {list.items.map((item, j) => (
              <li key={j}>
                {item.text}
                {item.sub && (
                  <ul className="headline__conditions">
                    {item.sub.map((alternative, k) => (
                      <li key={k}>{alternative}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : (
        w.lineConditions(line)
      )}
      {regions && <span className={list ? 'headline__regions headline__regions--block' : 'headline__regions'}>{regions}</span>}
    </li>
  );
}
