// @vitest-environment jsdom
// The widget's static first screen before its app: the app is fetched only once the visitor
// engages (or already has), and the screen meanwhile wears the host's accent and sizes its frame.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkAccent } from '../../src/app/embed/accent';
import { whenEngaged } from '../../src/app/embed/static-widget';
import type { dressStaticWidget } from '../../src/app/embed/static-widget';
import type { widgetChannel as WidgetChannel } from '../../src/app/embed/widget-channel';

// The parts of the prerendered widget screen these read (scripts/prerender.mjs draws the whole step).
const SCREEN = `
  <div class="static-step static-widget" data-static-step>
    <div class="embed">
      <h1>医保断缴恢复计算器</h1>
      <input type="radio" name="region" value="national" checked>
      <input type="radio" name="region" value="beijing">
      <input id="wz-region-filter" type="search" value="">
      <button type="submit">继续</button>
    </div>
  </div>`;

let screen: HTMLElement;
beforeEach(() => {
  screen = document.createElement('div');
  screen.innerHTML = SCREEN;
  document.body.append(screen);
});
afterEach(() => {
  screen.remove();
  document.documentElement.removeAttribute('style');
  document.documentElement.classList.remove('embed-page--sized');
  vi.unstubAllGlobals();
});

/** Long enough for a frame and a task (afterNextPaint). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 40));

/** Whether `promise` has resolved by now. */
async function resolved(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await settle();
  return done;
}

const input = (selector: string) => screen.querySelector(selector) as HTMLInputElement;

describe('whenEngaged: the widget app is fetched only once the visitor engages', () => {
  it('waits while nobody touches the widget', async () => {
    expect(await resolved(whenEngaged())).toBe(false);
  });

  /** A pointer event of `type` from a `pointerType` (jsdom has no PointerEvent). */
  const pointer = (type: string, pointerType: string) => Object.assign(new Event(type, { bubbles: true }), { pointerType });

  it.each([
    ['a mouse moving over it', () => input('[value=beijing]').dispatchEvent(pointer('pointermove', 'mouse'))],
    ['a press', () => input('[value=beijing]').dispatchEvent(pointer('pointerdown', 'mouse'))],
    ['a pen', () => input('[value=beijing]').dispatchEvent(pointer('pointerdown', 'pen'))],
    ['a key', () => document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }))],
    ['the focus coming in (Tab)', () => input('#wz-region-filter').focus()],
    ['a click alone (a tap in Safari focuses nothing)', () => input('[value=beijing]').dispatchEvent(new Event('click', { bubbles: true }))],
    // Chromium's click is a PointerEvent: a tap's click says "touch" and still counts.
    ['a tap (its click)', () => input('[value=beijing]').dispatchEvent(pointer('click', 'touch'))],
  ])('goes on after %s', async (_, act) => {
    const engaged = whenEngaged();
    act();
    expect(await resolved(engaged)).toBe(true);
  });

  it.each([
    ['a finger scrolling the host page over it', () => {
      screen.dispatchEvent(new Event('touchstart', { bubbles: true }));
      input('[value=beijing]').dispatchEvent(pointer('pointerover', 'touch'));
      input('[value=beijing]').dispatchEvent(pointer('pointerdown', 'touch'));
      input('[value=beijing]').dispatchEvent(pointer('pointermove', 'touch'));
      input('[value=beijing]').dispatchEvent(pointer('pointercancel', 'touch'));
    }],
    // What Chromium sends when the wheel scrolls the page and the widget passes under a still mouse.
    ['a wheel scrolling it under a still mouse', () => {
      input('[value=beijing]').dispatchEvent(new Event('wheel', { bubbles: true }));
      input('[value=beijing]').dispatchEvent(pointer('pointerover', 'mouse'));
      input('[value=beijing]').dispatchEvent(pointer('pointerenter', 'mouse'));
    }],
    ['a scroll of the page', () => document.dispatchEvent(new Event('scroll'))],
    ['a scroll of a list inside', () => input('[value=beijing]').dispatchEvent(new Event('scroll'))],
  ])('does not fetch the app for someone passing by: %s', async (_, act) => {
    const engaged = whenEngaged();
    act();
    expect(await resolved(engaged)).toBe(false);
  });

  it('is not kept away by a handler of the page that stops the event', async () => {
    const stop = (event: Event) => event.stopPropagation();
    screen.addEventListener('pointerdown', stop);
    const engaged = whenEngaged();
    input('[value=beijing]').dispatchEvent(pointer('pointerdown', 'mouse'));
    expect(await resolved(engaged)).toBe(true);
    screen.removeEventListener('pointerdown', stop);
  });

  it.each([
    ['a region chosen', () => (input('[value=beijing]').checked = true)],
    ['text typed in the search box', () => (input('#wz-region-filter').value = '北京')],
    ['the focus on a control', () => input('#wz-region-filter').focus()],
    ['a Continue held', () => document.documentElement.setAttribute('data-continue', '')],
  ])('goes on at once when the screen was used before this ran: %s', async (_, act) => {
    act();
    expect(await resolved(whenEngaged())).toBe(true);
    input('#wz-region-filter').blur();
    document.documentElement.removeAttribute('data-continue');
  });

  it('stops listening once engaged', async () => {
    const removed: string[] = [];
    const remove = window.removeEventListener.bind(window);
    vi.spyOn(window, 'removeEventListener').mockImplementation((type, listener, options) => {
      removed.push(type);
      remove(type, listener, options);
    });
    const engaged = whenEngaged();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true }));
    await engaged;
    expect(removed.sort()).toEqual(['change', 'click', 'focusin', 'input', 'keydown', 'pointerdown', 'pointermove', 'submit']);
    vi.restoreAllMocks();
  });
});

/** A window framed by `framedBy`, its parent recording what it is sent. */
function framedWindow(search: string, framedBy: string | undefined) {
  const sent: { message: unknown; origin: string }[] = [];
  const win = {
    location: { search, ancestorOrigins: framedBy === undefined ? [] : [framedBy] },
    document,
    parent: { postMessage: (message: unknown, origin: string) => sent.push({ message, origin }) },
  };
  return { win: win as unknown as Window, sent };
}

describe('dressStaticWidget: the static screen before the app', () => {
  let observe: Element[];
  // The channel is decided once per page (widget-channel.ts): each test is a fresh page.
  let dress: typeof dressStaticWidget;
  let widgetChannel: typeof WidgetChannel;
  beforeEach(async () => {
    vi.resetModules();
    ({ dressStaticWidget: dress } = await import('../../src/app/embed/static-widget'));
    ({ widgetChannel } = await import('../../src/app/embed/widget-channel'));
    observe = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe(element: Element) {
          observe.push(element);
        }
        disconnect() {}
      },
    );
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ height: 612.4 } as DOMRect);
  });
  afterEach(() => vi.restoreAllMocks());

  it('wears the host’s accent colour in its three shades', () => {
    const { win } = framedWindow('?accent=%237a1f5c', undefined);
    dress(win);
    const palette = checkAccent('#7a1f5c');
    if (!palette.ok) throw new Error('the test colour should pass');
    const style = document.documentElement.style;
    expect([style.getPropertyValue('--accent'), style.getPropertyValue('--accent-strong'), style.getPropertyValue('--accent-soft')]).toEqual([palette.palette.accent, palette.palette.strong, palette.palette.soft]);
  });

  it('leaves out a colour too light for white text, as the app does', () => {
    dress(framedWindow('?accent=%23ffcc00', undefined).win);
    expect(document.documentElement.style.getPropertyValue('--accent')).toBe('');
  });

  it('sends its height, rounded up, to the named host that frames it, and only to that origin', () => {
    const { win, sent } = framedWindow('?lang=en&parentOrigin=https%3A%2F%2Fhost.example', 'https://host.example');
    dress(win);
    expect(sent).toEqual([{ message: { type: 'yibao:height', height: 613 }, origin: 'https://host.example' }]);
    expect(observe).toEqual([screen.querySelector('.embed')]);
    expect(document.documentElement.classList.contains('embed-page--sized')).toBe(true);
  });

  it.each([
    ['no parentOrigin', '?lang=en', 'https://host.example'],
    ['a parentOrigin that is not an origin', '?parentOrigin=host.example', 'https://host.example'],
    ['another page framing it', '?parentOrigin=https%3A%2F%2Fhost.example', 'https://other.example'],
  ])('sends nothing with %s', (_, search, framedBy) => {
    const { win, sent } = framedWindow(search, framedBy);
    dress(win);
    expect(sent).toEqual([]);
    expect(document.documentElement.classList.contains('embed-page--sized')).toBe(false);
  });

  it('says once, as the page loads, that the named host is not the page framing the widget; the app then uses that decision', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { win, sent } = framedWindow('?parentOrigin=https%3A%2F%2Fhost.example', 'https://other.example');
    dress(win);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/parentOrigin https:\/\/host\.example is not the page that frames the widget \(https:\/\/other\.example\)/);
    expect(widgetChannel('https://host.example', win)).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(sent).toEqual([]);
  });

  it('sends nothing when not in a frame', () => {
    const { win } = framedWindow('?parentOrigin=https%3A%2F%2Fhost.example', 'https://host.example');
    (win as unknown as { parent: unknown }).parent = win;
    dress(win);
    expect(observe).toEqual([]);
  });
});
