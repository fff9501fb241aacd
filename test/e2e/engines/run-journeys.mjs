// Runs the cross-engine journeys (journeys.mjs) in each engine, one engine after the other, one
// journey after the other, with the guards every e2e test has: no console error, uncaught error,
// failed load or CSP violation in any document of the journey, and no request to an origin the
// journey did not name. Called by test/e2e/run.mjs, which owns `vite preview`.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchEngine, missing, Session } from './engines.mjs';
import { journeys, startHarnessedHost } from './journeys.mjs';
import { HARNESS_SOURCE, startBlockingProxy, startFrontServer } from './servers.mjs';

/** The instant every journey's pages live in: 25 Nov 2026, 10:00 in China (flow-driver's TODAY). */
const NOW = '2026-11-25T10:00:00+08:00';
const JOURNEY_TIMEOUT_MS = 90_000;
/** Where a failing journey leaves a screenshot of its page. */
const SHOTS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'test-results');
mkdirSync(SHOTS, { recursive: true });

const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 60).replace(/-+$/, '');

/** What each engine's driver cannot do, said once per run (the journeys say the rest). */
const LIMITS = {
  firefox: [],
  webkit: [
    [
      'reading the console over WebDriver',
      'classic WebDriver (WebKitWebDriver) has no log endpoint and MiniBrowser ignores its console-to-stdout switch under automation; the in-page harness records console.error, uncaught errors and rejections, failed loads and CSP violations instead (messages only the engine itself logs are not seen)',
    ],
    [
      'request interception over WebDriver',
      'every request to anything but this machine goes to a blocking proxy that records and refuses it; requests to this machine are checked from each document\'s resource entries',
    ],
    ['scripts before the page\'s own', 'no preload scripts in classic WebDriver: the front server puts the harness (frozen clock, error log) at the top of every page instead'],
  ],
};

/**
 * What an engine logs by itself that is no fault of the page, tolerated in every journey there
 * and said whenever seen (journeys add their own, in `tolerate`).
 */
const ENGINE_TOLERATE = [
  {
    engines: ['firefox'],
    pattern: /^uncaught: Failed to load ‘[^’]*\/favicon\.svg’\. A ServiceWorker intercepted the request and encountered an unexpected error\.$/,
    what: 'a clean console across a reload',
    why: 'Firefox fetches the page\'s icon by itself after the page has loaded; when a reload cuts that request short while the service worker answers it, Firefox logs this as the new page\'s error',
  },
];

function withTimeout(promise, ms, name) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${name} timed out after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function indent(text) {
  return String(text)
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}

function isLocalOrAllowed(url, origins) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (['data:', 'blob:', 'about:'].includes(parsed.protocol)) return true;
  return origins.includes(parsed.origin);
}

/** The journeys `filter` selects (a substring of "cross-engine [engine] › name"), per engine. */
export function selectJourneys(engines, filter) {
  const selected = [];
  for (const engine of engines) {
    for (const journey of journeys) {
      const name = `cross-engine [${engine}] › ${journey.name}`;
      if (!filter || name.includes(filter)) selected.push({ engine, journey, name });
    }
  }
  return selected;
}

/**
 * Runs `selected` (from selectJourneys). `upstream`: the `vite preview` origin; `chromium`: the
 * Playwright browser the runner launched; `parallel`: run the engines side by side (each runs its
 * journeys one after the other); `onFailure(name, error)`: told of each journey that fails (for a
 * summary), besides the log. Resolves to { passed, failed, seconds: {engine: s} }.
 */
export async function runJourneys(selected, { upstream, chromium, parallel = false, log = console.log, onFailure = () => {} }) {
  const engines = [...new Set(selected.map((s) => s.engine))];
  const runEngine = async (engineName) => {
    const mine = selected.filter((s) => s.engine === engineName);
    const started = Date.now();
    let passed = 0;
    let failed = 0;
    const absent = missing(engineName);
    if (absent) {
      for (const { name } of mine) {
        log(`✗ ${name}\n    ${absent}`);
        onFailure(name, absent);
      }
      return { passed, failed: mine.length, seconds: 0 };
    }
    // A proxy per engine, so each journey's record is its own even with engines side by side.
    const proxy = await startBlockingProxy();
    let engine;
    try {
      engine = await launchEngine(engineName, { proxyPort: proxy.port, chromium });
      const limits = (LIMITS[engineName] ?? []).map(([what, why]) => `\n    not supported in ${engineName}: ${what}: ${why}`).join('');
      log(`  ${engineName}${engine.version ? ` (${engine.version})` : ''} started in ${Date.now() - started} ms${limits}`);
      proxy.take();
      for (const { journey, name } of mine) {
        if (await runOne(engine, journey, name, { upstream, proxy, log, onFailure })) passed++;
        else failed++;
      }
    } catch (error) {
      log(`✗ cross-engine [${engineName}] setup\n${indent(error?.stack ?? error)}`);
      onFailure(`cross-engine [${engineName}] setup`, error);
      failed = mine.length - passed;
    } finally {
      await engine?.close().catch(() => {});
      await proxy.close();
    }
    const seconds = (Date.now() - started) / 1000;
    log(`  ${engineName}: ${mine.length} journeys in ${seconds.toFixed(1)} s`);
    return { passed, failed, seconds };
  };
  const outcomes = [];
  if (parallel) outcomes.push(...(await Promise.all(engines.map(runEngine))));
  else for (const engineName of engines) outcomes.push(await runEngine(engineName));
  return {
    passed: outcomes.reduce((n, o) => n + o.passed, 0),
    failed: outcomes.reduce((n, o) => n + o.failed, 0),
    seconds: Object.fromEntries(engines.map((e, i) => [e, outcomes[i].seconds])),
  };
}

/** `errors` less those the journey tolerates in this engine; each kind tolerated is said. */
function tolerated(journey, engine, errors, say) {
  const rules = [...ENGINE_TOLERATE, ...(journey.tolerate ?? [])].filter((rule) => rule.engines.includes(engine));
  const kept = [];
  const seen = new Map();
  for (const error of errors) {
    const rule = rules.find((r) => r.pattern.test(error));
    if (rule) seen.set(rule, (seen.get(rule) ?? 0) + 1);
    else kept.push(error);
  }
  for (const [rule, count] of seen) say(`    not supported in ${engine}: ${rule.what}: ${rule.why} (seen ${count} time${count === 1 ? '' : 's'})`);
  return kept;
}

async function runOne(engine, journey, name, { upstream, proxy, log, onFailure }) {
  const started = Date.now();
  const servers = [];
  const origins = [];
  const lines = [];
  let front;
  let driver;
  let session;
  const allowed = () => origins;
  const freshOrigin = async () => {
    const server = await startFrontServer(upstream, { now: NOW });
    servers.push(server);
    origins.push(server.origin);
    return server;
  };
  try {
    front = await freshOrigin();
    driver = await engine.newDriver(allowed);
    session = new Session(engine.name, driver, { log: (line) => lines.push(line) });
    const context = {
      s: session,
      engine: engine.name,
      origin: front.origin,
      freshOrigin: async () => (await freshOrigin()).origin,
      setOffline: (value) => front.setOffline(value),
      startHost: async () => {
        const host = await startHarnessedHost(front.origin, HARNESS_SOURCE);
        servers.push(host);
        origins.push(host.origin);
        return host;
      },
    };
    await withTimeout(journey.run(context), journey.timeout ?? JOURNEY_TIMEOUT_MS, name);
    await session.collect();
    const errors = tolerated(journey, engine.name, [...session.harnessErrors, ...driver.takeErrors()], (line) => lines.push(line));
    const offsite = [...(driver.takeBlocked?.() ?? []), ...proxy.take(), ...session.resourceURLs.filter((url) => !isLocalOrAllowed(url, origins))];
    assert.deepEqual(offsite, [], `requests to origins other than ${origins.join(', ')}:\n${offsite.join('\n')}`);
    assert.deepEqual([...new Set(errors)], [], `the pages reported errors:\n${[...new Set(errors)].join('\n')}`);
    log([`✓ ${name} (${Date.now() - started} ms)`, ...lines].join('\n'));
    return true;
  } catch (error) {
    const out = [`✗ ${name}`, ...lines];
    if (driver?.screenshot) {
      const file = join(SHOTS, `cross-engine-${engine.name}-${slug(journey.name)}.png`);
      if (await driver.screenshot(file).then(() => true, () => false)) out.push(`    screenshot: ${relative(process.cwd(), file)}`);
    }
    if (session) {
      await session.collect().catch(() => {});
      const errors = [...new Set([...session.harnessErrors, ...(driver?.takeErrors() ?? [])])];
      if (errors.length && !String(error?.message).includes('the pages reported errors')) out.push(indent(`errors the pages reported:\n${errors.join('\n')}`));
    }
    out.push(indent(error?.stack ?? error));
    log(out.join('\n'));
    onFailure(name, error);
    return false;
  } finally {
    await driver?.close().catch(() => {});
    for (const server of servers.reverse()) await server.close().catch(() => {});
  }
}
