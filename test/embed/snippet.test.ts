import { describe, expect, it } from 'vitest';
import { buildSnippet } from '../../src/app/embed-help/snippet';

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
});
