// A source as the user sees it: title, number, issuer, date; a link only to an official URL.
import { useTranslation } from 'react-i18next';
import type { Source } from '../../calc';
import { useFormat } from '../../i18n/use-format';

/**
 * One source: its title (a link only to an official URL), in English with the pack's gloss
 * beside it, then its number, issuer and date (in the page's date style, like every other date). Titles, numbers and issuers are Chinese whatever
 * the page's language, so they carry lang="zh-CN": an English screen-reader voice would
 * otherwise read them out letter by letter or not at all (WCAG 3.1.2).
 */
/** A gloss in parentheses: brackets for the parentheses inside it, as English nests them ("(Jingzhou Healthcare Security Administration [Jingzhou News])"). */
function inParentheses(gloss: string): string {
  return ` (${gloss.replaceAll('(', '[').replaceAll(')', ']')})`;
}

/**
 * `tabbable`: false for a repeat of a link the reader's Tab key has already passed in the same
 * list (the why steps cite the same notice step after step): it stays a link, seen and clickable,
 * read out as a link, but Tab does not stop on it again (WCAG 2.4.3: one stop per destination).
 */
export function Citation({ source, tabbable = true }: { source: Source; tabbable?: boolean }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  // A title inside a title takes the inner marks 〈〉 (《转发〈…暂行办法〉》), as Chinese nests them.
  const title = `《${source.title.replaceAll('《', '〈').replaceAll('》', '〉')}》`;
  const gloss = i18n.language === 'en' && source.titleEn ? inParentheses(source.titleEn) : '';
  // The number, marked where it is not checked against the document (in the reader's language), then the issuer.
  const unverified = source.number && source.numberUnverified ? t('result.numberUnverified') : '';
  // The issuer is always given (pack-schema.ts); an English reader gets the pack's gloss beside it, as for the title.
  const issuerGloss = i18n.language === 'en' && source.issuerEn ? inParentheses(source.issuerEn) : '';
  // The date in the page's date style, as precise as the source gives it (a year, a month or a day).
  const date = source.date ? (source.date.length === 10 ? f.date(source.date) : source.date.length === 7 ? f.month(source.date) : t('result.citationYear', { year: source.date })) : '';
  const separator = i18n.language === 'en' ? ', ' : '，';
  return (
    <cite className="citation">
      {source.url ? (
        <a href={source.url} rel="noopener noreferrer" target="_blank" {...(tabbable ? {} : { tabIndex: -1 })}>
          <span lang="zh-CN">{title}</span>
          {/* Said, not only done: a new tab is a surprise to a screen reader or keyboard user. */}
          <span className="visually-hidden"> {t('result.opensInNewTab')}</span>
        </a>
      ) : (
        <span lang="zh-CN">{title}</span>
      )}
      {gloss}{' '}
      {source.number && (
        <>
          {/* Each in Chinese, the comma between them in the reader's language (no full-width comma on an English page). */}
          <span lang="zh-CN">{source.number}</span>
          {unverified}
          {separator}
        </>
      )}
      <span lang="zh-CN">{source.issuer}</span>
      {issuerGloss}
      {date ? separator : ''}
      {date}
      {/* The grade in brackets, as text: a bordered badge was lost in copied text and to screen readers ("2021 local bureau").
          A space before it in English only: Chinese sets none before （. */}
      {i18n.language === 'en' ? ' ' : ''}
      <span className="citation__grade">{t('result.gradeBracketed', { grade: t(`result.grades.${source.grade}`) })}</span>
    </cite>
  );
}

/**
 * A list of sources. `linkedBefore`: ids whose link an earlier list of the same group already
 * offers to the Tab key; those are shown in full, their link left out of the Tab order (Citation).
 */
export function Citations({ ids, lookup, linkedBefore }: { ids: string[]; lookup: (id: string) => Source | undefined; linkedBefore?: ReadonlySet<string> }) {
  const sources = ids.map(lookup).filter((s): s is Source => s !== undefined);
  if (sources.length === 0) return null;
  return (
    <ul className="citations">
      {sources.map((s) => (
        <li key={s.id}>
          <Citation source={s} tabbable={!linkedBefore?.has(s.id)} />
        </li>
      ))}
    </ul>
  );
}
