// End-to-end runner: serves the built dist/ with `vite preview`, drives the system Chromium
// through playwright-core and runs every test/e2e/*.e2e.mjs file, then the cross-engine
// journeys (test/e2e/engines/journeys.mjs) in Chromium, Firefox ESR and WebKitGTK. Plain Node
// on purpose: no test framework to install, and nothing here downloads a browser.
//
// A test file exports `tests`: an array of { name, run: async ({ browser, baseURL }) => {} }.
// Usage: node test/e2e/run.mjs [substring to select tests by name]
// E2E_ENGINES=firefox,webkit (a comma-separated subset of chromium,firefox,webkit) limits the
// engines the cross-engine journeys run in; a journey's name is "cross-engine [engine] › …".
//
// A Chromium test that fails is run once more on its own: one that passes then is reported as
// flaky (it passes, but is named at the end with its first error, to be made steady); one that
// fails twice fails. The end of the output names every failed and flaky test, since CI shows
// only the tail of a long run.
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { ENGINES } from './engines/engines.mjs';
import { runJourneys, selectJourneys } from './engines/run-journeys.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const e2eDir = join(root, 'test', 'e2e');
// Generous: the worked examples run axe on every step, which takes tens of seconds on a loaded 2-core machine.
const TEST_TIMEOUT_MS = 180_000;
const SERVER_TIMEOUT_MS = 30_000;

// Without the background-networking flags Chromium keeps trying to reach Google's servers.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function findChromium() {
  const candidate = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  try {
    accessSync(candidate, constants.X_OK);
    return candidate;
  } catch {
    return null;
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function startPreview(port) {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  // Its own process group, so stopping it also stops anything it spawned.
  const child = spawn(process.execPath, [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return { child, output: () => output };
}

function stopPreview(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill('SIGTERM');
  }
}

async function waitUntilServing(baseURL, server) {
  const deadline = Date.now() + SERVER_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`vite preview exited early:\n${server.output()}`);
    try {
      const response = await fetch(baseURL);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`vite preview did not answer at ${baseURL} within ${SERVER_TIMEOUT_MS / 1000} s:\n${server.output()}`);
}

async function loadTests(filter) {
  const files = readdirSync(e2eDir)
    .filter((file) => file.endsWith('.e2e.mjs'))
    .sort();
  const tests = [];
  for (const file of files) {
    const module = await import(pathToFileURL(join(e2eDir, file)).href);
    if (!Array.isArray(module.tests)) throw new Error(`${file} must export an array named "tests"`);
    for (const test of module.tests) {
      if (typeof test?.name !== 'string' || typeof test?.run !== 'function') throw new Error(`${file}: every test needs a name and a run function`);
      if (!filter || test.name.includes(filter)) tests.push({ ...test, name: `${file.replace(/\.e2e\.mjs$/, '')} › ${test.name}` });
    }
  }
  return tests;
}

function withTimeout(promise, ms, name) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${name} timed out after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * One run of `test`: { ok, ms } or { ok: false, error, running }, where `running` settles when the
 * test itself ends (after a timeout it may not have: nothing cancels it).
 */
async function attempt(test, browser, baseURL) {
  const started = Date.now();
  const run = Promise.resolve().then(() => test.run({ browser, baseURL }));
  const running = run.then(() => {}, () => {});
  try {
    await withTimeout(run, test.timeout ?? TEST_TIMEOUT_MS, test.name);
    return { ok: true, ms: Date.now() - started };
  } catch (error) {
    return { ok: false, error, running };
  }
}

/** A failed or flaky test for the list at the end: its name and the first lines of its error. */
function summary({ name, error }) {
  const text = String(error?.stack ?? error ?? '').split('\n').slice(0, 6).join('\n');
  return `  ${name}\n${indent(indent(text))}`;
}

function indent(text) {
  return String(text)
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}

async function main() {
  const executablePath = findChromium();
  if (!executablePath) {
    console.error('No Chromium found. Install it with: apt-get install -y chromium fonts-wqy-microhei (or set CHROMIUM_PATH)');
    return 1;
  }
  if (!existsSync(join(root, 'dist', 'index.html'))) {
    console.error('No build in dist/. Run `npm run test:e2e`, which builds first, or `npx vite build`.');
    return 1;
  }
  const filter = process.argv[2];
  const tests = await loadTests(filter);
  const engines = (process.env.E2E_ENGINES ?? ENGINES.join(',')).split(',').map((e) => e.trim()).filter(Boolean);
  const unknown = engines.filter((e) => !ENGINES.includes(e));
  if (unknown.length) {
    console.error(`E2E_ENGINES: unknown engine ${unknown.join(', ')} (known: ${ENGINES.join(', ')})`);
    return 1;
  }
  const journeys = selectJourneys(engines, filter);
  if (tests.length + journeys.length === 0) {
    console.error('No e2e tests found (or none matched the filter).');
    return 1;
  }

  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  let server;
  let browser;
  const stop = () => stopPreview(server?.child);
  const onSignal = (signal) => {
    stop();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('exit', stop);

  let passed = 0;
  let failed = 0;
  /** Tests that failed (name and first lines of the error), and those that passed only on the second try. */
  const failures = [];
  const flaky = [];
  const runStarted = Date.now();
  let chromiumSeconds = 0;
  let engineSeconds = {};
  try {
    server = startPreview(port);
    await waitUntilServing(baseURL, server);
    browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
    for (const test of tests) {
      const first = await attempt(test, browser, baseURL);
      // A first try that timed out may still be running: it is given a minute to end before the
      // second starts, so the two do not share the machine; a browser that crashed is started again.
      if (!first.ok && first.running) await Promise.race([first.running, new Promise((resolve) => setTimeout(resolve, 60_000))]);
      if (!first.ok && !browser.isConnected()) browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
      if (first.ok) {
        passed++;
        console.log(`✓ ${test.name} (${first.ms} ms)`);
        continue;
      }
      console.log(`✗ ${test.name} (first try)`);
      console.log(indent(first.error?.stack ?? first.error));
      const second = await attempt(test, browser, baseURL);
      if (second.ok) {
        passed++;
        flaky.push({ name: test.name, error: first.error });
        console.log(`✓ ${test.name} (${second.ms} ms, second try: flaky)`);
      } else {
        failed++;
        failures.push({ name: test.name, error: second.error });
        console.log(`✗ ${test.name} (second try)`);
        console.log(indent(second.error?.stack ?? second.error));
      }
    }
    chromiumSeconds = (Date.now() - runStarted) / 1000;
    if (journeys.length > 0) {
      console.log(`cross-engine journeys: ${journeys.length} in ${[...new Set(journeys.map((j) => j.engine))].join(', ')}`);
      // The engines side by side (each one journey at a time): about a third less wall time.
      const onFailure = (name, error) => failures.push({ name, error });
      const outcome = await runJourneys(journeys, { upstream: baseURL, chromium: browser, parallel: true, onFailure });
      passed += outcome.passed;
      failed += outcome.failed;
      engineSeconds = outcome.seconds;
    }
  } catch (error) {
    // Setup failed (server or browser): every test that did not run counts as failed.
    console.log(`✗ setup\n${indent(error?.stack ?? error)}`);
    failures.push({ name: 'setup', error });
    failed = tests.length + journeys.length - passed;
  } finally {
    await browser?.close().catch(() => {});
    stop();
  }
  const times = [`Chromium tests ${chromiumSeconds.toFixed(1)} s`, ...Object.entries(engineSeconds).map(([e, sec]) => `${e} journeys ${sec.toFixed(1)} s`)];
  console.log(`e2e time: ${((Date.now() - runStarted) / 1000).toFixed(1)} s (${times.join(', ')})`);
  if (flaky.length > 0) console.log(`flaky (failed once, then passed):\n${flaky.map(summary).join('\n')}`);
  if (failures.length > 0) console.log(`failed:\n${failures.map(summary).join('\n')}`);
  console.log(`${passed} passed${flaky.length > 0 ? ` (${flaky.length} flaky)` : ''}, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
