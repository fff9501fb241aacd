// `npm run bench`: one report, printed and written to bench-results/bench.json.
//  1. calculator throughput (calc-bench.ts, in its own process on a quiet machine): on a chain
//     that pins every value, and on the national pack whose regional values give ranges;
//  2. the app's production build and a bare Vite React page (test/bench/yardstick) built in the
//     same run: first-screen and total JS and CSS, gzip and brotli;
//  3. Lighthouse (mobile and desktop presets, 3 runs each, medians) for the app, the widget
//     page and the yardstick, and the ratio app / yardstick;
//  4. long tasks while answers change, at full speed and with the CPU slowed 4x, on a returning
//     visit and on the very first one (while the service worker precaches);
//  5. every interaction, from the first press on the static page to the result and the language
//     switch, in both languages and on the widget's first screen, at 1x and 4x: the time to the
//     next paint (Event Timing) and the longest task (interactions.ts).
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { bundleReport, formatBundleReport, KIB } from '../../scripts/bundle-report.mjs';
import { measureAnswerLatency } from './answer-latency';
import type { LatencyResult } from './answer-latency';
import { lighthouseOnce, medians } from './lighthouse';
import type { LighthouseMedians, Preset } from './lighthouse';
import { measureAppInteractions, measureWidgetInteractions } from './interactions';
import type { InteractionResult } from './interactions';

const ROOT = join(import.meta.dirname, '..', '..');
const OUT = join(ROOT, 'bench-results');
const YARDSTICK_DIST = join(OUT, 'yardstick-dist');
const CHROME = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const PRESETS: Preset[] = ['mobile', 'desktop'];
const APP_PORT = 4180;
const YARDSTICK_PORT = 4181;

const BUDGET = {
  firstScreenJsGzipKiB: 115,
  mobile: { performance: 100, accessibility: 100, bestPractices: 100, seo: 95, lcpMs: 1200 },
  longestTaskMs: 50,
  /** Time to the next paint of any interaction, CPU slowed 4x (issue 14). */
  nextPaintMs: 200,
  scenariosPerSecond: 100_000,
  /** The national pack explores every regional variant a scenario reads (RULES.md §8). */
  nationalScenariosPerSecond: 20_000,
};

function step(text: string) {
  console.log(`\n== ${text}`);
}

function npx(args: string[]) {
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

async function serve(args: string[], port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', ...args], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`vite preview on port ${port} did not start`);
}

async function lighthouse(url: string, language = 'zh-CN'): Promise<Record<Preset, LighthouseMedians>> {
  const out = {} as Record<Preset, LighthouseMedians>;
  for (const preset of PRESETS) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await lighthouseOnce(url, preset, CHROME, language));
    out[preset] = medians(runs);
    const m = out[preset];
    console.log(`  ${preset.padEnd(7)} perf ${m.performance} a11y ${m.accessibility} bp ${m.bestPractices} seo ${m.seo} · FCP ${Math.round(m.fcpMs)} ms · LCP ${Math.round(m.lcpMs)} ms · TBT ${Math.round(m.tbtMs)} ms`);
  }
  return out;
}

if (!existsSync(CHROME)) {
  console.error(`No Chromium at ${CHROME}: apt-get install -y chromium fonts-wqy-microhei (or set CHROMIUM_PATH)`);
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });

step('1. calculator throughput');
// One core, the last: the throughput target is per core, and on a small VM the first core also
// takes the machine's own interrupts (measured here: ~75k scenarios/s unpinned, ~115k pinned).
const calcArgs = ['--import', 'tsx', join(ROOT, 'test', 'bench', 'calc-bench.ts')];
const pinned = existsSync('/usr/bin/taskset');
if (pinned) console.log(`pinned to CPU ${cpus().length - 1} with taskset`);
if (pinned) execFileSync('/usr/bin/taskset', ['-c', String(cpus().length - 1), process.execPath, ...calcArgs], { cwd: ROOT, stdio: 'inherit' });
else execFileSync(process.execPath, calcArgs, { cwd: ROOT, stdio: 'inherit' });
const calc = JSON.parse(readFileSync(join(OUT, 'calc.json'), 'utf8')) as {
  medianPerSecond: number;
  meetsTarget: boolean;
  loadAverage1m: number;
  national: { medianPerSecond: number; meetsTarget: boolean; ranges: number; ok: number };
};

step('2. builds and bundle sizes');
npx(['build', '--logLevel', 'warn']);
await build({ configFile: join(ROOT, 'test', 'bench', 'yardstick', 'vite.config.ts'), logLevel: 'warn' });
const appBundle = bundleReport(join(ROOT, 'dist'));
const yardstickBundle = bundleReport(YARDSTICK_DIST, ['index.html'], {});
console.log(formatBundleReport(appBundle));
console.log('yardstick:');
console.log(formatBundleReport(yardstickBundle));

step(`3. Lighthouse (${RUNS} runs per preset, medians)`);
const appServer = await serve([], APP_PORT);
const yardstickServer = await serve(['--config', join(ROOT, 'test', 'bench', 'yardstick', 'vite.config.ts')], YARDSTICK_PORT);
let lh: Record<'app' | 'appEnglish' | 'embed' | 'embedEnglish' | 'yardstick', Record<Preset, LighthouseMedians>>;
let latency: LatencyResult[];
let interactions: InteractionResult[];
try {
  // Both languages are prerendered; the head script shows the reader's before the first paint.
  console.log('app (index.html), Chinese browser');
  const app = await lighthouse(`http://127.0.0.1:${APP_PORT}/`);
  console.log('app (index.html), English browser');
  const appEnglish = await lighthouse(`http://127.0.0.1:${APP_PORT}/`, 'en-US');
  console.log('widget (embed.html)');
  const embed = await lighthouse(`http://127.0.0.1:${APP_PORT}/embed.html`);
  console.log('widget (embed.html?lang=en)');
  const embedEnglish = await lighthouse(`http://127.0.0.1:${APP_PORT}/embed.html?lang=en`, 'en-US');
  console.log('yardstick (bare Vite React page)');
  const yardstick = await lighthouse(`http://127.0.0.1:${YARDSTICK_PORT}/`);
  lh = { app, appEnglish, embed, embedEnglish, yardstick };

  step('4. long tasks while answers change');
  const browser = await chromium.launch({
    executablePath: CHROME,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    latency = [];
    for (const firstVisit of [false, true]) {
      for (const slowdown of [1, 4]) {
        const result = await measureAnswerLatency(browser, `http://127.0.0.1:${APP_PORT}`, slowdown, firstVisit);
        latency.push(result);
        console.log(
          `  CPU ${slowdown}x${firstVisit ? ', first visit' : ''}: ${result.changes} answer changes, ${result.longTasks} long tasks (longest ${result.longestTaskMs} ms${result.slowestChange ? `, on "${result.slowestChange}"` : ''}); moving between steps: longest task ${result.longestStepChangeTaskMs} ms`,
        );
      }
    }

    step('5. every interaction, both languages, app and widget, CPU 1x and 4x');
    interactions = [];
    for (const slowdown of [1, 4]) {
      for (const language of ['zh-CN', 'en'] as const) {
        const rows = [
          ...(await measureAppInteractions(browser, `http://127.0.0.1:${APP_PORT}`, language, slowdown)),
          ...(await measureWidgetInteractions(browser, `http://127.0.0.1:${APP_PORT}`, language, slowdown)),
        ];
        interactions.push(...rows);
        for (const r of rows) console.log(`  CPU ${slowdown}x ${r.page} ${language}: ${r.name}: next paint ${r.nextPaintMs ?? '<16'} ms, longest task ${r.longestTaskMs} ms`);
      }
    }
  } finally {
    await browser.close();
  }
} finally {
  appServer.kill();
  yardstickServer.kill();
}

// ---- the report ----
const appJs = appBundle.pages['index.html'].firstScreen.js;
const staticJs = appBundle.pages['index.html'].untilFirstPress.js;
const yardJs = yardstickBundle.pages['index.html'].firstScreen.js;
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
const mobile = lh.app.mobile;
const checks = {
  calculator: calc.medianPerSecond >= BUDGET.scenariosPerSecond,
  calculatorNational: calc.national.medianPerSecond >= BUDGET.nationalScenariosPerSecond,
  firstScreenJs: appJs.gzip <= BUDGET.firstScreenJsGzipKiB * KIB,
  mobilePerformance: mobile.performance >= BUDGET.mobile.performance,
  mobileAccessibility: mobile.accessibility >= BUDGET.mobile.accessibility,
  mobileBestPractices: mobile.bestPractices >= BUDGET.mobile.bestPractices,
  mobileSeo: mobile.seo >= BUDGET.mobile.seo,
  mobileLcp: mobile.lcpMs <= BUDGET.mobile.lcpMs,
  // Judged on a returning visit; the first visit (service worker precaching) is reported beside it.
  noLongTaskOnAnswerChange: latency.filter((l) => !l.firstVisit).every((l) => l.longestTaskMs <= BUDGET.longestTaskMs),
  mobilePerformanceAtLeastYardstick: [lh.app, lh.appEnglish, lh.embed, lh.embedEnglish].every((p) => p.mobile.performance >= lh.yardstick.mobile.performance),
  mobileLcpAtMostYardstick: [lh.app, lh.appEnglish, lh.embed, lh.embedEnglish].every((p) => p.mobile.lcpMs <= lh.yardstick.mobile.lcpMs),
  everyInteractionNextPaintAt4x: interactions.filter((i) => i.cpuSlowdown === 4).every((i) => (i.nextPaintMs ?? 0) <= BUDGET.nextPaintMs),
  stepMovesAndAnswersUnder50msAt4x: interactions.filter((i) => i.cpuSlowdown === 4 && (i.kind === 'step move' || i.kind === 'answer change')).every((i) => i.longestTaskMs <= BUDGET.longestTaskMs),
};

const kib = (n: number) => (n / KIB).toFixed(1);
const rows: string[][] = [['figure', 'app', 'app (en)', 'widget', 'widget (en)', 'yardstick', 'app / yardstick']];
const embedJs = appBundle.pages['embed.html'].firstScreen.js;
rows.push(['first-screen JS gzip KiB', kib(appJs.gzip), '', kib(embedJs.gzip), '', kib(yardJs.gzip), String(ratio(appJs.gzip, yardJs.gzip))]);
rows.push(['JS until the first press, gzip KiB', kib(staticJs.gzip), '', '', '', '', '']);
rows.push(['first-screen JS brotli KiB', kib(appJs.brotli), '', kib(embedJs.brotli), '', kib(yardJs.brotli), String(ratio(appJs.brotli, yardJs.brotli))]);
const appCss = appBundle.pages['index.html'].firstScreen.css;
const yardCss = yardstickBundle.pages['index.html'].firstScreen.css;
rows.push(['first-screen CSS gzip KiB', kib(appCss.gzip), '', kib(appBundle.pages['embed.html'].firstScreen.css.gzip), '', kib(yardCss.gzip), '']);
rows.push(['all JS gzip KiB', kib(appBundle.total.js.gzip), '', '', '', kib(yardstickBundle.total.js.gzip), String(ratio(appBundle.total.js.gzip, yardstickBundle.total.js.gzip))]);
rows.push(['all JS brotli KiB', kib(appBundle.total.js.brotli), '', '', '', kib(yardstickBundle.total.js.brotli), '']);
rows.push(['all CSS gzip KiB', kib(appBundle.total.css.gzip), '', '', '', kib(yardstickBundle.total.css.gzip), '']);
for (const preset of PRESETS) {
  const columns = [lh.app[preset], lh.appEnglish[preset], lh.embed[preset], lh.embedEnglish[preset]];
  const y = lh.yardstick[preset];
  for (const [label, key] of [
    ['performance', 'performance'],
    ['accessibility', 'accessibility'],
    ['best practices', 'bestPractices'],
    ['SEO', 'seo'],
  ] as const) {
    rows.push([`${preset} ${label}`, ...columns.map((c) => String(c[key])), String(y[key]), '']);
  }
  for (const [label, key] of [
    ['FCP ms', 'fcpMs'],
    ['LCP ms', 'lcpMs'],
    ['TBT ms', 'tbtMs'],
  ] as const) {
    rows.push([`${preset} ${label}`, ...columns.map((c) => String(Math.round(c[key]))), String(Math.round(y[key])), '']);
    // Each page's figure over the yardstick's, measured in the same run.
    rows.push([`${preset} ${label} / yardstick`, ...columns.map((c) => (y[key] > 0 ? String(ratio(c[key], y[key])) : '')), '1', '']);
  }
  rows.push([`${preset} JS transferred KiB`, ...columns.map((c) => kib(c.scriptBytes)), kib(y.scriptBytes), String(ratio(columns[0]!.scriptBytes, y.scriptBytes))]);
}
rows.push(['calculator scenarios/s, pinned chain (median)', String(Math.round(calc.medianPerSecond)), '', '', '', '', '']);
rows.push([`calculator scenarios/s, national pack, ${calc.national.ranges} of ${calc.national.ok} ranges (median)`, String(Math.round(calc.national.medianPerSecond)), '', '', '', '', '']);
for (const l of latency) {
  rows.push([`longest task on answer change, CPU ${l.cpuSlowdown}x${l.firstVisit ? ', first visit' : ''} (ms)`, String(l.longestTaskMs), '', '', '', '', '']);
}

// The interaction table: one row per interaction, next paint / longest task (ms) per language and CPU rate.
const interactionColumns = [1, 4].flatMap((cpu) => (['zh-CN', 'en'] as const).map((language) => ({ cpu, language })));
const interactionRows: string[][] = [['interaction', ...interactionColumns.map((c) => `${c.language} ${c.cpu}x`)]];
const names = [...new Set(interactions.map((i) => `${i.page}: ${i.name}`))];
for (const name of names) {
  interactionRows.push([
    name,
    ...interactionColumns.map((c) => {
      const found = interactions.find((i) => `${i.page}: ${i.name}` === name && i.cpuSlowdown === c.cpu && i.language === c.language);
      if (!found) return '';
      const over = c.cpu === 4 && ((found.nextPaintMs ?? 0) > BUDGET.nextPaintMs || ((found.kind === 'step move' || found.kind === 'answer change') && found.longestTaskMs > BUDGET.longestTaskMs));
      return `${found.nextPaintMs ?? '<16'} / ${found.longestTaskMs}${over ? ' !' : ''}`;
    }),
  ]);
}

const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
step('Report');
console.log(rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n'));
const interactionWidths = interactionRows[0]!.map((_, i) => Math.max(...interactionRows.map((r) => r[i]!.length)));
console.log('\nInteractions: time to the next paint / longest task, ms ("!" marks a 4x figure over budget: paint over 200 ms, or a step move or answer change with a task over 50 ms)');
console.log(interactionRows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(interactionWidths[i]!) : c.padStart(interactionWidths[i]!))).join('  ')).join('\n'));
console.log(`\nLCP element (app, mobile): ${lh.app.mobile.lcpElement ?? 'unknown'}`);
console.log('\nBudgets:');
for (const [name, ok] of Object.entries(checks)) console.log(`  ${ok ? 'OK  ' : 'MISS'} ${name}`);
console.log(`\n1-min load average ${loadavg()[0]?.toFixed(2)} on ${cpus().length} cores (calculator run: ${calc.loadAverage1m.toFixed(2)})`);

const report = {
  date: new Date().toISOString(),
  node: process.version,
  chromium: execFileSync(CHROME, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
  cpu: cpus()[0]?.model ?? null,
  cores: cpus().length,
  budgets: BUDGET,
  checks,
  calculator: { ...calc, pinnedToOneCore: pinned },
  bundles: { app: appBundle, yardstick: yardstickBundle, units: 'bytes; gzip level 9, brotli quality 11' },
  lighthouse: { runsPerPreset: RUNS, ...lh },
  ratios: {
    firstScreenJsGzip: ratio(appJs.gzip, yardJs.gzip),
    mobileLcp: ratio(lh.app.mobile.lcpMs, lh.yardstick.mobile.lcpMs),
    mobileLcpEnglish: ratio(lh.appEnglish.mobile.lcpMs, lh.yardstick.mobile.lcpMs),
    mobileLcpWidget: ratio(lh.embed.mobile.lcpMs, lh.yardstick.mobile.lcpMs),
    mobileFcp: ratio(lh.app.mobile.fcpMs, lh.yardstick.mobile.fcpMs),
  },
  answerLatency: latency,
  interactions,
};
writeFileSync(join(OUT, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`wrote ${join('bench-results', 'bench.json')}`);
