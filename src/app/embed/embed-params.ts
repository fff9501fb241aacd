// The widget's URL parameters, set by the host through public/embed.js (or by hand). Each one
// is checked; anything unknown or invalid is dropped with a warning, never an error: a host's
// typo must not break the calculator for its visitors.
import type { Scenario } from '../../calc';
import { decodeShare, shareNotice } from '../../features/result/share-link';
import { toLanguageFamily } from '../../i18n/detect-language';
import { isSupportedLanguage } from '../../i18n/languages';
import type { SupportedLanguage } from '../../i18n/languages';
import { checkAccent, formatRatio, MIN_CONTRAST } from './accent';
import type { AccentPalette } from './accent';
import { parseOrigin } from './frame-channel';
import type { ResultEventMode } from './messages';

export interface EmbedParams {
  lang?: SupportedLanguage;
  /** A well-formed pack id; whether the index has it is checked once the index is loaded. */
  region?: string;
  accent?: AccentPalette;
  /** Answers to start from (the share-link format). */
  prefill?: Scenario;
  /** The host page's origin: the only target of the widget's messages. */
  parentOrigin?: string;
  /** Whether (and what) to tell the host about a result. Needs parentOrigin. */
  result?: ResultEventMode;
}

export interface ParsedEmbedParams {
  params: EmbedParams;
  warnings: string[];
  /** The raw region and prefill, to keep separate drafts for separate starting points. */
  scope: string;
}

const KNOWN = ['lang', 'region', 'accent', 'prefill', 'parentOrigin', 'result'] as const;
type Known = (typeof KNOWN)[number];
const PACK_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function parseEmbedParams(search: string): ParsedEmbedParams {
  const query = new URLSearchParams(search);
  const params: EmbedParams = {};
  const warnings: string[] = [];
  const ignore = (name: string, value: string, why: string) => warnings.push(`Ignored ${name}=${JSON.stringify(value)}: ${why}.`);

  for (const name of new Set(query.keys())) {
    if (!(KNOWN as readonly string[]).includes(name)) ignore(name, query.get(name) ?? '', 'not a parameter the widget knows');
  }
  const value = (name: Known): string | null => {
    const all = query.getAll(name);
    if (all.length > 1) warnings.push(`${name} is given ${all.length} times; the first one is used.`);
    const first = all[0];
    if (first === undefined) return null;
    return first;
  };

  const lang = value('lang');
  if (lang !== null) {
    // Hosts write the language as their own pages do (zh, zh-Hans, zh_CN, en-US): each is read
    // as the language of its family, as the browser's own languages are (detect-language.ts).
    const family = toLanguageFamily(lang.trim().replace(/_/g, '-'));
    if (isSupportedLanguage(family)) params.lang = family;
    else ignore('lang', lang, 'use zh-CN or en (zh, zh-Hans, en-US and the like are read as one of them)');
  }

  const region = value('region');
  if (region !== null) {
    if (PACK_ID.test(region)) params.region = region;
    else ignore('region', region, 'not a rule pack id');
  }

  const accent = value('accent');
  if (accent !== null) {
    const checked = checkAccent(accent);
    if (checked.ok) params.accent = checked.palette;
    else if (checked.reason === 'format') ignore('accent', accent, 'use a colour written #rrggbb or #rgb');
    else ignore('accent', accent, `its contrast with white is ${formatRatio(checked.ratio)}:1, below ${MIN_CONTRAST}:1; choose a darker colour`);
  }

  const prefill = value('prefill');
  if (prefill !== null) {
    // The share-link format, with or without its "s=": "1.<base64url JSON>".
    const decoded = decodeShare(prefill.startsWith('s=') ? prefill : `s=${prefill}`);
    if (decoded.kind === 'ok') {
      params.prefill = decoded.scenario;
      // It still works, but a host should know to refresh it: the rules behind its answers changed.
      if (shareNotice(decoded)?.kind === 'upgraded') warnings.push(`prefill was made by an earlier version of the calculator (answers version ${decoded.fromVersion}) and was upgraded; copy a new share link to update it.`);
    } else ignore('prefill', prefill.length > 40 ? `${prefill.slice(0, 40)}…` : prefill, `not a valid share-link scenario (${decoded.kind === 'error' ? decoded.reason : 'empty'})`);
  }

  const parentOrigin = value('parentOrigin');
  if (parentOrigin !== null) {
    const origin = parseOrigin(parentOrigin);
    if (origin) params.parentOrigin = origin;
    else ignore('parentOrigin', parentOrigin, 'not an http(s) origin such as https://example.com');
  }

  const result = value('result');
  if (result !== null) {
    if (result !== 'dates' && result !== 'answers') ignore('result', result, 'use dates or answers');
    else if (!params.parentOrigin) ignore('result', result, 'there is no valid parentOrigin to send it to');
    else params.result = result;
  }

  return { params, warnings, scope: JSON.stringify([query.get('region'), query.get('prefill')]) };
}
