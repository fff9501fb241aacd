import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProviders, createQueryClient } from '../../src/app/app';
import { LanguageSwitch } from '../../src/app/language-switch';
import { HomeScreen } from '../../src/features/home/home-screen';
import { createI18n } from '../../src/i18n/setup';
import { NATIONAL_LAST_CHECKED, NATIONAL_VERSION } from '../fixtures/packs';

// Plain paths: under jsdom the global URL is jsdom's, which node:fs does not accept.
const publicDir = join(import.meta.dirname, '../../public');

/** Serves files from public/ the way vite does; `override` swaps in a body for one path. */
function serveRules(override: Record<string, unknown> = {}) {
  return vi.fn(async (input: RequestInfo | URL) => {
    const path = new URL(String(input), 'http://localhost/').pathname;
    if (path in override) return Response.json(override[path]);
    try {
      return new Response(await readFile(join(publicDir, path)), { headers: { 'content-type': 'application/json' } });
    } catch {
      return new Response('not found', { status: 404 });
    }
  });
}

function renderHome() {
  const queryClient = createQueryClient();
  // Keep the app's retry policy but not its back-off pauses.
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retryDelay: 1 } });
  return render(
    <AppProviders i18n={createI18n({ language: 'zh-CN' })} queryClient={queryClient}>
      <LanguageSwitch />
      <HomeScreen />
    </AppProviders>,
  );
}

describe('HomeScreen', () => {
  beforeEach(() => vi.stubGlobal('fetch', serveRules()));
  afterEach(() => vi.unstubAllGlobals());

  it('shows the national pack name, version and last-checked date from public/rules', async () => {
    renderHome();
    expect(screen.getByRole('status')).toHaveTextContent('正在加载规则');
    expect(await screen.findByTestId('pack-name')).toHaveTextContent('全国基准（国家规定）');
    expect(screen.getByTestId('pack-version')).toHaveTextContent(NATIONAL_VERSION);
    expect(screen.getByText('全国基准（国家规定）')).toBeVisible();
    expect(screen.getByText(NATIONAL_VERSION)).toBeVisible();
    expect(screen.getByRole('heading', { name: '当前使用的规则' })).toBeVisible();
    const [y, m, d] = NATIONAL_LAST_CHECKED.split('-').map(Number);
    expect(screen.getByText(`${y}年${m}月${d}日`)).toHaveAttribute('datetime', NATIONAL_LAST_CHECKED);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('断保后，医保报销什么时候恢复？');
  });

  it('switches to English on request and marks the document language', async () => {
    renderHome();
    await screen.findByTestId('pack-name');
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByText('National baseline')).toBeVisible();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('en');
  });

  it('treats a pack index that fails validation as an error, and recovers on retry', async () => {
    const index = JSON.parse(await readFile(join(publicDir, 'rules/index.json'), 'utf8')) as { packs: Record<string, unknown>[] };
    const broken = { ...index, packs: index.packs.map((p) => ({ ...p, lastChecked: 'yesterday' })) };
    vi.stubGlobal('fetch', serveRules({ '/rules/index.json': broken }));
    renderHome();
    expect(await screen.findByRole('alert')).toHaveTextContent('规则文件内容有误');
    expect(screen.queryByTestId('pack-name')).not.toBeInTheDocument();

    vi.stubGlobal('fetch', serveRules());
    await userEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByTestId('pack-name')).toHaveTextContent('全国基准（国家规定）');
  });

  it('reads the pack summary from the index alone: the first screen loads no rule pack', async () => {
    const fetch = serveRules();
    vi.stubGlobal('fetch', fetch);
    renderHome();
    await screen.findByTestId('pack-name');
    expect(fetch.mock.calls.map(([url]) => new URL(String(url), 'http://localhost/').pathname)).toEqual(['/rules/index.json']);
  });

  it('retries a network failure twice, then reports it with a retry button', async () => {
    const offline = vi.fn(async () => Promise.reject(new TypeError('offline')));
    vi.stubGlobal('fetch', offline);
    renderHome();
    expect(await screen.findByRole('alert')).toHaveTextContent('规则加载失败');
    expect(offline).toHaveBeenCalledTimes(3);
    expect(screen.getByRole('button', { name: '重试' })).toBeEnabled();
  });
});
