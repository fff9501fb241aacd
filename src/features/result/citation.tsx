// A source as the user sees it: title, number, issuer, date; a link only to an official URL.
import { useTranslation } from 'react-i18next';
import type { Source } from '../../calc';

export function Citation({ source }: { source: Source }) {
  const { t, i18n } = useTranslation();
  const title = `《${source.title}》`;
  // English readers get the pack's gloss of a Chinese title beside the original.
  const gloss = i18n.language === 'en' && source.titleEn ? ` (${source.titleEn})` : '';
  const details = [source.number, source.issuer, source.date].filter(Boolean).join('，');
  return (
    <cite className="citation">
      {source.url ? (
        <a href={source.url} rel="noopener noreferrer" target="_blank">
          {title}
        </a>
      ) : (
        title
      )}
      {gloss}
      {details ? ` ${details}` : ''}
      <span className="citation__grade">{t(`result.grades.${source.grade}`)}</span>
    </cite>
  );
}

export function Citations({ ids, lookup }: { ids: string[]; lookup: (id: string) => Source | undefined }) {
  const sources = ids.map(lookup).filter((s): s is Source => s !== undefined);
  if (sources.length === 0) return null;
  return (
    <ul className="citations">
      {sources.map((s) => (
        <li key={s.id}>
          <Citation source={s} />
        </li>
      ))}
    </ul>
  );
}
