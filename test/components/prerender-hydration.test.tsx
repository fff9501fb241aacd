// The prerendered start page and the app's first render must agree, or hydration throws the
// page away; and a press made on the static page before the app arrived is carried out.
import { act, screen, waitFor, within } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import packIndex from '../../public/rules/index.json';
import { App, createQueryClient } from '../../src/app/app';
import { createI18n } from '../../src/i18n/setup';
import { renderFirstScreens } from '../../src/prerender';
import type { PrerenderedPages } from '../../src/prerender';
import { packIndexQueryOptions } from '../../src/rules/pack-index';
import { serveRules } from './wizard/harness';

let container: HTMLElement;
let root: Root | undefined;
let pages: PrerenderedPages;
beforeAll(async () => {
  pages = await renderFirstScreens(packIndex);
});
beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal('fetch', serveRules());
  vi.spyOn(console, 'error');
  container = document.createElement('div');
  container.innerHTML = pages['zh-CN'].start;
  document.body.append(container);
});
afterEach(() => {
  act(() => root?.unmount());
  container.remove();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

it('the prerender names the rules in use from the index the build ships, in Chinese, and has a busy text for the static page', () => {
  expect(pages['zh-CN'].busyText).toBe('正在加载…');
  expect(pages.en.busyText).toBe('Loading…');
  const page = within(container);
  expect(page.getByRole('heading', { level: 1 })).toHaveTextContent('断保后，医保报销什么时候恢复？');
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
  expect(await screen.findByRole('heading', { level: 1, name: 'After a lapse, when does reimbursement restart?' })).toBeVisible();
  expect(recoverable).not.toHaveBeenCalled();
  expect(console.error).not.toHaveBeenCalled();
  // The same elements, now React's: the press landed on the page the person saw.
  expect(within(container).getByRole('button', { name: 'Start now' })).toBe(start);
  await waitFor(() => expect(english).toHaveAttribute('aria-pressed', 'true'));
  expect(english).toHaveFocus();
});

it('the English start page hydrates as English without a mismatch', async () => {
  container.innerHTML = pages.en.start;
  const start = within(container).getByRole('button', { name: 'Start now' });
  const queryClient = createQueryClient();
  await queryClient.prefetchQuery(packIndexQueryOptions());
  const recoverable = vi.fn();
  const i18n = createI18n({ language: 'en' });
  await new Promise<void>((resolve) => (i18n.isInitialized ? resolve() : i18n.on('initialized', () => resolve())));
  await act(async () => {
    root = hydrateRoot(container, <App i18n={i18n} queryClient={queryClient} />, { onRecoverableError: recoverable });
  });
  expect(recoverable).not.toHaveBeenCalled();
  expect(console.error).not.toHaveBeenCalled();
  expect(within(container).getByRole('button', { name: 'Start now' })).toBe(start);
  expect(pages.en.title).toBe('Medical insurance lapse calculator');
});

it('the first step is prerendered in both languages, for the app and the widget, with every region and no day in it', () => {
  for (const [language, heading, scheme] of [
    ['zh-CN', '参加哪种医保？在哪里参保？', '城乡居民医保'],
    ['en', 'Which scheme, and where are you insured?', 'Resident'],
  ] as const) {
    // The step's heading is the page's h1 in the app, and under the widget's own title (its h1) an h2.
    for (const [html, level] of [[pages[language].step, 1], [pages[language].widget, 2]] as const) {
      const step = document.createElement('div');
      step.innerHTML = html;
      expect(within(step).getByRole('heading', { level })).toHaveTextContent(heading);
      // Every region of the index, the national baseline chosen, as a new visit starts.
      expect(within(step).getAllByRole('radio').filter((r) => r.getAttribute('name') === 'region')).toHaveLength(packIndex.packs.length);
      expect(step.querySelector('input[name=region]:checked')).toHaveProperty('value', 'national');
      expect(within(step).getByRole('radio', { name: new RegExp(scheme) })).toBeChecked();
      expect(within(step).getByRole('button', { name: language === 'en' ? 'Continue' : '继续' })).toHaveAttribute('type', 'submit');
      // Nothing that depends on a day (the store's stand-in day is in 2000).
      expect(step.textContent).not.toMatch(/2000/);
    }
  }
  // The app's step has Back to the start page, marked for the head script; the widget's first step has none.
  const app = document.createElement('div');
  app.innerHTML = pages['zh-CN'].step;
  expect(within(app).getByRole('button', { name: '上一步' })).toHaveAttribute('data-back');
  const widget = document.createElement('div');
  widget.innerHTML = pages['zh-CN'].widget;
  expect(within(widget).queryByRole('button', { name: '上一步' })).toBeNull();
});
