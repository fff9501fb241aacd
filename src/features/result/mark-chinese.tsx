// WCAG 3.1.2: a Chinese name inside an English sentence (国家医保服务平台) is marked as Chinese,
// so a screen reader reads it with a Chinese voice rather than spelling it out in an English one.
import type { ReactNode } from 'react';

/** Runs of Han characters (with the CJK punctuation between them). */
const HAN_RUN = /[\u3400-\u9fff][\u3000-\u303f\u3400-\u9fff\uff01-\uff5e]*/gu;

/**
 * `text` with each run of Chinese characters in a span with lang="zh-CN", where the page's
 * language (`language`) is not Chinese; the text itself where it is, or where it has none.
 */
export function markChinese(text: string, language: string): ReactNode {
  if (language.startsWith('zh')) return text;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const match of text.matchAll(HAN_RUN)) {
    const start = match.index;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <span key={start} lang="zh-CN">
        {match[0]}
      </span>,
    );
    at = start + match[0].length;
  }
  if (parts.length === 0) return text;
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
