// The one line under the region picker saying what the chosen region's rules settle, read
// from its pack once it has loaded (the later steps use the same cached download).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scheme } from '../../calc';
import { COVERAGE_LINE_CLASS, COVERAGE_LOADING_ATTRIBUTE, REGION_NAME_SLOT } from '../../first-paint/first-screen-dom';
import { useFormat } from '../../i18n/use-format';
import { useRulePackChain } from '../../rules/rule-pack-chain';
import { KEY_RULES, mayBeRange, packCoverage } from './pack-coverage';

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

/** "北京市：已知2026年度集中参保期；…": a live line, so a change of region is read out once its rules arrive. */
export function RegionCoverage({ packId, name, scheme, currentYear, baseline }: RegionCoverageProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const state = useRulePackChain(packId);
  const chain = state.status === 'success' ? state.chain : null;
  const coverage = useMemo(() => (chain ? packCoverage(chain, scheme, currentYear) : null), [chain, scheme, currentYear]);

  let text: string;
  if (state.status === 'error') text = t('wizard.where.coverage.failed', { name });
  else if (baseline || coverage?.baseline) text = t('wizard.where.coverage.baseline', { name });
  else if (!coverage) text = t('wizard.where.coverage.loading', { name });
  else {
    const open = coverage.openRules.length;
    // An employee-scheme or flexible payer's rules all left open: said once, not listed.
    const noneStated = scheme !== 'resident' && open === KEY_RULES[scheme].length;
    // The enrolment window and the wait unit are the resident scheme's: an employee-scheme or
    // flexible payer is told only about the rules for their own scheme.
    const facts =
      scheme === 'resident'
        ? [
            coverage.windowYears.length > 0
              ? t('wizard.where.coverage.windows', { count: coverage.windowYears.length, years: f.names(coverage.windowYears.map(String)) })
              : t('wizard.where.coverage.noWindows'),
            t(coverage.waitUnit === 'days' ? 'wizard.where.coverage.waitDays' : coverage.waitUnit === 'months' ? 'wizard.where.coverage.waitMonths' : 'wizard.where.coverage.waitOpen'),
          ]
        : [t(open === 0 ? 'wizard.where.coverage.employeeStated' : noneStated ? 'wizard.where.coverage.employeeNone' : 'wizard.where.coverage.employeeSome')];
    const line = `${name}${t('pack.separator')}${facts.join(t('wizard.where.coverage.join'))}${mayBeRange(coverage) ? t('wizard.where.coverage.range') : ''}`;
    // The rules left open, by name ("1 other rule not set out" left the person guessing which), in
    // a sentence of their own: their names hold "and" (及), so they are set apart by semicolons.
    // Not where the employee line already says none is set out.
    text = open > 0 && !noneStated ? t('wizard.where.coverage.withOpen', { line, open: t('wizard.where.coverage.open', { rules: coverage.openRules.map((key) => t(`regional.params.${key}` as 'regional.params.resident.extension')).join(t('wizard.where.coverage.join')) }) }) : line;
  }
  // Polite: read out after the radio that changed it has been announced, never over it. The
  // loading text goes along as an attribute: the static page (prerendered from this) says it
  // for a region chosen there before the app, so the app's first words are the same.
  return (
    <p className={`wz-hint ${COVERAGE_LINE_CLASS}`} aria-live="polite" data-testid="region-coverage" {...{ [COVERAGE_LOADING_ATTRIBUTE]: t('wizard.where.coverage.loading', { name: REGION_NAME_SLOT }) }}>
      {text}
    </p>
  );
}
