// The status line where a payment made has a range and every dated outcome has begun (or the
// earliest has): covered, since the range's last day at the latest, and the no-cover outcome's own
// conditions and regions as the exception (R1b), in the words of the headline's lines.
import { useTranslation } from 'react-i18next';
import type { RulePack } from '../../calc';
import { useFormat } from '../../i18n/use-format';
import type { RangeStatus } from './range-status';
import { useRangeWording } from './range-wording';

/** The status sentence for `status` (range-status.ts) on `asOf`, a payment made. */
export function RangeStatusText({ status, chain, asOf }: { status: RangeStatus; chain: readonly RulePack[]; asOf: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const w = useRangeWording(chain, { asOf, planned: false });
  const head = t(status.started === 'all' ? 'result.status.coveredByLatest' : 'result.status.coveredIfStarted', { date: f.date(asOf), latest: f.date(status.latest) });
  const line = status.noCover;
  if (!line || status.noCoverYear === null) return <>{head}</>;
  // Conditions too many to say in one clause ("depends on these rules"): the line above says them.
  const unless = line.dependsOn
    ? t('result.status.noCoverSome', { year: status.noCoverYear })
    : t('result.status.noCoverIf', { conditions: w.lineConditions(line), regions: w.regions(line.regions, line.readRegions), year: status.noCoverYear });
  return <>{t('result.status.withNoCover', { status: head, unless })}</>;
}
