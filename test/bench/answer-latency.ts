// What changing an answer costs on the main thread: a real Chromium walks the wizard, changes
// answers on every step (the payment step re-runs the calculator on each change to offer
// repair years), and records long tasks (the browser reports every task over 50 ms) and
// event durations (how long each interaction took to paint), at full speed and with the CPU
// slowed 4x as Lighthouse does for a mid-range phone.
import type { Browser, Page } from 'playwright-core';
import en from '../../src/i18n/locales/en.json';

export interface LatencyResult {
  cpuSlowdown: number;
  changes: number;
  longTasks: number;
  longestTaskMs: number;
  longestInteractionMs: number;
}

async function observe(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __tasks: number[]; __events: number[] };
    w.__tasks = [];
    w.__events = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__tasks.push(e.duration))).observe({ type: 'longtask', buffered: false });
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__events.push(e.duration))).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  });
}

async function collected(page: Page): Promise<{ tasks: number[]; events: number[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __tasks: number[]; __events: number[] };
    return { tasks: w.__tasks, events: w.__events };
  });
}

/** Changes answers the way a person does, step by step; returns how many changes it made. */
async function changeAnswers(page: Page): Promise<number> {
  let changes = 0;
  const region = page.getByRole('combobox', { name: en.wizard.where.regionLabel });
  for (const id of ['fujian', 'shandong-qingdao', 'guangdong-guangzhou', 'national']) {
    await region.selectOption(id);
    changes++;
  }
  for (const scheme of ['employee', 'flexible', 'resident'] as const) {
    await page.getByRole('radio', { name: en.wizard.where.scheme[scheme], exact: true }).check();
    changes++;
  }
  await page.getByRole('button', { name: en.wizard.nav.continue, exact: true }).click();

  await page.getByRole('heading', { level: 2, name: en.wizard.history.heading }).waitFor();
  for (const year of [2023, 2024, 2025]) {
    const group = page.getByRole('group', { name: en.wizard.history.yearLegend.replace('{{year}}', String(year)) });
    await group.getByRole('radio', { name: en.wizard.history.cover.resident, exact: true }).check();
    await group.getByRole('radio', { name: en.wizard.history.cover.none, exact: true }).check();
    changes += 2;
  }
  await page.getByRole('button', { name: en.wizard.nav.continue, exact: true }).click();

  // The payment step: each change recomputes which repair years would help.
  await page.getByRole('heading', { level: 2, name: en.wizard.payment.heading }).waitFor();
  const date = page.locator('input[type="date"]').first();
  for (const day of ['2026-11-26', '2026-12-05', '2026-12-20']) {
    await date.fill(day);
    changes++;
  }
  for (const check of await page.getByRole('checkbox').all()) {
    await check.click();
    await check.click();
    changes += 2;
  }
  return changes;
}

export async function measureAnswerLatency(browser: Browser, baseURL: string, cpuSlowdown: number): Promise<LatencyResult> {
  const context = await browser.newContext({ baseURL, locale: 'en-US', timezoneId: 'Asia/Shanghai' });
  try {
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2026-11-25T10:00:00+08:00'));
    await page.goto('/');
    await page.getByRole('button', { name: en.home.start, exact: true }).click();
    await page.getByRole('combobox', { name: en.wizard.where.regionLabel }).waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await observe(page);
    const changes = await changeAnswers(page);
    await page.waitForTimeout(300);
    const { tasks, events } = await collected(page);
    return {
      cpuSlowdown,
      changes,
      longTasks: tasks.length,
      longestTaskMs: Math.round(Math.max(0, ...tasks)),
      longestInteractionMs: Math.round(Math.max(0, ...events)),
    };
  } finally {
    await context.close();
  }
}
