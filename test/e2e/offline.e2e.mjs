// Offline PWA: after one visit the service worker has precached the app, both languages and
// every rule pack, so a full calculation works with the network gone; an update waits behind a
// polite prompt and keeps the draft; the manifest makes the app installable.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { integrityOf } from '../../scripts/precache-integrity.mjs';
import { CONTEXT, completeWizard, longDate, openApp, regionRadio, tr } from './flow-driver.mjs';
import { withPage } from './helpers.mjs';
import { serveStatic } from './static-server.mjs';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
/** The version of Guangzhou's pack this build ships (read, so a pack update needs no test edit). */
const GUANGZHOU_VERSION = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public', 'rules', 'index.json'), 'utf8')).packs.find((p) => p.id === 'guangdong-guangzhou').version;

/** W7: Guangzhou, covered 2025, money received 2026-03-01 for 2026 → cover from 2026-06-02. */
const W7 = { region: 'guangdong-guangzhou', years: { 2025: 'resident' }, payment: { status: 'made', date: '2026-03-01', years: [2026] } };

/** The first service worker claims the page (clientsClaim) once everything is precached. */
async function waitForServiceWorker(page) {
  const started = Date.now();
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, { timeout: 20_000 });
  return Date.now() - started;
}

/**
 * Debian's Chromium 150 serves the reload from the precache but reports navigator.onLine as
 * true in the new document (the emulated condition reaches only documents that existed when it
 * was set). A real device that goes offline fires "offline" and reports false; turning the
 * emulation off and on again does exactly that for the reloaded page, so the app takes its
 * real offline path (the static start page loads the app on "offline").
 */
async function reassertOffline(page, context) {
  if (!(await page.evaluate(() => navigator.onLine))) return;
  await context.setOffline(false);
  await context.setOffline(true);
  assert.equal(await page.evaluate(() => navigator.onLine), false, 'the page knows it is offline');
}

/** A first visit until the service worker is in control, then a reload with the network gone; the ms the worker took. */
async function visitThenReloadOffline(page, context) {
  await openApp(page);
  await page.getByTestId('pack-name').waitFor();
  const ms = await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  return ms;
}

async function heading(page, lang, key) {
  await page.getByRole('heading', { level: 1, name: tr(lang, key) }).waitFor();
}

export const tests = [
  {
    name: 'after one visit, a whole calculation for Guangzhou works offline, in the language not loaded before (W7 → 2026-06-02)',
    run: ({ browser, baseURL }) =>
      withPage(
        browser,
        baseURL,
        async (page, context) => {
          const ms = await visitThenReloadOffline(page, context);
          console.log(`    service worker in control ${ms} ms after the first paint`);
          await page.getByTestId('pack-name').waitFor();
          await reassertOffline(page, context);
          const indicator = page.getByTestId('offline-indicator');
          assert.equal((await indicator.textContent()).trim(), tr('zh-CN', 'pwa.offline'));
          assert.equal(await page.getByRole('status').filter({ has: indicator }).count(), 1, 'the indicator is in a status region');

          // This visit never loaded English: its lazily loaded chunk has to come from the precache.
          await page.getByRole('button', { name: 'English' }).click();
          await page.getByText(tr('en', 'pwa.offline')).waitFor();
          const headline = await completeWizard(page, 'en', W7);
          assert.ok(headline.includes(longDate('en', '2026-06-02')), headline);

          // The rule pack and its version are on the result ("Rules used").
          const used = page.getByRole('region', { name: tr('en', 'result.pack.title') });
          const text = await used.textContent();
          assert.ok(text.includes('Guangzhou, Guangdong') && text.includes(GUANGZHOU_VERSION), text);

          await context.setOffline(false);
          await indicator.waitFor({ state: 'detached' });
        },
        { locale: 'zh-CN', ...CONTEXT },
      ),
  },
  {
    // An English browser's offline reload hydrates the prerendered English start page; that page
    // has to stay on screen once the app has it (it went blank: the rule that hides the other
    // language's copy before the head script runs matched React's own container).
    name: 'after one visit in English, the offline reload shows the English start page, and Start works',
    run: ({ browser, baseURL }) =>
      withPage(
        browser,
        baseURL,
        async (page, context) => {
          await visitThenReloadOffline(page, context);
          await reassertOffline(page, context);
          const indicator = page.getByTestId('offline-indicator');
          await indicator.waitFor();
          assert.equal((await indicator.textContent()).trim(), tr('en', 'pwa.offline'));
          const start = page.getByRole('button', { name: tr('en', 'home.start'), exact: true });
          await start.waitFor();
          assert.ok(await start.isVisible(), 'the English start page is on screen');
          await start.click();
          await heading(page, 'en', 'wizard.where.heading');
        },
        { locale: 'en-US', ...CONTEXT },
      ),
  },
  {
    // Why a server of our own and not a second build: the runner serves one dist/ with vite
    // preview for every test. Here the test serves dist/ itself and, after the first visit,
    // "deploys" what a new release with an updated Guangzhou rule pack consists of: the two
    // changed JSON files and a sw.js whose precache manifest gives them new revisions. This is
    // byte for byte how a real rebuild differs, without a second 2-3 s build, and the test can
    // check that the new pack arrives only after the person accepts the prompt.
    name: 'a waiting service worker brings the update prompt; reloading keeps the draft and brings the new rule pack',
    run: async ({ browser }) => {
      const server = await serveStatic({ root: dist });
      try {
        await withPage(
          browser,
          server.origin,
          async (page) => {
            const lang = 'en';
            await openApp(page);
            await page.getByRole('button', { name: tr(lang, 'home.start'), exact: true }).click();
            await regionRadio(page, lang, 'guangdong-guangzhou').check();
            await page.getByRole('button', { name: tr(lang, 'wizard.nav.continue'), exact: true }).click();
            await heading(page, lang, 'wizard.history.heading');
            const year = page.getByRole('group', { name: tr(lang, 'wizard.history.yearLegend', { year: 2025 }) });
            await year.getByRole('radio', { name: tr(lang, 'wizard.history.cover.resident'), exact: true }).check();
            await page.getByRole('button', { name: tr(lang, 'wizard.nav.continue'), exact: true }).click();
            await heading(page, lang, 'wizard.payment.heading');
            await waitForServiceWorker(page);
            assert.equal(await page.locator('.pack-line').getAttribute('data-pack-version'), GUANGZHOU_VERSION);

            deployNewGuangzhouPack(server.files, '2026.3.0');
            await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

            const prompt = page.getByTestId('update-prompt');
            await prompt.waitFor({ timeout: 20_000 });
            assert.ok((await prompt.textContent()).includes(tr(lang, 'pwa.updateReady')));
            assert.equal(await page.getByRole('status').filter({ has: prompt }).count(), 1, 'the prompt is polite (a status region)');
            // Nothing changes until the person agrees.
            assert.equal(await page.locator('.pack-line').getAttribute('data-pack-version'), GUANGZHOU_VERSION);

            const reloaded = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame() });
            await prompt.getByRole('button', { name: tr(lang, 'pwa.reload') }).click();
            await reloaded;

            // Same step, same answers, new rules.
            await heading(page, lang, 'wizard.payment.heading');
            await page.locator('.pack-line[data-pack-version="2026.3.0"]').waitFor();
            assert.equal(await page.getByTestId('update-prompt').count(), 0);
            await page.getByRole('button', { name: tr(lang, 'wizard.nav.back') }).click();
            const again = page.getByRole('group', { name: tr(lang, 'wizard.history.yearLegend', { year: 2025 }) });
            assert.ok(await again.getByRole('radio', { name: tr(lang, 'wizard.history.cover.resident'), exact: true }).isChecked());
          },
          { locale: 'en', ...CONTEXT },
        );
      } finally {
        await server.close();
      }
    },
  },
  {
    // Each rule pack is precached with its integrity (scripts/precache-integrity.mjs): a pack
    // damaged on its way while the worker installs fails the install, instead of being kept and
    // served offline (and to every retry) until the next release.
    name: 'a rule pack damaged while the service worker installs is not kept: the install fails, and the next visit precaches the real pack',
    run: async ({ browser }) => {
      const server = await serveStatic({ root: dist });
      const real = readFileSync(join(dist, 'rules', 'national.json'));
      server.files.set('/rules/national.json', { body: real.subarray(0, real.length - 100) });
      try {
        await withPage(
          browser,
          server.origin,
          async (page) => {
            await openApp(page);
            assert.equal(await installOutcome(page), 'failed');
            assert.equal(await page.evaluate(() => navigator.serviceWorker.controller), null, 'no worker controls the page');
            assert.equal(await cachedBytes(page, 'rules/national.json'), null, 'the damaged pack is in no cache');

            server.files.delete('/rules/national.json');
            await page.reload();
            await waitForServiceWorker(page);
            assert.equal(await cachedBytes(page, 'rules/national.json'), real.length, 'the real pack is precached');
          },
          CONTEXT,
        );
      } finally {
        await server.close();
      }
    },
  },
  {
    name: 'installable: the manifest has both names, theme colours and 192, 512 and maskable 512 PNG icons',
    run: ({ browser, baseURL }) =>
      withPage(browser, baseURL, async (page) => {
        await page.goto('/');
        const href = await page.locator('link[rel="manifest"]').getAttribute('href');
        const manifest = await (await page.request.get(href)).json();
        assert.match(manifest.name, /医保断缴恢复计算器/);
        assert.match(manifest.name, /Medical insurance lapse calculator/);
        assert.equal(manifest.theme_color, '#1f5f8b');
        assert.ok(manifest.background_color);
        const sizes = [];
        for (const icon of manifest.icons.filter((i) => i.type === 'image/png')) {
          const png = await (await page.request.get(`/${icon.src}`)).body();
          // PNG: width and height are big-endian at bytes 16 and 20.
          const size = `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
          assert.equal(size, icon.sizes, icon.src);
          sizes.push(`${icon.sizes} ${icon.purpose}`);
        }
        assert.deepEqual(sizes.sort(), ['192x192 any', '512x512 any', '512x512 maskable']);
      }),
  },
];

/** What a new release with a changed Guangzhou pack serves: the pack, the index and a new sw.js. */
function deployNewGuangzhouPack(files, version) {
  const index = JSON.parse(readFileSync(join(dist, 'rules', 'index.json'), 'utf8'));
  index.packs.find((p) => p.id === 'guangdong-guangzhou').version = version;
  const pack = JSON.parse(readFileSync(join(dist, 'rules', 'guangdong-guangzhou.json'), 'utf8'));
  pack.version = version;
  const bodies = { 'rules/index.json': JSON.stringify(index), 'rules/guangdong-guangzhou.json': JSON.stringify(pack) };
  let sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  for (const [url, body] of Object.entries(bodies)) {
    // A rebuild gives each changed file a new revision and a new integrity (precache-integrity.mjs).
    const entry = new RegExp(`(\\{url:"${url.replace(/[./]/g, '\\$&')}",revision:")[0-9a-f]+(",integrity:")[^"]+(")`);
    assert.match(sw, entry, `sw.js precaches ${url} with its integrity`);
    sw = sw.replace(entry, `$1${createHash('md5').update(body).digest('hex')}$2${integrityOf(body)}$3`);
    files.set(`/${url}`, { body });
  }
  files.set('/sw.js', { body: sw });
}

/** How the page's first service worker install ends: "activated", or "failed" (made redundant, or its registration cleared). */
function installOutcome(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        let seen = false;
        const started = Date.now();
        const poll = async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          const worker = registration?.installing ?? registration?.waiting ?? registration?.active;
          if (worker) seen = true;
          if (worker?.state === 'activated') return resolve('activated');
          if (worker?.state === 'redundant' || (seen && !worker)) return resolve('failed');
          if (Date.now() - started > 20_000) return resolve(`still ${worker?.state ?? 'unregistered'}`);
          setTimeout(poll, 100);
        };
        void poll();
      }),
  );
}

/** The size in bytes of the cached copy of `path` in any of the page's caches, or null. */
function cachedBytes(page, path) {
  return page.evaluate(async (wanted) => {
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        if (new URL(request.url).pathname.endsWith(`/${wanted}`)) return (await (await cache.match(request)).arrayBuffer()).byteLength;
      }
    }
    return null;
  }, path);
}
