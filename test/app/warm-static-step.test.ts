// @vitest-environment jsdom
// The static first step laid out unseen while the start page is read: a slice at a time, each
// within its time budget, stopping when Start shows the step or the app takes it over, and
// leaving the step's elements as they were.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COLD_ATTRIBUTE, WARM_ATTRIBUTE, warmStaticStep } from '../../src/app/warm-static-step';

// The shape of the prerendered step: text in headings, hints, labels and a button.
const STEP = `
  <h2>您在哪里参保？</h2>
  <p class="wz-hint">选择地区</p>
  <fieldset><legend>华北</legend>
    <label><input type="radio" name="region" value="beijing"> 北京</label>
    <label><input type="radio" name="region" value="tianjin"> 天津</label>
  </fieldset>
  <div><span>  </span></div>
  <button type="submit">继续</button>`;

let step: HTMLElement;
let queue: (() => void)[];
const schedule = (run: () => void) => void queue.push(run);
/** Runs the next scheduled slice; false when none is waiting. */
const runNext = () => {
  const run = queue.shift();
  run?.();
  return run !== undefined;
};
const cold = () => step.querySelectorAll(`[${COLD_ATTRIBUTE}]`).length;

beforeEach(() => {
  queue = [];
  history.replaceState(null, '', '#');
  step = document.createElement('div');
  step.id = '/where';
  step.innerHTML = STEP;
  document.body.append(step);
});
afterEach(() => {
  step.remove();
});

describe('warmStaticStep', () => {
  it('marks every element with text of its own, and only those, then lays them out a slice at a time', () => {
    // A clock that moves 10 ms per reading: each slice (8 ms) takes one element.
    let t = 0;
    warmStaticStep(step, schedule, () => (t += 10));
    expect(step.hasAttribute(WARM_ATTRIBUTE)).toBe(true);
    // h2, p, legend, two labels, button: not the fieldset, the div, nor the span with only spaces.
    expect(cold()).toBe(6);
    expect(step.querySelector('fieldset')?.hasAttribute(COLD_ATTRIBUTE)).toBe(false);
    expect(step.querySelector('span')?.hasAttribute(COLD_ATTRIBUTE)).toBe(false);
    const left: number[] = [];
    while (runNext()) left.push(cold());
    expect(left).toEqual([5, 4, 3, 2, 1, 0]);
  });

  it('does as many elements in one slice as its time allows', () => {
    let t = 0;
    // 2 ms per reading: the slice's 8 ms hold four elements.
    warmStaticStep(step, schedule, () => (t += 2));
    runNext();
    expect(cold()).toBe(2);
    while (runNext());
    expect(cold()).toBe(0);
  });

  it('stops, leaving no marks, once Start shows the step', () => {
    let t = 0;
    warmStaticStep(step, schedule, () => (t += 10));
    runNext();
    expect(cold()).toBe(5);
    history.replaceState(null, '', '#/where');
    expect(step.matches(':target')).toBe(true);
    runNext();
    expect(cold()).toBe(0);
    expect(queue).toHaveLength(0);
  });

  it('stops when the step leaves the page (the app took it over, or the other language replaced it), and when told to', () => {
    warmStaticStep(step, schedule, () => 0);
    step.remove();
    runNext();
    expect(cold()).toBe(0);
    expect(queue).toHaveLength(0);
    // Set aside, it is not laid out again along with its page when it comes back.
    expect(step.hasAttribute(WARM_ATTRIBUTE)).toBe(false);

    document.body.append(step);
    const stop = warmStaticStep(step, schedule, () => 0);
    expect(cold()).toBe(6);
    stop();
    expect(cold()).toBe(0);
    runNext();
    expect(queue).toHaveLength(0);
  });

  it('does nothing for a step without text', () => {
    step.innerHTML = '<div><input type="radio"></div>';
    warmStaticStep(step, schedule, () => 0);
    expect(queue).toHaveLength(0);
  });
});
