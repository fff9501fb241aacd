// The month the history step's hint and its message give as an example: as the browser's own
// month field shows it (Chromium: "August 2026"), or "2026-08" where the field is a text box
// (Firefox, Safari on a computer), which is what to type there.
import { afterEach, expect, it, vi } from 'vitest';
import type { Formatters } from '../../../src/i18n/use-format';

const f = { month: (iso: string) => `month ${iso}` } as unknown as Formatters;

afterEach(() => {
  vi.restoreAllMocks();
  vi.resetModules();
});

it('a browser with a month field: the month as the page formats months', async () => {
  const { monthExample } = await import('../../../src/features/wizard/month-example');
  expect(monthExample(f)).toBe('month 2026-08');
});

it('a browser whose month field is a text box: 2026-08, as typed', async () => {
  const create = document.createElement.bind(document);
  vi.spyOn(document, 'createElement').mockImplementation((tag: string) => {
    const el = create(tag);
    // What Firefox does with a type it does not know: it stays a text box.
    if (tag === 'input') Object.defineProperty(el, 'type', { get: () => 'text', set: () => undefined });
    return el;
  });
  const { monthExample } = await import('../../../src/features/wizard/month-example');
  expect(monthExample(f)).toBe('2026-08');
});
