// Bundle sizes of a built dist/: for each page, the JavaScript and CSS its HTML makes the
// browser fetch before anything else (the entry script, its modulepreloads, its stylesheets:
// `untilFirstPress`, all that a new visitor to the static start page runs) plus any module the
// entry may import at start-up (index.html loads src/boot.tsx after its first paint when the
// visit needs the app at once, a draft under way say: that and everything it imports, from
// Vite's manifest; together `firstScreen`), and the total of everything built. Compressed as a static host would precompress: gzip -9
// and brotli quality 11. Deterministic for a given build, so `npm test` can hold a budget.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const KIB = 1024;

function sizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length,
  };
}

function sum(files) {
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) for (const key of Object.keys(total)) total[key] += file[key];
  return { files: files.length, ...total };
}

/** The same-origin files an HTML page fetches first: module scripts, modulepreloads, stylesheets. */
export function firstScreenFiles(html) {
  const js = new Set();
  const css = new Set();
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const src = /\b(?:src|href)="([^"]+)"/i.exec(tag)?.[1];
    if (!src || /^[a-z]+:/i.test(src)) continue;
    const path = src.replace(/^\//, '');
    if (/^<script/i.test(tag) || /rel="modulepreload"/i.test(tag)) js.add(path);
    else if (/rel="stylesheet"/i.test(tag)) css.add(path);
  }
  return { js: [...js], css: [...css] };
}

/** Modules an entry imports dynamically but always, at start-up: part of its first screen. */
export const START_UP_IMPORTS = { 'index.html': ['src/boot.tsx'], 'embed.html': ['src/app/embed/embed-boot.tsx'] };

/** A manifest chunk and its static imports, recursively: JavaScript files and their CSS. */
function closure(manifest, key, out = { js: new Set(), css: new Set() }) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the Vite manifest`);
  if (out.js.has(chunk.file)) return out;
  out.js.add(chunk.file);
  for (const css of chunk.css ?? []) out.css.add(css);
  for (const imported of chunk.imports ?? []) closure(manifest, imported, out);
  return out;
}

function filesIn(dir, pattern) {
  return readdirSync(dir).filter((name) => pattern.test(name) && statSync(join(dir, name)).isFile());
}

export function bundleReport(distDir, pages = ['index.html', 'embed.html', 'embed-help.html'], startUpImports = START_UP_IMPORTS) {
  const measured = new Map();
  const measure = (path) => {
    if (!measured.has(path)) measured.set(path, { path, ...sizes(readFileSync(join(distDir, path))) });
    return measured.get(path);
  };
  const report = { pages: {}, total: {} };
  const manifestPath = join(distDir, '.vite', 'manifest.json');
  const manifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : {};
  for (const page of pages) {
    const html = readFileSync(join(distDir, page), 'utf8');
    const first = firstScreenFiles(html);
    const untilFirstPress = {
      js: { ...sum(first.js.map(measure)), list: first.js },
      css: { ...sum(first.css.map(measure)), list: first.css },
    };
    for (const key of startUpImports[page] ?? []) {
      const more = closure(manifest, key);
      first.js = [...new Set([...first.js, ...more.js])];
      first.css = [...new Set([...first.css, ...more.css])];
    }
    report.pages[page] = {
      html: sizes(Buffer.from(html)),
      firstScreen: {
        js: { ...sum(first.js.map(measure)), list: first.js },
        css: { ...sum(first.css.map(measure)), list: first.css },
      },
      untilFirstPress,
    };
  }
  const assets = join(distDir, 'assets');
  report.total = {
    js: sum(filesIn(assets, /\.js$/).map((name) => measure(`assets/${name}`))),
    css: sum(filesIn(assets, /\.css$/).map((name) => measure(`assets/${name}`))),
  };
  return report;
}

const kib = (bytes) => (bytes / KIB).toFixed(1);

/** A plain-text table of a report (sizes in KiB). */
export function formatBundleReport(report) {
  const rows = [['what', 'files', 'raw', 'gzip', 'brotli']];
  const row = (label, s) => rows.push([label, String(s.files), kib(s.raw), kib(s.gzip), kib(s.brotli)]);
  for (const [page, { firstScreen, untilFirstPress }] of Object.entries(report.pages)) {
    for (const kind of ['js', 'css']) row(`${page} first screen ${kind.toUpperCase()}`, firstScreen[kind]);
    if (untilFirstPress.js.files !== firstScreen.js.files) row(`${page} until the first press JS`, untilFirstPress.js);
  }
  for (const kind of ['js', 'css']) {
    const s = report.total[kind];
    rows.push([`all ${kind.toUpperCase()} built`, String(s.files), kib(s.raw), kib(s.gzip), kib(s.brotli)]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')).join('\n');
}
