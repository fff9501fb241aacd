// Printing and sharing the result in Chromium (issue 12, item 8): the printout is one or two A4
// pages in either language, the answer first, with the share link as text and as a QR code,
// one disclaimer and no embed link; the QR code also appears on screen on request. The results
// are opened from share links made here, so these tests do not depend on the wizard's steps.
// Run alone with `node test/e2e/run.mjs print-share`. The PDFs and a screenshot of the print layout go to test-results/ for a human to look at.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encode } from 'uqr';
import { CONTEXT, TODAY, longDate, openApp, tr } from './flow-driver.mjs';
import { expectNoAxeViolations, withPage } from './helpers.mjs';

const shots = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test-results');
mkdirSync(shots, { recursive: true });

/** A scenario as the app's share link carries it (format 1, scenario version 2). */
function scenario(region, years, payment, employeePeriods = []) {
  return {
    v: 2,
    asOf: TODAY,
    region,
    history: { years: Object.entries(years).map(([year, cover]) => ({ year: Number(year), cover })), employeePeriods },
    payments: [payment],
    circumstances: {},
  };
}

const CASES = [
  {
    // W5: Qingdao, two lapse years, 2027 planned in the window; on a phone.
    name: 'W5 (Qingdao, planned) on a 360 px phone',
    scenario: scenario('shandong-qingdao', { 2023: 'resident', 2024: 'resident', 2025: 'none', 2026: 'none' }, { scheme: 'resident', date: '2026-11-30', years: [2027], repairYears: 0, status: 'planned' }),
    viewport: { width: 360, height: 780 },
  },
  {
    // The longest printout known: national rules, paid late, a four-line range with every region's sources.
    name: 'national range (paid late) on a desktop',
    scenario: scenario('national', { 2023: 'none', 2024: 'none', 2025: 'resident' }, { scheme: 'resident', date: '2026-01-20', years: [2026], repairYears: 0, status: 'made' }),
    viewport: { width: 1280, height: 900 },
  },
];

function shareHash(s) {
  return `#s=1.${Buffer.from(JSON.stringify(s)).toString('base64url')}`;
}

/**
 * Pages in a PDF Chromium wrote: its page objects ("/Type /Page", not "/Pages"). Chromium (Skia)
 * writes them uncompressed; the page tree's /Count must agree, so a change in how it writes them
 * fails here instead of counting zero.
 */
export function pdfPageCount(pdf) {
  const text = pdf.toString('latin1');
  const pages = (text.match(/\/Type\s*\/Page(?!s)\b/g) ?? []).length;
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) => Number(m[1] ?? m[2]));
  assert.ok(pages > 0, 'no page objects found in the PDF');
  assert.equal(Math.max(...counts), pages, 'the page tree and the page objects disagree');
  return pages;
}

/**
 * The result as a person reads it: the headline, the notice of an earlier day (null if none), and
 * the timeline table's day of the answer (its "Date of this result" or "Today" row: label and date).
 */
async function readResult(page, lang) {
  const headline = page.getByTestId('headline');
  await headline.waitFor();
  const notice = page.getByRole('note', { name: tr(lang, 'result.asOf.recompute') });
  const table = page.getByRole('table', { name: tr(lang, 'timeline.tableCaption') });
  const rows = await table.getByRole('row').evaluateAll((els) => els.map((el) => [...el.children].map((c) => c.textContent.trim())));
  const labels = [tr(lang, 'timeline.markers.asOf'), tr(lang, 'timeline.markers.today')];
  return {
    headline: (await headline.textContent()).trim(),
    notice: (await notice.count()) === 0 ? null : (await notice.locator('p').textContent()).trim(),
    day: rows.filter(([label]) => labels.includes(label)).map(([label, date]) => [label, date]),
  };
}

async function openShared(page, s) {
  await openApp(page, `/${shareHash(s)}`);
  await page.getByTestId('headline').waitFor();
}

export const tests = [
  ...CASES.flatMap((c) =>
    ['zh-CN', 'en'].map((lang) => ({
      name: `print-share: print (${lang}, ${c.name}): at most two A4 pages, the answer first, the share link as text and QR code, one disclaimer, no embed link`,
      timeout: 90_000,
      run: ({ browser, baseURL }) =>
        withPage(
          browser,
          baseURL,
          async (page) => {
            await openShared(page, c.scenario);
            const link = await page.getByRole('textbox', { name: tr(lang, 'result.actions.shareLabel') }).inputValue();
            assert.match(link, /#s=1\./);
            // The Print button loads the QR encoder, lets React draw the code, then opens the dialog.
            await page.evaluate(() => {
              window.print = () => {
                window.__printed = (window.__printed ?? 0) + 1;
              };
            });
            await page.getByRole('button', { name: tr(lang, 'result.actions.print') }).click();
            await page.waitForFunction(() => window.__printed === 1);

            await page.emulateMedia({ media: 'print' });
            const onPaper = page.getByRole('region', { name: tr(lang, 'result.share.printTitle') });
            assert.ok(await onPaper.isVisible(), 'the share section is printed');
            assert.equal((await onPaper.getByTestId('print-share-url').textContent()).trim(), link);
            const qr = onPaper.getByRole('img', { name: tr(lang, 'result.share.qrLabel') });
            assert.ok(await qr.isVisible(), 'the QR code is printed');
            assert.equal(await qr.evaluate((el) => el.tagName.toLowerCase()), 'svg');
            // The code holds this link: the size uqr gives the link at the same settings.
            const size = encode(link, { ecc: 'M', border: 4 }).size;
            assert.equal(await qr.getAttribute('viewBox'), `0 0 ${size} ${size}`);

            // Summary first: the headline comes before the share section, which comes before the details.
            const order = await page.evaluate(() => {
              const top = (el) => (el ? el.getBoundingClientRect().top : NaN);
              return {
                headline: top(document.querySelector('[data-testid="headline"]')),
                share: top(document.querySelector('.print-share')),
                why: top(document.querySelector('.why')),
              };
            });
            assert.ok(order.headline < order.share && order.share < order.why, `print order: ${JSON.stringify(order)}`);

            // One disclaimer, no embed link, no controls.
            assert.equal(await page.getByText(tr(lang, 'app.disclaimer'), { exact: true }).filter({ visible: true }).count(), 1);
            assert.equal(await page.getByRole('link', { name: tr(lang, 'embed.footerLink') }).isVisible(), false);
            assert.equal(await page.getByRole('button', { name: tr(lang, 'result.actions.print') }).isVisible(), false);

            const label = `${lang}-${c.viewport.width}`;
            await page.screenshot({ path: join(shots, `print-share-${label}.png`), fullPage: true });
            const pdf = await page.pdf({ format: 'A4' });
            writeFileSync(join(shots, `print-share-${label}.pdf`), pdf);
            const pages = pdfPageCount(pdf);
            assert.ok(pages <= 2, `${label}: the printout runs to ${pages} A4 pages`);
          },
          { locale: lang, viewport: c.viewport, ...CONTEXT },
        ),
    })),
  ),
  {
    // A link pasted into the address bar of a tab already on the calculator changes only the
    // fragment: the browser does not reload, so the page itself must open it.
    name: 'print-share: a link pasted into the address of an open tab opens: on the static start page at once, over answers of ones own after asking, on the app start page; a damaged one leaves the answers as they were',
    run: ({ browser, baseURL }) =>
      withPage(
        browser,
        baseURL,
        async (page) => {
          const lang = 'en';
          const paste = (s) => page.evaluate((hash) => (window.location.hash = hash), typeof s === 'string' ? s : shareHash(s));
          await openApp(page, '/');
          await page.getByRole('button', { name: tr(lang, 'home.start'), exact: true }).waitFor();
          // 1. The static start page, the app not loaded yet.
          await paste(CASES[0].scenario);
          await page.getByTestId('headline').waitFor();
          assert.match(await page.getByTestId('headline').textContent(), new RegExp(longDate(lang, '2027-05-01')));
          await page.waitForFunction(() => !window.location.hash.includes('s='));
          // 2. On that result, whose answers are now the person's own: asked first, then opened.
          await paste(CASES[1].scenario);
          const choice = page.getByRole('heading', { name: tr(lang, 'share.choice.title') });
          await choice.waitFor();
          assert.equal(await page.getByTestId('headline').count(), 0, 'nothing replaced before the choice');
          await page.getByRole('button', { name: tr(lang, 'share.choice.open'), exact: true }).click();
          await page.getByTestId('headline').waitFor();
          const national = await page.getByTestId('headline').textContent();
          assert.doesNotMatch(national, new RegExp(longDate(lang, '2027-05-01')), national);
          assert.ok(!(await page.evaluate(() => window.location.hash)).includes('s='), 'the answers left the address');
          // The pasted address left no entry of its own: Back leaves the result, Forward comes back to it.
          await page.goBack();
          await page.getByRole('button', { name: tr(lang, 'home.start'), exact: true }).waitFor();
          await page.goForward();
          await page.getByTestId('headline').waitFor();
          assert.equal(await page.getByTestId('headline').textContent(), national);
          // 3. A damaged link: said so, and the result on screen stays.
          await paste('#s=1.not-base64!');
          await page.getByText(tr(lang, 'share.problems.malformed')).waitFor();
          assert.equal(await page.getByTestId('headline').textContent(), national);
          // 4. The app's own start page (after Start again): opened at once.
          await page.getByRole('button', { name: tr(lang, 'result.actions.startAgain'), exact: true }).click();
          await page.getByRole('button', { name: tr(lang, 'result.actions.confirmYes'), exact: true }).click();
          await page.getByRole('button', { name: tr(lang, 'home.start'), exact: true }).waitFor();
          await paste(CASES[0].scenario);
          await page.getByTestId('headline').waitFor();
          assert.match(await page.getByTestId('headline').textContent(), new RegExp(longDate(lang, '2027-05-01')));
        },
        { locale: 'en', ...CONTEXT },
      ),
  },
  {
    // The link's day is kept with the answers on the device (Draft.linkDay), not only in the
    // page's memory: a reload (or the tab closed and opened again) shows the same answer for the
    // same day, with the same notice, until the person asks for today.
    name: 'print-share: a link made on an earlier day keeps its day across a reload, notice and dates alike; worked out again for today, a reload stays on today with no notice',
    run: ({ browser, baseURL }) =>
      withPage(
        browser,
        baseURL,
        async (page) => {
          const lang = 'zh-CN';
          // Made on 15 Nov 2026 after paying 2027 in its window (Fujian), opened on 15 Mar 2027.
          const made = { ...scenario('fujian', { 2025: 'resident', 2026: 'resident' }, { scheme: 'resident', date: '2026-11-10', years: [2027], repairYears: 0, status: 'made' }), asOf: '2026-11-15' };
          const [linkDay, today] = [longDate(lang, '2026-11-15'), longDate(lang, '2027-03-15')];
          await page.clock.setFixedTime(new Date('2027-03-15T10:00:00+08:00'));
          await page.goto(`/${shareHash(made)}`);
          const before = await readResult(page, lang);
          assert.equal(before.notice, tr(lang, 'result.asOf.notice_made', { date: linkDay, today }));
          assert.deepEqual(before.day, [[tr(lang, 'timeline.markers.asOf'), linkDay]]);
          assert.ok(before.headline.includes(longDate(lang, '2027-01-01')), before.headline);
          assert.equal(await page.evaluate(() => window.location.hash), '#/result');

          await page.reload();
          assert.deepEqual(await readResult(page, lang), before, 'after a reload');
          await page.screenshot({ path: join(shots, 'link-day-after-reload-zh-CN.png'), fullPage: true });

          await page.getByRole('button', { name: tr(lang, 'result.asOf.recompute'), exact: true }).click();
          await page.getByRole('status').filter({ hasText: tr(lang, 'result.asOf.recomputed', { today }) }).waitFor();
          assert.equal(await page.evaluate(() => document.activeElement?.id), 'result-title');
          const recomputed = await readResult(page, lang);
          assert.equal(recomputed.notice, null);
          assert.deepEqual(recomputed.day, [[tr(lang, 'timeline.markers.today'), today]]);
          assert.notEqual(recomputed.headline, before.headline, 'the answer for today is told in the past tense');
          assert.ok(recomputed.headline.includes(longDate(lang, '2027-01-01')), recomputed.headline);

          await page.reload();
          assert.deepEqual(await readResult(page, lang), recomputed, 'after a reload, today');
          assert.equal(await page.getByText(tr(lang, 'result.asOf.recomputed', { today })).count(), 0, 'the confirmation was for that moment only');
        },
        { locale: 'zh-CN', ...CONTEXT },
      ),
  },
  {
    name: 'print-share: printing from the browser menu (beforeprint) loads the QR code for the printout',
    run: ({ browser, baseURL }) =>
      withPage(
        browser,
        baseURL,
        async (page) => {
          const lang = 'en';
          await openShared(page, CASES[0].scenario);
          await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
          await page.emulateMedia({ media: 'print' });
          await page.getByRole('region', { name: tr(lang, 'result.share.printTitle') }).getByRole('img', { name: tr(lang, 'result.share.qrLabel') }).waitFor();
        },
        { locale: 'en', ...CONTEXT },
      ),
  },
  {
    name: 'print-share: share on a desktop browser without a share sheet: copy with a visible confirmation, and a QR code on request',
    run: ({ browser, baseURL }) =>
      withPage(
        browser,
        baseURL,
        async (page, context) => {
          const lang = 'zh-CN';
          await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
          await openShared(page, CASES[0].scenario);
          const link = await page.getByRole('textbox', { name: tr(lang, 'result.actions.shareLabel') }).inputValue();
          // Headless Chromium on Linux has no share sheet: the button copies.
          assert.equal(await page.evaluate(() => typeof navigator.share), 'undefined');
          await page.getByRole('button', { name: tr(lang, 'result.actions.copy') }).click();
          await page.getByRole('status').filter({ hasText: tr(lang, 'result.actions.copied') }).waitFor();
          assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);

          const chunks = [];
          page.on('request', (request) => {
            if (/qr-code-[\w-]+\.js$/.test(request.url())) chunks.push(request.url());
          });
          assert.equal(await page.getByRole('img', { name: tr(lang, 'result.share.qrLabel') }).count(), 0);
          await page.getByRole('button', { name: tr(lang, 'result.actions.showQr') }).click();
          const qr = page.getByRole('region', { name: tr(lang, 'result.actions.title') }).getByRole('img', { name: tr(lang, 'result.share.qrLabel') });
          await qr.waitFor();
          assert.equal(await qr.evaluate((el) => el.tagName.toLowerCase()), 'svg');
          assert.equal(chunks.length, 1, 'the QR encoder is loaded when asked for, once');
          await expectNoAxeViolations(page, 'result with the QR code shown');
          await page.screenshot({ path: join(shots, 'share-qr-zh-CN.png'), fullPage: true });
        },
        { locale: 'zh-CN', ...CONTEXT },
      ),
  },
];
