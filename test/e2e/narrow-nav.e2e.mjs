// On a phone-width screen the step's buttons stack: Back above Continue, the order Tab reaches
// them in, so what is seen and where the focus goes agree (WCAG 2.4.3). Continue used to be
// moved above Back by CSS while Tab still reached Back first.
import assert from 'node:assert/strict';
import { CONTEXT, openApp, regionRadio, tr } from './flow-driver.mjs';
import { expectNoAxeViolations, withPage } from './helpers.mjs';

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

// The regions' box on a phone scrolls, and Chromium makes a scrolling box a Tab stop where no radio
// in it is one: with the national baseline (above the box) chosen, Tab went from it to the box, a
// stop with no name or role. The box is out of the Tab order (region-picker.tsx): Tab goes from the
// chosen radio on to the buttons, and the arrow keys still bring the regions in the box into view.
tests.push(
  ...['zh-CN', 'en'].map((lang) => ({
    name: `narrow screen: the regions' box is no Tab stop of its own, the arrow keys scroll it, and axe finds nothing [${lang}]`,
    run: ({ browser, baseURL }) =>
      withPage(
        browser,
        baseURL,
        async (page) => {
          await openFirstStep(page, lang);
          const national = regionRadio(page, lang, 'national');
          await national.check();
          await national.focus();
          await page.keyboard.press('Tab');
          const next = await page.evaluate(() => {
            const el = document.activeElement;
            return { tag: el?.tagName, inBox: el?.closest('.wz-region__provinces') !== null };
          });
          assert.deepEqual(next, { tag: 'BUTTON', inBox: false }, 'Tab from the chosen region goes on to a button, not into the box');
          // The arrow keys move through every region, and the one reached is scrolled into the box's view.
          await national.focus();
          for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowDown');
          const seen = await page.evaluate(() => {
            const radio = document.activeElement;
            const box = radio?.closest('.wz-region__provinces');
            if (!radio || !box) return null;
            const [r, b] = [radio.getBoundingClientRect(), box.getBoundingClientRect()];
            return { checked: radio.checked, scrolled: box.scrollTop > 0, inBox: r.top >= b.top && r.bottom <= b.bottom };
          });
          assert.deepEqual(seen, { checked: true, scrolled: true, inBox: true }, 'the region reached by the arrow keys is in the scrolled box');
          await expectNoAxeViolations(page, `step 1 at 390 px, ${lang}`);
        },
        { locale: lang, viewport: { width: 390, height: 844 }, ...CONTEXT },
      ),
  })),
);
