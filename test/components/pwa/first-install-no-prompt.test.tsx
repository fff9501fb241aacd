// The update prompt appears for a new version waiting beside the active one, never for this
// visit's own first install, which workbox-window also reports as "waiting" when it stays
// installed over 200 ms before activating (a slow phone; seen in Firefox on a busy machine).
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProviders, createQueryClient } from '../../../src/app/app';
import { RegisteredUpdatePrompt } from '../../../src/app/registered-update-prompt';
import { isUpdateWaiting } from '../../../src/app/update-waiting';
import { createI18n } from '../../../src/i18n/setup';
import en from '../../../src/i18n/locales/en.json';

interface Options {
  onNeedRefresh?: () => void;
  onRegisteredSW?: (url: string, registration: ServiceWorkerRegistration | undefined) => void;
}
const hook = vi.hoisted(() => ({ options: null as Options | null }));
vi.mock('virtual:pwa-register/react', () => ({
  useRegisterSW: (options: Options) => {
    hook.options = options;
    return { needRefresh: [true, () => {}], offlineReady: [false, () => {}], updateServiceWorker: async () => {} };
  },
}));

const worker = {} as ServiceWorker;
const registration = (active: ServiceWorker | null) => ({ active }) as ServiceWorkerRegistration;

/** Renders the prompt once its language is loaded, and returns what it gave the hook. */
async function renderPrompt() {
  render(
    <AppProviders i18n={createI18n({ language: 'en' })} queryClient={createQueryClient()}>
      <RegisteredUpdatePrompt />
    </AppProviders>,
  );
  await screen.findByRole('status');
  return hook.options!;
}

describe('isUpdateWaiting', () => {
  it('is an update only with a worker already active or in control', () => {
    expect(isUpdateWaiting(registration(null), null)).toBe(false);
    expect(isUpdateWaiting(undefined, null)).toBe(false);
    expect(isUpdateWaiting(registration(worker), null)).toBe(true);
    // Registration not known yet: the page's controller tells.
    expect(isUpdateWaiting(undefined, worker)).toBe(true);
  });
});

describe('RegisteredUpdatePrompt', () => {
  beforeEach(() => {
    hook.options = null;
    Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: { controller: null, getRegistration: async () => undefined } });
  });
  afterEach(() => {
    delete (navigator as { serviceWorker?: unknown }).serviceWorker;
  });

  it('says nothing when the first install is reported as waiting (no worker active yet), even though the hook flags a refresh', async () => {
    const options = await renderPrompt();
    act(() => {
      options.onRegisteredSW?.('/sw.js', registration(null));
      options.onNeedRefresh?.();
    });
    expect(screen.queryByTestId('update-prompt')).toBeNull();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('a new version already waiting when a hard reload registers (reported before the registration arrives): asked of the browser, and offered', async () => {
    const waiting = { active: worker, waiting: {} as ServiceWorker } as ServiceWorkerRegistration;
    Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: { controller: null, getRegistration: async () => waiting } });
    const options = await renderPrompt();
    act(() => options.onNeedRefresh?.());
    expect(await screen.findByTestId('update-prompt')).toHaveTextContent(en.pwa.updateReady);
  });

  it('offers Reload and Later when a new version waits beside the active one', async () => {
    const options = await renderPrompt();
    act(() => {
      options.onRegisteredSW?.('/sw.js', registration(worker));
      options.onNeedRefresh?.();
    });
    expect(screen.getByTestId('update-prompt')).toHaveTextContent(en.pwa.updateReady);
    expect(screen.getByRole('button', { name: en.pwa.reload })).toBeInTheDocument();
    act(() => screen.getByRole('button', { name: en.pwa.later }).click());
    expect(screen.queryByTestId('update-prompt')).toBeNull();
  });
});
