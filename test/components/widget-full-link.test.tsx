// The widget's "Open the full calculator" link: on a result it carries the answers (as a share
// fragment), so the full app, in a tab that cannot read the widget's storage, opens on them.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { Scenario } from '../../src/calc';
import { createQueryClient } from '../../src/app/app';
import { EmbedApp } from '../../src/app/embed/embed-app';
import { parseEmbedParams } from '../../src/app/embed/embed-params';
import { decodeShare } from '../../src/features/result/share-link';
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

const SHARED: Scenario = scenario({ asOf: '2026-03-01', region: 'beijing', years: { 2025: 'resident' }, payments: [residentPay('2026-03-01', [2026])] });

function renderWidget(search: string, shared: Scenario | null) {
  const { params, scope } = parseEmbedParams(search);
  const language = search.includes('zh') ? 'zh-CN' : 'en';
  return render(<EmbedApp i18n={createI18n({ language, allTexts: true })} queryClient={createQueryClient()} params={params} scope={scope} channel={null} shared={shared} />);
}

it('on a result, the link to the full calculator carries these answers; back on a step, it no longer does', async () => {
  const user = userEvent.setup();
  renderWidget('?lang=en', SHARED);
  await screen.findByRole('heading', { name: 'Your result' }, { timeout: 8000 });
  const link = await screen.findByRole('link', { name: /Open these answers in the full calculator/ });
  const href = link.getAttribute('href') as string;
  expect(href.startsWith('/?lang=en#')).toBe(true);
  const decoded = decodeShare(href.slice(href.indexOf('#')));
  if (decoded.kind !== 'ok') throw new Error(`the link does not decode: ${JSON.stringify(decoded)}`);
  // The answers as the widget holds them (its history rows run to this year): the same payment, region and cover.
  expect(decoded.scenario.region).toBe('beijing');
  expect(decoded.scenario.payments).toEqual(SHARED.payments);
  expect(decoded.scenario.history.years.find((y) => y.year === 2025)?.cover).toBe('resident');

  await user.click(screen.getByRole('button', { name: 'Change your answers' }));
  await screen.findByRole('heading', { level: 2, name: 'Check your answers' }, { timeout: 8000 });
  expect(screen.getByRole('link', { name: /Open the full calculator/ })).toHaveAttribute('href', '/?lang=en');
  expect(screen.queryByRole('link', { name: /Open these answers/ })).toBeNull();
}, 30_000);

it('in Chinese, the link says it opens these answers', async () => {
  renderWidget('?lang=zh-CN', SHARED);
  await screen.findByRole('heading', { name: '计算结果' }, { timeout: 8000 });
  const link = await screen.findByRole('link', { name: /在完整版计算器中打开本次填写的内容/ });
  expect(link.getAttribute('href')).toMatch(/^\/\?lang=zh-CN#s=1\./);
});
