import { chromium } from 'playwright-core';
import { measureAppInteractions, measureWidgetInteractions } from './test/bench/interactions';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const N = Number(process.env.N ?? 2);
for (let k = 0; k < N; k++) for (const language of ['zh-CN', 'en'] as const) {
  const rows = [...(await measureAppInteractions(browser, 'http://127.0.0.1:4173', language, 4)), ...(await measureWidgetInteractions(browser, 'http://127.0.0.1:4173', language, 4))];
  const bad = rows.filter((r) => (r.kind === 'step move' || r.kind === 'answer change') && r.longestTaskMs > 50);
  console.log(k, language, bad.length ? bad.map((r) => `${r.page} ${r.name}: ${r.longestTaskMs}`).join('; ') : 'all under 50');
}
await browser.close();
