import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 848, height: 900 } });
await p.goto('http://127.0.0.1:4391/embed.html?lang=en&region=guangdong-guangzhou');
await p.waitForSelector('[data-testid=region-coverage]');
await p.waitForTimeout(1500);
console.log(await p.evaluate(() => {
  const before = document.querySelector('.embed').getBoundingClientRect().height;
  const slot = document.querySelector('.app-notice-slot');
  slot.innerHTML = '<div class="app-notice app-notice--update"><p>A new version of the calculator is ready. Your answers are kept.</p><div class="app-notice__actions"><button class="button">Reload</button><button class="button button--secondary">Later</button></div></div>';
  return [before, document.querySelector('.embed').getBoundingClientRect().height];
}));
await b.close();
