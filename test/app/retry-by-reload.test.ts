// @vitest-environment jsdom
// A failed press on the static start page is retried by a reload that carries the press.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { retryByReload, takePendingIntent } from '../../src/app/retry-by-reload';

describe('retry by reload', () => {
  const reload = vi.fn();
  beforeEach(() => {
    sessionStorage.clear();
    vi.stubGlobal('location', { ...window.location, reload });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    reload.mockReset();
  });

  it('reloads the page and hands the press to the next load, once', () => {
    retryByReload({ kind: 'language', language: 'en' });
    expect(reload).toHaveBeenCalledOnce();
    expect(takePendingIntent()).toEqual({ kind: 'language', language: 'en' });
    expect(takePendingIntent()).toBeNull();
  });

  it('ignores what it did not write or cannot read', () => {
    for (const raw of ['{"kind":"language","language":"fr"}', '{"kind":"none"}', 'not json', '[]']) {
      sessionStorage.setItem('yibao:pending-intent', raw);
      expect(takePendingIntent()).toBeNull();
    }
    expect(takePendingIntent()).toBeNull();
  });
});
