// An option with the plan's own span of dates that gives another day in the same situation says
// so, line by line: sooner (from 1 January 2027 where the plan's late 2026 payment waits until
// March) and later (1 April where the plan's wait ends in March), each with the conditions under
// which it holds (option-vs-plan.ts). The span alone read as "no change" (newcomer review 2, finding 3).
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { useOpenForPrint } from './open-for-print';
import type { Days, ShiftLine } from './option-vs-plan';
import { rangeDayWords } from './range-days';
import { OutcomeItem } from './range-outcomes';
import type { RangeWording } from './range-wording';

/**
 * The comparison of one option card: one sentence with the soonest and latest days it can give
 * against the plan, the lines behind a disclosure (four lines of conditions under every card
 * would bury the options). `titleId` names the option, so its list is told apart from the other cards'.
 */
export function OptionShifts({ shifts, w, titleId }: { shifts: { lines: ShiftLine[]; sameElsewhere: boolean }; w: RangeWording; titleId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const leadId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useOpenForPrint(ref);
  // One day is that day; two are "X or Y"; three or more "between X and Y" (range-days.ts).
  const days = (d: Days) => (d.days === 1 ? f.date(d.earliest) : rangeDayWords(t, f, d.earliest, d.latest, d.days).dates);
  const sooner = shifts.lines.filter((l) => l.direction === 'sooner').map((l) => l.option.earliest);
  const later = shifts.lines.filter((l) => l.direction === 'later').map((l) => l.option.latest);
  const soonest = sooner.length > 0 ? sooner.reduce((a, b) => (b < a ? b : a)) : null;
  const latest = later.length > 0 ? later.reduce((a, b) => (b > a ? b : a)) : null;
  const lead = soonest && latest ? 'leadBoth' : soonest ? 'leadSooner' : 'leadLater';
  return (
    <div className="option__note option__shifts" ref={ref}>
      <p id={leadId}>{t(`result.options.shifts.${lead}`, { sooner: soonest ? f.date(soonest) : '', later: latest ? f.date(latest) : '' })}</p>
      <details>
        <summary>{t('result.options.shifts.compare')}</summary>
        <ul className="headline__outcomes" aria-labelledby={`${titleId} ${leadId}`}>
          {shifts.lines.map((line, i) => (
            <OutcomeItem key={i} when={t(`result.options.shifts.${line.direction}`, { date: days(line.option), plan: days(line.plan) })} kind={line.direction} line={line} regions={line.regions} read={line.readRegions} w={w} />
          ))}
        </ul>
        {shifts.sameElsewhere && <p>{t('result.options.shifts.otherwiseSame')}</p>}
      </details>
    </div>
  );
}
