// Shared by the e2e tests: a page that fails its test on console errors, uncaught
// exceptions or any request that leaves the machine (the app must work with no server
// but its own, and must never phone home).
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

function isLocal(url, baseURL) {
  const { protocol, origin } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:') return true;
  return origin === new URL(baseURL).origin || new URL(url).hostname === '127.0.0.1';
}

/**
 * Runs `fn(page, context)` in a fresh browser context, then fails if the page logged an
 * error, threw, or asked for anything outside 127.0.0.1. Off-site requests are aborted,
 * not just reported, so a test can never pass by reaching the internet.
 */
export async function withPage(browser, baseURL, fn, { locale = 'zh-CN', allowConsoleErrors = false, ...contextOptions } = {}) {
  const context = await browser.newContext({ baseURL, locale, ...contextOptions });
  const offsite = [];
  const errors = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url, baseURL)) return route.continue();
    offsite.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  try {
    await fn(page, context);
  } finally {
    await context.close();
  }
  assert.deepEqual(offsite, [], `requests left 127.0.0.1:\n${offsite.join('\n')}`);
  if (!allowConsoleErrors) assert.deepEqual(errors, [], `the page reported errors:\n${errors.join('\n')}`);
}

/** Fails with a readable list when axe finds any violation of the WCAG 2.2 AA tags. */
export async function expectNoAxeViolations(page, label = '') {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
  assert.deepEqual(summary, [], `axe violations${label ? ` (${label})` : ''}:\n${summary.join('\n')}`);
}

export async function textOf(page, testId) {
  const locator = page.getByTestId(testId);
  await locator.waitFor({ state: 'visible' });
  return (await locator.textContent())?.trim();
}
