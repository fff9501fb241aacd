// What the person changed on a static first step before the app arrived. Read by the app when
// it takes the step over (static-step-takeover.ts) and by the widget's first screen to tell
// whether it has been used (static-widget.ts), so both count the same things. No React: the
// widget's static screen loads this before its app.

/** What the person changed on the static step: radios chosen there, text typed there. */
export interface StaticStepChanges {
  /** Radio groups whose choice differs from the page's, by name. */
  chosen: Record<string, string>;
  /** Text fields whose value differs from the page's, by id. */
  typed: Record<string, string>;
  /** How to find, in the app's step, the element that had focus on the static one. */
  focus: string | null;
}

function cssString(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

/** Reads the static step (only one the person could see: hidden copies were never in use). */
export function staticStepChanges(step: Element): StaticStepChanges {
  const chosen: Record<string, string> = {};
  const typed: Record<string, string> = {};
  for (const input of step.querySelectorAll('input')) {
    if (input.type === 'radio' || input.type === 'checkbox') {
      if (input.checked && !input.defaultChecked) chosen[input.name] = input.value;
    } else if (input.id && input.value !== input.defaultValue) typed[input.id] = input.value;
  }
  const active = step.ownerDocument.activeElement;
  let focus: string | null = null;
  if (active && step.contains(active)) {
    if (active instanceof HTMLInputElement && active.type === 'radio') focus = `input[name=${cssString(active.name)}][value=${cssString(active.value)}]`;
    // The heading (h1 in the app, h2 in the widget: the step holds no other) has an id React makes.
    else if (active.tagName[0] === 'H') focus = '.wz-step__heading';
    else if (active.id) focus = `[id=${cssString(active.id)}]`;
    // A link (the widget's footer link to the full app) is the same link in the app's screen.
    else if (active instanceof HTMLAnchorElement && active.hasAttribute('href')) focus = `a[href=${cssString(active.getAttribute('href') as string)}]`;
    else if (active instanceof HTMLButtonElement) focus = active.type === 'submit' ? '.wz-nav [type=submit]' : '.wz-nav [data-back]';
  }
  return { chosen, typed, focus };
}
