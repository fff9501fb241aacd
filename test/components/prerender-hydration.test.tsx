// The prerendered start page and the app's first render must agree, or hydration throws the
// page away; and a press made on the static page before the app arrived is carried out.
import { act, screen, waitFor, within } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import packIndex from '../../public/rules/index.json';
import { App, createQueryClient } from '../../src/app/app';
import { createI18n } from '../../src/i18n/setup';
import { renderStartPage } from '../../src/prerender';
import { packIndexQueryOptions } from '../../src/rules/pack-index';
import { serveRules } from './wizard/harness';

let container: HTMLElement;
let root: Root | undefined;
beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal('fetch', serveRules());
  vi.spyOn(console, 'error');
  container = document.createElement('div');
  container.innerHTML = renderStartPage(packIndex).html;
  document.body.append(container);
});
afterEach(() => {
  act(() => root?.unmount());
  container.remove();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

it('the prerender names the rules in use from the index the build ships, in Chinese, and has a busy text for the static page', () => {
  expect(renderStartPage(packIndex).busyText).toBe('正在加载…');
  const page = within(container);
  expect(page.getByRole('heading', { level: 1 })).toHaveTextContent('医保断缴后，什么时候能重新报销？');
  expect(page.getByTestId('pack-name')).toHaveTextContent('全国基准（国家规定）');
  expect(page.getByTestId('pack-version')).toHaveTextContent(packIndex.packs.find((p) => p.id === 'national')!.version);
  expect(page.getByRole('button', { name: '开始计算' })).toHaveAttribute('data-intent', 'start');
});

it('hydrates without a mismatch; English pressed before the app arrived switches the page, keeping focus and every node', async () => {
  const english = within(container).getByRole('button', { name: 'English' });
  const start = within(container).getByRole('button', { name: '开始计算' });
  english.focus();
  // What boot.tsx does: the index in the cache first, so the first render matches the HTML.
  const queryClient = createQueryClient();
  await queryClient.prefetchQuery(packIndexQueryOptions());
  const recoverable = vi.fn();
  await act(async () => {
    root = hydrateRoot(container, <App i18n={createI18n({ language: 'zh-CN' })} queryClient={queryClient} intent={{ kind: 'language', language: 'en' }} />, {
      onRecoverableError: recoverable,
    });
  });
  expect(await screen.findByRole('heading', { level: 1, name: 'After a lapse, when does medical insurance pay again?' })).toBeVisible();
  expect(recoverable).not.toHaveBeenCalled();
  expect(console.error).not.toHaveBeenCalled();
  // The same elements, now React's: the press landed on the page the person saw.
  expect(within(container).getByRole('button', { name: 'Start now' })).toBe(start);
  await waitFor(() => expect(english).toHaveAttribute('aria-pressed', 'true'));
  expect(english).toHaveFocus();
});
