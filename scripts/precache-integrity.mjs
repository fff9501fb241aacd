// Subresource integrity for the service worker's precache (Workbox `manifestTransforms`): each
// rule pack and each hashed asset is listed with the SHA-384 of the file built, and Workbox fetches
// it with that `integrity`. A file damaged on its way at install time (a truncated response, a
// proxy's rewrite) then fails the install, which the browser retries on a later visit, instead
// of being kept and served offline until the next update: the app checks rule packs on load and
// would show "try again" with nothing new to fetch.
//
// The HTML pages are left without one on purpose: some hosts rewrite HTML as they serve it
// (minifying, injecting a header), and an integrity the page can never match would keep the
// service worker from ever installing, offline use with it.
//
// Plain ESM JavaScript: vite.config.ts and the e2e tests import it without a TypeScript step.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Precached URLs (relative to the build folder) that carry an integrity: the rule packs and the hashed assets. */
export const INTEGRITY_CHECKED = /^(rules\/[^/]+\.json|assets\/[^/]+\.(js|css))$/;

/** The `sha384-…` integrity of a file's bytes. */
export function integrityOf(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/**
 * A Workbox manifest transform that adds `integrity` to each entry matching INTEGRITY_CHECKED,
 * from the file under `buildDir` (the folder Workbox globbed). Throws if such a file is missing,
 * which fails the build rather than ship a worker that could never install.
 * @param {string} buildDir
 * @returns {(entries: { url: string; revision: string | null; size: number; integrity?: string }[]) => { manifest: typeof entries; warnings: string[] }}
 */
export function precacheIntegrity(buildDir) {
  return (entries) => ({
    manifest: entries.map((entry) => (INTEGRITY_CHECKED.test(entry.url) ? { ...entry, integrity: integrityOf(readFileSync(join(buildDir, entry.url))) } : entry)),
    warnings: [],
  });
}
