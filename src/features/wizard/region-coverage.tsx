// The one line under the region picker saying, in plain words, how far the chosen region's rules
// settle the dates, read from its pack once it has loaded (the later steps use the same cached download).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scheme } from '../../calc';
import { COVERAGE_LINE_CLASS, COVERAGE_LOADING_ATTRIBUTE, REGION_NAME_SLOT } from '../../first-paint/first-screen-dom';
import { useRulePackChain } from '../../rules/rule-pack-chain';
import { coverageLevel, packCoverage } from './pack-coverage';

export interface RegionCoverageProps {
  packId: string;
  /** The region's name in the page's language. */
  name: string;
  scheme: Scheme;
  /** The wizard's benefit year today, for a region that has announced no window yet. */
  currentYear: number;
  /**
   * The region is the national baseline (no parent in the pack index): its line is known
   * without its pack, so the prerendered first screen shows it as the app does (no status
   * waiting for a download, and no line that changes height when the app takes over).
   */
  baseline: boolean;
}

/** "湖南省的规定我们已收录大部分；…": a live line, so a change of region is read out once its rules arrive. */
export function RegionCoverage({ packId, name, scheme, currentYear, baseline }: RegionCoverageProps) {
  const { t } = useTranslation();
  const state = useRulePackChain(packId);
  const chain = state.status === 'success' ? state.chain : null;
  const coverage = useMemo(() => (chain ? packCoverage(chain, scheme, currentYear) : null), [chain, scheme, currentYear]);

  let text: string;
  if (state.status === 'error') text = t('wizard.where.coverage.failed', { name });
  else if (baseline || coverage?.baseline) text = t('wizard.where.coverage.baseline', { name });
  else if (!coverage) text = t('wizard.where.coverage.loading', { name });
  // In plain words, how far the region's documents settle the dates (which rules are left open,
  // the result names where they matter): a newcomer has answered nothing yet.
  else text = t(`wizard.where.coverage.${coverageLevel(coverage)}`, { name });
  // Polite: read out after the radio that changed it has been announced, never over it. The
  // loading text goes along as an attribute: the static page (prerendered from this) says it
  // for a region chosen there before the app, so the app's first words are the same.
  return (
    <p className={`wz-hint ${COVERAGE_LINE_CLASS}`} aria-live="polite" data-testid="region-coverage" {...{ [COVERAGE_LOADING_ATTRIBUTE]: t('wizard.where.coverage.loading', { name: REGION_NAME_SLOT }) }}>
      {text}
    </p>
  );
}
