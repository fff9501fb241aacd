import { useTranslation } from 'react-i18next';
import type { ParseKeys } from 'i18next';
import { toSupportedLanguage } from '../../i18n/setup';
import { useFormat } from '../../i18n/use-format';
import { RulePackError, useRulePackChain } from '../../rules/rule-packs';

function errorMessageKey(error: Error): ParseKeys {
  if (error instanceof RulePackError && error.kind === 'invalid') return 'pack.invalid';
  if (error instanceof RulePackError && error.kind === 'unknown') return 'pack.unknown';
  return 'pack.loadFailed';
}

/** `compact`: one line for the steps after the first, so the version stays in view. */
export function PackSummary({ packId, compact = false }: { packId: string; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const state = useRulePackChain(packId);
  const format = useFormat();
  const language = toSupportedLanguage(i18n.resolvedLanguage);
  if (compact && state.status === 'success') {
    return (
      <p className="pack-line">
        {t('pack.heading')}
        {t('pack.separator')}
        <span data-testid="pack-name">{state.pack.name[language]}</span>
        {' · '}
        {t('pack.version')} <span data-testid="pack-version">{state.pack.version}</span>
        {' · '}
        {t('pack.lastChecked')} <time dateTime={state.pack.lastChecked}>{format.date(state.pack.lastChecked)}</time>
      </p>
    );
  }
  return (
    <section className="card" aria-labelledby="pack-heading" aria-busy={state.status === 'pending'}>
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
            <dd data-testid="pack-name">{state.pack.name[language]}</dd>
          </div>
          <div>
            <dt>{t('pack.version')}</dt>
            <dd data-testid="pack-version">{state.pack.version}</dd>
          </div>
          <div>
            <dt>{t('pack.lastChecked')}</dt>
            <dd>
              <time dateTime={state.pack.lastChecked}>{format.date(state.pack.lastChecked)}</time>
            </dd>
          </div>
        </dl>
      )}
    </section>
  );
}
