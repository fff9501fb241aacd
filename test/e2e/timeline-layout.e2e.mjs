// The timeline drawing at a desktop and a phone width in Chromium: a short employee-scheme gap
// in a six-year drawing keeps a width one can see, and markers a few days apart (the earliest
// restart, the payment, today) neither overlap nor touch, nor do the year labels. Opened from a
// share link, so the test does not depend on the wizard's steps. Screenshots of the drawing go
// to test-results/ for a human to look at. Run alone with `node test/e2e/run.mjs "timeline layout"`.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTEXT, TODAY, expectNoHorizontalOverflow, openApp, tr } from './flow-driver.mjs';
import { expectNoAxeViolations, withPage } from './helpers.mjs';

const shots = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test-results');
mkdirSync(shots, { recursive: true });

/** Employee cover 2021 to Aug 2026, two months without, paid 10 Nov 2026 (national rules: a range). */
const SHORT_GAP = {
  v: 2,
  asOf: TODAY,
  region: 'national',
  history: { years: [], employeePeriods: [{ from: '2021-01', to: '2026-08' }] },
  payments: [{ scheme: 'employee', date: '2026-11-10', backPay: false, status: 'made' }],
  circumstances: {},
};
const hash = (s) => `#s=1.${Buffer.from(JSON.stringify(s)).toString('base64url')}`;

/** Opens SHORT_GAP's result from its share link and waits for the answer. */
async function openShortGap(page) {
  await openApp(page, `/${hash(SHORT_GAP)}`);
  await page.getByTestId('headline').waitFor();
}

/** The least width a short period is drawn with (timeline.tsx MIN_PERIOD_PX, less a pixel for rounding). */
const MIN_PERIOD = 27;

export const tests = [
  ['en', 1280],
  ['en', 390],
  ['zh-CN', 390],
  ['en', 320],
  // A drawing as narrow as the widget's column on a 320 px screen (about 200 px; it was cut off there).
  ['zh-CN', 250],
].map(([lang, width]) => ({
  name: `timeline layout: a short employee-scheme gap is visible and markers and years do not overlap [${lang}, ${width} px]`,
  run: ({ browser, baseURL }) =>
    withPage(
      browser,
      baseURL,
      async (page) => {
        await openShortGap(page);
        const canvas = page.locator('.timeline__canvas');
        await canvas.scrollIntoViewIfNeeded();
        // The drawing takes the canvas's width once the section has been laid out (content-visibility).
        await page.waitForFunction(() => {
          const el = document.querySelector('.timeline__canvas');
          return Number(el?.querySelector('svg')?.getAttribute('width')) === Math.max(180, Math.round(el.getBoundingClientRect().width));
        });
        const found = await page.evaluate(() => {
          const svg = document.querySelector('.timeline__canvas svg');
          const box = (el, pad) => {
            const r = el.getBoundingClientRect();
            return { left: r.left - pad, right: r.right + pad, top: r.top - pad, bottom: r.bottom + pad, what: el.getAttribute('class') ?? el.textContent };
          };
          return {
            lapse: svg.querySelector('rect.seg--lapse').getBoundingClientRect().width,
            // getBoundingClientRect leaves out the outline: add half of the widest (2.5 px).
            markers: [...svg.querySelectorAll('.marker')].map((el) => box(el, 1.25)),
            years: [...svg.querySelectorAll('.timeline__year')].map((el) => box(el, 0)),
          };
        });
        assert.ok(found.lapse >= MIN_PERIOD, `the two-month gap is ${found.lapse} px wide`);
        const overlapping = (list) =>
          list.flatMap((a, i) => list.slice(i + 1).filter((b) => !(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top)).map((b) => `${a.what} / ${b.what}`));
        assert.ok(found.markers.length >= 4, `${found.markers.length} markers`);
        assert.deepEqual(overlapping(found.markers), [], 'markers overlap');
        assert.deepEqual(overlapping(found.years), [], 'year labels overlap');
        // Every label whole inside the drawing (at 320 px the first was cut off at its edge).
        const canvasBox = await canvas.boundingBox();
        assert.deepEqual(found.years.filter((y) => y.left < canvasBox.x - 0.5 || y.right > canvasBox.x + canvasBox.width + 0.5).map((y) => `${Math.round(y.left)}-${Math.round(y.right)}`), [], `year labels cut off in ${Math.round(canvasBox.x)}-${Math.round(canvasBox.x + canvasBox.width)}`);
        assert.ok(found.years.length >= 2, `${found.years.length} year labels`);
        await canvas.screenshot({ path: join(shots, `timeline-short-gap-${lang}-${width}.png`) });
      },
      { locale: lang, viewport: { width, height: 900 }, ...CONTEXT },
    ),
}));

/** W28 (青岛): a flexible worker covered to 2025-12 back-pays Jan-Feb on 10 Mar 2026 (seen that day). */
const QINGDAO_BACK_PAID = {
  v: 2,
  asOf: '2026-03-10',
  region: 'shandong-qingdao',
  history: { years: [], employeePeriods: [{ from: '2020-01', to: '2025-12' }] },
  payments: [{ scheme: 'flexible', date: '2026-03-10', backPay: true, status: 'made' }],
  circumstances: {},
};

// At 320 px (WCAG 1.4.10's reflow width) the rows are stacked: the test also checks that the table
// stays inside its card (the page itself did not scroll while the table ran 32 px past the card)
// and is still a table of rows with a header and two cells to a screen reader.
tests.push(
  ...[375, 320].flatMap((width) => ['en', 'zh-CN'].map((lang) => [width, lang])).map(([width, lang]) => ({
    name: `timeline layout: at ${width} px the table fits its card and splits no word across lines, and the legend's patterned swatches are hatched like the drawing [${lang}]`,
    run: ({ browser, baseURL }) =>
      withPage(
        browser,
        baseURL,
        async (page) => {
          await page.clock.setFixedTime(new Date('2026-03-10T10:00:00+08:00'));
          await page.goto(`/${hash(QINGDAO_BACK_PAID)}`);
          await page.getByTestId('headline').waitFor();
          const figure = page.locator('figure.timeline');
          await figure.scrollIntoViewIfNeeded();
          const found = await page.evaluate(() => {
            const table = document.querySelector('.timeline__table');
            // Each Latin word (and each Chinese date's parts) on one line: a word split across two
            // lines has boxes at two heights ("Reimbursemen" / "t").
            const split = [];
            const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              for (const m of node.textContent.matchAll(/[A-Za-z]+|\d+[年月日]?/g)) {
                const range = document.createRange();
                range.setStart(node, m.index);
                range.setEnd(node, m.index + m[0].length);
                if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) split.push(m[0]);
              }
            }
            const fill = (rect) => getComputedStyle(rect).fill;
            const pattern = (rect) => document.getElementById(/url\("?#([^")]+)"?\)/.exec(fill(rect))?.[1] ?? '')?.innerHTML ?? null;
            // Each patterned swatch (here the back-paid months, not covered: 1-31 March, the payment's
            // own month, is no lapse) beside the drawing's pattern for the same kind.
            const swatches = [...document.querySelectorAll('.timeline__legend rect[class*="seg--"]')].filter((rect) => fill(rect).startsWith('url('));
            const patterned = swatches.map((swatch) => {
              const kind = [...swatch.classList].find((c) => c.startsWith('seg--'));
              return { kind, swatchPattern: pattern(swatch), drawnPattern: pattern(document.querySelector(`.timeline__canvas rect.${kind}`)) };
            });
            // Every cell inside the card's content box (its padding is the card's margin of the text).
            const card = table.closest('figure');
            const style = getComputedStyle(card);
            const right = card.getBoundingClientRect().right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
            const outside = [table, ...table.querySelectorAll('th, td')]
              .filter((el) => el.getBoundingClientRect().right > right + 0.5)
              .map((el) => `${el === table ? 'the table' : `"${el.textContent}"`} ends at ${Math.round(el.getBoundingClientRect().right)} px`);
            return { split, outside, right: Math.round(right), rows: table.querySelectorAll('tbody tr').length, patterned };
          });
          assert.ok(found.rows >= 6, `${found.rows} rows`);
          assert.deepEqual(found.split, [], 'words split across lines in the timeline table');
          assert.deepEqual(found.outside, [], `the timeline table runs past its card's content, which ends at ${found.right} px`);
          // Still a table to assistive technology, however its rows are drawn.
          const table = page.getByRole('table', { name: tr(lang, 'timeline.tableCaption') });
          assert.equal(await table.getByRole('columnheader').count(), 3, 'column headers');
          assert.equal(await table.getByRole('rowheader').count(), found.rows, 'a row header in each row');
          assert.equal(await table.getByRole('cell').count(), 2 * found.rows, 'two cells in each row');
          assert.ok(found.patterned.some((p) => p.kind === 'seg--backPaidNotCovered'), `patterned swatches: ${found.patterned.map((p) => p.kind).join(', ')}`);
          for (const p of found.patterned) {
            assert.ok(p.drawnPattern, `the drawing's ${p.kind} is patterned`);
            assert.equal(p.swatchPattern, p.drawnPattern, `the ${p.kind} swatch uses the drawing's pattern`);
          }
          await expectNoHorizontalOverflow(page, `result at ${width} px [${lang}]`);
          await expectNoAxeViolations(page, `result with back-paid months [${lang}]`);
          await figure.screenshot({ path: join(shots, `timeline-back-paid-${lang}-${width}.png`) });
        },
        { locale: lang, viewport: { width, height: 900 }, ...CONTEXT },
      ),
  })),
);

// Below the screen, a section's contents are not laid out (content-visibility): the drawing still
// takes its card's width from the start, so it does not open 640 px wide on a phone and jump as
// it scrolls in (nor print or show at a width it does not have).
tests.push({
  name: 'timeline layout: the drawing has its card\'s width before it is scrolled into view [en, 390 px]',
  run: ({ browser, baseURL }) =>
    withPage(
      browser,
      baseURL,
      async (page) => {
        await openShortGap(page);
        // Read first, before anything lays the drawing out; the card's own box is laid out.
        const before = await page.evaluate(() => Number(document.querySelector('.timeline__canvas svg')?.getAttribute('width')));
        const card = await page.evaluate(() => {
          const fig = document.querySelector('figure.timeline');
          const style = getComputedStyle(fig);
          return Math.round(fig.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight));
        });
        assert.ok(card < 390, `the card's content box is ${card} px`);
        assert.equal(before, card, 'the drawing\'s width before it is scrolled into view');
        await page.locator('.timeline__canvas').scrollIntoViewIfNeeded();
        await page.waitForTimeout(200);
        const after = await page.evaluate(() => Number(document.querySelector('.timeline__canvas svg')?.getAttribute('width')));
        assert.equal(after, before, 'the drawing keeps its width once scrolled into view');
      },
      { locale: 'en', viewport: { width: 390, height: 800 }, ...CONTEXT },
    ),
});

/** National rules, 2025 lapsed, 2026 paid on 15 Mar 2026, seen on 7 Dec 2026: 甘肃 no longer took 2026 payments then (R1b). */
const PAID_IN_MARCH = {
  v: 2,
  asOf: '2026-12-07',
  region: 'national',
  history: { years: [{ year: 2023, cover: 'resident' }, { year: 2024, cover: 'resident' }, { year: 2025, cover: 'none' }], employeePeriods: [] },
  payments: [{ scheme: 'resident', date: '2026-03-15', years: [2026], repairYears: 0, status: 'made' }],
  circumstances: {},
};

// The wait that holds only where the region still accepted the payment (newcomer review, finding 5):
// a row of the table with its dates, a legend entry whose swatch is the drawing's dotted amber, and
// a long name that still fits a phone's card.
tests.push(
  ...[['en', 390], ['zh-CN', 390], ['zh-CN', 1280]].map(([lang, width]) => ({
    name: `timeline layout: a wait only where the payment was accepted is drawn, named in the legend and listed with its dates [${lang}, ${width} px]`,
    run: ({ browser, baseURL }) =>
      withPage(
        browser,
        baseURL,
        async (page) => {
          await page.clock.setFixedTime(new Date('2026-12-07T10:00:00+08:00'));
          await page.goto(`/${hash(PAID_IN_MARCH)}`);
          await page.getByTestId('headline').waitFor();
          const figure = page.locator('figure.timeline');
          await figure.scrollIntoViewIfNeeded();
          const name = tr(lang, 'timeline.kinds.maybeWaiting', { year: 2026 });
          const table = page.getByRole('table', { name: tr(lang, 'timeline.tableCaption') });
          const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
          const dates = lang === 'en' ? ['March 15, 2026', 'May 31, 2026'] : ['2026年3月15日', '2026年5月31日'];
          assert.deepEqual((await row.getByRole('cell').allTextContents()).map((t) => t.replace(/\s+/g, ' ')), dates);
          const legend = await page.evaluate((label) => {
            const item = [...document.querySelectorAll('.timeline__legend li')].find((li) => li.textContent === label);
            const fill = (rect) => rect && getComputedStyle(rect).fill;
            const pattern = (rect) => document.getElementById(/url\("?#([^")]+)"?\)/.exec(fill(rect) ?? '')?.[1] ?? '')?.innerHTML ?? null;
            const swatch = item?.querySelector('rect.seg--maybeWaiting');
            return { found: Boolean(swatch), swatch: pattern(swatch), drawn: pattern(document.querySelector('.timeline__canvas rect.seg--maybeWaiting')) };
          }, name);
          assert.ok(legend.found, `a legend entry "${name}" with the wait's swatch`);
          assert.ok(legend.drawn, 'the drawing\'s conditional wait is patterned');
          assert.equal(legend.swatch, legend.drawn, 'the swatch uses the drawing\'s pattern');
          await expectNoHorizontalOverflow(page, `result at ${width} px [${lang}]`);
          await expectNoAxeViolations(page, `result with a conditional wait [${lang}]`);
          await figure.screenshot({ path: join(shots, `timeline-wait-if-accepted-${lang}-${width}.png`) });
        },
        { locale: lang, viewport: { width, height: 900 }, ...CONTEXT },
      ),
  })),
);
