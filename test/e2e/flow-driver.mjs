// Drives the wizard the way a person does, by visible labels in the chosen language. Labels
// come from the app's own locale files so the tests follow the copy, not a second copy.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectNoAxeViolations } from './helpers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const localeDir = join(root, 'src', 'i18n', 'locales');
const LOCALES = {
  en: JSON.parse(readFileSync(join(localeDir, 'en.json'), 'utf8')),
  'zh-CN': JSON.parse(readFileSync(join(localeDir, 'zh-CN.json'), 'utf8')),
};
/** The pack index the app ships: the region step labels each region's radio with its name. */
const PACKS = JSON.parse(readFileSync(join(root, 'public', 'rules', 'index.json'), 'utf8')).packs;

/** A fixed "today" for every flow test: 25 Nov 2026, 10:00 in China. */
export const TODAY = '2026-11-25';
export const CONTEXT = { timezoneId: 'Asia/Shanghai' };

export function tr(lang, key, vars = {}) {
  let node = LOCALES[lang];
  for (const part of key.split('.')) node = node?.[part];
  assert.equal(typeof node, 'string', `no ${lang} text for ${key}`);
  return node.replace(/\{\{(\w+)\}\}/g, (_, name) => String(vars[name] ?? ''));
}

/** A region's name in `lang`, as the region step shows it, from the pack id. */
export function regionName(lang, id) {
  const pack = PACKS.find((p) => p.id === id);
  assert.ok(pack, `no pack ${id} in public/rules/index.json`);
  return pack.name[lang];
}

/**
 * The name of pack `id`'s radio on the region step: its own name, or for a province listed above
 * its cities' packs, the rest of it ("Rest of Fujian Province"), as the step names it.
 */
export function regionRadioName(lang, id) {
  const pack = PACKS.find((p) => p.id === id);
  const hasCities = pack?.parent !== null && PACKS.some((p) => p.parent === id);
  return hasCities ? tr(lang, 'wizard.where.provinceRest', { name: regionName(lang, id) }) : regionName(lang, id);
}

/** The region step's radio for pack `id`, inside its "Region" group (`scope`: a page or a frame). */
export function regionRadio(scope, lang, id) {
  return scope
    .getByRole('group', { name: tr(lang, 'wizard.where.regionLabel'), exact: true })
    .getByRole('radio', { name: regionRadioName(lang, id), exact: true });
}

/** The long date the app shows, formatted as the app formats it. */
export function longDate(lang, iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

export async function openApp(page, path = '/') {
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00+08:00`));
  await page.goto(path);
}

/** A step's heading: the page's h1 in the app, an h2 under the widget's own title. */
function stepHeadingLocator(page, name) {
  return page.getByRole('heading', { level: 1, name }).or(page.getByRole('heading', { level: 2, name }));
}

async function stepHeading(page, text) {
  await stepHeadingLocator(page, text).waitFor();
}

async function next(page, lang) {
  await page.getByRole('button', { name: tr(lang, 'wizard.nav.continue'), exact: true }).click();
}

async function checkPage(page, options, label) {
  if (options.axe) await expectNoAxeViolations(page, label);
  if (options.onStep) await options.onStep(label);
}

/**
 * spec: { region, scheme, prior ('resident' | 'none', employee schemes), years: {2025: 'none', …}, late: {2025: '2025-07-03'}, employeeLast,
 *         payment: { status, date, years, repair, backPay }, circumstances: { lowIncome, birthDate, parentInsured } }
 * (a birthDate is a newborn's, answered at the top of the history step, before the years)
 */
export async function completeWizard(page, lang, spec, options = {}) {
  // The app opens on its start page; the widget (and a draft under way) on the first step.
  const start = page.getByRole('button', { name: tr(lang, 'home.start'), exact: true });
  const where = stepHeadingLocator(page, tr(lang, 'wizard.where.heading'));
  await start.or(where).first().waitFor();
  if (await start.isVisible()) {
    await checkPage(page, options, 'start');
    await start.click();
  }
  await stepHeading(page, tr(lang, 'wizard.where.heading'));
  // The step first shown may be the page's static copy, which the app replaces once loaded: fill the app's
  // (first-screen.e2e.mjs tests the static copy).
  // A locator, not waitForFunction: `page` may be a widget's FrameLocator.
  await page.locator('html[data-app]').waitFor({ state: 'attached' });
  if (spec.region && spec.region !== 'national') {
    await regionRadio(page, lang, spec.region).check();
  }
  await page.getByRole('radio', { name: tr(lang, `wizard.where.scheme.${spec.scheme ?? 'resident'}`), exact: true }).check();
  await checkPage(page, options, 'where');
  await next(page, lang);

  await stepHeading(page, tr(lang, 'wizard.history.heading'));
  // A baby's date of birth comes first: the years before its birth are then not asked.
  if (spec.circumstances?.birthDate) {
    await page.getByRole('checkbox', { name: tr(lang, 'wizard.history.newborn') }).check();
    await page.getByLabel(tr(lang, 'wizard.history.birthDate')).fill(spec.circumstances.birthDate);
  }
  // Employee schemes: the cover before the payment, where it is not employee months (a switch from resident years, or a first enrolment).
  if (spec.prior) await page.getByRole('radio', { name: tr(lang, `wizard.history.prior.${spec.prior}`), exact: true }).check();
  for (const [year, cover] of Object.entries(spec.years ?? {})) {
    const group = page.getByRole('group', { name: tr(lang, 'wizard.history.yearLegend', { year }) });
    await group.getByRole('radio', { name: tr(lang, `wizard.history.cover.${cover}`), exact: true }).check();
    if (cover === 'residentLate') await group.getByLabel(tr(lang, 'wizard.history.latePaidOn')).fill(spec.late[year]);
  }
  if (spec.employeeLast) await page.getByLabel(tr(lang, 'wizard.history.lastMonthPaid')).fill(spec.employeeLast);
  await checkPage(page, options, 'history');
  await next(page, lang);

  // The step is named for who acts (payment-payer.ts): the employer's contributions, or a child's
  // enrolment where the region charges nothing for the year of birth (湖北), else the payment.
  if (spec.scheme === 'employee') await stepHeading(page, tr(lang, 'wizard.payment.heading_employer'));
  else if (spec.circumstances?.birthDate) await stepHeadingLocator(page, tr(lang, 'wizard.payment.heading')).or(stepHeadingLocator(page, tr(lang, 'wizard.payment.heading_enrol'))).waitFor();
  else await stepHeading(page, tr(lang, 'wizard.payment.heading'));
  const p = spec.payment;
  // The employer-paid scheme is asked about its employer's contributions, not a payment of one's own.
  const pk = (key) => (spec.scheme === 'employee' ? `wizard.payment.employer.${key}` : `wizard.payment.${key}`);
  await page.getByRole('radio', { name: tr(lang, pk(`status.${p.status}`)), exact: true }).check();
  await page.getByLabel(tr(lang, pk(p.status === 'made' ? 'dateMade' : 'datePlanned'))).fill(p.date);
  for (const year of p.years ?? []) await page.getByRole('checkbox', { name: tr(lang, 'wizard.payment.yearOption', { year }), exact: true }).check();
  // The field is named for the tense of the payment: "paid to repair" for one already made.
  if (p.repair !== undefined) await page.getByRole('spinbutton', { name: tr(lang, p.status === 'made' ? 'wizard.payment.repairLabelMade' : 'wizard.payment.repairLabel') }).fill(String(p.repair));
  if (p.backPay === false) await page.getByRole('checkbox', { name: tr(lang, pk(p.status === 'made' ? 'backPayMade' : 'backPay')) }).uncheck();
  await checkPage(page, options, 'payment');
  await next(page, lang);

  await stepHeading(page, tr(lang, 'wizard.circumstances.heading'));
  if (spec.circumstances?.lowIncome) await page.getByRole('checkbox', { name: tr(lang, 'wizard.circumstances.lowIncome') }).check();
  if (spec.circumstances?.parentInsured) await page.getByRole('checkbox', { name: tr(lang, 'wizard.circumstances.parentInsured.label') }).check();
  await checkPage(page, options, 'circumstances');
  await next(page, lang);

  await stepHeading(page, tr(lang, 'wizard.check.heading'));
  await checkPage(page, options, 'check');
  await page.getByRole('button', { name: tr(lang, 'wizard.nav.seeResult') }).click();
  await page.getByTestId('headline').waitFor();
  await checkPage(page, options, 'result');
  return (await page.getByTestId('headline').textContent()).trim();
}

/** No horizontal scrolling: the page is no wider than the viewport. */
export async function expectNoHorizontalOverflow(page, label) {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  assert.ok(scroll <= client, `${label}: page is ${scroll}px wide in a ${client}px viewport`);
}
