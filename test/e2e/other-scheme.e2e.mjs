// "The other scheme" (newcomer review 2, finding 2): someone whose employer stopped paying after
// June 2026 plans to pay as a flexible worker on 25 Nov 2026. The result names the resident
// scheme's answer too; choosing 青岛 from the result redraws both; the card's button switches the
// answers to the resident scheme and the notice changes them back; the language switch redraws it.
import assert from 'node:assert/strict';
import { CONTEXT, completeWizard, longDate, openApp, tr } from './flow-driver.mjs';
import { expectNoAxeViolations, withPage } from './helpers.mjs';

const SPEC = { scheme: 'flexible', employeeLast: '2026-06', payment: { status: 'planned', date: '2026-11-25' } };

/** Waits until the headline says `text`, and returns it. */
async function headlineWith(page, text) {
  await page.waitForFunction((t) => document.querySelector('[data-testid="headline"]')?.textContent?.includes(t), text);
  return (await page.getByTestId('headline').textContent()).trim();
}

/** The card's text, once it says `text`. */
async function cardWith(page, lang, text) {
  const card = page.getByRole('region', { name: tr(lang, 'result.otherScheme.title'), exact: true });
  await page.waitForFunction((t) => document.querySelector('[data-testid="other-scheme"]')?.textContent?.includes(t), text);
  return (await card.textContent()).trim();
}

const between = (lang, from, to) => (lang === 'en' ? `between ${longDate(lang, from)} and ${longDate(lang, to)}` : `${longDate(lang, from)}至${longDate(lang, to)}之间`);

export const tests = [
  ['zh-CN', 390],
  ['en', 1280],
].map(([lang, width]) => ({
  name: `other scheme [${lang} ${width}px]: a flexible worker's result names the resident scheme's 2027 dates; 青岛 chosen from the result; switch and change back`,
  run: ({ browser, baseURL }) =>
    withPage(
      browser,
      baseURL,
      async (page) => {
        await openApp(page);
        // The months paid since 2020 (two years and more before the switch, E2).
        const onStep = async (label) => {
          if (label === 'history') await page.getByLabel(tr(lang, 'wizard.history.paidSince')).fill('2020-01');
        };
        const national = await completeWizard(page, lang, SPEC, { onStep });
        assert.ok(national.includes(longDate(lang, '2026-11-01')) && national.includes(longDate(lang, '2027-05-01')), `national flexible: ${national}`);
        let card = await cardWith(page, lang, between(lang, '2027-01-01', '2027-07-01'));
        assert.ok(card.includes(tr(lang, 'result.otherScheme.leadResident', { years: '2027', date: longDate(lang, '2026-11-25') })), `card lead: ${card}`);
        assert.ok(card.includes(tr(lang, 'result.otherScheme.skippedYear', { year: 2026 })), `2026 too buys nothing: ${card}`);
        await expectNoAxeViolations(page, 'result with the other scheme');

        // 青岛 from the result: the headline becomes one date, and the card is worked out under 青岛's rules.
        await page.getByRole('combobox', { name: tr(lang, 'result.region.label') }).selectOption('shandong-qingdao');
        await page.getByRole('button', { name: tr(lang, 'result.region.submit') }).click();
        const qingdao = await headlineWith(page, longDate(lang, '2027-02-01'));
        assert.ok(!qingdao.includes(longDate(lang, '2027-05-01')), `one date under 青岛: ${qingdao}`);
        card = await cardWith(page, lang, between(lang, '2027-01-01', '2027-07-01'));
        assert.ok(card.includes(tr(lang, 'result.otherScheme.tryResident')), `the card under 青岛: ${card}`);

        // Switch: the answers say the resident scheme, the result is its range, and the way back has focus.
        await page.getByRole('button', { name: tr(lang, 'result.otherScheme.tryResident'), exact: true }).click();
        const resident = await headlineWith(page, longDate(lang, '2027-07-01'));
        assert.ok(resident.includes(longDate(lang, '2027-01-01')), `from 1 Jan 2027: ${resident}`);
        assert.ok(!resident.includes(longDate(lang, '2027-02-01')), `the resident answer: ${resident}`);
        const notice = page.getByTestId('scheme-switch');
        assert.equal((await notice.textContent()).trim(), tr(lang, 'result.otherScheme.switched.resident', { from: tr(lang, 'result.otherScheme.schemeName.flexible') }) + tr(lang, 'result.otherScheme.undo.flexible'));
        assert.ok(await notice.evaluate((el) => el === document.activeElement), 'focus on the notice');
        card = await cardWith(page, lang, tr(lang, 'result.otherScheme.tryFlexible'));
        assert.ok(card.includes(longDate(lang, '2027-02-01')), `the flexible worker's date on the resident result: ${card}`);
        await expectNoAxeViolations(page, 'switched to the resident scheme');
        const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(wide <= 0, `no horizontal scrolling (${wide}px)`);

        // Change back: the flexible worker's date again, the card offers the resident scheme again.
        await notice.getByRole('button', { name: tr(lang, 'result.otherScheme.undo.flexible'), exact: true }).click();
        await headlineWith(page, longDate(lang, '2027-02-01'));
        assert.equal(await page.getByTestId('scheme-switch').count(), 0, 'the notice is gone');
        assert.ok(await page.getByRole('heading', { level: 1 }).evaluate((el) => el === document.activeElement), 'focus on the page heading');
        await cardWith(page, lang, tr(lang, 'result.otherScheme.tryResident'));

        // The other language redraws the card.
        const other = lang === 'en' ? 'zh-CN' : 'en';
        await page.getByRole('button', { name: other === 'en' ? 'English' : '中文', exact: true }).click();
        await cardWith(page, other, tr(other, 'result.otherScheme.tryResident'));
      },
      { locale: lang, viewport: { width, height: 900 }, ...CONTEXT },
    ),
}));
