// "Choose your region to see if it gives one date": under a range, the person picks their region and the
// answer is recalculated in place. The region's rules are fetched first, so the answer
// changes only once they have arrived, and a failure leaves the current answer standing.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toSupportedLanguage } from '../../i18n/languages';
import { usePackIndex } from '../../rules/pack-index';
import { groupRegions } from '../wizard/region-groups';
import { rulePackChainQueryOptions } from '../../rules/rule-pack-chain';

export interface RegionChooserProps {
  /** The region the answer is for now. */
  current: string;
  /** Sets the region in the answers; the result then recalculates. */
  onChoose: (region: string) => void;
  /** Shown after a choice: the answer stays for that region until changed again. */
  chosen: boolean;
  /** The region chosen before the result (in the answers): where it is a region's own rules, only the regions within it are offered. */
  home?: string;
  /** The first day is one date everywhere; what the region decides is how long the cover lasts (海南 covers a newborn's next year too). */
  coverOnly?: boolean;
}

export function RegionChooser({ current, onChoose, chosen, home = current, coverOnly = false }: RegionChooserProps) {
  const { t, i18n } = useTranslation();
  const language = toSupportedLanguage(i18n.resolvedLanguage);
  const index = usePackIndex();
  const queryClient = useQueryClient();
  const id = useId();
  const [value, setValue] = useState('');
  const [state, setState] = useState<'idle' | 'loading' | 'failed' | 'missing'>('idle');
  const selectRef = useRef<HTMLSelectElement>(null);
  // Submitted with no region: focus goes to the list, once it is described by the error, so the
  // error is heard with it (WCAG 3.3.1) instead of appearing unannounced beside the button.
  const [missingAsked, setMissingAsked] = useState(0);
  useEffect(() => {
    if (missingAsked > 0) selectRef.current?.focus();
  }, [missingAsked]);
  // Only packs that can narrow the answer: not the national baseline, not the region already shown.
  // As the region step lists them: by province in pinyin (or English) order, cities under it
  // (grouped with every pack, so a city keeps its province's name when the province is the one shown).
  const packList = index.data?.packs;
  // A person who chose their own region in the answers is offered only the regions within it (a
  // province's cities, and the province again after one was chosen here): another province's
  // rules are not theirs to pick.
  const homePack = packList?.find((p) => p.id === home);
  const within = homePack !== undefined && homePack.parent !== null;
  const groups = useMemo(
    () =>
      groupRegions(
        (packList ?? []).filter((p) => p.parent !== null && (!within || p.id === home || p.parent === home)),
        language,
      )
        .provinces.map((g) => ({ ...g, province: g.province?.id === current ? null : g.province, cities: g.cities.filter((c) => c.id !== current) }))
        .filter((g) => g.province !== null || g.cities.length > 0),
    [packList, language, current, within, home],
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (state === 'loading') return;
    if (!value) {
      setState('missing');
      setMissingAsked((n) => n + 1);
      return;
    }
    setState('loading');
    try {
      await queryClient.fetchQuery(rulePackChainQueryOptions(index.data, value));
    } catch {
      setState('failed');
      return;
    }
    setState('idle');
    setValue('');
    onChoose(value);
  };

  // From the national rules, once a region was chosen here: the way back to every region's dates
  // (the answer the person came with), as 湖北省 itself is offered again after one of its cities.
  const baseline = !within && chosen ? packList?.find((p) => p.parent === null && p.id !== current) : undefined;

  // Within a region that has no smaller region with rules of its own, there is nothing to choose.
  if (within && groups.length === 0) return null;
  if (index.isError && !index.data) {
    return <p className="region-chooser__unavailable">{t('result.region.unavailable')}</p>;
  }
  // Within a region chosen in the answers, before a choice here, only its cities are listed: named so.
  const cities = within && !chosen;
  const selectId = `${id}-region`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <form className="region-chooser no-print" aria-labelledby={`${id}-title`} onSubmit={(e) => void submit(e)} noValidate>
      {/* The page's first section heading (h2 under the result's h1): an h3 here skipped a level. */}
      <h2 id={`${id}-title`} className="region-chooser__title">
        {/* Within a region already chosen, its cities may settle more, not always one date (their rules may leave it open too). */}
        {t(chosen ? 'result.region.titleAgain' : cities ? 'result.region.titleWithin' : coverOnly ? 'result.region.titleCover' : 'result.region.title')}
      </h2>
      <p id={hintId} className="hint">
        {/* Once a region gave one date there are no dates above to ask about: only another region to compare. */}
        {/* With one date, there are no dates above to choose among: the region decides how long the cover lasts. */}
        {t(chosen ? 'result.region.hintAgain' : `result.region.${cities ? 'hintWithin' : 'hint'}${coverOnly ? 'Cover' : ''}` as const)}
      </p>
      {state === 'missing' && (
        <p id={errorId} className="region-chooser__error">
          {t(cities ? 'result.region.missingWithin' : 'result.region.missing')}
        </p>
      )}
      <div className="region-chooser__row">
        <label htmlFor={selectId} className="region-chooser__label">
          {t(cities ? 'result.region.labelWithin' : 'result.region.label')}
        </label>
        <select
          ref={selectRef}
          id={selectId}
          className="region-chooser__select"
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            if (state === 'missing' || state === 'failed') setState('idle');
          }}
          aria-describedby={[hintId, state === 'missing' ? errorId : ''].filter(Boolean).join(' ')}
          aria-invalid={state === 'missing' ? true : undefined}
          disabled={!index.data}
        >
          <option value="">{t(cities ? 'result.region.placeholderWithin' : 'result.region.placeholder')}</option>
          {baseline && <option value={baseline.id}>{t('result.region.baseline', { name: baseline.name[language] })}</option>}
          {groups.map((g) =>
            // A province without cities is one option, not a group of one (its name read twice).
            g.cities.length === 0 ? (
              g.province && (
                <option key={g.key} value={g.province.id}>
                  {g.province.name[language]}
                </option>
              )
            ) : (
              <optgroup key={g.key} label={g.name[language]}>
                {g.province && (
                  <option value={g.province.id}>
                    {/* The province's own rules cover its places without a pack of their own: named as the region step names them. */}
                    {t('wizard.where.provinceRest', { name: g.province.name[language] })}
                  </option>
                )}
                {g.cities.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name[language]}
                  </option>
                ))}
              </optgroup>
            ),
          )}
        </select>
        <button type="submit" className="button" aria-disabled={state === 'loading' || undefined}>
          {t('result.region.submit')}
        </button>
      </div>
      <p role="status" className="region-chooser__status">
        {state === 'loading' ? t('result.region.loading') : state === 'failed' ? t('result.region.failed') : ''}
      </p>
    </form>
  );
}
