// @vitest-environment jsdom
// The static start page before React: which presses it hears, that it loads the app once, and
// that it hands over exactly one intent.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { START_STATUS_ID as PRERENDERED_STATUS_ID } from '../../scripts/prerender.mjs';
import { enhanceStartPage, intentOf, START_STATUS_ID, STARTING_ATTRIBUTE, startingDone } from '../../src/app/static-start-page';

// The parts of the prerendered page that act, as home-screen.tsx and language-switch.tsx draw them.
const PAGE = `
  <div class="language-switch" role="group">
    <button type="button" lang="zh-CN" aria-pressed="true" data-intent="language">中文</button>
    <button type="button" lang="en" aria-pressed="false" data-intent="language">English</button>
  </div>
  <h1>标题</h1>
  <p>说明 <a href="#pack-heading">规则</a></p>
  <button type="button" class="button button--start" data-intent="start"><span>开始计算</span></button>`;

let root: HTMLElement;
let status: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  root.innerHTML = PAGE;
  // The status line scripts/prerender.mjs puts beside the root.
  status = document.createElement('div');
  status.id = PRERENDERED_STATUS_ID;
  status.setAttribute('role', 'status');
  // One busy text per language; the page's <html lang> picks it.
  status.setAttribute('data-busy-zh-cn', '正在加载…');
  status.setAttribute('data-busy-en', 'Loading…');
  document.documentElement.lang = 'zh-CN';
  document.body.append(root, status);
});
afterEach(() => {
  root.remove();
  status.remove();
  startingDone();
});

const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement;

it('looks for the status line by the id the prerender gives it', () => {
  expect(START_STATUS_ID).toBe(PRERENDERED_STATUS_ID);
});

describe('intentOf', () => {
  it('reads Start, also from an element inside the button', () => {
    expect(intentOf(button('开始计算'))).toEqual({ kind: 'start' });
    expect(intentOf(root.querySelector('span'))).toEqual({ kind: 'start' });
  });

  it('reads the language from the button pressed, and nothing from the language already shown', () => {
    expect(intentOf(button('English'))).toEqual({ kind: 'language', language: 'en' });
    expect(intentOf(button('中文'))).toBeNull();
  });

  it('ignores everything else on the page', () => {
    expect(intentOf(root.querySelector('h1'))).toBeNull();
    expect(intentOf(root.querySelector('a'))).toBeNull();
    expect(intentOf(null)).toBeNull();
    expect(intentOf(window)).toBeNull();
  });
});

/** A frame and then a task, as afterNextPaint waits. */
const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 5)));

describe('enhanceStartPage', () => {
  it('loads the app ahead when the person engages with the page: a scroll, touch, key or click anywhere, after the next paint', async () => {
    for (const event of [new Event('scroll'), new Event('touchstart', { bubbles: true }), new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }), new Event('pointerdown', { bubbles: true })]) {
      const preload = vi.fn();
      const stop = enhanceStartPage(root, { preload, start: vi.fn() });
      (event.type === 'scroll' ? window : root.querySelector('h1'))?.dispatchEvent(event);
      // Not in the task of the press: its paint comes first.
      expect(preload, event.type).not.toHaveBeenCalled();
      await afterPaint();
      expect(preload, event.type).toHaveBeenCalledTimes(1);
      stop();
    }
  });

  it('loads the app ahead when a pointer or focus reaches something that acts, once', async () => {
    const preload = vi.fn();
    const start = vi.fn();
    enhanceStartPage(root, { preload, start });
    root.querySelector('h1')?.dispatchEvent(new Event('pointerover', { bubbles: true }));
    expect(preload).not.toHaveBeenCalled();
    button('开始计算').dispatchEvent(new Event('pointerover', { bubbles: true }));
    button('English').focus();
    button('开始计算').dispatchEvent(new Event('touchstart', { bubbles: true }));
    await afterPaint();
    expect(preload).toHaveBeenCalledTimes(1);
    expect(start).not.toHaveBeenCalled();
  });

  it('hands the first press over, marks the page busy, and hears nothing after it', () => {
    const start = vi.fn();
    enhanceStartPage(root, { preload: vi.fn(), start });
    root.querySelector('h1')?.click();
    button('中文').click();
    expect(start).not.toHaveBeenCalled();
    expect(document.documentElement.hasAttribute(STARTING_ATTRIBUTE)).toBe(false);

    expect(status).toHaveProperty('textContent', '');

    button('开始计算').click();
    button('English').click();
    expect(start.mock.calls).toEqual([[{ kind: 'start' }]]);
    expect(document.documentElement.hasAttribute(STARTING_ATTRIBUTE)).toBe(true);
    expect(status).toHaveProperty('textContent', '正在加载…');
    startingDone();
    expect(document.documentElement.hasAttribute(STARTING_ATTRIBUTE)).toBe(false);
    expect(status).toHaveProperty('textContent', '');
  });

  it('a language press hands over that language', () => {
    const start = vi.fn();
    enhanceStartPage(root, { preload: vi.fn(), start });
    button('English').click();
    expect(start.mock.calls).toEqual([[{ kind: 'language', language: 'en' }]]);
  });

  it('going offline loads the app (from the cache) to say so', () => {
    const start = vi.fn();
    enhanceStartPage(root, { preload: vi.fn(), start });
    window.dispatchEvent(new Event('offline'));
    expect(start.mock.calls).toEqual([[{ kind: 'none' }]]);
  });

  it('Forward to a step of the calculator (or Start opening the static first step) loads the app to open it, after the next paint; another fragment does not', async () => {
    const start = vi.fn();
    const stop = enhanceStartPage(root, { preload: vi.fn(), start });
    try {
      window.history.replaceState(null, '', '/#main');
      window.dispatchEvent(new PopStateEvent('popstate'));
      expect(start).not.toHaveBeenCalled();
      window.history.replaceState(null, '', '/#/where');
      window.dispatchEvent(new PopStateEvent('popstate'));
      await afterPaint();
      expect(start.mock.calls).toEqual([[{ kind: 'none' }]]);
    } finally {
      stop();
      window.history.replaceState(null, '', '/');
    }
  });

  it('stops listening when told to', () => {
    const start = vi.fn();
    const preload = vi.fn();
    const stop = enhanceStartPage(root, { preload, start });
    stop();
    button('开始计算').dispatchEvent(new Event('pointerover', { bubbles: true }));
    button('开始计算').click();
    window.dispatchEvent(new Event('offline'));
    expect(preload).not.toHaveBeenCalled();
    expect(start).not.toHaveBeenCalled();
  });
});
