// "Embed this calculator": options, the snippet to copy, a live preview made by that very
// snippet (the real loader, inserted as a script element), and the reference for hosts.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, SUPPORTED_LANGUAGES, toSupportedLanguage } from '../../i18n/languages';
import type { SupportedLanguage } from '../../i18n/languages';
import { usePackIndex } from '../../rules/pack-index';
import type { PackIndexEntry } from '../../rules/pack-index';
import { checkAccent, formatRatio } from '../embed/accent';
import { buildSnippet, RESULT_EVENT_EXAMPLE, snippetAttributes } from './snippet';
import type { SnippetOptions } from './snippet';
import './embed-help.css';

const DEFAULT_ACCENT = '#1f5f8b';
type ResultEvent = SnippetOptions['resultEvent'];

function loaderUrl(): string {
  return new URL(`${import.meta.env.BASE_URL}embed.js`, window.location.href).href;
}

/** Inserts the loader exactly as a host page would have it, and reports its result events. */
function LivePreview({ options, onResult }: { options: Omit<SnippetOptions, 'src'>; onResult: (detail: unknown) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const report = useRef(onResult);
  useEffect(() => {
    report.current = onResult;
  });
  const attributes = JSON.stringify(snippetAttributes(options));
  useEffect(() => {
    const host = ref.current;
    if (!host) return;
    const script = document.createElement('script');
    script.src = loaderUrl();
    for (const [name, value] of JSON.parse(attributes) as [string, string][]) script.setAttribute(name, value);
    const listener = (event: Event) => report.current((event as CustomEvent<unknown>).detail);
    script.addEventListener('yibao:result', listener);
    host.append(script);
    return () => {
      script.removeEventListener('yibao:result', listener);
      host.replaceChildren();
    };
  }, [attributes]);
  return <div ref={ref} className="embed-help__preview" data-testid="embed-preview" />;
}

/**
 * The regional packs by province, each province before its cities, in the reader's order: the
 * browser's collation (pinyin for Chinese). Not the wizard's region-groups.ts, whose pinyin table
 * would then be split out of the wizard into a chunk of its own, adding to the app's first screen.
 */
function inRegionOrder(packs: readonly PackIndexEntry[], language: SupportedLanguage): PackIndexEntry[] {
  const byId = new Map(packs.map((p) => [p.id, p]));
  const collator = new Intl.Collator(language);
  // The province a pack is listed under: its parent where that is no baseline; a city under the
  // baseline directly (辽宁·阜新 / "Fuxin, Liaoning") by the province its name gives.
  const provinceName = (p: PackIndexEntry): string => {
    const parent = p.parent === null ? undefined : byId.get(p.parent);
    if (parent && parent.parent !== null) return parent.name[language];
    const name = p.name[language];
    const zh = name.indexOf('·');
    if (zh > 0) return name.slice(0, zh);
    const en = name.lastIndexOf(', ');
    return en > 0 ? name.slice(en + 2) : name;
  };
  const isCity = (p: PackIndexEntry) => provinceName(p) !== p.name[language];
  return packs
    .filter((p) => p.parent !== null)
    .sort((a, b) => collator.compare(provinceName(a), provinceName(b)) || Number(isCity(a)) - Number(isCity(b)) || collator.compare(a.name[language], b.name[language]));
}

export function EmbedHelpPage() {
  const { t, i18n } = useTranslation();
  const language = toSupportedLanguage(i18n.resolvedLanguage);
  const index = usePackIndex();
  const id = useId();
  const [lang, setLang] = useState<SupportedLanguage>(language);
  const [region, setRegion] = useState('');
  const packList = index.data?.packs;
  const regions = useMemo(() => inRegionOrder(packList ?? [], language), [packList, language]);
  const [accent, setAccent] = useState(DEFAULT_ACCENT);
  const [resultEvent, setResultEvent] = useState<ResultEvent>('');
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [lastEvent, setLastEvent] = useState<unknown>(null);

  useEffect(() => {
    document.title = `${t('embed.help.title')} · ${t('app.name')}`;
  }, [t, language]);

  const accentCheck = checkAccent(accent);
  const options = { lang, region, accent: accent !== DEFAULT_ACCENT && accentCheck.ok ? accentCheck.palette.accent : '', resultEvent };
  const snippet = buildSnippet({ src: loaderUrl(), ...options });

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <article className="embed-help" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t('embed.help.title')}</h1>
      <p className="lead">{t('embed.help.intro')}</p>

      <section className="card embed-help__options" aria-labelledby={`${id}-options`}>
        <h2 id={`${id}-options`}>{t('embed.help.optionsHeading')}</h2>
        <div className="embed-help__field">
          <label htmlFor={`${id}-lang`}>{t('embed.help.languageLabel')}</label>
          <select id={`${id}-lang`} value={lang} onChange={(e) => setLang(toSupportedLanguage(e.target.value))}>
            {SUPPORTED_LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {LANGUAGE_NAMES[code]}
              </option>
            ))}
          </select>
        </div>
        <div className="embed-help__field">
          <label htmlFor={`${id}-region`}>{t('embed.help.regionLabel')}</label>
          <p id={`${id}-region-hint`} className="muted embed-help__hint">
            {t('embed.help.regionHint')}
          </p>
          <select id={`${id}-region`} value={region} aria-describedby={`${id}-region-hint`} onChange={(e) => setRegion(e.target.value)}>
            <option value="">{t('embed.help.regionAny')}</option>
            {regions.map((pack) => (
              <option key={pack.id} value={pack.id}>
                {pack.name[language]} ({pack.id})
              </option>
            ))}
          </select>
        </div>
        <div className="embed-help__field">
          <label htmlFor={`${id}-accent`}>{t('embed.help.accentLabel')}</label>
          <p id={`${id}-accent-hint`} className="muted embed-help__hint">
            {t('embed.help.accentHint')}
          </p>
          <div className="embed-help__accent">
            <input id={`${id}-accent`} type="color" value={accent} aria-describedby={`${id}-accent-hint ${id}-accent-status`} onChange={(e) => setAccent(e.target.value)} />
            <code>{accent}</code>
          </div>
          <p id={`${id}-accent-status`} role="status" className={accentCheck.ok ? 'embed-help__hint' : 'embed-help__hint embed-help__warning'}>
            {accentCheck.ok
              ? t('embed.help.accentOk', { ratio: formatRatio(accentCheck.ratio) })
              : accentCheck.reason === 'contrast'
                ? t('embed.help.accentTooLight', { ratio: formatRatio(accentCheck.ratio) })
                : ''}
          </p>
        </div>
        <fieldset className="embed-help__field">
          <legend>{t('embed.help.resultLabel')}</legend>
          {(
            [
              ['', 'embed.help.resultNone'],
              ['dates', 'embed.help.resultDates'],
              ['answers', 'embed.help.resultAnswers'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="embed-help__choice">
              <input type="radio" name={`${id}-result`} value={value} checked={resultEvent === value} onChange={() => setResultEvent(value)} /> {t(label)}
            </label>
          ))}
          <p className="muted embed-help__hint">{t('embed.help.resultHint')}</p>
        </fieldset>
      </section>

      <section className="card" aria-labelledby={`${id}-snippet`}>
        <h2 id={`${id}-snippet`}>{t('embed.help.snippetHeading')}</h2>
        <label htmlFor={`${id}-code`}>{t('embed.help.snippetLabel')}</label>
        <p id={`${id}-code-hint`} className="muted embed-help__hint">
          {t('embed.help.snippetHint')}
        </p>
        <textarea
          id={`${id}-code`}
          className="embed-help__code"
          readOnly
          rows={3}
          value={snippet}
          aria-describedby={`${id}-code-hint`}
          spellCheck={false}
          onFocus={(e) => e.currentTarget.select()}
        />
        <div className="embed-help__copy">
          <button type="button" className="button" onClick={() => void copy()}>
            {t('embed.help.copy')}
          </button>
          <span role="status">{copied === 'copied' ? t('embed.help.copied') : copied === 'failed' ? t('embed.help.copyFailed') : ''}</span>
        </div>
      </section>

      <section aria-labelledby={`${id}-preview`}>
        <h2 id={`${id}-preview`}>{t('embed.help.previewHeading')}</h2>
        <p className="muted">{t('embed.help.previewHint')}</p>
        <LivePreview options={options} onResult={setLastEvent} />
        {resultEvent && (
          <div className="embed-help__event">
            <p>{t('embed.help.lastEvent')}</p>
            {lastEvent === null ? (
              <p className="muted">{t('embed.help.noEvent')}</p>
            ) : (
              // Focusable: on a narrow screen the code scrolls sideways in its own box.
              <pre data-testid="embed-last-event" tabIndex={0}>
                <code>{JSON.stringify(lastEvent, null, 2)}</code>
              </pre>
            )}
          </div>
        )}
      </section>

      <section className="card" aria-labelledby={`${id}-params`}>
        <h2 id={`${id}-params`}>{t('embed.help.paramsHeading')}</h2>
        <dl className="embed-help__params">
          {(
            [
              ['data-lang', 'embed.help.paramLang'],
              ['data-region', 'embed.help.paramRegion'],
              ['data-accent', 'embed.help.paramAccent'],
              ['data-prefill', 'embed.help.paramPrefill'],
              ['data-result-event', 'embed.help.paramResultEvent'],
              ['data-target', 'embed.help.paramTarget'],
            ] as const
          ).map(([name, text]) => (
            <div key={name}>
              <dt>
                <code>{name}</code>
              </dt>
              <dd>{t(text)}</dd>
            </div>
          ))}
        </dl>
        <p className="muted">{t('embed.help.paramsInvalid')}</p>
      </section>

      <section className="card" aria-labelledby={`${id}-events`}>
        <h2 id={`${id}-events`}>{t('embed.help.eventsHeading')}</h2>
        <p>{t('embed.help.eventsText')}</p>
        <pre className="embed-help__example" tabIndex={0}>
          <code>{RESULT_EVENT_EXAMPLE}</code>
        </pre>
        <p>{t('embed.help.eventsVersion')}</p>
        <p>{t('embed.help.eventsAnswers')}</p>
      </section>

      <section className="card" aria-labelledby={`${id}-privacy`}>
        <h2 id={`${id}-privacy`}>{t('embed.help.privacyHeading')}</h2>
        <p>{t('embed.help.privacyText')}</p>
        <p>{t('embed.help.cspText')}</p>
        <p className="muted">{t('embed.help.selfHostText')}</p>
      </section>
    </article>
  );
}
