// In Chromium, end to end: (1) 海南 W33 on a first pass through the wizard (a newborn born
// 20 Nov 2025, the birth year paid on 15 Jan 2026): the timeline's legend names no lapse, since none
// is drawn, and names nothing the table does not list, the restart diamond included (named as the
// row of the cover it begins); its cover is "Covered", never "again".
// (2) 昆明, whose rules pin the 2026 window's end but not its start, seen on 1 Oct 2025: "How to
// pay" gives the end and no 1 September, and the calendar file has no "window opens" event, only
// the reminder before it closes. (3) A national-pack result through the wizard: its calendar file
// has no opening event either. Screenshots go to test-results/ for a human to look at.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTEXT, completeWizard, openApp, tr } from './flow-driver.mjs';
import { withPage } from './helpers.mjs';

const shots = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test-results');
mkdirSync(shots, { recursive: true });
const hash = (s) => `#s=1.${Buffer.from(JSON.stringify(s)).toString('base64url')}`;

/** The legend's entries and the timeline table's first column (a wait's length dropped). */
async function legendAndTable(page) {
  return page.evaluate(() => ({
    legend: [...document.querySelectorAll('.timeline__legend li')].map((li) => li.textContent.trim()),
    // The legend entry that holds a single date's restart diamond: named as the table row of its day.
    restart: [...document.querySelectorAll('.timeline__legend li')].filter((li) => li.querySelector('.marker--restoration')).map((li) => li.textContent.trim()),
    rows: [...document.querySelectorAll('.timeline__table tbody tr th')].map((th) => th.textContent.trim().replace(/ \(\d+ (months?|days?)[^)]*\)$|（\d+(个月|天)[^）]*）$/, '')),
    // Points of a lapse's rect where the lapse itself is on top: none where it is drawn under other cover.
    lapsesSeen: [...document.querySelectorAll('.timeline__canvas rect.seg--lapse')].flatMap((rect) => {
      const r = rect.getBoundingClientRect();
      const points = [];
      for (let x = r.left + 1; x < r.right - 1; x += 3) for (const y of [r.top + 2, r.top + r.height / 2, r.bottom - 2]) points.push([x, y]);
      return points.filter(([x, y]) => document.elementFromPoint(x, y) === rect);
    }).length,
  }));
}

/** The calendar file the result's button makes, unfolded and unescaped. */
async function calendarFile(page, lang) {
  await page.evaluate(() => {
    window.__files = [];
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob) => (window.__files.push(blob), original(blob));
  });
  await page.getByRole('button', { name: tr(lang, 'result.actions.calendar'), exact: true }).click();
  await page.waitForFunction(() => window.__files.length > 0);
  const text = await page.evaluate(() => window.__files.at(-1).text());
  return text.replace(/\r\n /g, '').replace(/\\n/g, '\n').replace(/\\([,;\\])/g, '$1');
}

export const tests = [
  ...['en', 'zh-CN'].map((lang) => ({
    name: `window start and legend: 海南 W33 on a first pass, the legend names no lapse and nothing the table does not list [${lang}]`,
    run: ({ browser, baseURL }) =>
      withPage(
        browser,
        baseURL,
        async (page) => {
          await openApp(page);
          await completeWizard(page, lang, { region: 'hainan', circumstances: { birthDate: '2025-11-20' }, payment: { status: 'made', date: '2026-01-15', years: [2025] } }, { axe: true });
          const figure = page.locator('figure.timeline');
          await figure.scrollIntoViewIfNeeded();
          const { legend, restart, rows, lapsesSeen } = await legendAndTable(page);
          // The layout keeps 2026 as a lapse (answered as not covered) under the cover from birth: none of it shows.
          assert.equal(lapsesSeen, 0, 'no lapse shows in the drawing');
          for (const key of ['timeline.kinds.lapse', 'timeline.kinds.lapse_first']) assert.ok(!legend.includes(tr(lang, key)), `legend: ${legend.join(' | ')}`);
          // Every entry is a row, the restart diamond's too: it is drawn in the entry of the period it begins (timeline-legend.tsx).
          for (const entry of legend) assert.ok(rows.includes(entry), `legend entry "${entry}" is not in the table: ${rows.join(' | ')}`);
          assert.deepEqual(restart, [tr(lang, 'timeline.kinds.restored_first')], `legend: ${legend.join(' | ')}`);
          assert.ok(!rows.includes(tr(lang, 'timeline.kinds.restored')), `table: ${rows.join(' | ')}`);
          await figure.screenshot({ path: join(shots, `w33-timeline-${lang}.png`) });
        },
        { locale: lang, viewport: { width: 1000, height: 900 }, ...CONTEXT },
      ),
  })),
  {
    name: 'window start and legend: 昆明 2026, whose start no pack states: how-to-pay gives the end only, the calendar file no opening event [en]',
    run: ({ browser, baseURL }) =>
      withPage(
        browser,
        baseURL,
        async (page) => {
          const s = { v: 2, asOf: '2025-08-01', region: 'yunnan-kunming', history: { years: [{ year: 2024, cover: 'resident' }], employeePeriods: [] }, payments: [{ scheme: 'resident', date: '2024-12-01', years: [2025], repairYears: 0, status: 'made' }], circumstances: {} };
          // Opened on the day the link is for: a link opened later offers no reminder already past (stale-calendar.test.tsx).
          await page.clock.setFixedTime(new Date(`${s.asOf}T10:00:00+08:00`));
          await page.goto(`/${hash(s)}`);
          await page.getByTestId('headline').waitFor();
          const how = page.getByRole('region', { name: 'How to pay' });
          await how.scrollIntoViewIfNeeded();
          const text = await how.textContent();
          assert.match(text, /The enrolment window for 2026 ends on February 25, 2026\. The rules this calculator uses do not say when your region opens it/);
          assert.doesNotMatch(text, /September 1|runs from/);
          await how.screenshot({ path: join(shots, 'kunming-how-to-pay-en.png') });
          const ics = await calendarFile(page, 'en');
          assert.doesNotMatch(ics, /window-open|window for 2026 opens|DTSTART;VALUE=DATE:20250901/);
          assert.match(ics, /UID:window-close-2026-02-25-[0-9a-z]+@yibao-lapse/);
          assert.match(ics, /within your region's enrolment window, which closes on February 25, 2026/);
        },
        { locale: 'en', viewport: { width: 1000, height: 900 }, ...CONTEXT },
      ),
  },
  {
    name: 'window start and legend: a national-pack result through the wizard, its calendar file has no opening event [zh-CN]',
    run: ({ browser, baseURL }) =>
      withPage(
        browser,
        baseURL,
        async (page) => {
          const lang = 'zh-CN';
          await openApp(page);
          await completeWizard(page, lang, { years: { 2025: 'resident' }, payment: { status: 'made', date: '2026-01-20', years: [2026] } }, { axe: true });
          const figure = page.locator('figure.timeline');
          await figure.scrollIntoViewIfNeeded();
          const { legend, rows } = await legendAndTable(page);
          // Every entry is a row, a range's restart markers too (their own rows: 最早可能的待遇起始日 …).
          for (const entry of legend) assert.ok(rows.includes(entry), `legend entry "${entry}" is not in the table: ${rows.join(' | ')}`);
          await figure.screenshot({ path: join(shots, 'national-timeline-zh-CN.png') });
          await page.getByRole('region', { name: tr(lang, 'result.how.title') }).screenshot({ path: join(shots, 'national-how-to-pay-zh-CN.png') });
          const ics = await calendarFile(page, lang);
          assert.doesNotMatch(ics, /window-open|集中参保期开始/);
        },
        { locale: 'zh-CN', viewport: { width: 1000, height: 900 }, ...CONTEXT },
      ),
  },
];
