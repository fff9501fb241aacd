// Language and navigation as people use them (issue 12, points 1 and 2): the language switch
// redraws the start page, a step under way and the result in the language chosen, both ways,
// with no sentence left half in the other one, and the choice outlives a reload; each step is
// an entry in the browser's history, shown in the address, so Back and Forward move between
// the steps and the result, and a reload lands on the same step with what was typed there.
import assert from 'node:assert/strict';
import { CONTEXT, completeWizard, openApp, tr } from './flow-driver.mjs';
import { withPage } from './helpers.mjs';

const CJK = /[\u3400-\u9fff]/;
const LATIN_MONTH = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;

/** A resident whose 2025 lapsed, paid for 2026 in June: a range of dates and many sentences. */
const RESIDENT = { scheme: 'resident', years: { 2025: 'none', 2026: 'resident' }, payment: { status: 'made', date: '2026-06-15', years: [2026] } };

/**
 * The text of <main>, block by block (paragraphs, list items, cells, labels…), as the reader
 * sees it. Left out, because they are rightly in Chinese on an English page: cited documents
 * (<cite>, titles as issued), anything marked with a `lang` of its own, an English term's
 * Chinese name in brackets ("medical insurance office (医保经办机构)") and an example of what
 * to type in quotation marks.
 */
async function blocksOf(page) {
  const blocks = await page.evaluate(() => {
    const main = document.querySelector('main');
    const own = document.documentElement.lang;
    const BLOCK = 'p, li, dt, dd, td, th, h1, h2, h3, h4, legend, label, button, option, caption, figcaption, summary';
    const texts = new Map();
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('cite, script, style')) continue;
      const marked = parent.closest('[lang]');
      if (marked && main.contains(marked) && marked.getAttribute('lang') !== own) continue;
      const block = parent.closest(BLOCK) ?? parent;
      texts.set(block, (texts.get(block) ?? '') + node.textContent);
    }
    return [...texts.values()].map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean);
  });
  return blocks.map((text) => text.replace(/[(（][^()（）]*[)）]/g, '').replace(/[“"][^”"]*[”"]/g, ''));
}

async function expectAllEnglish(page, label) {
  const mixed = (await blocksOf(page)).filter((text) => CJK.test(text));
  assert.deepEqual(mixed, [], `${label}: Chinese characters in English sentences`);
}

async function expectNoLatinMonths(page, label) {
  const mixed = (await blocksOf(page)).filter((text) => LATIN_MONTH.test(text));
  assert.deepEqual(mixed, [], `${label}: Latin month names in Chinese sentences`);
}

async function switchTo(page, lang) {
  await page.getByRole('button', { name: lang === 'en' ? 'English' : '中文', exact: true }).click();
  await page.waitForFunction((wanted) => document.documentElement.lang === wanted, lang);
}

/** The address's fragment, and whether focus is on the heading named `name` (level 1 or 2). */
async function expectAt(page, hash, level, name, label) {
  const heading = page.getByRole('heading', { level, name, exact: true });
  await heading.waitFor();
  await page.waitForFunction((h) => location.hash === h, hash, { timeout: 5000 }).catch(() => {});
  assert.equal(await page.evaluate(() => location.hash), hash, `${label}: the address`);
  await page.waitForFunction(() => document.activeElement?.matches('h1, h2'), null, { timeout: 5000 }).catch(() => {});
  assert.equal(await heading.evaluate((el) => el === document.activeElement), true, `${label}: focus on the heading "${name}"`);
}

const STEPS = [
  ['#/where', 1, 'wizard.where.heading'],
  ['#/history', 1, 'wizard.history.heading'],
  ['#/payment', 1, 'wizard.payment.heading'],
  ['#/circumstances', 1, 'wizard.circumstances.heading'],
  ['#/check', 1, 'wizard.check.heading'],
  ['#/result', 1, 'result.title'],
];

/**
 * Through the wizard to the result, then "Change your answers" to the check page. Returns the
 * history's length on the result, before that press.
 */
async function checkPageFromResult(page, lang) {
  await openApp(page);
  await completeWizard(page, lang, RESIDENT);
  await expectAt(page, '#/result', 1, tr(lang, 'result.title'), 'result');
  const entries = await page.evaluate(() => history.length);
  await page.getByRole('button', { name: tr(lang, 'result.editAnswers'), exact: true }).first().click();
  await expectAt(page, '#/check', 1, tr(lang, 'wizard.check.heading'), 'Change your answers');
  return entries;
}

export const tests = [
  {
    name: 'the start page switches 中文 → English → 中文 from the static page on, and English outlives a reload',
    run: ({ browser, baseURL }) =>
      withPage(
        browser,
        baseURL,
        async (page) => {
          await openApp(page);
          // The first press is on the prerendered page, before the app is here.
          await switchTo(page, 'en');
          await page.getByRole('heading', { level: 1, name: tr('en', 'home.title') }).waitFor();
          await expectAllEnglish(page, 'start page in English');
          // The press that did nothing (issue 12): the app must not put English back.
          await switchTo(page, 'zh-CN');
          await page.getByRole('heading', { level: 1, name: tr('zh-CN', 'home.title') }).waitFor();
          await page.waitForTimeout(300);
          assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), tr('zh-CN', 'home.title'), 'still Chinese');
          assert.equal(await page.getByRole('button', { name: '中文' }).getAttribute('aria-pressed'), 'true');
          await expectNoLatinMonths(page, 'start page in Chinese');

          await switchTo(page, 'en');
          await page.reload();
          await page.getByRole('heading', { level: 1, name: tr('en', 'home.title') }).waitFor();
          assert.equal(await page.locator('html').getAttribute('lang'), 'en');
          assert.equal(await page.title(), tr('en', 'app.name'));
        },
        CONTEXT,
      ),
  },
  {
    name: 'a step under way switches 中文 → English → 中文 with its dates, and keeps English over a reload',
    run: ({ browser, baseURL }) =>
      withPage(
        browser,
        baseURL,
        async (page) => {
          await openApp(page);
          await page.getByRole('button', { name: tr('zh-CN', 'home.start'), exact: true }).click();
          await page.getByRole('radio', { name: tr('zh-CN', 'wizard.where.scheme.employee'), exact: true }).check();
          await page.getByRole('button', { name: tr('zh-CN', 'wizard.nav.continue'), exact: true }).click();
          await page.getByRole('heading', { level: 1, name: tr('zh-CN', 'wizard.history.heading') }).waitFor();

          await switchTo(page, 'en');
          await page.getByRole('heading', { level: 1, name: tr('en', 'wizard.history.heading') }).waitFor();
          // The quick path names a month: it must be an English one now.
          await page.getByText(/September 2026/).waitFor();
          await expectAllEnglish(page, 'history step in English');

          await page.reload();
          await page.getByRole('heading', { level: 1, name: tr('en', 'wizard.history.heading') }).waitFor();
          assert.equal(await page.locator('html').getAttribute('lang'), 'en');
          await expectAllEnglish(page, 'history step in English after a reload');

          await switchTo(page, 'zh-CN');
          await page.getByRole('heading', { level: 1, name: tr('zh-CN', 'wizard.history.heading') }).waitFor();
          await page.getByText(/2026年9月/).waitFor();
          await expectNoLatinMonths(page, 'history step in Chinese');
        },
        CONTEXT,
      ),
  },
  {
    name: 'the result switches 中文 → English → 中文: no Chinese in English sentences, no Latin month names in Chinese',
    run: ({ browser, baseURL }) =>
      withPage(
        browser,
        baseURL,
        async (page) => {
          await openApp(page);
          await completeWizard(page, 'zh-CN', RESIDENT);
          await expectNoLatinMonths(page, 'result in Chinese');

          await switchTo(page, 'en');
          await page.getByRole('heading', { level: 1, name: tr('en', 'result.title') }).waitFor();
          assert.match(await page.getByTestId('status').textContent(), /^Status on November 25, 2026/);
          await expectAllEnglish(page, 'result in English');

          await switchTo(page, 'zh-CN');
          await page.getByRole('heading', { level: 1, name: tr('zh-CN', 'result.title') }).waitFor();
          assert.match(await page.getByTestId('status').textContent(), /^2026年11月25日的状态/);
          await expectNoLatinMonths(page, 'result in Chinese again');
        },
        CONTEXT,
      ),
  },
  {
    name: 'Back and Forward move between the steps and the result both ways, the address shows the step, focus lands on its heading; Back from the first step reaches the start page, then leaves',
    run: ({ browser, baseURL }) =>
      withPage(
        browser,
        baseURL,
        async (page) => {
          const lang = 'en';
          await openApp(page);
          await completeWizard(page, lang, RESIDENT);
          await expectAt(page, '#/result', 1, tr(lang, 'result.title'), 'result');
          for (let i = STEPS.length - 2; i >= 0; i--) {
            const [hash, level, key] = STEPS[i];
            await page.goBack();
            await expectAt(page, hash, level, tr(lang, key), `Back to ${hash}`);
          }
          await page.goBack();
          await expectAt(page, '', 1, tr(lang, 'home.title'), 'Back to the start page');
          for (const [hash, level, key] of STEPS) {
            await page.goForward();
            await expectAt(page, hash, level, tr(lang, key), `Forward to ${hash}`);
          }
          // The answers came through all of it.
          assert.match(await page.getByTestId('status').textContent(), /^Status on November 25, 2026/);

          // The page's own Back agrees with the browser's: Forward returns to the step it left.
          await page.goBack();
          await page.goBack();
          await expectAt(page, '#/circumstances', 1, tr(lang, 'wizard.circumstances.heading'), 'Back twice');
          await page.getByRole('button', { name: tr(lang, 'wizard.nav.back'), exact: true }).click();
          await expectAt(page, '#/payment', 1, tr(lang, 'wizard.payment.heading'), "the page's Back");
          await page.goForward();
          await expectAt(page, '#/circumstances', 1, tr(lang, 'wizard.circumstances.heading'), "Forward after the page's Back");

          for (let i = 0; i < 4; i++) await page.goBack();
          await expectAt(page, '', 1, tr(lang, 'home.title'), 'Back to the start page again');
          await page.goBack();
          await page.waitForURL('about:blank');
        },
        { locale: 'en', ...CONTEXT },
      ),
  },
  {
    name: 'Change your answers on the result opens the check page as a new page: Back returns to the result, Forward to the check page',
    run: ({ browser, baseURL }) =>
      withPage(
        browser,
        baseURL,
        async (page) => {
          const lang = 'en';
          const entries = await checkPageFromResult(page, lang);
          assert.equal(await page.evaluate(() => history.length), entries + 1, 'the check page is a new entry, not the one before the result');
          await page.goBack();
          await expectAt(page, '#/result', 1, tr(lang, 'result.title'), 'Back from the check page');
          await page.goForward();
          await expectAt(page, '#/check', 1, tr(lang, 'wizard.check.heading'), 'Forward again');
        },
        { locale: 'en', ...CONTEXT },
      ),
  },
  {
    name: 'The skip link on a step moves focus to the main content without a history entry: one Back leaves the step',
    run: ({ browser, baseURL }) =>
      withPage(
        browser,
        baseURL,
        async (page) => {
          const lang = 'en';
          await checkPageFromResult(page, lang);
          const entries = await page.evaluate(() => history.length);
          await page.getByRole('link', { name: tr(lang, 'app.skipToContent') }).focus();
          await page.keyboard.press('Enter');
          assert.equal(await page.evaluate(() => document.activeElement?.id), 'main', 'focus on the main content');
          assert.equal(await page.evaluate(() => location.hash), '#/check', 'the address still shows the step');
          assert.equal(await page.evaluate(() => history.length), entries, 'no history entry added');
          await page.goBack();
          await expectAt(page, '#/result', 1, tr(lang, 'result.title'), 'one Back leaves the step');
        },
        { locale: 'en', ...CONTEXT },
      ),
  },
  {
    name: 'Back after Start again passes over the steps of the cleared answers: the first step once, then the start page; Forward comes back; every heading in view',
    run: ({ browser, baseURL }) =>
      withPage(
        browser,
        baseURL,
        async (page) => {
          const lang = 'en';
          await openApp(page);
          await completeWizard(page, lang, RESIDENT);
          await expectAt(page, '#/result', 1, tr(lang, 'result.title'), 'result');
          // Far down the long result, where Start again is.
          await page.getByRole('button', { name: tr(lang, 'result.actions.startAgain'), exact: true }).click();
          await page.getByRole('button', { name: tr(lang, 'result.actions.confirmYes'), exact: true }).click();
          await expectAt(page, '', 1, tr(lang, 'home.title'), 'Start again');
          const inView = async (label) => {
            const top = await page.evaluate(() => document.activeElement?.getBoundingClientRect().top ?? -1);
            assert.ok(top >= 0 && top < (await page.evaluate(() => innerHeight)), `${label}: the focused heading is in view (top ${top})`);
          };
          await page.goBack();
          await expectAt(page, '#/where', 1, tr(lang, 'wizard.where.heading'), 'Back after Start again');
          await inView('Back after Start again');
          await page.goBack();
          await expectAt(page, '', 1, tr(lang, 'home.title'), 'Back again: the start page');
          await page.goForward();
          await expectAt(page, '#/where', 1, tr(lang, 'wizard.where.heading'), 'Forward');
          await inView('Forward');
          await page.goForward();
          await expectAt(page, '', 1, tr(lang, 'home.title'), 'Forward again: the start page it was left on');
        },
        { locale: 'en', ...CONTEXT },
      ),
  },
  {
    name: 'a reload mid-step lands on that step with every typed value, one not yet valid included; Back and Forward keep them too',
    run: ({ browser, baseURL }) =>
      withPage(
        browser,
        baseURL,
        async (page) => {
          const lang = 'en';
          await openApp(page);
          await page.getByRole('button', { name: tr(lang, 'home.start'), exact: true }).click();
          await page.getByRole('radio', { name: tr(lang, 'wizard.where.scheme.employee'), exact: true }).check();
          await page.getByRole('button', { name: tr(lang, 'wizard.nav.continue'), exact: true }).click();
          await page.getByRole('heading', { level: 1, name: tr(lang, 'wizard.history.heading') }).waitFor();
          const last = page.getByLabel(tr(lang, 'wizard.history.lastMonthPaid'));
          const since = page.getByLabel(tr(lang, 'wizard.history.paidSince'));
          // December 2026 is still to come: not valid yet, but what the person typed.
          await last.fill('2026-12');
          await since.fill('2019-03');

          await page.reload();
          await page.getByRole('heading', { level: 1, name: tr(lang, 'wizard.history.heading') }).waitFor();
          assert.equal(await page.evaluate(() => location.hash), '#/history');
          assert.equal(await last.inputValue(), '2026-12');
          assert.equal(await since.inputValue(), '2019-03');

          await page.goBack();
          await page.getByRole('heading', { level: 1, name: tr(lang, 'wizard.where.heading') }).waitFor();
          assert.ok(await page.getByRole('radio', { name: tr(lang, 'wizard.where.scheme.employee'), exact: true }).isChecked());
          await page.goForward();
          await page.getByRole('heading', { level: 1, name: tr(lang, 'wizard.history.heading') }).waitFor();
          assert.equal(await last.inputValue(), '2026-12');
          // Still checked on Continue, as typed.
          await page.getByRole('button', { name: tr(lang, 'wizard.nav.continue'), exact: true }).click();
          await page.getByText(tr(lang, 'errors.period.future')).first().waitFor();
        },
        { locale: 'en', ...CONTEXT },
      ),
  },
  {
    name: 'a reload on a step a change of scheme marks still offers "Save and return to the check page" (中文)',
    run: ({ browser, baseURL }) =>
      withPage(
        browser,
        baseURL,
        async (page) => {
          const lang = 'zh-CN';
          const heading = (key) => page.getByRole('heading', { level: 1, name: tr(lang, key) }).waitFor();
          const button = (key) => page.getByRole('button', { name: tr(lang, key), exact: true });
          await openApp(page);
          await completeWizard(page, lang, { scheme: 'resident', years: { 2025: 'resident', 2026: 'resident' }, payment: { status: 'made', date: '2026-11-20', years: [2027] } });
          await page.goBack();
          await heading('wizard.check.heading');
          await page.getByRole('button', { name: tr(lang, 'wizard.check.changeLabel.where') }).click();
          await heading('wizard.where.heading');
          await page.getByRole('radio', { name: tr(lang, 'wizard.where.scheme.flexible'), exact: true }).check();
          await button('wizard.nav.continue').click();
          await heading('wizard.history.heading');

          await page.reload();
          await heading('wizard.history.heading');
          await page.getByLabel(tr(lang, 'wizard.history.lastMonthPaid')).fill('2025-10');
          await button('wizard.nav.continue').click();
          await heading('wizard.payment.heading');
          await button('wizard.nav.continue').click();
          await heading('wizard.circumstances.heading');

          await page.reload();
          await heading('wizard.circumstances.heading');
          assert.equal(await page.evaluate(() => location.hash), '#/circumstances');
          await button('wizard.nav.saveAndReturn').click();
          await heading('wizard.check.heading');
        },
        { locale: 'zh-CN', ...CONTEXT },
      ),
  },
  ...['en', 'zh-CN'].map((lang) => ({
    name: `a flexible worker's months survive a switch to the resident scheme and back, and the resident result does not read them [${lang}]`,
    run: ({ browser, baseURL }) =>
      withPage(
        browser,
        baseURL,
        async (page) => {
          const heading = (key) => page.getByRole('heading', { level: 1, name: tr(lang, key) }).waitFor();
          const button = (key) => page.getByRole('button', { name: tr(lang, key), exact: true });
          const toScheme = async (scheme) => {
            await button('wizard.check.changeLabel.where').click();
            await heading('wizard.where.heading');
            await page.getByRole('radio', { name: tr(lang, `wizard.where.scheme.${scheme}`), exact: true }).check();
            await button('wizard.nav.continue').click();
            await heading('wizard.history.heading');
          };
          await openApp(page);
          await completeWizard(page, lang, { region: 'jiangsu', scheme: 'flexible', employeeLast: '2026-07', payment: { status: 'planned', date: '2026-12-10', backPay: false } });
          await page.goBack();
          await heading('wizard.check.heading');

          // To the resident scheme: every year left "not covered", 2027 planned.
          await toScheme('resident');
          await button('wizard.nav.continue').click();
          await heading('wizard.payment.heading');
          await page.getByRole('checkbox', { name: tr(lang, 'wizard.payment.yearOption', { year: 2027 }), exact: true }).check();
          await button('wizard.nav.continue').click();
          await heading('wizard.circumstances.heading');
          await button('wizard.nav.saveAndReturn').click();
          await heading('wizard.check.heading');
          // The resident answers list no employee months: none was given for that scheme.
          assert.equal(await page.getByText(tr(lang, 'wizard.history.employeeLast'), { exact: true }).count(), 0);
          await button('wizard.nav.seeResult').click();
          await page.getByTestId('headline').waitFor();
          const table = await page.locator('table.timeline__table').textContent();
          assert.ok(!table.includes(tr(lang, 'timeline.kinds.employeeCovered')), `no employee cover drawn: ${table}`);
          await page.goBack();
          await heading('wizard.check.heading');

          // Back to the flexible worker's scheme: the last month paid is there as typed.
          await toScheme('flexible');
          assert.equal(await page.getByLabel(tr(lang, 'wizard.history.lastMonthPaid')).inputValue(), '2026-07');
        },
        { locale: lang, ...CONTEXT },
      ),
  })),
];
