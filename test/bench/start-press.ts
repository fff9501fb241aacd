// What the static start page defers to the first press: a new Chinese visitor's start page runs
// no app code until Start is pressed (src/app/static-start-page.ts), so the press pays for
// loading and starting the app. Measured in a real Chromium on localhost (no network
// throttling), at full speed and with the CPU slowed 4x: the time from the press until the first
// step's heading is on screen and focused, and the longest task meanwhile. "Pointed first" is a
// mouse or keyboard reaching the button before pressing it, which fetches the app ahead; "pressed
// at once" is a tap with nothing before it.
import type { Browser } from 'playwright-core';
import zh from '../../src/i18n/locales/zh-CN.json';

export interface StartPressResult {
  cpuSlowdown: number;
  pointedFirst: boolean;
  /** From the press until the first step's heading is on screen and has focus. */
  pressToFirstStepMs: number;
  longTasks: number;
  longestTaskMs: number;
}

export async function measureStartPress(browser: Browser, baseURL: string, cpuSlowdown: number, pointedFirst: boolean): Promise<StartPressResult> {
  const context = await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  try {
    const page = await context.newPage();
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    const start = await page.getByRole('button', { name: zh.home.start, exact: true }).elementHandle();
    if (!start) throw new Error('No Start button on the start page');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    if (pointedFirst) {
      await start.hover();
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(1000);
    }
    // In the page: press, then watch for the first step's heading to arrive focused, and for
    // long tasks. A string, not a function: the bench runs through tsx, whose helper for
    // function names does not exist in the page.
    await start.evaluate((button) => ((window as unknown as { __start: Element }).__start = button));
    const measured = (await page.evaluate(`new Promise((resolve) => {
      const heading = ${JSON.stringify(zh.wizard.where.heading)};
      const tasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration))).observe({ type: 'longtask' });
      const pressed = performance.now();
      const check = () => {
        const active = document.activeElement;
        if (active && active.tagName === 'H2' && active.textContent === heading) {
          const ms = performance.now() - pressed;
          // Let the tasks of this frame report before resolving.
          setTimeout(() => resolve({ ms, tasks }), 200);
        } else requestAnimationFrame(check);
      };
      window.__start.click();
      requestAnimationFrame(check);
    })`)) as { ms: number; tasks: number[] };
    return {
      cpuSlowdown,
      pointedFirst,
      pressToFirstStepMs: Math.round(measured.ms),
      longTasks: measured.tasks.length,
      longestTaskMs: Math.round(Math.max(0, ...measured.tasks)),
    };
  } finally {
    await context.close();
  }
}
