// Every part of a date or month field shows the focus ring. In Chromium the calendar button (the
// field's last Tab stop) is in the input's own shadow tree: the input is then neither :focus nor
// :focus-visible, only :focus-within, and a ring drawn on :focus-visible vanished there (WCAG
// 2.4.7). jsdom has no such button: the test reads the step's own style sheet and asks which rules
// draw an outline on the focused field once :focus and :focus-visible match nothing, as for that button.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answersWith, draftAt, renderWizard, serveRules } from './harness';

const css = readFileSync(join(import.meta.dirname, '../../../src/features/wizard/wizard.css'), 'utf8');

/** Whether a rule of the page's style sheets draws an outline on `el` (focused) while only :focus-within matches it. */
function ringOnPickerFocus(el: Element): boolean {
  return [...document.styleSheets].some((sheet) =>
    [...sheet.cssRules].some((rule) => {
      if (!(rule instanceof CSSStyleRule)) return false;
      const outline = rule.style.getPropertyValue('outline') || rule.style.getPropertyValue('outline-style');
      return outline !== '' && !/^none\b/.test(outline) && el.matches(rule.selectorText.replace(/:focus(-visible)?(?![\w-])/g, ':not(*)'));
    }),
  );
}

beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal('fetch', serveRules());
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.head.querySelectorAll('style').forEach((el) => el.remove());
});

describe('date and month fields keep their focus ring on the calendar button', () => {
  it('a month field (the employee months)', async () => {
    await renderWizard({ initial: draftAt('history', answersWith({ scheme: 'flexible' })) });
    for (const label of ['Last month paid', 'Paid without a break since (optional)']) {
      const field = screen.getByLabelText(label);
      expect(field).toHaveAttribute('type', 'month');
      field.focus();
      expect(ringOnPickerFocus(field)).toBe(true);
    }
  });

  it('a date field (the payment date)', async () => {
    await renderWizard({ initial: draftAt('payment', answersWith({ scheme: 'resident' }), ['where', 'history']) });
    const date = await screen.findByLabelText('Date you plan to pay');
    expect(date).toHaveAttribute('type', 'date');
    date.focus();
    expect(ringOnPickerFocus(date)).toBe(true);
  });
});
