// The static first step's answers across a reload: when the app could not be fetched, the
// next Continue reloads the page (retry-by-reload.ts says why), and what was chosen on the
// static step goes along in sessionStorage (this tab only), put back by the head script before
// the app takes the step over, with the Continue still to be carried out.

const KEY = 'yibao:static-step';

interface Carried {
  /** Checked radios by name. */
  chosen: Record<string, string>;
  /** Text fields by id. */
  typed: Record<string, string>;
}

/** Keeps what the static step shows now; false where storage is denied. */
export function carryStaticStep(step: Element): boolean {
  const carried: Carried = { chosen: {}, typed: {} };
  for (const input of step.querySelectorAll('input')) {
    if (input.type === 'radio') {
      if (input.checked) carried.chosen[input.name] = input.value;
    } else if (input.id) carried.typed[input.id] = input.value;
  }
  try {
    sessionStorage.setItem(KEY, JSON.stringify(carried));
    return true;
  } catch {
    return false;
  }
}

/** Puts carried answers back on the static step, once; true if there were any. */
export function restoreStaticStep(step: Element): boolean {
  let carried: Partial<Carried> | null;
  try {
    carried = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Partial<Carried> | null;
    sessionStorage.removeItem(KEY);
  } catch {
    return false;
  }
  if (typeof carried !== 'object' || carried === null) return false;
  for (const input of step.querySelectorAll('input')) {
    const value = input.type === 'radio' ? carried.chosen?.[input.name] : carried.typed?.[input.id];
    if (typeof value !== 'string') continue;
    if (input.type === 'radio') input.checked = input.value === value;
    else input.value = value;
  }
  return true;
}
