// The widget keeps its answers as the app does (issue 13): when the browser will not store them,
// the person is told, with a way to keep them.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../src/calc';
import { createQueryClient } from '../../src/app/app';
import { EmbedApp } from '../../src/app/embed/embed-app';
import { parseEmbedParams } from '../../src/app/embed/embed-params';
import { createI18n } from '../../src/i18n/setup';
import { residentPay, scenario } from '../fixtures/scenarios';
import { serveRules } from './wizard/harness';

beforeEach(() => {
  sessionStorage.clear();
  vi.stubGlobal('fetch', serveRules());
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

it('a failed save in the widget is told, with "Copy my answers as a link"', async () => {
  const user = userEvent.setup();
  const { params, scope } = parseEmbedParams('?lang=en');
  render(<EmbedApp i18n={createI18n({ language: 'en', allTexts: true })} queryClient={createQueryClient()} params={params} scope={scope} channel={null} shared={null} />);
  await screen.findByRole('heading', { level: 2, name: 'Which scheme, and where are you insured?' }, { timeout: 8000 });
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('full', 'QuotaExceededError');
  });
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  expect(await screen.findByText(/could not be saved on this device/, undefined, { timeout: 8000 })).toBeVisible();
  expect(screen.getByRole('button', { name: 'Copy my answers as a link' })).toBeVisible();
}, 30_000);

/** The widget as embed-boot.tsx draws it, in English, with `shared` answers from the address (or none). */
function renderWidget(shared: Scenario | null) {
  const { params, scope } = parseEmbedParams('?lang=en');
  return render(<EmbedApp i18n={createI18n({ language: 'en', allTexts: true })} queryClient={createQueryClient()} params={params} scope={scope} channel={null} shared={shared} />);
}

const SHARED: Scenario = scenario({ asOf: '2026-03-01', region: 'beijing', years: { 2025: 'resident' }, payments: [residentPay('2026-03-01', [2026])] });

describe('a shared link opened in the widget while the person has answers of their own', () => {
  /** A first step completed in an earlier visit of this tab: the region chosen, then Continue. */
  async function ownAnswers(user: ReturnType<typeof userEvent.setup>) {
    const first = renderWidget(null);
    await screen.findByRole('heading', { level: 2, name: 'Which scheme, and where are you insured?' }, { timeout: 8000 });
    await user.click(await screen.findByRole('radio', { name: 'Rest of Fujian Province' }, { timeout: 8000 }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 2, name: 'Your cover so far' }, { timeout: 8000 });
    first.unmount();
  }

  it('asks first; "Keep my answers" leaves them as they were', async () => {
    const user = userEvent.setup();
    await ownAnswers(user);
    renderWidget(SHARED);
    const question = await screen.findByRole('heading', { level: 2, name: 'Open the shared answers?' }, { timeout: 8000 });
    await waitFor(() => expect(question).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Keep my answers' }));
    const step = await screen.findByRole('heading', { level: 2, name: 'Your cover so far' }, { timeout: 8000 });
    // The button pressed is gone with the question: the step's heading takes the focus.
    await waitFor(() => expect(step).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('radio', { name: 'Rest of Fujian Province' }, { timeout: 8000 })).toBeChecked();
  }, 30_000);

  it('"Open the shared answers" shows their result, and the person can bring their own back', async () => {
    const user = userEvent.setup();
    await ownAnswers(user);
    renderWidget(SHARED);
    await user.click(await screen.findByRole('button', { name: 'Open the shared answers' }, { timeout: 8000 }));
    expect(await screen.findByRole('heading', { name: 'Your result' }, { timeout: 8000 })).toBeVisible();
    // The widget keeps them for the tab only, as its own answers: the notice says so (the app keeps them on the device).
    expect(screen.getByText('The shared answers are open. Your own answers are kept until you close this tab.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Bring back my answers' }));
    expect(await screen.findByText('Your own answers are back.')).toBeVisible();
    await screen.findByRole('heading', { level: 2, name: 'Your cover so far' }, { timeout: 8000 });
  }, 30_000);

  it('without answers of their own, the shared answers open at once', async () => {
    renderWidget(SHARED);
    expect(await screen.findByRole('heading', { name: 'Your result' }, { timeout: 8000 })).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Open the shared answers?' })).toBeNull();
  }, 30_000);
});

describe('the widget’s share link', () => {
  it('points to the full calculator’s page, not to the widget’s own page with its parent origin', async () => {
    window.history.replaceState(null, '', '/embed.html?lang=en&parentOrigin=https%3A%2F%2Fhost.example');
    try {
      renderWidget(SHARED);
      await screen.findByRole('heading', { name: 'Your result' }, { timeout: 8000 });
      const link = (screen.getByRole('textbox', { name: 'Share link' }) as HTMLInputElement).value;
      expect(link.startsWith(`${window.location.origin}/#s=1.`)).toBe(true);
      expect(link).not.toMatch(/embed\.html|parentOrigin/);
    } finally {
      window.history.replaceState(null, '', '/');
    }
  }, 30_000);
});
