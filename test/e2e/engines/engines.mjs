// One small, engine-neutral driver for the cross-engine journeys, over three real engines:
// - chromium: Debian's Chromium through playwright-core (the browser the other e2e tests use);
// - firefox:  Debian's Firefox ESR through puppeteer-core over WebDriver BiDi;
// - webkit:   WebKitGTK's MiniBrowser through selenium-webdriver and WebKitWebDriver (classic
//             WebDriver), on a virtual display from xvfb-run.
// A journey sees only the Session below: navigate, reload, find by role / label / text / test id
// (dom-query.mjs, the same code in every engine), click, check, fill, type, read, evaluate, and
// the same in an iframe. What an engine's driver cannot do is said, never skipped.
import { spawn } from 'node:child_process';
import { accessSync, constants, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { domQuery } from './dom-query.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

const WAIT_MS = 15_000;
const POLL_MS = 50;
const QUERY_SOURCE = domQuery.toString();
// Built here, serialised by the drivers: no eval in the page, which its CSP would refuse.
const QUERY_FN = new Function('a', `return (${QUERY_SOURCE})(a.query, a.op);`);
/** `fn` as a function of one argument whose result comes back as JSON text (awaited if a promise). */
const jsonSource = (fn) => `Promise.resolve((${fn.toString()})(arguments[0])).then((v) => JSON.stringify(v === undefined ? null : v))`;
const asJSON = (fn) => new Function(`return ${jsonSource(fn)};`);

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const XVFB_RUN = '/usr/bin/xvfb-run';

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Null when the engine can run here, else what is missing and how to install it. */
export function missing(engine) {
  if (engine === 'firefox' && !executable(FIREFOX_PATH)) return `no Firefox at ${FIREFOX_PATH}: apt-get install -y firefox-esr (or set FIREFOX_PATH)`;
  if (engine === 'webkit') {
    if (!executable(WEBKIT_DRIVER)) return `no WebKitWebDriver at ${WEBKIT_DRIVER}: apt-get install -y webkit2gtk-driver`;
    if (!executable(MINIBROWSER)) return `no MiniBrowser at ${MINIBROWSER}: apt-get install -y webkit2gtk-driver (or set MINIBROWSER_PATH)`;
    if (!executable(XVFB_RUN)) return `no xvfb-run (WebKitGTK needs a display): apt-get install -y xvfb`;
  }
  return null;
}

export function freePort() {
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

/** How each driver says an element it was handed is no longer in the document. */
const DETACHED = /not attached|detached|stale ?element|no longer (?:attached|connected)|not connected|no element |node with identifier .* was not found/i;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A query as text, for messages. */
function describe(query) {
  const parts = [];
  for (let q = query; q; q = q.within) {
    const own = Object.entries(q)
      .filter(([key]) => key !== 'within')
      .map(([key, value]) => `${key}=${JSON.stringify(value instanceof RegExp ? String(value) : value)}`)
      .join(' ');
    parts.unshift(own);
  }
  return parts.join(' › ');
}

/** RegExps cross to the page as { source, flags }. */
function serialisable(query) {
  if (!query) return query;
  const out = { ...query };
  for (const key of ['name', 'label', 'text', 'hasText']) if (out[key] instanceof RegExp) out[key] = { source: out[key].source, flags: out[key].flags };
  if (out.within) out.within = serialisable(out.within);
  return out;
}

/**
 * Where a query runs: the page, or an iframe in it (found by a query in the page). Every
 * method waits for its condition (never a fixed sleep) up to `timeout` ms.
 */
export class Scope {
  constructor(session, frame = null) {
    this.session = session;
    this.frameQuery = frame;
  }

  get engine() {
    return this.session.engine;
  }

  async #query(query, op) {
    return this.session.driver.query(this.frameQuery, { query: serialisable(query), op });
  }

  /**
   * Runs `fn(arg)` in this document and returns its result, which must be JSON (it crosses as
   * JSON text: WebDriver BiDi cuts deep objects short, and the drivers differ on the rest).
   */
  async evaluate(fn, arg) {
    return this.session.driver.evaluate(this.frameQuery, fn, arg);
  }

  /**
   * Polls `check` (async, returns a value or something falsy) until it returns a truthy value.
   * `message` (text, or a function giving it) says what was awaited when time runs out.
   */
  async until(check, { timeout = WAIT_MS, message = 'condition' } = {}) {
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        const value = await check();
        if (value) return value;
        last = undefined;
      } catch (error) {
        // A document being replaced (a navigation, a reload) answers with an error: try again.
        last = error;
      }
      if (Date.now() > deadline) {
        const what = typeof message === 'function' ? message() : message;
        throw new Error(`[${this.engine}] timed out after ${timeout} ms waiting for ${what}${last ? `: ${last.message}` : ''}`);
      }
      await sleep(POLL_MS);
    }
  }

  /** Waits until exactly one visible element matches (state 'visible') or none does ('hidden'). */
  async waitFor(query, { state = 'visible', timeout } = {}) {
    if (state === 'hidden') {
      await this.until(async () => (await this.#query(query, 'count')) === 0, { timeout, message: `${describe(query)} to disappear` });
      return;
    }
    let lastError = '';
    await this.until(
      async () => {
        const info = await this.#query(query, 'info');
        lastError = info?.error ?? '';
        return info && !info.error;
      },
      { timeout, message: () => `${describe(query)} (${lastError || 'not found'})` },
    );
  }

  async info(query) {
    await this.waitFor(query);
    return this.#query(query, 'info');
  }

  async count(query) {
    return this.#query(query, 'count');
  }

  async text(query) {
    return (await this.info(query)).text;
  }

  async value(query) {
    return (await this.info(query)).value;
  }

  async isChecked(query) {
    return Boolean((await this.info(query)).checked);
  }

  /**
   * A native click (trusted events) on the one visible element, once it is enabled and at rest
   * (the same place in two polls running), scrolled into view. Then waits until the click is
   * seen to reach it; one that went elsewhere (the page moved under it) is made again.
   */
  async click(query) {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      let state = '';
      let at = '';
      await this.until(
        async () => {
          const info = await this.#query(query, 'info');
          const previous = at;
          at = info?.at ?? '';
          state = info?.error ?? (info.disabled ? 'disabled' : at !== previous ? 'moving' : '');
          return !state;
        },
        { message: () => `${describe(query)} to be there, enabled and at rest (${state || 'not found'})` },
      );
      try {
        await this.#query(query, 'arm');
        await this.session.driver.click(this.frameQuery, { query: serialisable(query), op: 'element' });
        if (await this.#clickArrived()) return;
        // Gone since (the click did its work on a copy the page swapped in): nothing to click again.
        if ((await this.#query(query, 'count')) === 0) return;
        if (Date.now() > deadline) throw new Error(`[${this.engine}] clicks on ${describe(query)} never reached it`);
      } catch (error) {
        // Found, then replaced before the click landed (the prerendered start page hydrating, a
        // step re-rendering): find it again. Anything else is a real failure.
        if (!DETACHED.test(`${error?.name ?? ''} ${error?.message ?? ''}`) || Date.now() > deadline) throw error;
        await sleep(POLL_MS);
      }
    }
  }

  /** Whether the armed element got its click (a document that went away took it: yes). */
  async #clickArrived() {
    const until = Date.now() + 1000;
    for (;;) {
      const arrived = await this.evaluate(() => !window.__e2eArmed || window.__e2eArmed.clicked).catch(() => true);
      if (arrived) return true;
      if (Date.now() > until) return false;
      await sleep(POLL_MS);
    }
  }

  /** Clicks a radio or checkbox unless it is checked already; then waits for it to be checked. */
  async check(query) {
    if (await this.isChecked(query)) return;
    await this.click(query);
    await this.until(async () => (await this.#query(query, 'info')).checked === true, { message: `${describe(query)} to be checked` });
  }

  async uncheck(query) {
    if (!(await this.isChecked(query))) return;
    await this.click(query);
    await this.until(async () => (await this.#query(query, 'info')).checked === false, { message: `${describe(query)} to be unchecked` });
  }

  /**
   * Sets a field's value as an edit would arrive (native setter, input and change events): the
   * one way that works alike for date, number and text inputs in every engine.
   */
  async fill(query, value) {
    await this.waitFor(query);
    const result = await this.#query(query, { set: String(value) });
    if (!result?.ok) throw new Error(`[${this.engine}] could not fill ${describe(query)} with ${value}: ${JSON.stringify(result)}`);
  }

  /** Real key presses into a field (focus, then the driver's keyboard). */
  async type(query, text) {
    await this.click(query);
    await this.session.driver.type(this.frameQuery, { query: serialisable(query), op: 'element' }, text);
  }

  /** The scope of an iframe in this page, found by `query` (e.g. { css: 'iframe' }). */
  frame(query) {
    if (this.frameQuery) throw new Error('nested frames are not supported');
    return new Scope(this.session, query);
  }
}

/**
 * One journey's browser page. `note(line)` prints under the journey's name; `unsupported(what,
 * why)` prints "not supported in <engine>: <what>: <why>", for every reader of the test output.
 */
export class Session extends Scope {
  constructor(engine, driver, { log }) {
    super(null); // a Scope of the page itself, whose session is this one
    this.session = this;
    this.engineName = engine;
    this.driver = driver;
    this.log = log;
    this.harnessErrors = [];
    this.warnings = [];
    this.resourceURLs = [];
  }

  get engine() {
    return this.engineName;
  }

  note(line) {
    this.log(`    ${line}`);
  }

  unsupported(what, why) {
    this.log(`    not supported in ${this.engine}: ${what}: ${why}`);
  }

  async goto(url) {
    await this.collect();
    await this.driver.goto(url);
  }

  async reload() {
    await this.collect();
    await this.driver.reload();
  }

  url() {
    return this.driver.url();
  }

  /**
   * Resizes so the page's viewport (innerWidth × innerHeight) is `width` × `height`, or as near
   * as the engine allows: resolves to the size got, and says so when it is not the one asked for.
   */
  async setViewport(width, height) {
    const got = await this.driver.setViewport(width, height);
    if (got.width !== width) this.unsupported(`a ${width} px wide viewport`, `the browser window cannot be narrower; checked at ${got.width} px instead`);
    return got;
  }

  /**
   * Takes what the in-page harness logged in the page and each of its frames (the log lives
   * in the document: read it before the document goes), with the origins of every resource
   * the documents asked for.
   */
  async collect() {
    const read = () => {
      const log = window.__e2e;
      const entries = [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)];
      // A page without the harness would hide its errors: that is an error of its own.
      if (!log) return { errors: location.protocol === 'about:' ? [] : [`no e2e harness in ${location.href}: its errors cannot be seen`], warnings: [], entries };
      return { errors: log.errors.splice(0), warnings: log.warnings.splice(0), entries };
    };
    const documents = [];
    try {
      documents.push(await this.driver.evaluate(null, read));
      const frames = await this.driver.query(null, { query: { css: 'iframe' }, op: 'countAll' });
      for (let nth = 0; nth < frames; nth++) {
        try {
          documents.push(await this.driver.evaluate({ css: 'iframe', nth }, read));
        } catch {
          // A frame that has not loaded (or was refused) has no log to read.
        }
      }
    } catch {
      // No document (about:blank before the first navigation, a closed page).
    }
    for (const doc of documents) {
      this.harnessErrors.push(...doc.errors);
      this.warnings.push(...doc.warnings);
      for (const url of doc.entries) if (!this.resourceURLs.includes(url)) this.resourceURLs.push(url);
    }
  }

  /** Warnings the pages logged (console.warn) since the last call. */
  async takeWarnings() {
    await this.collect();
    return this.warnings.splice(0);
  }
}

// ---------------------------------------------------------------------------------------------
// Chromium (playwright-core)

/**
 * What Playwright's and Puppeteer's pages share: element handles, frames entered through the
 * element that holds them, console errors collected. The subclasses give the calls they name
 * differently (typing, navigation's wait, the viewport).
 */
class HandleDriver {
  constructor(page, context) {
    this.page = page;
    this.context = context;
    this.errors = [];
    page.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(`console.error: ${message.text()}`);
    });
    // Puppeteer over BiDi may hand over a bare value rather than an Error.
    page.on('pageerror', (error) => this.errors.push(`uncaught: ${error?.message ?? error}`));
  }

  async frameOf(frameQuery) {
    if (!frameQuery) return this.page.mainFrame();
    const handle = await this.page.mainFrame().evaluateHandle(QUERY_FN, { query: serialisable(frameQuery), op: 'element' });
    const element = (await handle.getProperty('element')).asElement();
    if (!element) throw new Error(`no frame ${describe(frameQuery)}`);
    const frame = await element.contentFrame();
    if (!frame) throw new Error(`${describe(frameQuery)} has no document`);
    return frame;
  }

  async query(frameQuery, arg) {
    return (await this.frameOf(frameQuery)).evaluate(QUERY_FN, arg);
  }

  async evaluate(frameQuery, fn, arg) {
    return JSON.parse(await (await this.frameOf(frameQuery)).evaluate(asJSON(fn), arg));
  }

  async element(frameQuery, arg) {
    const handle = await (await this.frameOf(frameQuery)).evaluateHandle(QUERY_FN, arg);
    const element = (await handle.getProperty('element')).asElement();
    if (!element) throw new Error(`no element ${describe(arg.query)}: ${JSON.stringify(await handle.jsonValue())}`);
    return element;
  }

  async click(frameQuery, arg) {
    await (await this.element(frameQuery, arg)).click();
  }

  url() {
    return this.page.url();
  }

  async screenshot(path) {
    await this.page.screenshot({ path, fullPage: true });
  }

  takeErrors() {
    return this.errors.splice(0);
  }

  close() {
    return this.context.close();
  }
}

class PlaywrightDriver extends HandleDriver {
  async type(frameQuery, arg, text) {
    await (await this.element(frameQuery, arg)).focus();
    await this.page.keyboard.type(text);
  }

  goto(url) {
    return this.page.goto(url);
  }

  reload() {
    return this.page.reload();
  }

  async setViewport(width, height) {
    await this.page.setViewportSize({ width, height });
    return { width, height };
  }
}

// ---------------------------------------------------------------------------------------------
// Firefox (puppeteer-core over WebDriver BiDi)

class PuppeteerDriver extends HandleDriver {
  async type(frameQuery, arg, text) {
    await (await this.element(frameQuery, arg)).type(text);
  }

  goto(url) {
    return this.page.goto(url, { waitUntil: 'load' });
  }

  reload() {
    return this.page.reload({ waitUntil: 'load' });
  }

  async setViewport(width, height) {
    await this.page.setViewport({ width, height });
    return { width, height };
  }
}

// ---------------------------------------------------------------------------------------------
// WebKitGTK (selenium-webdriver, classic WebDriver)

class SeleniumDriver {
  constructor(driver) {
    this.driver = driver;
    this.inFrame = null;
  }

  async enter(frameQuery) {
    await this.driver.switchTo().defaultContent();
    if (!frameQuery) return;
    const found = await this.driver.executeScript(`return (${QUERY_SOURCE})(arguments[0], 'element');`, serialisable(frameQuery));
    if (!found?.element) throw new Error(`no frame ${describe(frameQuery)}: ${JSON.stringify(found)}`);
    await this.driver.switchTo().frame(found.element);
  }

  async query(frameQuery, arg) {
    await this.enter(frameQuery);
    return this.driver.executeScript(`return (${QUERY_SOURCE})(arguments[0], arguments[1]);`, arg.query, arg.op);
  }

  async evaluate(frameQuery, fn, arg) {
    await this.enter(frameQuery);
    return JSON.parse(await this.driver.executeScript(`return ${jsonSource(fn)};`, arg));
  }

  async element(frameQuery, arg) {
    await this.enter(frameQuery);
    const found = await this.driver.executeScript(`return (${QUERY_SOURCE})(arguments[0], 'element');`, arg.query);
    if (!found?.element) throw new Error(`no element ${describe(arg.query)}: ${JSON.stringify(found)}`);
    return found.element;
  }

  async click(frameQuery, arg) {
    if (!frameQuery) {
      await (await this.element(frameQuery, arg)).click();
      return;
    }
    // WebKitWebDriver's element click in a frame takes the element's position in the frame for
    // one in the page: it scrolls the page wrong and clicks beside the frame. So: the element's
    // centre in the page's viewport, checked to be the element there, and a pointer click at it.
    await this.enter(frameQuery);
    const target = await this.driver.executeScript(
      `const found = (${QUERY_SOURCE})(arguments[0], 'elementInPlace');
       if (!found.element) return found;
       const el = found.element;
       const r = el.getBoundingClientRect();
       const x = r.left + r.width / 2, y = r.top + r.height / 2;
       const hit = document.elementFromPoint(x, y);
       const ok = hit && (el.contains(hit) || (hit.control === el) || (el.labels && [...el.labels].some((l) => l.contains(hit))));
       return ok ? { x, y } : { error: 'another element (' + (hit ? hit.tagName : 'nothing') + ') is where the element is: not attached, or covered' };`,
      arg.query,
    );
    if (target?.error) throw new Error(`${describe(arg.query)}: ${target.error}`);
    await this.driver.switchTo().defaultContent();
    // (Switching frames may have scrolled the page: centre the point again, from the page.)
    const point = await this.driver.executeScript(
      `const el = (${QUERY_SOURCE})(arguments[0], 'elementInPlace').element;
       const at = () => { const r = el.getBoundingClientRect(); return { x: r.left + el.clientLeft + arguments[1].x, y: r.top + el.clientTop + arguments[1].y }; };
       const before = at();
       window.scrollBy(before.x - innerWidth / 2, before.y - innerHeight / 2);
       return at();`,
      serialisable(frameQuery),
      target,
    );
    const x = Math.round(point.x);
    const y = Math.round(point.y);
    await this.driver.actions({ async: true }).move({ x, y, origin: 'viewport' }).press().release().perform();
  }

  async type(frameQuery, arg, text) {
    await (await this.element(frameQuery, arg)).sendKeys(text);
  }

  async goto(url) {
    await this.driver.switchTo().defaultContent();
    await this.driver.get(url);
  }

  async reload() {
    await this.driver.switchTo().defaultContent();
    await this.driver.navigate().refresh();
  }

  url() {
    return this.driver.getCurrentUrl();
  }

  /**
   * The window's size less what is not viewport (MiniBrowser's own chrome), found by measuring.
   * The window has a minimum width (447 px with WebKitGTK 2.50): resolves to the viewport got.
   */
  async setViewport(width, height) {
    await this.driver.switchTo().defaultContent();
    const inner = () => this.driver.executeScript('return { width: innerWidth, height: innerHeight };');
    for (let i = 0; i < 3; i++) {
      const now = await inner();
      if (now.width === width && now.height === height) return now;
      const rect = await this.driver.manage().window().getRect();
      await this.driver.manage().window().setRect({ width: rect.width + width - now.width, height: rect.height + height - now.height });
    }
    return inner();
  }

  async screenshot(path) {
    await this.driver.switchTo().defaultContent();
    writeFileSync(path, Buffer.from(await this.driver.takeScreenshot(), 'base64'));
  }

  takeErrors() {
    // Classic WebDriver has no console: the in-page harness is the only witness.
    return [];
  }

  async close() {
    // One browser for the whole run: leave the page, so nothing of this journey runs on.
    try {
      await this.driver.switchTo().defaultContent();
      await this.driver.get('about:blank');
    } catch {
      // The browser is gone; the run's close reports it.
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Launching

/**
 * Starts `engine` and resolves to { name, newDriver(), close(), capabilities }. `proxyPort`: the
 * blocking proxy every non-local request must go to (Firefox and WebKit; Chromium's requests are
 * routed by Playwright instead). `chromium`: an already launched Playwright browser to reuse.
 */
export async function launchEngine(engine, { proxyPort, chromium, timezone = 'Asia/Shanghai' } = {}) {
  if (engine === 'chromium') {
    if (!chromium) throw new Error('chromium: pass the Playwright browser the runner launched');
    return {
      name: engine,
      async newDriver(allowedOrigins) {
        const context = await chromium.newContext({ timezoneId: timezone, viewport: { width: 1280, height: 800 } });
        // As helpers.mjs does: anything but the journey's own origins is aborted and recorded.
        const blocked = [];
        await context.route('**/*', (route) => {
          const url = route.request().url();
          const { protocol, origin } = new URL(url);
          if (protocol === 'data:' || protocol === 'blob:' || allowedOrigins().includes(origin)) return route.continue();
          blocked.push(url);
          return route.abort('blockedbyclient');
        });
        const driver = new PlaywrightDriver(await context.newPage(), context);
        driver.takeBlocked = () => blocked.splice(0);
        return driver;
      },
      close: async () => {},
    };
  }

  if (engine === 'firefox') {
    const { default: puppeteer } = await import('puppeteer-core');
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      protocol: 'webDriverBiDi',
      // Release builds ignore a remote-settings server pref unless this is set; with it, the
      // dummy data: URL below keeps Firefox's settings sync from reaching for Mozilla's servers.
      env: { ...process.env, TZ: timezone, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      extraPrefsFirefox: {
        // Every request to anything but this machine goes to the blocking proxy.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxyPort,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxyPort,
        'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
        'network.proxy.allow_hijacking_localhost': false,
        // Firefox's own traffic (settings sync, experiments, captive portal, connectivity checks).
        'services.settings.server': 'data:,#remote-settings-dummy/v1',
        'messaging-system.rsexperimentloader.enabled': false,
        'app.normandy.enabled': false,
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        'browser.safebrowsing.update.enabled': false,
        'browser.region.network.url': '',
        'browser.region.update.enabled': false,
        'dom.push.connection.enabled': false,
        'browser.newtabpage.enabled': false,
        'browser.startup.homepage_override.mstone': 'ignore',
        'browser.backup.enabled': false,
        'browser.backup.scheduled.enabled': false,
      },
    });
    return {
      name: engine,
      version: await browser.version(),
      async newDriver() {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        await page.setViewport({ width: 1280, height: 800 });
        return new PuppeteerDriver(page, context);
      },
      close: () => browser.close(),
    };
  }

  if (engine === 'webkit') {
    const { Builder } = await import('selenium-webdriver');
    const port = await freePort();
    // xvfb-run gives WebKitWebDriver (and the MiniBrowser it starts) a display of their own.
    const child = spawn(XVFB_RUN, ['-a', '-s', '-screen 0 1600x1200x24 -nolisten tcp', WEBKIT_DRIVER, `--port=${port}`], {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, TZ: timezone, LANG: 'C.UTF-8' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const stop = () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
    };
    process.on('exit', stop);
    try {
      const deadline = Date.now() + 30_000;
      for (;;) {
        if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited early:\n${output}`);
        try {
          const status = await (await fetch(`http://127.0.0.1:${port}/status`)).json();
          if (status?.value?.ready) break;
        } catch {
          // Not listening yet.
        }
        if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not answer within 30 s:\n${output}`);
        await sleep(100);
      }
      const capabilities = {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': {
          binary: MINIBROWSER,
          // The blocking proxy for everything but this machine; the engine's own console
          // switch does nothing under automation, hence the in-page harness.
          args: ['--automation', `--proxy=http://127.0.0.1:${proxyPort}`, '--ignore-host=127.0.0.1', '--ignore-host=localhost', '--ignore-host=::1'],
        },
      };
      const driver = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(capabilities).build();
      await driver.manage().setTimeouts({ script: 30_000, pageLoad: 60_000, implicit: 0 });
      const version = (await driver.getCapabilities()).get('browserVersion');
      return {
        name: engine,
        version: `WebKitGTK ${version}`,
        async newDriver() {
          await driver.switchTo().defaultContent();
          return new SeleniumDriver(driver);
        },
        async close() {
          await driver.quit().catch(() => {});
          stop();
        },
      };
    } catch (error) {
      stop();
      throw error;
    }
  }

  throw new Error(`unknown engine ${engine}`);
}
