// The embeddable widget, seen from a host page on another origin (localhost) framing the
// widget from the runner's server (127.0.0.1): parameters, auto-height without a growth loop,
// the opt-in result event with origin checks, bad parameters, framing rules, the help page.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startHost } from './embed-host.mjs';
import { CONTEXT, completeWizard, longDate, openApp, regionRadio, tr } from './flow-driver.mjs';
import { expectNoAxeViolations, withPage } from './helpers.mjs';

const shots = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test-results');
mkdirSync(shots, { recursive: true });

/** W7 with its region left to the host's data-region. */
const W7_ANSWERS = { years: { 2025: 'resident' }, payment: { status: 'made', date: '2026-03-01', years: [2026] } };
const W7_DATE = '2026-06-02';
/** W7's wait (L-GZ): 3 months from the payment on 1 Mar, cover from the day after it ends. */
const W7_WAITING = { unit: 'months', length: 3, start: '2026-03-01', end: '2026-06-01' };

/** W7 as a share-link scenario: what data-prefill carries. */
const W7_PREFILL = `1.${Buffer.from(
  JSON.stringify({
    v: 1,
    asOf: '2026-11-25',
    region: 'guangdong-guangzhou',
    history: { years: [{ year: 2025, cover: 'resident' }], employeePeriods: [] },
    payments: [{ date: '2026-03-01', status: 'made', scheme: 'resident', years: [2026], repairYears: 0 }],
    circumstances: {},
  }),
).toString('base64url')}`;

/** Runs `fn(page, host)` on a host page server of its own; the widget origin is allowed too. */
async function withHost(browser, baseURL, fn, options = {}) {
  const host = await startHost(new URL(baseURL).origin);
  try {
    await withPage(browser, host.origin, (page, context) => fn(page, host, context), { allowOrigins: [baseURL], ...CONTEXT, ...options });
  } finally {
    await host.close();
  }
}

/** The frame's height on the host page and the widget's content height inside it. */
async function heights(page) {
  const frame = await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height);
  const content = await page.frameLocator('iframe').locator('.embed').evaluate((el) => el.getBoundingClientRect().height);
  return { frame, content };
}

/**
 * Waits until the frame is as tall as the widget's content (within the 2 px the widget
 * ignores) and has then stayed at one height for 1.5 s. A late layout change (a lazy section
 * or a font arriving) may move it once or twice and is allowed; a growth loop (content that
 * grows with its frame) keeps moving and fails: more than three moves, or no quiet 1.5 s
 * within ten seconds.
 */
async function expectFitsAndSettles(page, label) {
  const deadline = Date.now() + 10_000;
  let h = await heights(page);
  while (Math.abs(h.frame - Math.ceil(h.content)) > 2) {
    assert.ok(Date.now() < deadline, `${label}: the frame stays ${h.frame}px for ${h.content}px of content`);
    await page.waitForTimeout(100);
    h = await heights(page);
  }
  const samples = [h.frame];
  let quietSince = Date.now();
  const settleBy = Date.now() + 10_000;
  for (;;) {
    await page.waitForTimeout(100);
    h = await heights(page);
    if (h.frame !== samples[samples.length - 1]) quietSince = Date.now();
    samples.push(h.frame);
    const moves = samples.filter((v, i) => i > 0 && v !== samples[i - 1]).length;
    assert.ok(moves <= 3 && Date.now() < settleBy, `${label}: the height keeps moving: ${samples.join(', ')}`);
    if (Date.now() - quietSince >= 1500 && Math.abs(h.frame - Math.ceil(h.content)) <= 2) return h.frame;
  }
}

/**
 * A full-page screenshot with the viewport as tall as the page: Chromium paints only the part
 * of a cross-origin frame inside the viewport. The width stays, so the layout does not change.
 */
async function screenshotWhole(page, file) {
  const viewport = page.viewportSize();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height });
  await page.screenshot({ path: join(shots, file) });
  await page.setViewportSize(viewport);
}

async function hostLog(page) {
  return page.evaluate(() => window.hostLog);
}

export const tests = [
  {
    name: 'a host whose visitor has not touched the widget: the static first screen wears the accent and sizes the frame, and the widget’s app is not fetched; focus and typing then load it, keeping what was typed, and the keyboard goes on',
    timeout: 60_000,
    run: ({ browser, baseURL }) =>
      withHost(browser, baseURL, async (page, host) => {
        const lang = 'zh-CN';
        const appChunks = [];
        page.context().on('request', (request) => {
          if (/\/assets\/(embed-boot|app|wizard)-[^/]*\.js$/.test(request.url())) appChunks.push(request.url());
        });
        host.page('/quiet.html', { lang, accent: '#7a1f5c' });
        await openApp(page, '/quiet.html');
        const widget = page.frameLocator('iframe');
        await widget.getByRole('heading', { level: 2, name: tr(lang, 'wizard.where.heading') }).waitFor();
        // The static screen alone: the frame fits it (not the loader's 560 px guess) and stays.
        const staticHeight = await expectFitsAndSettles(page, 'static first screen');
        assert.notEqual(staticHeight, 560);
        assert.equal(await widget.locator('html').getAttribute('data-app'), null, 'the app has not taken over');
        assert.deepEqual(appChunks, [], 'no app script fetched before the visitor engages');
        const continueButton = widget.getByRole('button', { name: tr(lang, 'wizard.nav.continue'), exact: true });
        assert.equal(await continueButton.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(122, 31, 92)', 'the host’s accent');

        // The focus comes in and the visitor types at once: the app loads and keeps the text.
        const search = widget.getByRole('searchbox', { name: tr(lang, 'wizard.where.filterLabel') });
        await search.focus();
        await page.keyboard.type('北京');
        await widget.locator('html[data-app]').waitFor();
        assert.ok(appChunks.some((url) => /embed-boot-/.test(url)), 'the app came once engaged');
        assert.equal(await search.inputValue(), '北京');
        const beijing = regionRadio(widget, lang, 'beijing');
        await beijing.focus();
        await page.keyboard.press('Space');
        assert.ok(await beijing.isChecked());
        await continueButton.focus();
        await page.keyboard.press('Enter');
        await widget.getByRole('heading', { level: 2, name: tr(lang, 'wizard.history.heading') }).waitFor();
        // From now on the app reports the height.
        assert.notEqual(await expectFitsAndSettles(page, 'history'), staticHeight);
        await expectNoAxeViolations(page, 'widget host after the first step');
      }),
  },
  {
    name: 'no data-lang (or one the widget does not speak) in an English browser: the frame is named in English, the language the widget shows',
    run: ({ browser, baseURL }) =>
      withHost(
        browser,
        baseURL,
        async (page, host) => {
          for (const [path, params] of [
            ['/nolang.html', {}],
            ['/fr.html', { lang: 'fr' }],
          ]) {
            host.page(path, params);
            await openApp(page, path);
            const widget = page.frameLocator('iframe');
            await widget.getByRole('heading', { level: 2, name: tr('en', 'wizard.where.heading') }).waitFor();
            assert.equal(await widget.locator('html').getAttribute('lang'), 'en', `${path}: the widget is in English`);
            assert.equal(await page.locator('iframe').getAttribute('title'), 'Medical insurance lapse calculator', `${path}: so is the frame's name`);
          }
        },
        // data-lang="fr" is warned about in the console, as the help page says.
        { locale: 'en-US', allowConsoleErrors: true },
      ),
  },
  {
    name: 'a host on another origin: English and Guangzhou from the parameters, the height follows every step and settles, the result event carries dates only',
    timeout: 90_000,
    run: ({ browser, baseURL }) =>
      withHost(
        browser,
        baseURL,
        async (page, host) => {
          const lang = 'en';
          host.page('/dates.html', { lang, region: 'guangdong-guangzhou', 'result-event': 'dates' });
          await openApp(page, '/dates.html');
          assert.equal(await page.locator('iframe').getAttribute('title'), 'Medical insurance lapse calculator');
          const widget = page.frameLocator('iframe');
          await widget.getByRole('heading', { level: 2, name: tr(lang, 'wizard.where.heading') }).waitFor();
          assert.equal(await widget.locator('html').getAttribute('lang'), lang);
          assert.ok(await regionRadio(widget, lang, 'guangdong-guangzhou').isChecked());

          const settled = {};
          const onStep = async (label) => {
            settled[label] = await expectFitsAndSettles(page, label);
            if (label === 'where' || label === 'result') await screenshotWhole(page, `embed-host-${label}.png`);
          };
          const headline = await completeWizard(widget, lang, W7_ANSWERS, { onStep });
          assert.ok(headline.includes(longDate(lang, W7_DATE)), headline);
          console.log(`    settled heights: ${JSON.stringify(settled)}`);
          assert.ok(new Set(Object.values(settled)).size >= 3, 'the frame height changed with the steps');
          assert.ok(settled.result > settled.where, 'the result is taller than the first step');

          const log = await hostLog(page);
          const widgetOrigin = new URL(baseURL).origin;
          assert.ok(log.messages.length > 0);
          assert.deepEqual([...new Set(log.messages.map((m) => m.origin))], [widgetOrigin], 'every message comes from the widget origin');
          const results = log.messages.filter((m) => m.data?.type === 'yibao:result');
          assert.equal(results.length, 1, 'one result, one message');
          // Result event version 2 (src/app/embed/messages.ts).
          const expected = { version: 3, restoration: { kind: 'date', date: W7_DATE }, waiting: W7_WAITING };
          assert.deepEqual(results[0].data, { type: 'yibao:result', ...expected });
          assert.deepEqual(log.events, [{ target: 'SCRIPT', detail: expected }]);
        },
        { locale: 'en' },
      ),
  },
  {
    name: 'prefilled answers; the answers reach the host only when it asks for them, nothing when it asks for nothing',
    run: ({ browser, baseURL }) =>
      withHost(browser, baseURL, async (page, host) => {
        const lang = 'zh-CN';
        const widget = page.frameLocator('iframe');
        const seeResult = async () => {
          await widget.getByRole('heading', { level: 2, name: tr(lang, 'wizard.check.heading') }).waitFor();
          await widget.getByRole('button', { name: tr(lang, 'wizard.nav.seeResult') }).click();
          const headline = (await widget.getByTestId('headline').textContent()).trim();
          assert.ok(headline.includes(longDate(lang, W7_DATE)), headline);
          await expectFitsAndSettles(page, 'result');
        };

        host.page('/answers.html', { lang, prefill: W7_PREFILL, 'result-event': 'answers' });
        await openApp(page, '/answers.html');
        assert.equal(await page.locator('iframe').getAttribute('title'), '医保断缴恢复计算器');
        await seeResult();
        let log = await hostLog(page);
        assert.equal(log.events.length, 1);
        const { detail } = log.events[0];
        assert.deepEqual(Object.keys(detail).sort(), ['answers', 'restoration', 'version', 'waiting']);
        assert.deepEqual(detail.restoration, { kind: 'date', date: W7_DATE });
        assert.equal(detail.answers.region, 'guangdong-guangzhou');
        assert.deepEqual(detail.answers.payments[0].years, [2026]);

        host.page('/silent.html', { lang, prefill: W7_PREFILL });
        await openApp(page, '/silent.html');
        await seeResult();
        log = await hostLog(page);
        assert.deepEqual(log.events, []);
        assert.ok(log.messages.length > 0, 'heights still arrive');
        assert.deepEqual(log.messages.filter((m) => m.data?.type !== 'yibao:height'), [], 'only heights, no result');
      }),
  },
  {
    name: 'unknown or invalid parameters are ignored with a warning, never a crash; a valid accent applies',
    run: ({ browser, baseURL }) =>
      withHost(browser, baseURL, async (page, host) => {
        const warnings = [];
        page.on('console', (message) => {
          if (message.type() === 'warning') warnings.push(message.text());
        });
        const widget = page.frameLocator('iframe');
        const accentOf = () => widget.locator('html').evaluate((el) => getComputedStyle(el).getPropertyValue('--accent').trim());
        const firstStep = widget.getByRole('heading', { level: 2, name: tr('zh-CN', 'wizard.where.heading') });

        host.page('/bad.html', { lang: 'fr', region: 'atlantis', accent: '#ffff00', prefill: 'garbage', 'result-event': 'everything' });
        await openApp(page, '/bad.html');
        await firstStep.waitFor();
        assert.ok(await regionRadio(widget, 'zh-CN', 'national').isChecked());
        assert.equal(await accentOf(), '#1f5f8b');
        // The loader's check of the form, in the host page as it loads; the widget's of the rest.
        for (const expected of ['embed.js: ignored data-lang="fr"', 'embed.js: ignored data-result-event="everything"', 'Ignored accent="#ffff00"', 'Ignored prefill="garbage"', 'Ignored region="atlantis"']) {
          assert.ok(
            warnings.some((w) => w.includes(expected)),
            `a warning for ${expected} in:\n${warnings.join('\n')}`,
          );
        }

        // Framed by hand with parameters the loader would never send.
        warnings.length = 0;
        const direct = new URL('/embed.html', baseURL);
        direct.search = new URLSearchParams({ bogus: '1', parentOrigin: 'javascript:alert(1)', result: 'dates', accent: 'red' }).toString();
        host.page('/direct.html', {}, { frameSrc: direct.href });
        await openApp(page, '/direct.html');
        await firstStep.waitFor();
        for (const name of ['bogus', 'parentOrigin', 'result', 'accent']) {
          assert.ok(
            warnings.some((w) => w.includes(`Ignored ${name}=`)),
            `a warning for ${name} in:\n${warnings.join('\n')}`,
          );
        }
        assert.deepEqual((await hostLog(page)).messages, [], 'no valid parentOrigin, no messages');

        // A valid origin that is not the page framing the widget: it would never get the messages.
        warnings.length = 0;
        direct.search = new URLSearchParams({ parentOrigin: 'https://elsewhere.example' }).toString();
        host.page('/elsewhere.html', {}, { frameSrc: direct.href });
        await openApp(page, '/elsewhere.html');
        await firstStep.waitFor();
        assert.ok(
          warnings.some((w) => w.includes('is not the page that frames the widget')),
          warnings.join('\n'),
        );
        assert.equal(await widget.locator('html').evaluate((el) => el.classList.contains('embed-page--sized')), false, 'the widget scrolls by itself');

        host.page('/accent.html', { accent: '#006633' });
        await openApp(page, '/accent.html');
        await firstStep.waitFor();
        assert.equal(await accentOf(), '#006633');
        const button = widget.getByRole('button', { name: tr('zh-CN', 'wizard.nav.continue'), exact: true });
        assert.equal(await button.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(0, 102, 51)');
      }),
  },
  {
    name: 'the app page refuses to be framed by another site; the widget page allows it',
    run: ({ browser, baseURL }) =>
      withHost(
        browser,
        baseURL,
        async (page, host) => {
          const refusals = [];
          page.on('console', (message) => {
            if (/frame-ancestors/.test(message.text())) refusals.push(message.text());
          });
          host.page('/frame-app.html', {}, { frameSrc: `${new URL(baseURL).origin}/` });
          await page.goto('/frame-app.html');
          await page.waitForTimeout(1000);
          assert.equal(refusals.length, 1, `one refusal: ${refusals.join('\n')}`);
          assert.match(refusals[0], /frame-ancestors 'none'/);
          assert.equal(await page.frameLocator('iframe').getByRole('heading', { level: 1 }).count(), 0, 'nothing of the app shows');

          host.page('/frame-widget.html', {}, { frameSrc: `${new URL(baseURL).origin}/embed.html` });
          await page.goto('/frame-widget.html');
          await page.frameLocator('iframe').getByRole('heading', { level: 2, name: tr('zh-CN', 'wizard.where.heading') }).waitFor();
        },
        // The refusal is a console error by design; this test counts it itself.
        { allowConsoleErrors: true },
      ),
  },
  {
    name: 'the "Embed this calculator" page: footer link, snippet, options and a live preview made by the real loader',
    timeout: 90_000,
    run: ({ browser, baseURL }) =>
      withPage(
        browser,
        baseURL,
        async (page) => {
          const lang = 'en';
          await openApp(page);
          await page.getByRole('link', { name: tr(lang, 'embed.footerLink') }).click();
          await page.getByRole('heading', { level: 1, name: tr(lang, 'embed.help.title') }).waitFor();

          const code = page.getByRole('textbox', { name: tr(lang, 'embed.help.snippetLabel') });
          assert.equal(await code.inputValue(), `<script src="${new URL('/embed.js', baseURL).href}" data-lang="en"></script>`);
          const preview = page.frameLocator('[data-testid="embed-preview"] iframe');
          await preview.getByRole('heading', { level: 2, name: tr(lang, 'wizard.where.heading') }).waitFor();

          await page.getByRole('combobox', { name: tr(lang, 'embed.help.languageLabel') }).selectOption('zh-CN');
          await page.getByRole('combobox', { name: tr(lang, 'embed.help.regionLabel') }).selectOption('fujian');
          await page.getByRole('radio', { name: tr(lang, 'embed.help.resultDates') }).check();
          assert.equal(
            await code.inputValue(),
            `<script src="${new URL('/embed.js', baseURL).href}" data-lang="zh-CN" data-region="fujian" data-result-event="dates"></script>`,
          );
          await preview.getByRole('heading', { level: 2, name: tr('zh-CN', 'wizard.where.heading') }).waitFor();
          assert.ok(await regionRadio(preview, 'zh-CN', 'fujian').isChecked());
          assert.equal(await page.locator('[data-testid="embed-preview"] iframe').count(), 1, 'one preview, not one per change');

          // A light colour is refused with the ratio, and left out of the code.
          await page.getByLabel(tr(lang, 'embed.help.accentLabel')).fill('#ffcc00');
          await page.getByText(/below 4\.5:1/).waitFor();
          assert.ok(!(await code.inputValue()).includes('data-accent'));
          await page.getByLabel(tr(lang, 'embed.help.accentLabel')).fill('#7a1f5c');
          assert.ok((await code.inputValue()).includes('data-accent="#7a1f5c"'));

          await expectNoAxeViolations(page, 'embed help');
          await page.screenshot({ path: join(shots, 'embed-help.png'), fullPage: true });
        },
        { locale: 'en', ...CONTEXT },
      ),
  },
];
