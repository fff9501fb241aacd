import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Result, Scenario } from '../../src/calc';
import { parentChannel, reportHeight, restorationDates, resultMessage } from '../../src/app/embed/messages';

describe('what the widget tells its host', () => {
  it('restoration dates only: no rule ids, no years', () => {
    expect(restorationDates({ kind: 'date', date: '2026-06-02' })).toEqual({ kind: 'date', date: '2026-06-02' });
    expect(restorationDates({ kind: 'range', earliest: '2026-04-01', latest: '2026-06-01', reason: 'E3' })).toEqual({ kind: 'range', earliest: '2026-04-01', latest: '2026-06-01' });
    expect(restorationDates({ kind: 'needsNextYear', date: '2027-01-01', year: 2027 })).toEqual({ kind: 'needsNextYear', date: '2027-01-01' });
  });

  it('answers only in "answers" mode', () => {
    const result = { main: { restoration: { kind: 'date', date: '2026-06-02' } } } as unknown as Result;
    const scenario = { region: 'fujian' } as unknown as Scenario;
    expect(resultMessage(result, scenario, 'dates')).toEqual({ type: 'yibao:result', restoration: { kind: 'date', date: '2026-06-02' } });
    expect(resultMessage(result, scenario, 'answers')).toEqual({ type: 'yibao:result', restoration: { kind: 'date', date: '2026-06-02' }, answers: scenario });
  });

  it('posts to the named origin only, and not at all outside a frame', () => {
    const postMessage = vi.fn();
    const framed = { parent: { postMessage } };
    parentChannel('https://host.example', framed)!.post({ type: 'yibao:height', height: 10 });
    expect(postMessage).toHaveBeenCalledWith({ type: 'yibao:height', height: 10 }, 'https://host.example');
    const top: { parent: unknown } = { parent: null };
    top.parent = top;
    expect(parentChannel('https://host.example', top as never)).toBeNull();
  });
});

describe('reportHeight', () => {
  let observed: (() => void) | undefined;
  afterEach(() => vi.unstubAllGlobals());

  it('rounds up and ignores changes under 2 px', () => {
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: () => void) {
          observed = callback;
        }
        observe() {}
        disconnect() {
          observed = undefined;
        }
      },
    );
    let height = 300.2;
    const element = { getBoundingClientRect: () => ({ height }) } as Element;
    const posted: number[] = [];
    const stop = reportHeight(element, (h) => posted.push(h));
    for (const next of [301, 301.9, 302.5, 600, 599, 598.5, 10]) {
      height = next;
      observed?.();
    }
    expect(posted).toEqual([301, 303, 600, 10]);
    stop();
    expect(observed).toBeUndefined();
  });
});
