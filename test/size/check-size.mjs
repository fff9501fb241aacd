// The first-screen JavaScript budget, checked on every `npm test` against the fresh build:
// the app page's entry script and modulepreloads, gzip -9. Deterministic: the same build gives
// the same bytes. (The e2e test "first visit downloads only the first-screen JavaScript" checks
// that the browser really fetches no more than this on a first visit.)
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleReport, formatBundleReport, KIB } from '../../scripts/bundle-report.mjs';

export const FIRST_SCREEN_JS_BUDGET_GZIP = 115 * KIB;

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
const report = bundleReport(dist);
console.log(formatBundleReport(report));

const app = report.pages['index.html'].firstScreen.js;
const verdict = app.gzip <= FIRST_SCREEN_JS_BUDGET_GZIP;
console.log(
  `\nFirst-screen JS of index.html: ${(app.gzip / KIB).toFixed(1)} KiB gzip (${app.gzip} bytes) against a budget of ${FIRST_SCREEN_JS_BUDGET_GZIP / KIB} KiB: ${verdict ? 'OK' : 'OVER BUDGET'}`,
);
if (!verdict) {
  console.error(`Over by ${((app.gzip - FIRST_SCREEN_JS_BUDGET_GZIP) / KIB).toFixed(1)} KiB. Files: ${app.list.join(', ')}`);
  process.exit(1);
}
