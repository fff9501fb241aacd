// The result: headline, timeline, warnings, why, options, how to pay, actions, rules used.
import { useEffect, useMemo, useRef } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { calculate } from '../../calc';
import type { Note, RulePack, Scenario, Source } from '../../calc';
import { Timeline } from '../timeline/timeline';
import { BonusSection } from './bonus-section';
import { Headline } from './headline';
import { HowToPay } from './how-to-pay';
import { NotesList } from './notes-list';
import { OptionsList } from './options-list';
import { PackInfo } from './pack-info';
import { ResultActions } from './result-actions';
import { errorKey } from './result-keys';
import { WarningsList } from './warnings-list';
import { WhyTrace } from './why-trace';
import './result.css';

export interface ResultScreenProps {
  scenario: Scenario;
  chain: readonly RulePack[];
  onStartAgain: () => void;
  onEdit: () => void;
  /** Move focus to the title, as after a step change, so screen readers start here. */
  focusOnMount?: boolean;
  /** The answers behind the result, shown read-only (and printed). */
  answers?: ReactNode;
  /** Changes the region in the answers (the result then recalculates); offered under a range. */
  onChooseRegion?: (region: string) => void;
}

const NEAR_HEADLINE = new Set<Note['affects']>(['restoration', 'wait', 'lapse', 'status']);

export function ResultScreen({ scenario, chain, onStartAgain, onEdit, focusOnMount = false, answers, onChooseRegion }: ResultScreenProps) {
  const { t, i18n } = useTranslation();
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) titleRef.current?.focus();
  }, [focusOnMount]);
  const outcome = useMemo(() => calculate(scenario, chain), [scenario, chain]);
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const lookup = useMemo(() => {
    const all = new Map<string, Source>();
    for (const p of [...chain].reverse()) for (const s of p.sources) all.set(s.id, s);
    return (id: string) => all.get(id);
  }, [chain]);
  const packName = (id: string) => chain.find((p) => p.id === id)?.name[lang] ?? id;

  if (!outcome.ok) {
    return (
      <section className="result result--error" aria-labelledby="result-title">
        <h1 id="result-title" tabIndex={-1} ref={titleRef}>
          {t('result.invalidTitle')}
        </h1>
        <ul role="alert">
          {outcome.errors.map((e, i) => (
            <li key={i}>{t(errorKey(e.key), { from: chain[0]?.benefitYears.from, to: chain[0]?.benefitYears.to })}</li>
          ))}
        </ul>
        <button type="button" className="button" onClick={onEdit}>
          {t('result.editAnswers')}
        </button>
      </section>
    );
  }
  const result = outcome.result;
  const near = result.notes.filter((n) => NEAR_HEADLINE.has(n.affects));
  const cover = result.notes.filter((n) => n.affects === 'cover');
  const bonusNotes = result.notes.filter((n) => n.affects === 'bonus');

  return (
    <article className="result" aria-labelledby="result-title">
      <h1 id="result-title" tabIndex={-1} className="result__title" ref={titleRef}>
        {t('result.title')}
      </h1>
      <Headline result={result} chain={chain} region={scenario.region} {...(onChooseRegion ? { onChooseRegion } : {})} />
      <WarningsList warnings={result.warnings} />
      <NotesList notes={near} title={t('result.notesTitle')} />
      <Timeline result={result} />
      <NotesList notes={cover} title={t('result.coverNotesTitle')} />
      <section className="what" aria-labelledby="what-title">
        <h2 id="what-title">{t('result.options.title')}</h2>
        <OptionsList options={result.options} />
      </section>
      <HowToPay result={result} />
      {result.bonus && <BonusSection bonus={result.bonus} />}
      {result.bonus && <NotesList notes={bonusNotes} title={t('result.bonusNotesTitle')} />}
      {answers && (
        <section className="answers" aria-labelledby="answers-title">
          <h2 id="answers-title">{t('result.answersTitle')}</h2>
          {answers}
        </section>
      )}
      <WhyTrace steps={result.trace} lookup={lookup} packName={packName} regional={result.regional.length > 0} />
      <PackInfo chain={chain} />
      <div className="no-print">
        <button type="button" className="button button--secondary" onClick={onEdit}>
          {t('result.editAnswers')}
        </button>
      </div>
      <ResultActions result={result} scenario={scenario} chain={chain} onStartAgain={onStartAgain} />
    </article>
  );
}
