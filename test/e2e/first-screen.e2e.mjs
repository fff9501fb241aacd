// The first screen: prerendered into index.html at build time, painted before the app's
// JavaScript runs, static (a few KiB of script, no React) on a new Chinese visit until a press,
// and never fetching JavaScript beyond what `npm run test:size` budgets.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleReport } from '../../scripts/bundle-report.mjs';
import { regionName, tr } from './flow-driver.mjs';
import { expectNoAxeViolations, withPage } from './helpers.mjs';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
/** The built file of a source module, from Vite's manifest (whose keys may be absolute paths). */
function builtFile(source) {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const key = Object.keys(manifest).find((k) => k === source || k.endsWith(`/${source}`));
  assert.ok(key, `${source} is not in the Vite manifest`);
  return manifest[key].file;
}

/**
 * Records the JavaScript the page itself fetches, as paths like assets/main-….js. The service
 * worker's script and its Workbox runtime are left out: they load from the worker's own thread.
 */
function recordScripts(page) {
  const fetched = [];
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (pathname.endsWith('.js')) fetched.push(pathname.replace(/^\//, ''));
  });
  return () => fetched.filter((file) => file !== 'sw.js' && !/^(assets\/)?workbox-/.test(file));
}

/**
 * Holds back the scripts matching `pattern` until `release()` is called, so a test can act on the
 * static first screen before the app arrives.
 */
async function holdBack(context, pattern) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await context.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

export const tests = [
  {
    name: 'the start page is in the HTML: with JavaScript off it still reads, in Chinese',
    run: ({ browser, baseURL }) =>
      withPage(
        browser,
        baseURL,
        async (page) => {
          await page.goto('/');
          assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), tr('zh-CN', 'home.title'));
          assert.ok(await page.getByText(tr('zh-CN', 'home.privacy')).isVisible());
          assert.ok(await page.getByRole('button', { name: tr('zh-CN', 'home.start') }).isVisible());
        },
        { javaScriptEnabled: false },
      ),
  },
  {
    name: 'a first visit runs only the start page’s own scripts until a press; pointing at Start loads the app and the first step, pressing it opens that step',
    run: ({ browser, baseURL }) =>
      withPage(browser, baseURL, async (page) => {
        const pageScripts = recordScripts(page);
        await page.goto('/');
        await page.getByTestId('pack-name').waitFor();
        await page.waitForLoadState('networkidle');
        const { untilFirstPress, firstScreen } = bundleReport(dist).pages['index.html'];
        assert.deepEqual(pageScripts().sort(), [...untilFirstPress.js.list].sort(), 'scripts fetched before any press');
        assert.ok(await page.evaluate(() => navigator.serviceWorker.getRegistration().then(Boolean)), 'the service worker is registered all the same');

        // Pointing at Start loads the app and the first step ahead of the press.
        const ahead = [builtFile('src/boot.tsx'), builtFile('src/app/calculator-flow.tsx')];
        const arrivals = ahead.map((file) => page.waitForResponse((response) => response.url().endsWith(`/${file}`)));
        await page.getByRole('button', { name: tr('zh-CN', 'home.start') }).hover();
        await Promise.all(arrivals);
        // Until no script has arrived for half a second: the chunks those two import.
        for (let count = -1; count !== pageScripts().length; ) {
          count = pageScripts().length;
          await page.waitForTimeout(500);
        }
        const fetchedAhead = pageScripts();
        for (const file of firstScreen.js.list) assert.ok(fetchedAhead.includes(file), `${file} (first-screen JavaScript) was not loaded ahead`);

        await page.getByRole('button', { name: tr('zh-CN', 'home.start') }).click();
        const heading = page.getByRole('heading', { level: 1, name: tr('zh-CN', 'wizard.where.heading') });
        await heading.waitFor();
        assert.ok(await heading.evaluate((element) => element === document.activeElement), 'focus is on the first step');
        // Only the service worker's update prompt, which the app loads once it has drawn.
        const late = pageScripts().filter((file) => !fetchedAhead.includes(file) && file !== builtFile('src/app/registered-update-prompt.tsx') && !/workbox-window/.test(file));
        assert.deepEqual(late, [], 'nothing left to fetch after pointing');
      }),
  },
  {
    name: 'while the start page is read, the first step is laid out unseen (not shown, not in the accessibility tree, not focusable), so Start only shows it',
    run: ({ browser, baseURL }) =>
      withPage(browser, baseURL, async (page) => {
        await page.goto('/');
        await page.waitForFunction(() => document.querySelector('[data-static-step]')?.hasAttribute('data-warm') && document.querySelectorAll('[data-cold]').length === 0);
        const laidOut = await page.evaluate(() => {
          const step = document.querySelector('[data-static-step]');
          const label = step.querySelector('label');
          return { stepHeight: step.getBoundingClientRect().height, labelWidth: label.getBoundingClientRect().width, visibility: getComputedStyle(label).visibility };
        });
        assert.equal(laidOut.stepHeight, 0, 'the step takes no room on the start page');
        assert.ok(laidOut.labelWidth > 0, 'its labels are laid out');
        assert.equal(laidOut.visibility, 'hidden');
        assert.equal(await page.getByRole('radio').count(), 0, 'no radio of the step is exposed on the start page');
        // Tab through the whole start page: focus never enters the unseen step.
        for (let i = 0; i < 15; i++) {
          await page.keyboard.press('Tab');
          assert.equal(await page.evaluate(() => Boolean(document.activeElement?.closest('[data-static-step]'))), false, `Tab ${i + 1} stayed out of the step`);
        }
        await expectNoAxeViolations(page, 'start page with the step laid out unseen');
        await page.getByRole('button', { name: tr('zh-CN', 'home.start') }).click();
        await page.getByRole('heading', { level: 1, name: tr('zh-CN', 'wizard.where.heading') }).waitFor();
        assert.ok(await page.getByRole('radio', { name: regionName('zh-CN', 'beijing'), exact: true }).isVisible(), 'Start shows the step whole');
        // From the top of the page, the step opens at the top: header and language switch in view.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        assert.equal(await page.evaluate(() => scrollY), 0, 'the page is at its top');
      }),
  },
  {
    name: 'when the app cannot be fetched, Start still opens the first step, and Continue there reloads to fetch it, keeping the answers and the press',
    run: ({ browser, baseURL }) =>
      withPage(
        browser,
        baseURL,
        async (page, context) => {
          const boot = `**/${builtFile('src/boot.tsx')}`;
          let refused = 0;
          await context.route(boot, (route) => {
            refused += 1;
            return route.abort('internetdisconnected');
          });
          await page.goto('/');
          await page.getByRole('button', { name: tr('zh-CN', 'home.start') }).click();
          await page.getByRole('heading', { level: 1, name: tr('zh-CN', 'wizard.where.heading') }).waitFor();
          await page.waitForFunction(() => !document.documentElement.hasAttribute('data-starting'));
          assert.ok(refused > 0, 'opening the step asked for the app');
          await page.getByRole('radio', { name: regionName('zh-CN', 'beijing'), exact: true }).check();
          await page.getByRole('radio', { name: new RegExp(tr('zh-CN', 'wizard.where.scheme.employee')) }).check();
          await context.unroute(boot);
          await page.getByRole('button', { name: tr('zh-CN', 'wizard.nav.continue') }).click();
          // The reload fetched the app, which took the answers over and carried out Continue.
          await page.getByRole('heading', { level: 1, name: tr('zh-CN', 'wizard.history.heading') }).waitFor();
          const draft = await page.evaluate(() => JSON.parse(localStorage.getItem('yibao-lapse:draft')).answers);
          assert.equal(draft.region, 'beijing');
          assert.equal(draft.scheme, 'employee');
        },
        // The failed fetch is logged by the browser; the page itself reports nothing.
        { allowConsoleErrors: true, serviceWorkers: 'block' },
      ),
  },
  {
    name: 'typed a region into the search before the app arrives, then Tab: when the app takes over and the search chooses that region, focus is on its radio, not lost to the page',
    run: ({ browser, baseURL }) =>
      withPage(browser, baseURL, async (page, context) => {
        const lang = 'zh-CN';
        const release = await holdBack(context, `**/${builtFile('src/boot.tsx')}`);
        await page.goto('/');
        await page.getByRole('button', { name: tr(lang, 'home.start') }).click();
        await page.getByRole('heading', { level: 1, name: tr(lang, 'wizard.where.heading') }).waitFor();
        await page.getByRole('searchbox').focus();
        await page.keyboard.type('江西');
        // The static list is not filtered: Tab goes to the checked radio (the national rules).
        await page.keyboard.press('Tab');
        assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('value')), 'national');
        release();
        await page.waitForFunction(() => document.documentElement.hasAttribute('data-app'));
        // The app types 江西 in again: one region left, chosen; focus follows the choice off the national radio.
        await page.waitForFunction(() => document.querySelector('input[name="region"]:checked')?.getAttribute('value') === 'jiangxi');
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        assert.deepEqual(await page.evaluate(() => ({ value: document.activeElement?.getAttribute('value'), checked: document.activeElement?.checked })), { value: 'jiangxi', checked: true });
        await context.unroute(`**/${builtFile('src/boot.tsx')}`);
      }),
  },
  {
    name: 'Enter in the search before the app arrives: with two regions found (云南, 昆明) it only searches, keeping the step, the text and the focus; with one (湖南) it goes on with that region',
    run: ({ browser, baseURL }) =>
      withPage(browser, baseURL, async (page, context) => {
        const lang = 'zh-CN';
        const boot = `**/${builtFile('src/boot.tsx')}`;
        for (const [typed, expected] of [
          ['云南', null],
          ['湖南', 'hunan'],
        ]) {
          const release = await holdBack(context, boot);
          await page.goto('/');
          await page.evaluate(() => localStorage.clear());
          await page.reload();
          await page.getByRole('button', { name: tr(lang, 'home.start') }).click();
          await page.getByRole('heading', { level: 1, name: tr(lang, 'wizard.where.heading') }).waitFor();
          await page.getByRole('searchbox').focus();
          await page.keyboard.type(typed);
          await page.keyboard.press('Enter');
          release();
          await page.waitForFunction(() => document.documentElement.hasAttribute('data-app'));
          if (expected === null) {
            // The app filters by the text carried over; nothing chosen for the person, nothing sent on.
            await page.waitForFunction(() => document.querySelectorAll('input[name="region"]').length === 3);
            assert.ok(await page.getByRole('heading', { level: 1, name: tr(lang, 'wizard.where.heading') }).isVisible());
            assert.deepEqual(await page.evaluate(() => [document.activeElement?.getAttribute('type'), document.activeElement?.value, document.querySelector('input[name="region"]:checked')?.getAttribute('value')]), ['search', typed, 'national']);
            assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-starting')), false);
          } else {
            await page.getByRole('heading', { level: 1, name: tr(lang, 'wizard.history.heading') }).waitFor();
            assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('yibao-lapse:draft') ?? '{}').answers?.region), expected);
          }
          await context.unroute(boot);
        }
      }),
  },
  ...['zh-CN', 'en'].map((lang) => ({
    name: `[${lang}] a press before the app arrives: Start opens the first step at once, by keyboard; what is chosen and typed there, and a Continue, are carried over when the app takes over; Back returns`,
    run: ({ browser, baseURL }) =>
      withPage(
        browser,
        baseURL,
        async (page, context) => {
          // The app is held back until the person has done all this on the static page.
          const release = await holdBack(context, `**/${builtFile('src/boot.tsx')}`);
          await page.goto('/');
          assert.equal(await page.evaluate(() => document.documentElement.lang), lang, 'the reader’s language is painted first');
          assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1, 'one language in the page');
          // Keyboard only: Tab to Start, Enter.
          const start = page.getByRole('button', { name: tr(lang, 'home.start') });
          await start.focus();
          await page.keyboard.press('Enter');
          const heading = page.getByRole('heading', { level: 1, name: tr(lang, 'wizard.where.heading') });
          await heading.waitFor();
          assert.equal(await page.evaluate(() => location.hash), '#/where');
          assert.ok(await heading.evaluate((h) => h === document.activeElement), 'focus is on the first step’s heading');
          // Back, by the step's own button, and Forward with the browser.
          await page.getByRole('button', { name: tr(lang, 'wizard.nav.back') }).click();
          const title = page.getByRole('heading', { level: 1, name: tr(lang, 'home.title') });
          await title.waitFor();
          await page.waitForFunction(() => document.activeElement?.matches('h1:not(.wz-step__heading)'));
          assert.ok(await title.evaluate((h) => h === document.activeElement), 'Back: focus on the start page’s title, as the app puts it');
          await page.goForward();
          await heading.waitFor();
          await page.waitForFunction(() => document.activeElement?.matches('.wz-step__heading'));
          assert.ok(await heading.evaluate((h) => h === document.activeElement), 'Forward: focus on the step’s heading');
          await page.goBack();
          await page.waitForFunction(() => document.activeElement?.matches('h1:not(.wz-step__heading)'));
          await page.goForward();
          await page.waitForFunction(() => document.activeElement?.matches('.wz-step__heading'));
          // Choose by keyboard: the scheme's radios with the arrow keys, then type in the search box.
          await page.getByRole('radio', { name: new RegExp(tr(lang, 'wizard.where.scheme.resident')) }).focus();
          await page.keyboard.press('ArrowDown');
          await page.getByRole('radio', { name: regionName(lang, 'beijing'), exact: true }).check();
          await page.getByRole('searchbox').fill('bj');
          release();
          await page.waitForFunction(() => document.documentElement.hasAttribute('data-app'));
          await page.keyboard.type('x');
          const state = await page.evaluate(() => ({
            region: document.querySelector('input[name=region]:checked')?.value,
            scheme: document.querySelector('input[name=scheme]:checked')?.value,
            search: document.querySelector('input[type=search]')?.value,
            copies: document.querySelectorAll('[data-static-step], [data-app-root]').length,
          }));
          assert.deepEqual(state, { region: 'beijing', scheme: 'employee', search: 'bjx', copies: 0 }, 'the app took over every answer and the focus');
          await page.getByRole('button', { name: tr(lang, 'wizard.nav.continue') }).click();
          await page.getByRole('heading', { level: 1, name: tr(lang, 'wizard.history.heading') }).waitFor();
          await expectNoAxeViolations(page, 'history step after the takeover');
        },
        { locale: lang },
      ),
  })),
  {
    name: 'a scheme chosen on the static first step before the app arrives is kept as typed: a reload before Continue still shows it',
    run: ({ browser, baseURL }) =>
      withPage(browser, baseURL, async (page, context) => {
        const release = await holdBack(context, `**/${builtFile('src/boot.tsx')}`);
        await page.goto('/');
        await page.getByRole('button', { name: tr('en', 'home.start') }).click();
        await page.getByRole('heading', { level: 1, name: tr('en', 'wizard.where.heading') }).waitFor();
        await page.getByRole('radio', { name: tr('en', 'wizard.where.scheme.employee'), exact: true }).check();
        release();
        await page.waitForFunction(() => document.documentElement.hasAttribute('data-app'));
        assert.equal(await page.evaluate(() => document.querySelector('input[name=scheme]:checked')?.value), 'employee', 'the app took the choice over');
        // What a step shows and has not sent with Continue is kept for a reload and for Back and Forward (typed-values.ts).
        await page.reload();
        await page.getByRole('heading', { level: 1, name: tr('en', 'wizard.where.heading') }).waitFor();
        await page.waitForFunction(() => document.documentElement.hasAttribute('data-app'));
        assert.equal(await page.evaluate(() => document.querySelector('input[name=scheme]:checked')?.value), 'employee', 'the choice is still there after a reload');
      }, { locale: 'en' }),
  },
  {
    name: 'the language switched on the static first step while the app loads: the app takes over in that language, with the answers (and the line under the regions names the region chosen)',
    run: ({ browser, baseURL }) =>
      withPage(browser, baseURL, async (page, context) => {
        const release = await holdBack(context, `**/${builtFile('src/boot.tsx')}`);
        await page.goto('/');
        await page.getByRole('button', { name: tr('zh-CN', 'home.start') }).click();
        await page.getByRole('radio', { name: regionName('zh-CN', 'beijing'), exact: true }).check();
        await page.getByRole('button', { name: 'English' }).click();
        const heading = page.getByRole('heading', { level: 1, name: tr('en', 'wizard.where.heading') });
        await heading.waitFor();
        assert.ok(await page.getByRole('radio', { name: regionName('en', 'beijing'), exact: true }).isChecked(), 'the choice went along');
        assert.equal(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed'), 'true');
        assert.equal(
          (await page.locator('.wz-region__coverage').textContent()).trim(),
          tr('en', 'wizard.where.coverage.loading', { name: regionName('en', 'beijing') }),
          'the line under the regions speaks of the region chosen, in the new language',
        );
        release();
        await page.waitForFunction(() => document.documentElement.hasAttribute('data-app'));
        await heading.waitFor();
        assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
        assert.equal(await page.evaluate(() => document.querySelector('input[name=region]:checked')?.value), 'beijing');
        await page.getByRole('button', { name: tr('en', 'wizard.nav.continue') }).click();
        await page.getByRole('heading', { level: 1, name: tr('en', 'wizard.history.heading') }).waitFor();
      }),
  },
  {
    name: 'the static language switch answers the press at once and swaps after that frame: a second press wins, the pressed state is right both ways, and Start pressed meanwhile keeps the focus on the step',
    run: ({ browser, baseURL }) =>
      withPage(browser, baseURL, async (page, context) => {
        await holdBack(context, `**/${builtFile('src/boot.tsx')}`);
        await page.goto('/');
        const pressed = () =>
          page.evaluate(() => Object.fromEntries([...document.querySelectorAll('[data-app-root] [data-intent=language]')].map((b) => [b.getAttribute('lang'), b.getAttribute('aria-pressed')])));
        const title = (lang) => page.getByRole('heading', { level: 1, name: tr(lang, 'home.title') });
        // English, then 中文 in the same moment: the press shows at once, and the second one wins.
        const first = await page.evaluate(() => {
          const button = (lang) => document.querySelector(`[data-app-root] [data-intent=language][lang="${lang}"]`);
          button('en').click();
          const shown = button('en').getAttribute('aria-pressed');
          button('zh-CN').click();
          return shown;
        });
        assert.equal(first, 'true', 'English shows as pressed in the same task as the press');
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(resolve), 50))));
        await title('zh-CN').waitFor();
        assert.deepEqual(await pressed(), { 'zh-CN': 'true', en: 'false' });
        // Over and back: each copy shows its own language as chosen.
        await page.getByRole('button', { name: 'English', exact: true }).click();
        await title('en').waitFor();
        assert.deepEqual(await pressed(), { 'zh-CN': 'false', en: 'true' });
        await page.getByRole('button', { name: '中文', exact: true }).click();
        await title('zh-CN').waitFor();
        assert.deepEqual(await pressed(), { 'zh-CN': 'true', en: 'false' });
        // English pressed, then Start before the swap: the English step opens, its heading focused.
        await page.evaluate(() => {
          document.querySelector('[data-app-root] [data-intent=language][lang="en"]').click();
          document.querySelector('[data-app-root] [data-intent=start]').click();
        });
        const heading = page.getByRole('heading', { level: 1, name: tr('en', 'wizard.where.heading') });
        await heading.waitFor();
        assert.ok(await heading.evaluate((h) => h === document.activeElement), 'focus is on the English step’s heading');
      }),
  },
  {
    name: 'Continue pressed on the static first step before the app arrives is carried out once it has',
    run: ({ browser, baseURL }) =>
      withPage(browser, baseURL, async (page, context) => {
        const release = await holdBack(context, `**/${builtFile('src/boot.tsx')}`);
        await page.goto('/');
        await page.getByRole('button', { name: tr('zh-CN', 'home.start') }).click();
        await page.getByRole('radio', { name: regionName('zh-CN', 'beijing'), exact: true }).check();
        await page.getByRole('button', { name: tr('zh-CN', 'wizard.nav.continue') }).click();
        assert.ok(await page.evaluate(() => document.documentElement.hasAttribute('data-continue')), 'the press is held, and shown as busy');
        assert.equal(await page.evaluate(() => location.search), '', 'the form was not sent anywhere');
        release();
        await page.getByRole('heading', { level: 1, name: tr('zh-CN', 'wizard.history.heading') }).waitFor();
        assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('yibao-lapse:draft')).answers.region), 'beijing');
      }),
  },
  {
    name: 'the widget’s first screen is static in either language: chosen before the app arrives, kept when it takes over',
    run: ({ browser, baseURL }) =>
      withPage(browser, baseURL, async (page, context) => {
        const release = await holdBack(context, /\/assets\/embed-[^/]*\.js$/);
        await page.goto('/embed.html?lang=en', { waitUntil: 'commit' });
        const heading = page.getByRole('heading', { level: 2, name: tr('en', 'wizard.where.heading') });
        await heading.waitFor();
        assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
        assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1, 'one language in the page');
        await page.getByRole('radio', { name: regionName('en', 'beijing'), exact: true }).check();
        release();
        await page.waitForFunction(() => document.documentElement.hasAttribute('data-app'));
        assert.equal(await page.evaluate(() => document.querySelector('input[name=region]:checked')?.value), 'beijing');
        assert.equal(await page.locator('[data-static-step]').count(), 0);
        await page.getByRole('button', { name: tr('en', 'wizard.nav.continue') }).click();
        await page.getByRole('heading', { level: 2, name: tr('en', 'wizard.history.heading') }).waitFor();
      }),
  },
  {
    name: 'a link with ?lang=en opens the app in English in a Chinese browser, Start and a reload keep it; the widget’s “open the full calculator” link carries its language; a language the person chose before wins over the link',
    run: ({ browser, baseURL }) =>
      withPage(browser, baseURL, async (page) => {
        for (const lang of ['en', 'zh-CN']) {
          // The static first screen's link (the app's, once it takes over, is checked above).
          await page.goto(`/embed.html?lang=${lang}`);
          assert.equal(await page.getByRole('link', { name: new RegExp(tr(lang, 'embed.openFull')) }).getAttribute('href'), `/?lang=${lang}`);
        }
        const start = page.getByRole('button', { name: tr('en', 'home.start'), exact: true });
        await page.goto('/?lang=en');
        await start.waitFor();
        assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
        assert.equal(await page.title(), tr('en', 'app.name'));
        await start.click();
        await page.getByRole('heading', { level: 1, name: tr('en', 'wizard.where.heading') }).waitFor();
        await page.reload();
        await page.getByRole('heading', { level: 1, name: tr('en', 'wizard.where.heading') }).waitFor();
        // The person switches to Chinese (in the app, once it has taken over): that choice holds, the
        // link's language no longer decides.
        await page.waitForFunction(() => document.documentElement.hasAttribute('data-app'));
        await page.getByRole('button', { name: '中文', exact: true }).click();
        await page.getByRole('heading', { level: 1, name: tr('zh-CN', 'wizard.where.heading') }).waitFor();
        await page.goto('/?lang=en');
        // Back on the step the draft is on, in Chinese.
        await page.getByRole('heading', { level: 1, name: tr('zh-CN', 'wizard.where.heading') }).waitFor();
        assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
      }),
  },
  {
    name: 'a link with ?lang=en in a Chinese browser: while the app takes over, the page is never marked Chinese and Chinese is never remembered (a reload then would have opened in Chinese)',
    run: ({ browser, baseURL }) =>
      withPage(browser, baseURL, async (page) => {
        // Every language <html> is given and every language stored, from before the head script runs.
        await page.addInitScript(() => {
          const seen = { marked: [], remembered: [] };
          window.__languages = seen;
          const lang = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'lang');
          Object.defineProperty(HTMLElement.prototype, 'lang', {
            ...lang,
            set(value) {
              if (this === document.documentElement) seen.marked.push(value);
              lang.set.call(this, value);
            },
          });
          const setItem = Storage.prototype.setItem;
          Storage.prototype.setItem = function (key, value) {
            if (key === 'yibao.language') seen.remembered.push(value);
            return setItem.call(this, key, value);
          };
        });
        await page.goto('/?lang=en');
        await page.getByRole('button', { name: tr('en', 'home.start'), exact: true }).click();
        await page.getByRole('heading', { level: 1, name: tr('en', 'wizard.where.heading') }).waitFor();
        await page.waitForFunction(() => document.documentElement.hasAttribute('data-app'));
        // The app's own language setup is done once the wizard's texts are in: its Continue is drawn.
        await page.getByRole('button', { name: tr('en', 'wizard.nav.continue') }).waitFor();
        const seen = await page.evaluate(() => window.__languages);
        assert.ok(seen.marked.length > 0, 'the head script marks the page');
        assert.deepEqual([...new Set(seen.marked)], ['en'], `<html lang> was only ever English: ${seen.marked.join(', ')}`);
        assert.deepEqual([...new Set(seen.remembered)], ['en'], `only English was remembered: ${seen.remembered.join(', ')}`);
      }),
  },
  {
    name: 'the widget whose app cannot be fetched: while the server is down, Continue is let go and reloads nothing; once it answers, Continue reloads the frame, keeping the answers and the press',
    run: ({ browser, baseURL }) =>
      withPage(
        browser,
        baseURL,
        async (page, context) => {
          const lang = 'en';
          const boot = `**/${builtFile('src/app/embed/embed-boot.tsx')}`;
          await context.route(boot, (route) => route.abort('internetdisconnected'));
          await page.goto(`/embed.html?lang=${lang}`);
          await page.getByRole('heading', { level: 2, name: tr(lang, 'wizard.where.heading') }).waitFor();
          const failed = page.waitForEvent('requestfailed', (request) => request.url().includes('/embed-boot-'));
          await page.getByRole('radio', { name: regionName(lang, 'beijing'), exact: true }).check();
          await page.getByRole('radio', { name: new RegExp(tr(lang, 'wizard.where.scheme.employee')) }).check();
          await failed;
          // The server is down too: Continue is let go, not left spinning, and reloads nothing (the frame would become the browser's error page).
          await context.route(/\/embed\.html/, (route) => route.abort('internetdisconnected'));
          let navigated = false;
          page.on('framenavigated', (frame) => {
            if (frame === page.mainFrame()) navigated = true;
          });
          const cont = page.getByRole('button', { name: tr(lang, 'wizard.nav.continue') });
          await cont.click();
          await page.waitForFunction(() => !document.documentElement.hasAttribute('data-continue') && !document.documentElement.hasAttribute('data-starting'));
          assert.equal(navigated, false, 'no reload while the server does not answer');
          assert.ok(await page.getByRole('radio', { name: regionName(lang, 'beijing'), exact: true }).isChecked(), 'the answer is still on screen');
          // Back up: the next Continue reloads the frame, which fetches the app, puts the answers back and carries the press out.
          await context.unroute(/\/embed\.html/);
          await context.unroute(boot);
          const entries = await page.evaluate(() => history.length);
          await cont.click();
          await page.getByRole('heading', { level: 2, name: tr(lang, 'wizard.history.heading') }).waitFor();
          const answers = await page.evaluate(() => {
            for (let i = 0; i < sessionStorage.length; i++) {
              const key = sessionStorage.key(i);
              if (key?.endsWith(':yibao-lapse:draft')) return JSON.parse(sessionStorage.getItem(key)).answers;
            }
            return null;
          });
          assert.equal(answers?.region, 'beijing');
          assert.equal(answers?.scheme, 'employee');
          // In place of the frame's entry: no extra Back on the host's page.
          assert.equal(await page.evaluate(() => history.length), entries);
        },
        // The failed fetches are logged by the browser; the page itself reports nothing.
        { allowConsoleErrors: true, serviceWorkers: 'block' },
      ),
  },
  {
    name: 'the widget’s first screen hands over what the app keeps: the line under the regions as it was (for the baseline and for a region chosen before the app), and the focus on its footer link',
    run: ({ browser, baseURL }) =>
      withPage(browser, baseURL, async (page, context) => {
        const lang = 'zh-CN';
        const boot = builtFile('src/app/embed/embed-boot.tsx');
        const line = page.locator('.wz-region__coverage');
        const lineNow = () => line.evaluate((el) => ({ text: el.textContent.trim(), height: el.getBoundingClientRect().height }));
        const baselineLine = tr(lang, 'wizard.where.coverage.baseline', { name: regionName(lang, 'national') });

        // 1. The footer link focused before the app: focus stays on that link when it takes over.
        let release = await holdBack(context, `**/${boot}`);
        await page.goto(`/embed.html?lang=${lang}`);
        await page.getByRole('heading', { level: 2, name: tr(lang, 'wizard.where.heading') }).waitFor();
        const before = await lineNow();
        assert.equal(before.text, baselineLine, 'the static line says what the baseline does, not that something is loading');
        await page.getByRole('link', { name: new RegExp(tr(lang, 'embed.openFull')) }).focus();
        release();
        await page.waitForFunction(() => document.documentElement.hasAttribute('data-app'));
        await page.waitForFunction(() => document.activeElement?.tagName === 'A');
        assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('href')), '/?lang=zh-CN', 'focus on the app’s footer link');
        assert.deepEqual(await lineNow(), before, 'the line under the regions neither changes nor moves when the app takes over');
        await context.unroute(`**/${boot}`);

        // 2. Another region chosen before the app: the line says, as the app will, that its rules are being read;
        // back on the baseline, the baseline's words. The app then takes over with the same line.
        release = await holdBack(context, `**/${boot}`);
        const releasePack = await holdBack(context, '**/rules/beijing*.json');
        await page.goto(`/embed.html?lang=${lang}`);
        await page.getByRole('radio', { name: regionName(lang, 'beijing'), exact: true }).check();
        const reading = tr(lang, 'wizard.where.coverage.loading', { name: regionName(lang, 'beijing') });
        assert.equal((await lineNow()).text, reading);
        await page.getByRole('radio', { name: regionName(lang, 'national'), exact: true }).check();
        assert.equal((await lineNow()).text, baselineLine);
        await page.getByRole('radio', { name: regionName(lang, 'beijing'), exact: true }).check();
        const chosen = await lineNow();
        release();
        await page.waitForFunction(() => document.documentElement.hasAttribute('data-app'));
        assert.deepEqual(await lineNow(), chosen, 'the app’s line is the static one, word for word and in height');
        releasePack();
        await context.unroute(`**/${boot}`);
        await context.unroute('**/rules/beijing*.json');
      }),
  },
  {
    name: 'a visit that needs the app at once (a draft parked on the start page for another region) loads the budgeted first-screen JavaScript, and no more',
    run: ({ browser, baseURL }) =>
      withPage(
        browser,
        baseURL,
        async (first, context) => {
          // A draft for 北京 parked on the start page: its start page names 北京's rules, which the prerendered one cannot.
          await first.goto('/');
          await first.getByRole('button', { name: tr('en', 'home.start') }).click();
          await first.getByRole('radio', { name: regionName('en', 'beijing'), exact: true }).check();
          await first.getByRole('button', { name: tr('en', 'wizard.nav.continue') }).click();
          await first.getByRole('heading', { level: 1, name: tr('en', 'wizard.history.heading') }).waitFor();
          await first.getByRole('button', { name: tr('en', 'wizard.nav.back') }).click();
          await first.getByRole('heading', { level: 1, name: tr('en', 'wizard.where.heading') }).waitFor();
          await first.getByRole('button', { name: tr('en', 'wizard.nav.back') }).click();
          await first.getByRole('heading', { level: 1, name: tr('en', 'home.title') }).waitFor();
          await first.waitForFunction(() => JSON.parse(localStorage.getItem('yibao-lapse:draft') ?? 'null')?.answers?.region === 'beijing');
          const page = await context.newPage();
          const pageScripts = recordScripts(page);
          await page.goto('/');
          await page.getByRole('heading', { level: 1, name: tr('en', 'home.title') }).waitFor();
          await page.waitForFunction(() => document.documentElement.hasAttribute('data-app'));
          await page.waitForLoadState('networkidle');
          const { firstScreen } = bundleReport(dist).pages['index.html'];
          // Besides the budget, which counts the Chinese start page: the English start page's texts (~1 KiB),
          // and the service worker's update prompt, loaded after the first render.
          const allowed = [builtFile('src/i18n/locales/en.json?first-screen'), builtFile('src/app/registered-update-prompt.tsx')];
          const extra = pageScripts().filter((file) => !firstScreen.js.list.includes(file) && !allowed.includes(file) && !/workbox-window/.test(file));
          assert.deepEqual(extra, [], 'JavaScript fetched beyond the budgeted files');
          for (const file of firstScreen.js.list) assert.ok(pageScripts().includes(file), `${file} is budgeted but was not fetched`);
        },
        { locale: 'en' },
      ),
  },
];
