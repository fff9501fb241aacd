// The "Embed this calculator" page on the narrowest phone screen people use (320 CSS px): the
// page never scrolls sideways; long code scrolls inside its own box instead.
import assert from 'node:assert/strict';
import { tr } from './flow-driver.mjs';
import { withPage } from './helpers.mjs';

const WIDTH = 320;

export const tests = [
  {
    name: 'the embed help page fits a 320 px wide screen in both languages',
    run: async ({ browser, baseURL }) => {
      for (const lang of ['zh-CN', 'en']) {
        await withPage(
          browser,
          baseURL,
          async (page) => {
            await page.goto('/embed-help.html');
            await page.getByRole('heading', { level: 1, name: tr(lang, 'embed.help.title') }).waitFor();
            // The live preview's frame and every option drawn: the page at its widest.
            await page.frameLocator('[data-testid="embed-preview"] iframe').getByRole('heading', { level: 2, name: tr(lang, 'wizard.where.heading') }).waitFor();
            await page.getByRole('radio', { name: tr(lang, 'embed.help.resultAnswers') }).check();
            const widths = await page.evaluate(() => {
              const example = document.querySelector('.embed-help__example');
              return {
                document: document.documentElement.scrollWidth,
                body: document.body.scrollWidth,
                wider: [...document.querySelectorAll('body *')]
                  .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
                  .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
                  .slice(0, 10),
                example: { scroll: example.scrollWidth, client: example.clientWidth, overflow: getComputedStyle(example).overflowX },
              };
            });
            assert.ok(widths.document <= WIDTH && widths.body <= WIDTH, `${lang}: the page is ${widths.document} px wide; wider than the screen: ${widths.wider.join(', ')}`);
            // The event example keeps its lines and scrolls in its own box.
            assert.ok(widths.example.scroll > widths.example.client, `${lang}: the example is cut to the screen`);
            assert.equal(widths.example.overflow, 'auto');
          },
          { locale: lang, viewport: { width: WIDTH, height: 640 } },
        );
      }
    },
  },
];
