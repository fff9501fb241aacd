import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './language-switch';
import { OfflineIndicator } from './offline-indicator';
import { UpdatePrompt } from './update-prompt';

export interface ShellProps {
  /** Which page this is, so the footer links to the other one. */
  page?: 'app' | 'embed-help';
  children: ReactNode;
}

export function Shell({ page = 'app', children }: ShellProps) {
  const { t } = useTranslation();
  const base = import.meta.env.BASE_URL;
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <a className="brand" href={base}>
            <img className="brand__mark" src={`${base}favicon.svg`} alt="" width="28" height="28" />
            <span>{t('app.name')}</span>
          </a>
          <LanguageSwitch />
        </div>
      </header>
      <div className="site-notices">
        <OfflineIndicator />
        <UpdatePrompt />
      </div>
      <main id="main" className="site-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p>{t('app.disclaimer')}</p>
          <p>
            {page === 'app' ? <a href={`${base}embed-help.html`}>{t('embed.footerLink')}</a> : <a href={base}>{t('embed.backToCalculator')}</a>}
          </p>
        </div>
      </footer>
    </div>
  );
}
