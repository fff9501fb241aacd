// The one-tag snippet a host pastes, built from the options chosen on the embed-help page.
export interface SnippetOptions {
  /** Absolute URL of embed.js on this deployment. */
  src: string;
  lang: 'zh-CN' | 'en';
  /** Empty: the visitor chooses. */
  region: string;
  /** Empty: the widget's own colour. */
  accent: string;
  resultEvent: '' | 'dates' | 'answers';
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The data- attributes, in the order the loader documents them. */
export function snippetAttributes({ lang, region, accent, resultEvent }: Omit<SnippetOptions, 'src'>): [string, string][] {
  const attributes: [string, string][] = [['data-lang', lang]];
  if (region) attributes.push(['data-region', region]);
  if (accent) attributes.push(['data-accent', accent]);
  if (resultEvent) attributes.push(['data-result-event', resultEvent]);
  return attributes;
}

export function buildSnippet(options: SnippetOptions): string {
  const attributes = snippetAttributes(options)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return `<script src="${escapeAttribute(options.src)}"${attributes}></script>`;
}

/** The result event as a host reads it (version 3, see RESULT_EVENT_VERSION in embed/messages.ts). */
export const RESULT_EVENT_EXAMPLE = `document.querySelector('script[src$="/embed.js"]')
  .addEventListener('yibao:result', (event) => {
    const { version, restoration, waiting, paidByMonth } = event.detail;
    // version: 3
    // restoration, one of:
    //   { kind: 'date', date: '2026-06-02' }
    //   { kind: 'needsNextYear', date: '2027-02-06', year: 2027 }  (only if that year is paid too)
    //   { kind: 'noCover', year: 2026 }  (no cover that year: pay in the next window)
    //   { kind: 'range', earliest: '2026-01-01', latest: '2026-04-21', noCoverPossible: false,
    //     outcomes: [{ restoration: { kind: 'date', date: '2026-01-01' }, regions: ['beijing', …] }, …] }
    //   where the date depends on who paid (paidByMonth: '2026-06', the person did not say), a range
    //   whose outcomes also carry paidBy: 'self' | 'employer'
    // waiting: { unit: 'months' | 'days', length: 3, start: '2026-01-20', end: null } or null
  });`;
