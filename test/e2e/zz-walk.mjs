import { chromium } from 'playwright-core';
import { CONTEXT, openApp, tr, completeWizard } from './flow-driver.mjs';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const lang of ['zh-CN', 'en']) {
  const ctx = await b.newContext({ ...CONTEXT, baseURL: 'http://127.0.0.1:4391', viewport: { width: 412, height: 900 }, locale: lang });
  const page = await ctx.newPage();
  await openApp(page, '/');
  const spec = { years: { 2024: 'resident', 2025: 'none', 2026: 'none' }, payment: { status: 'planned', date: '2026-11-25', years: [2027] } };
  const head = await completeWizard(page, lang, spec, { onStep: async (label) => { if (label === 'payment') { await page.waitForTimeout(500); await page.screenshot({ path: `/tmp/shot-payment-${lang}.png`, fullPage: true }); console.log('repair field:', await page.getByRole('spinbutton', { name: tr(lang, 'wizard.payment.repairLabel') }).count(), await page.locator('form').innerText().then(t => t.slice(-600))); } } });
  console.log(lang, head);
  const why = page.getByRole('region', { name: tr(lang, 'result.why.title') });
  console.log((await why.innerText()).slice(0, 1200));
  await why.screenshot({ path: `/tmp/shot-why-${lang}.png` });
  await ctx.close();
}
await b.close();
