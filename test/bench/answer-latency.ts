// What changing an answer costs on the main thread: a real Chromium walks the wizard, changes
// answers on every step (the payment step re-runs the calculator on each change to offer
// repair years), and records long tasks (the browser reports every task over 50 ms), at full
// speed and with the CPU slowed 4x as Lighthouse does for a mid-range phone.
import type { Browser, Locator, Page } from 'playwright-core';
import packIndex from '../../public/rules/index.json';
import en from '../../src/i18n/locales/en.json';

/** A region's radio on the first step, by its English name from the pack index. */
function regionRadio(page: Page, id: string): Locator {
  const name = packIndex.packs.find((p) => p.id === id)?.name.en;
  if (!name) throw new Error(`No pack ${id} in public/rules/index.json`);
  return page.getByRole('group', { name: en.wizard.where.regionLabel, exact: true }).getByRole('radio', { name, exact: true });
}

export interface LatencyResult {
  cpuSlowdown: number;
  /** True: measured during the very first visit, while the service worker precaches. */
  firstVisit: boolean;
  changes: number;
  /** Long tasks (over 50 ms) while an answer changed, and the longest of them. */
  longTasks: number;
  longestTaskMs: number;
  /** The answer change with the longest task, if any had one. */
  slowestChange: string | null;
  /** For comparison: the longest task while moving between steps (Continue), not an answer change. */
  longestStepChangeTaskMs: number;
}

interface Task {
  start: number;
  duration: number;
}

async function observe(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __tasks: { start: number; duration: number }[] };
    w.__tasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__tasks.push({ start: e.startTime, duration: e.duration }))).observe({ type: 'longtask', buffered: false });
  });
}

async function collected(page: Page): Promise<Task[]> {
  return page.evaluate(() => (window as unknown as { __tasks: Task[] }).__tasks);
}

type Window = [number, number, string];
type Act = { kind: 'select' | 'fill'; value: string } | { kind: 'click' };

/** Runs in the page: one answer change as the browser delivers it to React. */
function perform(element: Element, act: Act) {
  if (act.kind === 'click') return (element as HTMLElement).click();
  const proto = act.kind === 'select' ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(element, act.value);
  element.dispatchEvent(new Event('input', { bubbles: true }));
  element.dispatchEvent(new Event('change', { bubbles: true }));
}
const now = (page: Page) => page.evaluate(() => performance.now());

/** Runs one action and returns the time window it covers, until the page has settled. */
async function timed(page: Page, label: string, action: () => Promise<unknown>): Promise<Window> {
  const start = await now(page);
  await action();
  // Two frames: whatever the change set off (a re-render, the calculator) has run by then.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return [start, await now(page), label];
}

/**
 * Changes answers the way a person does, step by step; returns the time windows of the
 * answer changes and of the moves between steps.
 */
async function changeAnswers(page: Page): Promise<{ changes: Window[]; steps: Window[] }> {
  const changes: Window[] = [];
  const steps: Window[] = [];
  // The element is found before the timed window: Playwright's own role queries run on the
  // page's main thread and would otherwise count as the app's long tasks. Inside the window
  // the change is what a person's input does: set the value or click, and fire the events.
  const change = async (label: string, target: Locator, act: Act) => {
    const handle = await target.elementHandle();
    if (!handle) throw new Error(`No element for ${label}`);
    changes.push(await timed(page, label, () => handle.evaluate(perform, act)));
  };
  const move = async (label: string, action: () => Promise<unknown>) => steps.push(await timed(page, label, action));
  for (const id of ['fujian', 'shandong-qingdao', 'guangdong-guangzhou', 'national']) await change(`region ${id}`, regionRadio(page, id), { kind: 'click' });
  for (const scheme of ['employee', 'flexible', 'resident'] as const) {
    await change(`scheme ${scheme}`, page.getByRole('radio', { name: en.wizard.where.scheme[scheme], exact: true }), { kind: 'click' });
  }
  await move('to history', async () => {
    await page.getByRole('button', { name: en.wizard.nav.continue, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: en.wizard.history.heading }).waitFor();
  });

  for (const year of [2023, 2024, 2025]) {
    const group = page.getByRole('group', { name: en.wizard.history.yearLegend.replace('{{year}}', String(year)) });
    await change(`${year} resident`, group.getByRole('radio', { name: en.wizard.history.cover.resident, exact: true }), { kind: 'click' });
    await change(`${year} not covered`, group.getByRole('radio', { name: en.wizard.history.cover.none, exact: true }), { kind: 'click' });
  }
  await move('to payment', async () => {
    await page.getByRole('button', { name: en.wizard.nav.continue, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: en.wizard.payment.heading }).waitFor();
  });

  // The payment step: each change recomputes which repair years would help.
  const date = page.locator('input[type="date"]').first();
  for (const day of ['2026-11-26', '2026-12-05', '2026-12-20']) await change(`payment date ${day}`, date, { kind: 'fill', value: day });
  for (const [i, check] of (await page.getByRole('checkbox').all()).entries()) {
    await change(`checkbox ${i + 1} on`, check, { kind: 'click' });
    await change(`checkbox ${i + 1} off`, check, { kind: 'click' });
  }
  return { changes, steps };
}

const windowOf = (task: Task, windows: Window[]) => windows.find(([from, to]) => task.start >= from && task.start <= to);
const within = (task: Task, windows: Window[]) => windowOf(task, windows) !== undefined;

export async function measureAnswerLatency(browser: Browser, baseURL: string, cpuSlowdown: number, firstVisit = false): Promise<LatencyResult> {
  const context = await browser.newContext({ baseURL, locale: 'en-US', timezoneId: 'Asia/Shanghai' });
  try {
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2026-11-25T10:00:00+08:00'));
    await page.goto('/');
    // Steady state: the service worker has finished precaching (its first install fetches every
    // file, and the page hears about it), as on every visit after the first.
    if (!firstVisit) {
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      await page.waitForLoadState('networkidle');
    }
    await page.getByRole('button', { name: en.home.start, exact: true }).click();
    // The static first step answers at once; the changes below are measured on the app's, once it has taken over.
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-app'));
    await regionRadio(page, 'national').waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await observe(page);
    const { changes, steps } = await changeAnswers(page);
    const tasks = await collected(page);
    const onChange = tasks.filter((task) => within(task, changes));
    const onStep = tasks.filter((task) => within(task, steps));
    return {
      cpuSlowdown,
      firstVisit,
      changes: changes.length,
      longTasks: onChange.length,
      longestTaskMs: Math.round(Math.max(0, ...onChange.map((t) => t.duration))),
      slowestChange: onChange.length > 0 ? (windowOf(onChange.reduce((a, b) => (b.duration > a.duration ? b : a)), changes)?.[2] ?? null) : null,
      longestStepChangeTaskMs: Math.round(Math.max(0, ...onStep.map((t) => t.duration))),
    };
  } finally {
    await context.close();
  }
}
