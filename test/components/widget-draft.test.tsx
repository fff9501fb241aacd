// The widget keeps its answers as the app does (issue 13): when the browser will not store them,
// the person is told, with a way to keep them.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../src/app/app';
import { EmbedApp } from '../../src/app/embed/embed-app';
import { parseEmbedParams } from '../../src/app/embed/embed-params';
import { createI18n } from '../../src/i18n/setup';
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
  await screen.findByRole('heading', { level: 2, name: 'Where are you insured, and in which scheme?' }, { timeout: 8000 });
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('full', 'QuotaExceededError');
  });
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  expect(await screen.findByText(/could not be saved on this device/, undefined, { timeout: 8000 })).toBeVisible();
  expect(screen.getByRole('button', { name: 'Copy my answers as a link' })).toBeVisible();
}, 30_000);
