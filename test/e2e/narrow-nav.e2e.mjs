// On a phone-width screen the step's buttons stack: Back above Continue, the order Tab reaches
// them in, so what is seen and where the focus goes agree (WCAG 2.4.3). Continue used to be
// moved above Back by CSS while Tab still reached Back first.
import assert from 'node:assert/strict';
import { CONTEXT, openApp, regionRadio, tr } from './flow-driver.mjs';
import { withPage } from './helpers.mjs';

/** Start pressed on the start page, and the app's first step shown: its heading. */
async function openFirstStep(page, lang) {
  await openApp(page, '/');
  await page.getByRole('button', { name: tr(lang, 'home.start'), exact: true }).click();
  await page.locator('html[data-app]').waitFor({ state: 'attached' });
  const heading = page.getByRole('heading', { level: 1, name: tr(lang, 'wizard.where.heading') });
  await heading.waitFor();
  return heading;
}

export const tests = ['zh-CN', 'en'].map((lang) => ({
  name: `narrow screen: Back is above Continue, and Tab goes Back then Continue [${lang}]`,
  run: ({ browser, baseURL }) =>
    withPage(
      browser,
      baseURL,
      async (page) => {
        await openFirstStep(page, lang);
        await page.getByRole('radio', { name: tr(lang, 'wizard.where.scheme.resident'), exact: true }).check();
        await page.getByRole('button', { name: tr(lang, 'wizard.nav.continue'), exact: true }).click();
        await page.getByRole('heading', { level: 1, name: tr(lang, 'wizard.history.heading') }).waitFor();
        const back = page.getByRole('button', { name: tr(lang, 'wizard.nav.back'), exact: true });
        const next = page.getByRole('button', { name: tr(lang, 'wizard.nav.continue'), exact: true });
        const [b, n] = [await back.boundingBox(), await next.boundingBox()];
        assert.ok(b && n && b.y + b.height <= n.y, `Back (top ${b?.y}) is above Continue (top ${n?.y})`);
        await back.focus();
        await page.keyboard.press('Tab');
        assert.equal(await next.evaluate((el) => el === document.activeElement), true, 'Tab from Back reaches Continue');
      },
      { locale: lang, viewport: { width: 375, height: 800 }, ...CONTEXT },
    ),
}));

// On a phone the regions scroll in a box of their own (wizard.css): the step is about two screens
// tall, not four, and coming back to it the region chosen before is in the box's view, not left
// out of sight at the foot of the list (昆明 is the last of them).
tests.push(
  ...['zh-CN', 'en'].map((lang) => ({
    name: `narrow screen: the regions scroll in their own box, and coming back the chosen one is in view [${lang}]`,
    run: ({ browser, baseURL }) =>
      withPage(
        browser,
        baseURL,
        async (page) => {
          const heading = await openFirstStep(page, lang);
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          assert.ok(height < 2400, `step 1 is ${height} px tall at 390 px`);
          const kunming = regionRadio(page, lang, 'yunnan-kunming');
          await kunming.check();
          await page.getByRole('button', { name: tr(lang, 'wizard.nav.continue'), exact: true }).click();
          await page.getByRole('heading', { level: 1, name: tr(lang, 'wizard.history.heading') }).waitFor();
          await page.getByRole('button', { name: tr(lang, 'wizard.nav.back'), exact: true }).click();
          await heading.waitFor();
          assert.equal(await kunming.isChecked(), true, 'the choice is kept');
          const seen = await kunming.evaluate((radio) => {
            const box = radio.closest('.wz-region__provinces');
            const [r, b] = [radio.getBoundingClientRect(), box.getBoundingClientRect()];
            return { scrolls: box.scrollHeight > box.clientHeight, inBox: r.top >= b.top && r.bottom <= b.bottom, scrollTop: box.scrollTop };
          });
          assert.ok(seen.scrolls, 'the regions scroll in their own box');
          assert.ok(seen.inBox, `the chosen region is in the box's view (scrolled ${seen.scrollTop} px)`);
        },
        { locale: lang, viewport: { width: 390, height: 844 }, ...CONTEXT },
      ),
  })),
);
