import { describe, expect, it } from 'vitest';
import { buildSnippet, RESULT_EVENT_EXAMPLE } from '../../src/app/embed-help/snippet';
import { RESULT_EVENT_VERSION } from '../../src/app/embed/messages';

describe('the embed snippet', () => {
  it('is one script tag with only the chosen attributes', () => {
    expect(buildSnippet({ src: 'https://calc.example/embed.js', lang: 'zh-CN', region: '', accent: '', resultEvent: '' })).toBe(
      '<script src="https://calc.example/embed.js" data-lang="zh-CN"></script>',
    );
    expect(buildSnippet({ src: 'https://calc.example/embed.js', lang: 'en', region: 'fujian', accent: '#006633', resultEvent: 'dates' })).toBe(
      '<script src="https://calc.example/embed.js" data-lang="en" data-region="fujian" data-accent="#006633" data-result-event="dates"></script>',
    );
  });

  it('escapes attribute values', () => {
    expect(buildSnippet({ src: 'https://x.example/embed.js?a="b"&c', lang: 'en', region: '', accent: '', resultEvent: '' })).toContain('src="https://x.example/embed.js?a=&quot;b&quot;&amp;c"');
  });

  it('documents the result event of the current version, with every kind of answer and the wait', () => {
    expect(RESULT_EVENT_EXAMPLE).toContain(`version: ${RESULT_EVENT_VERSION}`);
    for (const kind of ['date', 'needsNextYear', 'noCover', 'range']) expect(RESULT_EVENT_EXAMPLE).toContain(`kind: '${kind}'`);
    for (const field of ['noCoverPossible', 'outcomes', 'regions', "unit: 'months' | 'days'", 'length']) expect(RESULT_EVENT_EXAMPLE).toContain(field);
  });
});
