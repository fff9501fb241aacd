// A source as the user sees it: title, number, issuer, date; a link only to an official URL.
import { useTranslation } from 'react-i18next';
import type { Source } from '../../calc';

/**
 * One source: its title (a link only to an official URL), in English with the pack's gloss
 * beside it, then its number, issuer and date. Titles, numbers and issuers are Chinese whatever
 * the page's language, so they carry lang="zh-CN": an English screen-reader voice would
 * otherwise read them out letter by letter or not at all (WCAG 3.1.2).
 */
export function Citation({ source }: { source: Source }) {
  const { t, i18n } = useTranslation();
  const title = `《${source.title}》`;
  const gloss = i18n.language === 'en' && source.titleEn ? ` (${source.titleEn})` : '';
  const details = [source.number, source.issuer, source.date].filter(Boolean).join('，');
  return (
    <cite className="citation">
      {source.url ? (
        <a href={source.url} rel="noopener noreferrer" target="_blank" lang="zh-CN">
          {title}
        </a>
      ) : (
        <span lang="zh-CN">{title}</span>
      )}
      {gloss}
      {details ? ' ' : ''}
      {details ? <span lang="zh-CN">{details}</span> : null}
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
