import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './language-switch';

export function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <a className="brand" href={import.meta.env.BASE_URL}>
            <img className="brand__mark" src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width="28" height="28" />
            <span>{t('app.name')}</span>
          </a>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p>{t('app.disclaimer')}</p>
        </div>
      </footer>
    </div>
  );
}
