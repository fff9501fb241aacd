// The regions as one radio group: the national baseline first, then each province with its
// cities under it (a fieldset of their own, whose legend a screen reader names on entering),
// with a search box that narrows the list by Chinese, English or pinyin. Native radios sharing
// one name: Tab reaches the chosen one, the arrow keys move through all of them.
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupportedLanguage } from '../../i18n/languages';
import { useFormat } from '../../i18n/use-format';
import type { PackIndexEntry } from '../../rules/pack-index';
import { markChinese } from '../result/mark-chinese';
import { groupRegions } from './region-groups';
import { searchRegions } from './region-cities';
import type { CityFound } from './region-cities';
import { cityParts, unlistedProvince } from './region-search';

export interface RegionPickerProps {
  /** The id of the first radio: where the error summary's link lands. */
  id: string;
  name: string;
  packs: readonly PackIndexEntry[];
  language: SupportedLanguage;
  value: string;
  onChange: (id: string) => void;
  onBlur: () => void;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * The search box and the grouped radios; the step's fieldset around them holds the label, hint and error.
 * Memoised: the step draws itself again as its form state changes (Continue marks it submitting,
 * then submitted, as the wizard moves on), and the list of every region is most of its work.
 * Its props are stable between those draws (react-hook-form keeps the field's handlers).
 */
export const RegionPicker = memo(function RegionPicker({ id, name, packs, language, value, onChange, onBlur, inputRef }: RegionPickerProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const [query, setQuery] = useState('');
  const listRef = useRef<HTMLDivElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  // On a phone the regions scroll in a box of their own (wizard.css): coming back to this step, the
  // region chosen before is brought into the box's view, not left out of sight further down it.
  // Only on arrival: a choice made here is already in view, and the list must not move under it.
  useEffect(() => {
    const box = boxRef.current;
    const chosen = box?.querySelector<HTMLElement>(':checked');
    if (box && chosen) box.scrollTop = chosen.offsetTop - box.clientHeight / 2;
  }, []);
  // The region the search chose by itself (one match), and the choice it replaced: a search typed
  // on that finds other regions but not it gives the choice back, so correcting "江西" to "江苏"
  // does not go on with 江西 unseen. A region the person chose themselves is never undone.
  const searchChose = useRef<{ id: string; before: string } | null>(null);
  // The choice given back by a change of the search, said with its matches (WCAG 4.1.3) by that
  // change only (`said`), and shown beside the list while the choice stands: typed on to no match
  // ("wuhan" to "yantai"), "your current choice is kept" must not hide that the search's went.
  const [givenBack, setGivenBack] = useState<{ id: string; before: string; said?: boolean } | null>(null);
  const groups = useMemo(() => groupRegions(packs, language), [packs, language]);
  const nameOf = (regionId: string) => packs.find((p) => p.id === regionId)?.name[language] ?? '';
  const givenBackText = givenBack && givenBack.before === value && nameOf(givenBack.before) ? t('wizard.where.choiceGivenBack', { name: nameOf(givenBack.id), before: nameOf(givenBack.before) }) : null;
  const filterId = `${id}-filter`;
  const listId = `${id}-list`;
  const trimmed = query.trim();
  const search = searchRegions(query, packs);
  const { matches } = search;
  const isMatch = (p: PackIndexEntry) => matches.includes(p);
  const matching = matches.length;
  // Typing down to one match chooses it (below): said with the match, so the change is not silent (WCAG 3.2.2).
  const chosenMatch = trimmed && matching === 1 && matches[0]?.id === value ? matches[0] : null;
  // The chosen region stays in view whatever the search, so the choice is never hidden.
  const shown = (p: PackIndexEntry) => p.id === value || isMatch(p);

  // The national baseline is always listed: it is the choice for a place whose rules are not here,
  // and a search for such a place (郑州) should not hide it.
  const baselines = groups.baselines;
  // A search that finds only cities of a province with no rules of its own ("henan" → 许昌): said
  // beside the list, so someone elsewhere in that province keeps the national baseline.
  const citiesOnly = trimmed && matching > 0 && search.cities.length === 0 && !matches.some(search.names) ? groups.provinces.find((g) => g.province === null && matches.every((p) => g.cities.includes(p))) : undefined;
  const baselineName = groups.baselines[0]?.name[language] ?? '';
  // A search for a province with no rules here at all (上海): said so, not just "no match".
  const unlisted = trimmed && matching === 0 ? unlistedProvince(trimmed, packs) : null;
  // A city with no pack of its own (泉州): whose rules apply there, or that none here do (杭州).
  const cityLine = (c: CityFound) => {
    const names = { city: c.city[language], province: c.province[language], baseline: baselineName };
    if (c.pack) return t('wizard.where.cityProvinceRules', names);
    if (c.cityPacks.length > 0) return t('wizard.where.cityOtherCities', { ...names, count: c.cityPacks.length, cities: f.list(c.cityPacks.map((p) => cityParts(p)?.city[language] ?? p.name[language])) });
    return t('wizard.where.cityNotCovered', names);
  };
  const citiesText = search.cities.length > 0 ? search.cities.map(cityLine).join(language === 'en' ? ' ' : '') : null;
  const noMatchText = citiesText ?? (unlisted ? t('wizard.where.notCovered', { name: unlisted[language], baseline: baselineName }) : t('wizard.where.noMatch', { query: trimmed, baseline: baselineName }));
  const citiesOnlyText = citiesOnly
    ? t('wizard.where.provinceCitiesOnly', {
        count: citiesOnly.cities.length,
        province: citiesOnly.name[language],
        cities: f.list(citiesOnly.cities.map((c) => cityParts(c)?.city[language] ?? c.name[language])),
        baseline: baselineName,
      })
    : null;
  const provinces = groups.provinces
    .map((group) => ({ group, members: [...(group.province ? [group.province] : []), ...group.cities].filter(shown) }))
    .filter(({ members }) => members.length > 0);
  const firstId = (baselines[0] ?? provinces[0]?.members[0])?.id;

  // `rest`: a province's own rules listed above its cities, which have rules of their own: it is
  // for the rest of the province, and named so ("Rest of Fujian Province"), as the result's region
  // chooser names it: one name for one choice.
  const radio = (p: PackIndexEntry, rest = false) => {
    const isFirst = p.id === firstId;
    const radioId = isFirst ? id : `${id}-${p.id}`;
    return (
      <div className="wz-choice" key={p.id}>
        <input
          ref={isFirst ? inputRef : undefined}
          type="radio"
          id={radioId}
          name={name}
          value={p.id}
          checked={p.id === value}
          onChange={() => onChange(p.id)}
          // A click on the region the search chose makes it the person's own (a checked radio sends no change).
          onClick={() => {
            searchChose.current = null;
          }}
          onBlur={onBlur}
          data-match={trimmed && isMatch(p) ? '' : undefined}
        />
        <label htmlFor={radioId}>{rest ? t('wizard.where.provinceRest', { name: p.name[language] }) : p.name[language]}</label>
      </div>
    );
  };

  return (
    <>
      <div className="wz-region__filter">
        <label htmlFor={filterId} className="wz-label wz-label--small">
          {t('wizard.where.filterLabel')}
        </label>
        <p id={`${filterId}-hint`} className="wz-hint">
          {/* Its example "北京" read in a Chinese voice on the English page (WCAG 3.1.2). */}
          {markChinese(t('wizard.where.filterHint'), language)}
        </p>
        <input
          id={filterId}
          type="search"
          className="wz-input"
          value={query}
          autoComplete="off"
          spellCheck={false}
          aria-controls={listId}
          aria-describedby={`${filterId}-hint`}
          onKeyDown={(event) => {
            // Enter in the search sends the step only where it chose the one match. With several
            // (云南 and 昆明) or none, it would go on with the region chosen before, unseen: Enter
            // goes to the first match instead, for the arrow keys to choose among them.
            // Nothing typed: the choice shown is the one that goes on. An Enter that confirms a
            // Chinese input method's text (Safari sends it as Enter) is the typing's, not a press.
            if (event.key !== 'Enter' || !trimmed || chosenMatch || event.nativeEvent.isComposing || event.keyCode === 229) return;
            event.preventDefault();
            listRef.current?.querySelector<HTMLInputElement>('input[data-match]')?.focus();
          }}
          onChange={(event) => {
            const next = event.target.value;
            setQuery(next);
            // One match: choose it, so typing a name and moving on just works. Not a city found by
            // its province's name ("henan" finds only 河南·许昌): the person may live elsewhere in it.
            const nextSearch = searchRegions(next, packs);
            const found = nextSearch.matches;
            const chose = searchChose.current;
            const one = next.trim() && found.length === 1 && found[0] && nextSearch.names(found[0]) ? found[0] : null;
            // Other matches than the region it chose, or a city elsewhere (泉州 corrected to 杭州, whose
            // province has no rules here). With neither, the choice is kept and said so (noMatch).
            const back = !one && chose && chose.id === value && (found.length > 0 || nextSearch.cities.length > 0) && !found.some((p) => p.id === value) ? chose : null;
            // Said by the change that gives it back; one given back before stays shown, unsaid, until
            // the search chooses another region.
            setGivenBack(back ? { ...back, said: true } : one && one.id !== value ? null : givenBack && { ...givenBack, said: false });
            if (one && one.id !== value) {
              searchChose.current = { id: one.id, before: chose?.id === value ? chose.before : value };
              onChange(one.id);
            } else if (back) {
              searchChose.current = null;
              onChange(back.before);
            }
          }}
        />
        <p className="visually-hidden" role="status">
          {chosenMatch ? t('wizard.where.matchChosen', { name: chosenMatch.name[language] }) : trimmed ? (matching > 0 ? t('wizard.where.matches', { count: matching }) : noMatchText) : ''}
          {/* What the matches leave open: the cities named (泉州: 福建省's rules), or 河南's other places. */}
          {trimmed && matching > 0 && (citiesText ?? citiesOnlyText) && `${language === 'en' ? ' ' : ''}${citiesText ?? citiesOnlyText}`}
          {givenBack?.said && givenBackText && `${language === 'en' ? ' ' : ''}${givenBackText}`}
        </p>
        {givenBackText && (
          // Seen too: the list no longer shows the region the search had chosen.
          <p className="wz-hint" aria-hidden="true">
            {givenBackText}
          </p>
        )}
        {trimmed && matching === 0 && (
          <p className="wz-hint" aria-hidden="true">
            {noMatchText}
          </p>
        )}
        {matching > 0 && (citiesText ?? citiesOnlyText) && (
          // Said by the status line above too (as the no-match text is): shown here, not read twice.
          <p className="wz-hint" aria-hidden="true">
            {citiesText ?? citiesOnlyText}
          </p>
        )}
      </div>
      <div id={listId} ref={listRef} className="wz-region__list">
        {/* Its rule below separates it from the provinces: none listed (a search with no match), no rule. */}
        {baselines.length > 0 && <div className={`wz-choices wz-region__baseline${provinces.length === 0 ? ' wz-region__baseline--alone' : ''}`}>{baselines.map((p) => radio(p))}</div>}
        {/* On a phone this box scrolls (wizard.css), and Chromium makes a scrolling box a Tab stop of
            its own where no radio in it is one (the national baseline, above it, chosen): a stop with
            no name or role (WCAG 4.1.2). The radios already scroll it (the arrow keys bring each one
            into view) and the search narrows it, so it is kept out of the Tab order. A search that
            leaves no province in it hides it: an empty bordered box on a phone reads as a broken
            list, and the no-match line above already says what to do. Hidden, not removed, so the
            box keeps its scroll position for when the search is cleared. */}
        <div ref={boxRef} className="wz-region__provinces" tabIndex={-1} hidden={provinces.length === 0}>
          {provinces.map(({ group, members }) =>
            // A province alone is one radio; with cities it is a group named after the province.
            group.cities.length === 0 ? (
              <div key={group.key} className="wz-choices wz-region__province">
                {members.map((p) => radio(p))}
              </div>
            ) : (
              <fieldset key={group.key} className="wz-fieldset wz-region__group">
                <legend className="wz-region__group-name">{group.name[language]}</legend>
                <div className="wz-choices">{members.map((p) => radio(p, p === group.province))}</div>
              </fieldset>
            ),
          )}
        </div>
      </div>
    </>
  );
});
