// public/embed.js, the one file other sites load: small, and strict about whom it listens to.
// A .tsx file only to run in the jsdom project (the page at http://localhost:3000 is the host).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';

const source = readFileSync(join(import.meta.dirname, '..', '..', 'public', 'embed.js'), 'utf8');
const WIDGET = 'https://calc.example';

const HOST_ORIGIN = window.location.origin;

function load(attributes: Record<string, string>) {
  document.body.innerHTML = '<p id="before"></p><div id="slot"></div>';
  const script = document.createElement('script');
  // jsdom does not fetch it: the loader only reads its URL.
  script.setAttribute('src', `${WIDGET}/embed.js`);
  script.type = 'text/plain';
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(`data-${name}`, value);
  document.getElementById('before')!.after(script);
  Object.defineProperty(document, 'currentScript', { value: script, configurable: true });
  new Function(source)();
  const frame = document.querySelector('iframe')!;
  const events: unknown[] = [];
  const listener = (event: Event) => events.push((event as CustomEvent).detail);
  window.addEventListener('yibao:result', listener);
  cleanups.push(() => window.removeEventListener('yibao:result', listener));
  const post = (data: unknown, origin = WIDGET, source: unknown = frame.contentWindow) =>
    window.dispatchEvent(new MessageEvent('message', { data, origin, source: source as Window }));
  return { window, script, frame, events, post };
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.splice(0).forEach((cleanup) => cleanup());
  document.body.innerHTML = '';
});

describe('the loader', () => {
  it('is at most 2 KB gzipped', () => {
    const size = gzipSync(source, { level: 9 }).length;
    expect(size).toBeLessThanOrEqual(2048);
  });

  it('creates a titled frame after its script with the parameters and this page as parentOrigin', () => {
    const { frame, script } = load({ lang: 'en', region: 'fujian', accent: '#1f5f8b', 'result-event': 'dates', prefill: '1.abc' });
    expect(script.nextElementSibling).toBe(frame);
    expect(frame.title).toBe('Medical insurance lapse calculator');
    const url = new URL(frame.src);
    expect(url.origin + url.pathname).toBe(`${WIDGET}/embed.html`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      lang: 'en',
      region: 'fujian',
      accent: '#1f5f8b',
      prefill: '1.abc',
      result: 'dates',
      parentOrigin: HOST_ORIGIN,
    });
  });

  it('titles the frame in the language of any common form of data-lang', () => {
    expect(load({ lang: 'en-US' }).frame.title).toBe('Medical insurance lapse calculator');
    expect(load({ lang: 'zh' }).frame.title).toBe('医保断缴恢复计算器');
  });

  it('without data-lang, titles the frame by the browser languages in order, as the widget picks its own; asks for no result unless told, and honours data-target', () => {
    const languages = vi.spyOn(navigator, 'languages', 'get');
    cleanups.push(() => languages.mockRestore());
    languages.mockReturnValue(['fr-FR', 'zh-TW', 'en-US']);
    const { frame } = load({ target: '#slot', 'result-event': 'everything' });
    expect(frame.title).toBe('医保断缴恢复计算器');
    expect(frame.parentElement).toBe(document.getElementById('slot'));
    expect(new URL(frame.src).searchParams.has('result')).toBe(false);
    languages.mockReturnValue(['fr-FR', 'en-GB']);
    expect(load({ lang: 'fr' }).frame.title).toBe('Medical insurance lapse calculator');
    // None of them Chinese or English: the widget's default, Chinese.
    languages.mockReturnValue(['fr-FR']);
    expect(load({}).frame.title).toBe('医保断缴恢复计算器');
  });

  it('takes a data-target that is not a selector (or matches nothing) as no target: no throw, a warning, the frame after its script', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    cleanups.push(() => warn.mockRestore());
    for (const target of ['#[bad', '>>>', '#missing']) {
      warn.mockClear();
      const { frame, script } = load({ target, lang: 'en' });
      expect(script.nextElementSibling, target).toBe(frame);
      expect(document.querySelectorAll('iframe'), target).toHaveLength(1);
      expect(frame.title).toBe('Medical insurance lapse calculator');
      expect(warn, target).toHaveBeenCalledOnce();
      expect(String(warn.mock.calls[0]![0])).toContain(`data-target "${target}"`);
    }
    warn.mockClear();
    load({ target: '#slot' });
    expect(warn).not.toHaveBeenCalled();
  });

  it('warns at once in the host console about a value or attribute it cannot use, and leaves it out of the frame', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    cleanups.push(() => warn.mockRestore());
    const { frame } = load({ lang: 'fr', region: 'Fu Jian', accent: 'blue', 'result-event': 'date', 'parent-origin': 'https://x.example' });
    const said = warn.mock.calls.map((call) => String(call[0]));
    expect(said).toEqual([
      'embed.js: ignored data-lang="fr"; use zh-CN or en.',
      'embed.js: ignored data-region="Fu Jian"; use a region id such as fujian.',
      'embed.js: ignored data-accent="blue"; use #rrggbb or #rgb.',
      'embed.js: ignored data-result-event="date"; use dates or answers.',
      'embed.js: ignored data-parent-origin="https://x.example"; use lang, region, accent, prefill, target or result-event.',
    ]);
    // Only this page's origin, as always; nothing the host mistyped.
    expect(Object.fromEntries(new URL(frame.src).searchParams)).toEqual({ parentOrigin: HOST_ORIGIN });
    warn.mockClear();
    // Another script's attributes on the same tag are not ours: no word, and not passed on.
    const other = load({ cfasync: 'false', 'cookieconsent': 'ignore', lang: 'en' });
    expect(warn).not.toHaveBeenCalled();
    expect(Object.fromEntries(new URL(other.frame.src).searchParams)).toEqual({ lang: 'en', parentOrigin: HOST_ORIGIN });
    // Every form the widget reads passes without a word; an empty value is no value.
    const ok = load({ lang: ' zh_CN ', region: 'hunan', accent: '0A5', 'result-event': 'answers', prefill: '', target: '#slot' });
    expect(warn).not.toHaveBeenCalled();
    expect(Object.fromEntries(new URL(ok.frame.src).searchParams)).toEqual({ lang: 'zh_CN', region: 'hunan', accent: '0A5', result: 'answers', parentOrigin: HOST_ORIGIN });
  });

  it('sets the height only from its own frame on the widget origin, rounded up, within bounds', () => {
    const { frame, post } = load({});
    const initial = frame.style.height;
    post({ type: 'yibao:height', height: 100 }, 'https://evil.example');
    post({ type: 'yibao:height', height: 100 }, WIDGET, window);
    post({ type: 'yibao:height', height: -5 });
    post({ type: 'yibao:height', height: 'tall' });
    post('yibao:height');
    expect(frame.style.height).toBe(initial);
    post({ type: 'yibao:height', height: 812.2 });
    expect(frame.style.height).toBe('813px');
  });

  it('relays a result only when asked, with dates only unless the host asked for answers', () => {
    const waiting = { unit: 'days', length: 90, start: '2026-03-04', end: '2026-06-01' };
    const message = { type: 'yibao:result', version: 2, restoration: { kind: 'date', date: '2026-06-02' }, waiting, answers: { region: 'fujian' } };

    const silent = load({});
    silent.post(message);
    expect(silent.events).toEqual([]);

    const dates = load({ 'result-event': 'dates' });
    dates.post(message, 'https://evil.example');
    expect(dates.events).toEqual([]);
    dates.post(message);
    expect(dates.events).toStrictEqual([{ version: 2, restoration: { kind: 'date', date: '2026-06-02' }, waiting }]);

    const answers = load({ 'result-event': 'answers' });
    answers.post(message);
    expect(answers.events).toStrictEqual([{ version: 2, restoration: { kind: 'date', date: '2026-06-02' }, waiting, answers: { region: 'fujian' } }]);
  });

  it('relays the month whose payer decides the date (version 3), and nothing that is not a month string', () => {
    const restoration = { kind: 'range', earliest: '2026-12-01', latest: '2027-05-01', noCoverPossible: false, outcomes: [] };
    const dates = load({ 'result-event': 'dates' });
    dates.post({ type: 'yibao:result', version: 3, restoration, waiting: null, paidByMonth: '2026-06' });
    dates.post({ type: 'yibao:result', version: 3, restoration, waiting: null, paidByMonth: { evil: true } });
    expect(dates.events).toStrictEqual([
      { version: 3, restoration, waiting: null, paidByMonth: '2026-06' },
      { version: 3, restoration, waiting: null },
    ]);
  });

  it('dispatches the event on its script element, bubbling to the window', () => {
    const { script, post } = load({ 'result-event': 'dates' });
    const seen: EventTarget[] = [];
    script.addEventListener('yibao:result', (event) => seen.push(event.target!));
    post({ type: 'yibao:result', restoration: { kind: 'date', date: '2026-06-02' } });
    expect(seen).toEqual([script]);
  });
});
