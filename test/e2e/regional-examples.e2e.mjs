// Rules v2 worked examples (RULES.md §10) entered through the UI in both languages: a region
// with its own pack gives its official date; the national pack gives the range explained by
// conditions, and choosing a region from the result turns it into that region's date.
import assert from 'node:assert/strict';
import { CONTEXT, completeWizard, longDate, openApp, regionRadio, tr } from './flow-driver.mjs';
import { withPage } from './helpers.mjs';

const EXAMPLES = [
  {
    name: 'W20 ★ 北京: covered 2025, pays 2026 on 2026-02-10 inside the window',
    spec: { region: 'beijing', years: { 2025: 'resident' }, payment: { status: 'made', date: '2026-02-10', years: [2026] } },
    expected: '2026-01-01',
  },
  {
    name: 'W22 ★ 江西: covered 2025, pays 2026 on 2026-01-20',
    spec: { region: 'jiangxi', years: { 2025: 'resident' }, payment: { status: 'made', date: '2026-01-20', years: [2026] } },
    expected: '2026-01-21',
  },
  {
    name: 'W26 ★ 武汉: born 2026-01-01, paid 2026-04-01 (day 91 counting the birth day)',
    spec: { region: 'hubei-wuhan', years: {}, payment: { status: 'made', date: '2026-04-01', years: [2026] }, circumstances: { birthDate: '2026-01-01' } },
    expected: '2026-05-01',
  },
];

/** W34: covered 2025, pays 2026 on 2026-01-20 under the national pack. */
const W34 = { years: { 2025: 'resident' }, payment: { status: 'made', date: '2026-01-20', years: [2026] } };

const single = EXAMPLES.flatMap((example) =>
  ['zh-CN', 'en'].map((lang) => ({
    name: `${example.name} [${lang}] shows ${example.expected}`,
    run: ({ browser, baseURL }) =>
      withPage(
        browser,
        baseURL,
        async (page) => {
          await openApp(page);
          // On the circumstances step no group is drawn without a question in it (an empty box).
          const onStep = async (label) => {
            if (label !== 'circumstances') return;
            const empty = await page.evaluate(() =>
              [...document.querySelectorAll('main fieldset')].filter((f) => !f.querySelector('input, select, textarea')).map((f) => f.querySelector('legend')?.textContent ?? f.outerHTML.slice(0, 80)),
            );
            assert.deepEqual(empty, [], 'groups without a question on the circumstances step');
          };
          const headline = await completeWizard(page, lang, example.spec, { axe: true, onStep });
          assert.ok(headline.includes(longDate(lang, example.expected)), `headline "${headline}" lacks ${longDate(lang, example.expected)}`);
        },
        { locale: lang, ...CONTEXT },
      ),
  })),
);

const range = ['zh-CN', 'en'].map((lang) => ({
  name: `W34 national [${lang}]: 2026-01-01 to 2026-04-21 as conditions with regions; choosing 江西 from the result gives 2026-01-21`,
  run: ({ browser, baseURL }) =>
    withPage(
      browser,
      baseURL,
      async (page) => {
        await openApp(page);
        const headline = await completeWizard(page, lang, W34, { axe: true });
        for (const date of ['2026-01-01', '2026-04-21']) assert.ok(headline.includes(longDate(lang, date)), `headline "${headline}" lacks ${longDate(lang, date)}`);
        // The list's own lines, not the clauses a long condition lists under its date.
        const lines = page.getByRole('list', { name: tr(lang, 'result.range.listLabel') }).locator(':scope > li');
        const count = await lines.count();
        assert.ok(count >= 2 && count <= 4, `${count} lines`);
        const text = (await lines.allTextContents()).join('\n');
        for (const date of ['2026-01-01', '2026-01-21']) assert.ok(text.includes(longDate(lang, date)), `lines lack ${date}: ${text}`);
        assert.ok(text.includes(lang === 'en' ? 'Jiangxi' : '江西'), `the lines name the regions: ${text}`);
        assert.ok(!/resident\.|windowEnd|规则包|数值来自/.test(text), `no internal words: ${text}`);

        await page.getByRole('combobox', { name: tr(lang, 'result.region.label') }).selectOption('jiangxi');
        await page.getByRole('button', { name: tr(lang, 'result.region.submit') }).click();
        const updated = page.getByTestId('headline');
        await page.waitForFunction((date) => document.querySelector('[data-testid="headline"]')?.textContent?.includes(date), longDate(lang, '2026-01-21'));
        const now = (await updated.textContent()).trim();
        assert.ok(!now.includes(longDate(lang, '2026-04-21')), `one date now: ${now}`);

        // A reload keeps the region chosen here and both ways back to every region's dates: the
        // chooser as it was after the choice, and Back (then Forward to the region's date again).
        const shows = (date) => page.waitForFunction((d) => document.querySelector('[data-testid="headline"]')?.textContent?.includes(d), longDate(lang, date));
        await page.reload();
        await shows('2026-01-21');
        await page.getByRole('heading', { name: tr(lang, 'result.region.titleAgain') }).waitFor();
        assert.ok(await page.getByRole('combobox', { name: tr(lang, 'result.region.label') }).locator('option[value="national"]').count(), 'the national dates are offered again');
        await page.goBack();
        await shows('2026-04-21');
        await page.goForward();
        await shows('2026-01-21');
      },
      { locale: lang, ...CONTEXT },
    ),
}));

/** 成都 (P-SC4, C): found by pinyin in the region search, its own notice cited, the value marked unconfirmed. */
const chengdu = ['zh-CN', 'en'].map((lang) => ({
  name: `成都 [${lang}]: found by typing "chengdu"; covered 2025, 2026 paid 2026-02-20 inside the window to 28 Feb → 2026-01-01, the city's notice cited as unconfirmed`,
  run: ({ browser, baseURL }) =>
    withPage(
      browser,
      baseURL,
      async (page) => {
        await openApp(page);
        await page.getByRole('button', { name: tr(lang, 'home.start'), exact: true }).click();
        await page.locator('html[data-app]').waitFor({ state: 'attached' });
        await page.getByRole('searchbox', { name: tr(lang, 'wizard.where.filterLabel') }).or(page.getByRole('textbox', { name: tr(lang, 'wizard.where.filterLabel') })).fill('chengdu');
        await regionRadio(page, lang, 'sichuan-chengdu').waitFor();
        const headline = await completeWizard(page, lang, { region: 'sichuan-chengdu', years: { 2025: 'resident' }, payment: { status: 'made', date: '2026-02-20', years: [2026] } }, { axe: true });
        assert.ok(headline.includes(longDate(lang, '2026-01-01')), `headline "${headline}" lacks ${longDate(lang, '2026-01-01')}`);
        const body = await page.locator('main').textContent();
        assert.ok(body.includes('成都2026年度城乡居民医保缴费'), 'the city notice is cited by its title');
        if (lang === 'en') assert.ok(body.includes("Chengdu's 2026 resident premium"), 'with its English gloss');
        const [, unconfirmed] = tr(lang, 'result.noteFallback.unconfirmed', { what: '\u0000' }).split('\u0000');
        const phrase = unconfirmed.split(/[;；，]/).find((part) => part.trim().length > 0);
        assert.ok(body.includes(phrase), `the window's end is marked unconfirmed: ${body}`);
      },
      { locale: lang, ...CONTEXT },
    ),
}));

/**
 * 武汉 (E3a): a flexible worker covered by the employee scheme to June 2026, who leaves "who paid"
 * blank and plans to pay today (25 Nov 2026). An employer-paid answer gives 1 Dec 2026 (month 5
 * after the employer stopped: the month after payment), cover paid by the person 1 May 2027 (the
 * 6-month wait): no single date; both, and the way to answer, which opens the question; answered, one date.
 */
const payerBlank = ['zh-CN', 'en'].map((lang) => ({
  name: `武汉 flexible worker, who paid left blank [${lang}]: 1 Dec 2026 if an employer paid, 1 May 2027 if self-paid; "say who paid" opens the question, and "an employer" gives 1 Dec 2026`,
  run: ({ browser, baseURL }) =>
    withPage(
      browser,
      baseURL,
      async (page) => {
        await openApp(page);
        const headline = await completeWizard(page, lang, { region: 'hubei-wuhan', scheme: 'flexible', employeeLast: '2026-06', payment: { status: 'planned', date: '2026-11-25' } }, { axe: true });
        assert.ok(!headline.includes(longDate(lang, '2027-05-01')), `no single date in the headline: ${headline}`);
        const lines = await page.getByRole('list', { name: tr(lang, 'result.paidBy.listLabel') }).getByRole('listitem').allTextContents();
        assert.deepEqual(lines, [
          `${longDate(lang, '2026-12-01')}${tr(lang, 'result.range.separator')}${tr(lang, 'result.paidBy.employer')}`,
          `${longDate(lang, '2027-05-01')}${tr(lang, 'result.range.separator')}${tr(lang, 'result.paidBy.self')}`,
        ]);
        // "Say who paid" opens the step with the question, and Continue there returns to the check page.
        await page.getByRole('button', { name: tr(lang, 'result.paidBy.answer') }).click();
        await page.getByRole('heading', { level: 1, name: tr(lang, 'wizard.history.heading') }).waitFor();
        await page.getByRole('group', { name: tr(lang, 'wizard.history.paidBy.legend') }).getByRole('radio', { name: tr(lang, 'wizard.history.paidBy.employer') }).check();
        await page.getByRole('button', { name: tr(lang, 'wizard.nav.saveAndReturn') }).click();
        await page.getByRole('heading', { level: 1, name: tr(lang, 'wizard.check.heading') }).waitFor();
        await page.getByRole('button', { name: tr(lang, 'wizard.nav.seeResult') }).click();
        const answered = (await page.getByTestId('headline').textContent()).trim();
        assert.ok(answered.includes(longDate(lang, '2026-12-01')) && !answered.includes(longDate(lang, '2027-05-01')), `one date once answered: ${answered}`);
      },
      { locale: lang, ...CONTEXT },
    ),
}));

export const tests = [...single, ...range, ...chengdu, ...payerBlank];
