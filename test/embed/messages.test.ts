import { afterEach, describe, expect, it, vi } from 'vitest';
import { calculate } from '../../src/calc';
import type { Result, Scenario } from '../../src/calc';
import { framingOrigin, parentChannel, reportHeight } from '../../src/app/embed/frame-channel';
import { RESULT_EVENT_VERSION, restorationEvent, resultMessage } from '../../src/app/embed/messages';
import { rangeLines } from '../../src/features/result/range-lines';
import { chainFor } from '../fixtures/packs';
import { residentPay, scenario } from '../fixtures/scenarios';

function run(s: Scenario): Result {
  const outcome = calculate(s, chainFor(s.region));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
}

/** Covered 2025, pays 2026 on `date`. */
const payer2026 = (date: string, region = 'national') => scenario({ asOf: date, region, years: { 2025: 'resident' }, payments: [residentPay(date, [2026])] });

describe('what the widget tells its host (result event version 3)', () => {
  it('single answers: a date, a date that needs next year paid, no cover', () => {
    expect(restorationEvent({ kind: 'date', date: '2026-06-02' })).toEqual({ kind: 'date', date: '2026-06-02' });
    expect(restorationEvent({ kind: 'needsNextYear', date: '2027-01-10', year: 2027 })).toEqual({ kind: 'needsNextYear', date: '2027-01-10', year: 2027 });
    expect(restorationEvent({ kind: 'noCover', year: 2026 })).toEqual({ kind: 'noCover', year: 2026 });
  });

  it('W34 under the national rules: a range with every outcome, earliest first, and region codes, but no rule ids or conditions', () => {
    const result = run(payer2026('2026-01-20'));
    const r = result.main.restoration;
    if (r.kind !== 'range') throw new Error(`expected a range, got ${r.kind}`);
    const message = resultMessage(result, payer2026('2026-01-20'), 'dates');
    expect(message.version).toBe(RESULT_EVENT_VERSION);
    expect(message.version).toBe(3);
    const event = message.restoration;
    if (event.kind !== 'range') throw new Error('expected a range event');
    expect(event).toMatchObject({ kind: 'range', earliest: r.earliest, latest: r.latest, noCoverPossible: r.noCoverPossible });
    expect(event.outcomes).toHaveLength(r.outcomes.length);
    const dates = event.outcomes.map((o) => (o.restoration.kind === 'noCover' ? '9999' : o.restoration.date));
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe(r.earliest);
    expect(dates.at(-1)).toBe(r.latest);
    // The first outcome (the window still open) names the regions the pack lists for it.
    // Those it names as our reading of their rules too (a city notice taken for 西藏's and 四川's window), marked as such.
    const named = r.outcomes[0]?.when[0]?.[0];
    expect(named?.readRegions).toEqual(['xizang', 'sichuan']);
    expect(event.outcomes[0]?.regions).toEqual([...(named?.regions ?? []), ...(named?.readRegions ?? [])]);
    expect(event.outcomes[0]?.readRegions).toEqual(named?.readRegions);
    const text = JSON.stringify(message);
    for (const id of ['resident.', 'windowEnd', 'afterWindow', 'when', 'sources', 'param']) expect(text).not.toContain(id);
    expect(message.waiting).toEqual({ unit: 'months', length: 3, start: '2026-01-20', end: null });
    expect(message).not.toHaveProperty('answers');
  });

  it('names the regions each line on screen names (the simplest form of its conditions): 2027 paid on 20 Nov 2026 after a lapse-free 2024', () => {
    const s = scenario({ asOf: '2026-11-25', years: { 2024: 'resident' }, payments: [residentPay('2026-11-20', [2027])] });
    const result = run(s);
    const r = result.main.restoration;
    if (r.kind !== 'range') throw new Error(`expected a range, got ${r.kind}`);
    const event = resultMessage(result, s, 'dates').restoration;
    if (event.kind !== 'range') throw new Error('expected a range event');
    const lines = rangeLines(r);
    // Every outcome has a line of its own here, and the event's regions are that line's.
    expect(lines.others).toBeNull();
    expect(event.outcomes.map((o) => o.regions)).toEqual(lines.lines.map((l) => l.regions));
    // 湖北 and 陕西 give 1 May 2027 too: named on screen, so in the event (they were left out).
    const may = event.outcomes.find((o) => o.restoration.kind === 'date' && o.restoration.date === '2027-05-01');
    expect(may?.regions).toEqual(expect.arrayContaining(['hubei', 'shaanxi', 'liaoning-fuxin']));
  });

  it('W32 (Gansu, after its supplementary period): no cover, and no waiting period', () => {
    const message = resultMessage(run(payer2026('2026-03-05', 'gansu')), payer2026('2026-03-05', 'gansu'), 'dates');
    expect(message).toEqual({ type: 'yibao:result', version: 3, restoration: { kind: 'noCover', year: 2026 }, waiting: null });
  });

  it('national, paid in March: a range that includes no cover says so', () => {
    const message = resultMessage(run(payer2026('2026-03-05')), payer2026('2026-03-05'), 'dates');
    const event = message.restoration;
    if (event.kind !== 'range') throw new Error('expected a range event');
    expect(event.noCoverPossible).toBe(true);
    expect(event.outcomes.at(-1)?.restoration).toEqual({ kind: 'noCover', year: 2026 });
  });

  it('W31 (Hunan): a wait counted in days comes with its unit', () => {
    const result = run(payer2026('2026-03-10', 'hunan'));
    const message = resultMessage(result, payer2026('2026-03-10', 'hunan'), 'dates');
    expect(message.restoration).toEqual(result.main.restoration);
    expect(message.waiting).toEqual({ unit: 'days', length: 90, start: '2026-03-10', end: result.main.waiting?.end });
  });

  it('answers only in "answers" mode', () => {
    const result = { main: { restoration: { kind: 'date', date: '2026-06-02' }, waiting: null } } as unknown as Result;
    const s = { region: 'fujian' } as unknown as Scenario;
    expect(resultMessage(result, s, 'dates')).toEqual({ type: 'yibao:result', version: 3, restoration: { kind: 'date', date: '2026-06-02' }, waiting: null });
    expect(resultMessage(result, s, 'answers')).toEqual({ type: 'yibao:result', version: 3, restoration: { kind: 'date', date: '2026-06-02' }, waiting: null, answers: s });
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

describe('framingOrigin', () => {
  it('reads ancestorOrigins where the browser has it (Chromium, Safari), whatever the referrer', () => {
    expect(framingOrigin({ ancestorOrigins: ['https://host.example'] }, 'https://other.example/page')).toBe('https://host.example');
    expect(framingOrigin({ ancestorOrigins: ['null'] }, '')).toBe('null');
  });

  it('falls back to the referrer\'s origin without ancestorOrigins (Firefox), unknown without a referrer', () => {
    expect(framingOrigin({}, 'https://host.example/')).toBe('https://host.example');
    expect(framingOrigin({}, 'https://host.example/a/page.html?q=1')).toBe('https://host.example');
    expect(framingOrigin({}, '')).toBeUndefined();
    expect(framingOrigin({}, 'not a url')).toBeUndefined();
  });
});

describe('reportHeight', () => {
  let observed: (() => void) | undefined;
  afterEach(() => vi.unstubAllGlobals());

  const stubObserver = () =>
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

  it('rounds up and ignores changes under 2 px; a shrink is posted a moment later', () => {
    vi.useFakeTimers();
    stubObserver();
    let height = 300.2;
    const element = { getBoundingClientRect: () => ({ height }), isConnected: true } as Element;
    const posted: number[] = [];
    const stop = reportHeight(element, (h) => posted.push(h));
    for (const next of [301, 301.9, 302.5, 600, 599, 598.5, 10]) {
      height = next;
      observed?.();
    }
    expect(posted).toEqual([301, 303, 600]);
    vi.advanceTimersByTime(150);
    expect(posted).toEqual([301, 303, 600, 10]);
    stop();
    expect(observed).toBeUndefined();
    vi.useRealTimers();
  });

  it('a screen replaced by a taller one is never posted at the brief height between them ("start again": result, then only the title, then the first step)', () => {
    vi.useFakeTimers();
    stubObserver();
    let height = 5799;
    const element = { getBoundingClientRect: () => ({ height }), isConnected: true } as Element;
    const posted: number[] = [];
    const stop = reportHeight(element, (h) => posted.push(h));
    height = 346; // the title alone, for a moment
    observed?.();
    height = 1950; // the first step, drawn; its own notification may never come (a frame out of view)
    vi.advanceTimersByTime(150);
    expect(posted).toEqual([5799, 1950]);
    // Back to the height already posted before the delay ends: nothing to post.
    height = 1000;
    observed?.();
    height = 1950;
    observed?.();
    vi.advanceTimersByTime(150);
    expect(posted).toEqual([5799, 1950]);
    stop();
    vi.useRealTimers();
  });

  it('after a shrink, a screen slower to arrive is measured again without any notification; stopping cancels what is pending', () => {
    vi.useFakeTimers();
    stubObserver();
    let height = 5799;
    const element = { getBoundingClientRect: () => ({ height }), isConnected: true } as Element;
    const posted: number[] = [];
    const stop = reportHeight(element, (h) => posted.push(h));
    height = 346;
    observed?.();
    vi.advanceTimersByTime(150);
    expect(posted).toEqual([5799, 346]);
    // The step arrives later, in a frame now out of view: no notification comes.
    height = 1950;
    vi.advanceTimersByTime(450);
    expect(posted).toEqual([5799, 346, 1950]);
    // A shrink pending when the reporter stops is never posted.
    height = 500;
    observed?.();
    stop();
    vi.advanceTimersByTime(2000);
    expect(posted).toEqual([5799, 346, 1950]);
    vi.useRealTimers();
  });

  it('stops by itself once its element has left the page (the static screen, when the app takes over)', () => {
    stubObserver();
    const element = { getBoundingClientRect: () => ({ height: 420 }), isConnected: true };
    const posted: number[] = [];
    reportHeight(element as unknown as Element, (h) => posted.push(h));
    expect(posted).toEqual([420]);
    element.isConnected = false;
    element.getBoundingClientRect = () => ({ height: 0 });
    observed?.();
    expect(observed).toBeUndefined();
    expect(posted).toEqual([420]);
  });
});
