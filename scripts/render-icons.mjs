// Renders the app icons (public/icons/*.png) from one SVG drawing with the system Chromium,
// so no image tool is needed. Run after changing the drawing: `node scripts/render-icons.mjs`,
// then commit the PNGs. The drawing matches public/favicon.svg: a white cross on the accent blue.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icons');
const CROSS = 'M13 7h6v6h6v6h-6v6h-6v-6H7v-6h6z';
const ACCENT = '#1f5f8b';

/** "any": the favicon's rounded square, transparent corners. */
const rounded = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="${ACCENT}"/><path d="${CROSS}" fill="#fff"/></svg>`;
/**
 * "maskable" (and Apple's touch icon, which iOS rounds itself): full bleed, the cross kept well
 * inside the safe zone, the circle of 40% of the size around the centre.
 */
const fullBleed = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${ACCENT}"/><path d="${CROSS}" fill="#fff" transform="translate(16 16) scale(0.8) translate(-16 -16)"/></svg>`;

const ICONS = [
  { file: 'icon-192.png', size: 192, svg: rounded },
  { file: 'icon-512.png', size: 512, svg: rounded },
  { file: 'icon-maskable-512.png', size: 512, svg: fullBleed },
  { file: 'apple-touch-icon-180.png', size: 180, svg: fullBleed },
];

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const { file, size, svg } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const img = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(`<style>html,body{margin:0;background:transparent}img{display:block}</style><img src="${img}" width="${size}" height="${size}">`);
    await page.locator('img').evaluate((el) => el.decode());
    await page.screenshot({ path: join(out, file), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await page.close();
    console.log(`wrote public/icons/${file} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
