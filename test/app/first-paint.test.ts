// @vitest-environment jsdom
// The static first step and the app agree on names and on what counts as the person's answers
// there (the head script and the takeover read the same page).
import { afterEach, describe, expect, it } from 'vitest';
import { DOM, START_STATUS_ID as PRERENDERED_STATUS_ID } from '../../scripts/prerender.mjs';
import { START_STATUS_ID } from '../../src/app/static-start-page';
import { staticStepChanges } from '../../src/first-paint/static-step-changes';
import { APP_ROOT_ATTRIBUTE, PRERENDER_LANG_ATTRIBUTE, STATIC_STEP_ATTRIBUTE, STATIC_STEP_ID } from '../../src/first-paint/first-screen-dom';
import { carryStaticStep, restoreStaticStep } from '../../src/first-paint/static-step-carry';

const STEP = `<form>
  <h2 tabindex="-1">在哪里参保？</h2>
  <input id="wz-region-filter" type="search" value="">
  <input type="radio" name="region" value="national" checked><input type="radio" name="region" value="beijing">
  <input type="radio" name="scheme" value="resident" checked><input type="radio" name="scheme" value="employee">
  <button type="submit">继续</button>
</form>`;

function staticStep(): HTMLElement {
  const step = document.createElement('div');
  step.setAttribute(STATIC_STEP_ATTRIBUTE, '');
  step.innerHTML = STEP;
  document.body.append(step);
  return step;
}
const input = (step: Element, selector: string) => step.querySelector(selector) as HTMLInputElement;

afterEach(() => {
  document.body.innerHTML = '';
  sessionStorage.clear();
});

it('the build writes the names the head script and the app look for', () => {
  expect(DOM).toEqual({ prerenderLang: PRERENDER_LANG_ATTRIBUTE, appRoot: APP_ROOT_ATTRIBUTE, staticStep: STATIC_STEP_ATTRIBUTE, staticStepId: STATIC_STEP_ID });
  expect(PRERENDERED_STATUS_ID).toBe(START_STATUS_ID);
});

describe('staticStepChanges', () => {
  it('is nothing for a step left as the page drew it', () => {
    expect(staticStepChanges(staticStep())).toEqual({ chosen: {}, typed: {}, focus: null });
  });

  it('reads the choices changed and the text typed there, and where the focus was', () => {
    const step = staticStep();
    input(step, '[value=beijing]').checked = true;
    input(step, '#wz-region-filter').value = 'bj';
    input(step, '[value=employee]').focus();
    input(step, '[value=employee]').checked = true;
    expect(staticStepChanges(step)).toEqual({
      chosen: { region: 'beijing', scheme: 'employee' },
      typed: { 'wz-region-filter': 'bj' },
      focus: 'input[name="scheme"][value="employee"]',
    });
    input(step, '#wz-region-filter').focus();
    expect(staticStepChanges(step).focus).toBe('[id="wz-region-filter"]');
    (step.querySelector('h2') as HTMLElement).focus();
    expect(staticStepChanges(step).focus).toBe('.wz-step__heading');
  });
});

describe('carrying the static step across a reload', () => {
  it('puts back what was chosen and typed, once', () => {
    const before = staticStep();
    input(before, '[value=beijing]').checked = true;
    input(before, '#wz-region-filter').value = '北京';
    expect(carryStaticStep(before)).toBe(true);
    document.body.innerHTML = '';
    const after = staticStep();
    expect(restoreStaticStep(after)).toBe(true);
    expect(input(after, '[value=beijing]').checked).toBe(true);
    expect(input(after, '[value=national]').checked).toBe(false);
    expect(input(after, '#wz-region-filter').value).toBe('北京');
    // Once: a later reload starts from the page again.
    expect(restoreStaticStep(staticStep())).toBe(false);
  });

  it('ignores what it cannot read', () => {
    sessionStorage.setItem('yibao:static-step', '{not json');
    expect(restoreStaticStep(staticStep())).toBe(false);
  });
});
