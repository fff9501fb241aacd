// Shared by the e2e tests: a page that fails its test on console errors, uncaught
// exceptions, Content-Security-Policy violations or any request to an origin the test did not
// name (the app must work with no server but its own, and must never phone home).
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

function isAllowed(url, origins) {
  const { protocol, origin } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:') return true;
  return origins.includes(origin);
}

/**
 * Runs `fn(page, context)` in a fresh browser context, then fails if the page (or a frame in
 * it) logged an error, threw, broke the Content-Security-Policy, or asked for anything but the
 * test's own origins: `baseURL` and, for the embed tests, the origins in `allowOrigins` (the
 * widget on 127.0.0.1 and its host page on localhost). Other requests are aborted, not just
 * reported, so a test can never pass by reaching the internet. Context routes also see the
 * service worker's own requests in Chromium.
 */
export async function withPage(browser, baseURL, fn, { locale = 'zh-CN', allowConsoleErrors = false, allowOrigins = [], ...contextOptions } = {}) {
  const context = await browser.newContext({ baseURL, locale, ...contextOptions });
  const origins = [baseURL, ...allowOrigins].map((url) => new URL(url).origin);
  const offsite = [];
  const errors = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isAllowed(url, origins)) return route.continue();
    offsite.push(url);
    return route.abort('blockedbyclient');
  });
  // Every frame keeps its CSP violations (window.__cspViolations) and reports them as errors.
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      const text = `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile || location.href}:${event.lineNumber})`;
      window.__cspViolations.push(text);
      console.error(`CSP violation: ${text}`);
    });
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
  assert.deepEqual(offsite, [], `requests to origins other than ${origins.join(', ')}:\n${offsite.join('\n')}`);
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
