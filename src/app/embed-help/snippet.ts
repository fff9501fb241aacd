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

export const RESULT_EVENT_EXAMPLE = `document.querySelector('script[src$="/embed.js"]')
  .addEventListener('yibao:result', (event) => {
    console.log(event.detail.restoration);
    // { kind: 'date', date: '2026-06-02' }
    // or { kind: 'range', earliest: '…', latest: '…' }
  });`;
