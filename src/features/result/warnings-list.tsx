import { useTranslation } from 'react-i18next';
import type { Warning } from '../../calc';
import { useParamText } from './param-words';
import { warningKey } from './result-keys';

export function WarningsList({ warnings }: { warnings: Warning[] }) {
  const { t } = useTranslation();
  const words = useParamText();
  if (warnings.length === 0) return null;
  return (
    <div className="warnings" role="note" aria-label={t('result.warningsTitle')}>
      <ul>
        {warnings.map((w, i) => (
          <li key={`${w.id}-${i}`}>{t(warningKey(w.id), { replace: words(w.params) })}</li>
        ))}
      </ul>
    </div>
  );
}
