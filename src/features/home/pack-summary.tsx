import { useTranslation } from 'react-i18next';
import { toSupportedLanguage } from '../../i18n/languages';
import { useFormat } from '../../i18n/use-format';
import { RulePackError } from '../../rules/fetch-rules';
import { usePackEntry } from '../../rules/pack-index';
import { packSummaryKey } from './pack-summary-key';

function errorMessageKey(error: Error): string {
  if (error instanceof RulePackError && error.kind === 'invalid') return 'pack.invalid';
  if (error instanceof RulePackError && error.kind === 'unknown') return 'pack.unknown';
  return 'pack.loadFailed';
}

/**
 * The rule pack in use, from the index (the pack itself loads, and is checked against this
 * entry, when a step or the result needs its values). `compact`: one line above the steps,
 * naming the rules and the day they were last checked.
 */
export function PackSummary({ packId, compact = false }: { packId: string; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const state = usePackEntry(packId);
  const format = useFormat();
  const language = toSupportedLanguage(i18n.resolvedLanguage);
  if (compact && state.status === 'success') {
    return (
      // The version is for us, not the public ("版本 2026.2.10" means nothing at a counter): the
      // date the rules were last checked says how current they are; the result lists versions.
      <p className="pack-line" data-pack-version={state.entry.version}>
        {t('pack.heading')}
        {t('pack.separator')}
        <span data-testid="pack-name">{state.entry.name[language]}</span>
        {' · '}
        {t('pack.lastChecked')} <time dateTime={state.entry.lastChecked}>{format.date(state.entry.lastChecked)}</time>
      </p>
    );
  }
  return (
    <section
      className="card"
      aria-labelledby="pack-heading"
      aria-busy={state.status === 'pending'}
      data-pack-key={state.status === 'success' ? packSummaryKey(state.entry) : undefined}
    >
      <h2 id="pack-heading">{t('pack.heading')}</h2>
      {state.status === 'pending' && (
        <p className="muted" role="status">
          {t('pack.loading')}
        </p>
      )}
      {state.status === 'error' && (
        <div className="notice notice--error" role="alert">
          <p>{t(errorMessageKey(state.error))}</p>
          <button type="button" className="button" onClick={state.retry}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {state.status === 'success' && (
        <dl className="facts">
          <div>
            <dt>{t('pack.name')}</dt>
            <dd data-testid="pack-name">{state.entry.name[language]}</dd>
          </div>
          <div>
            <dt>{t('pack.version')}</dt>
            <dd data-testid="pack-version">{state.entry.version}</dd>
          </div>
          <div>
            <dt>{t('pack.lastChecked')}</dt>
            <dd>
              <time dateTime={state.entry.lastChecked}>{format.date(state.entry.lastChecked)}</time>
            </dd>
          </div>
        </dl>
      )}
    </section>
  );
}
