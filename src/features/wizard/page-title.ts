// WCAG 2.4.2: each step and the result is an entry of its own in the browser's history, so the
// window title names it ("Your cover so far – …"), with "Error:" first while the step shows
// errors, as the step's heading and error summary do on the page.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Sets the document title to `page` and the app's name while the calling screen is shown, and
 * back to the app's name when it goes (the start page has no title of its own). `error`: the
 * screen shows an error summary.
 */
export function usePageTitle(page: string, error = false): void {
  const { t } = useTranslation();
  const app = t('app.name');
  const prefix = error ? t('wizard.errors.prefix') : '';
  useEffect(() => {
    document.title = t('wizard.pageTitle', { page: prefix ? `${prefix} ${page}` : page, app });
    return () => {
      document.title = app;
    };
  }, [t, page, app, prefix]);
}
