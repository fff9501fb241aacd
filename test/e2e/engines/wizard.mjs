// The wizard as a person drives it, for the engine-neutral Session (engines.mjs): the same
// labels as flow-driver.mjs (read from the app's locale files), so the copy can change without
// the journeys changing.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { regionName, regionRadioName, tr } from '../flow-driver.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const PACKS = JSON.parse(readFileSync(join(root, 'public', 'rules', 'index.json'), 'utf8')).packs;

/** The national pack's name and version as the start page shows them. */
export const NATIONAL = PACKS.find((p) => p.id === 'national');

/** A heading by its text key; a step's is the page's h1 in the app (pass 2 inside the widget, under its own title). */
export const heading = (lang, key, level = 1) => ({ role: 'heading', level, name: tr(lang, key), exact: true });
export const button = (name) => ({ role: 'button', name, exact: true });
const LANGUAGE_BUTTON = { en: 'English', 'zh-CN': '中文' };

/** The text of `key`, or null where the locale has no such key (copy that is being reworked). */
function maybe(lang, key) {
  try {
    return tr(lang, key);
  } catch {
    return null;
  }
}

/**
 * The language the app starts a visit in, by its own rule (src/i18n/detect-language.ts): the
 * choice remembered on this origin, else the browser's first English or Chinese language, else
 * Chinese.
 */
export function detectedLanguage(s) {
  return s.evaluate(() => {
    const stored = localStorage.getItem('yibao.language');
    if (stored === 'en' || stored === 'zh-CN') return stored;
    for (const tag of navigator.languages) {
      const lower = tag.toLowerCase();
      if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN';
      if (lower === 'en' || lower.startsWith('en-')) return 'en';
    }
    return 'zh-CN';
  });
}

const htmlLang = (s) => s.evaluate(() => document.documentElement.lang);

/**
 * Switches the app's language with its own buttons. First waits until the page is in the
 * language the visit starts in (the prerendered page is Chinese; an English visit turns it
 * English once the app is up), so the switch cannot race the app's own start.
 */
export async function chooseLanguage(s, lang) {
  const detected = await detectedLanguage(s);
  await s.until(async () => (await htmlLang(s)) === detected, { message: `the page to start in ${detected}` });
  if (detected === lang) return;
  await s.click(button(LANGUAGE_BUTTON[lang]));
  await s.until(async () => (await htmlLang(s)) === lang, { message: `<html lang="${lang}">` });
}

/**
 * Chooses a region on the first step: types its name into the region search when the step has
 * one (the grouped picker), then makes sure its radio is checked.
 */
export async function chooseRegion(s, lang, id) {
  const name = regionName(lang, id);
  const radioName = regionRadioName(lang, id);
  const groupName = maybe(lang, 'wizard.where.regionLabel');
  const inGroup = { role: 'radio', name: radioName, exact: true, within: { role: 'group', name: groupName, exact: true } };
  const anywhere = { role: 'radio', name: radioName, exact: true };
  await s.until(async () => (await s.count({ role: 'radio' })) > 0, { message: 'the region radios' });
  const filterLabel = maybe(lang, 'wizard.where.filterLabel');
  const search = filterLabel && { role: 'searchbox', name: filterLabel, exact: true };
  if (search && (await s.count(search)) === 1) await s.type(search, name);
  await s.check(groupName && (await s.count(inGroup)) === 1 ? inGroup : anywhere);
}

async function next(s, lang) {
  await s.click(button(tr(lang, 'wizard.nav.continue')));
}

/** Waits for the start page's button or the first step (a draft under way opens on its step). */
export async function startWizard(s, lang, level = 1) {
  const start = button(tr(lang, 'home.start'));
  const where = heading(lang, 'wizard.where.heading', level);
  await s.until(async () => (await s.count(start)) + (await s.count(where)) > 0, { message: 'the start button or the first step' });
  if ((await s.count(start)) === 1) await s.click(start);
  await s.waitFor(where);
  // The step first shown is the page's static copy; the app takes it over (replacing its
  // elements) once loaded. The journeys fill the app's own; first-screen.e2e.mjs tests the copy.
  await s.until(() => s.evaluate(() => document.documentElement.hasAttribute('data-app')), { message: 'the app taking the first step over' });
}

/**
 * Fills every step from `spec` (the shape flow-driver.mjs's completeWizard takes) and returns
 * the result's headline. `onStep(label)` runs on each step before moving on.
 */
export async function completeWizard(s, lang, spec, { onStep, level = 1 } = {}) {
  const step = async (label) => {
    if (onStep) await onStep(label);
  };
  await startWizard(s, lang, level);
  if (spec.region && spec.region !== 'national') await chooseRegion(s, lang, spec.region);
  await s.check({ role: 'radio', name: tr(lang, `wizard.where.scheme.${spec.scheme ?? 'resident'}`), exact: true });
  await step('where');
  await next(s, lang);

  await s.waitFor(heading(lang, 'wizard.history.heading', level));
  for (const [year, cover] of Object.entries(spec.years ?? {})) {
    const group = { role: 'group', name: tr(lang, 'wizard.history.yearLegend', { year }) };
    await s.check({ role: 'radio', name: tr(lang, `wizard.history.cover.${cover}`), exact: true, within: group });
    if (cover === 'residentLate') await s.fill({ label: tr(lang, 'wizard.history.latePaidOn'), within: group }, spec.late[year]);
  }
  if (spec.employeeLast) await s.fill({ label: tr(lang, 'wizard.history.lastMonthPaid') }, spec.employeeLast);
  await step('history');
  await next(s, lang);

  await s.waitFor(heading(lang, 'wizard.payment.heading', level));
  const p = spec.payment;
  await s.check({ role: 'radio', name: tr(lang, `wizard.payment.status.${p.status}`), exact: true });
  await s.fill({ label: tr(lang, p.status === 'made' ? 'wizard.payment.dateMade' : 'wizard.payment.datePlanned') }, p.date);
  for (const year of p.years ?? []) await s.check({ role: 'checkbox', name: tr(lang, 'wizard.payment.yearOption', { year }), exact: true });
  // The repair question comes (or not) once the calculator has worked out whether it helps.
  const checking = maybe(lang, 'wizard.payment.repairChecking');
  if (checking) await s.until(async () => (await s.count({ text: checking })) === 0, { message: 'the repair check to finish' });
  if (p.repair !== undefined) await s.fill({ role: 'spinbutton', name: tr(lang, 'wizard.payment.repairLabel') }, p.repair);
  await step('payment');
  await next(s, lang);

  await s.waitFor(heading(lang, 'wizard.circumstances.heading', level));
  await step('circumstances');
  await next(s, lang);

  await s.waitFor(heading(lang, 'wizard.check.heading', level));
  await step('check');
  await s.click(button(tr(lang, 'wizard.nav.seeResult')));
  await s.waitFor({ testId: 'headline' });
  await step('result');
  return s.text({ testId: 'headline' });
}

/** No sideways scrolling: the document is no wider than its viewport. */
export async function expectNoHorizontalOverflow(s, label) {
  const { scroll, client } = await s.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  assert.ok(scroll <= client, `[${s.engine}] ${label}: the page is ${scroll}px wide in a ${client}px viewport`);
}
