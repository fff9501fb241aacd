// A share link carries the scenario in the URL fragment, which browsers never send to a
// server. Format: "#s=<version>.<base64url JSON>". It holds no name and no ID number.
// <version> is the envelope's format; the scenario inside carries its own version (`v`), and
// links written by an older app are upgraded by migrateScenario, so they keep opening.
import { migrateScenario, SCENARIO_VERSION } from '../../calc';
import type { Scenario } from '../../calc';
import { SHARE_PARAM } from './share-hash';

export const SHARE_FORMAT = 1;

/**
 * The longest `s=` value read. The largest scenario the schema allows encodes to well under
 * this; anything longer is not a link this app wrote, and is refused before it is decoded.
 */
export const MAX_SHARE_LENGTH = 20_000;

/** The envelope: a version in its one canonical spelling (no sign, space or leading zero), a dot, base64url. */
const ENVELOPE_RE = /^(0|[1-9][0-9]{0,5})\.([A-Za-z0-9_-]+)$/;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function encodeShare(scenario: Scenario): string {
  return `${SHARE_PARAM}=${SHARE_FORMAT}.${toBase64Url(JSON.stringify(scenario))}`;
}

export function shareUrl(scenario: Scenario, base: string): string {
  const url = new URL(base);
  url.hash = encodeShare(scenario);
  return url.toString();
}

/**
 * Why a shared link's answers cannot be used: damaged, too old to read, written by a newer
 * version of the app (a reload fetches it), or answers this version cannot use.
 */
export type ShareProblem = 'malformed' | 'outdated' | 'newer' | 'invalid' | 'tooLarge';

export type ShareDecode =
  | { kind: 'none' }
  /** `fromVersion`: the scenario version the link was written in; below SCENARIO_VERSION it was upgraded. */
  | { kind: 'ok'; scenario: Scenario; fromVersion: number }
  | { kind: 'error'; reason: ShareProblem };

/** What the person is told about a shared link: why it cannot be used, or that it comes from an earlier version. */
export type ShareNotice = { kind: 'problem'; reason: ShareProblem } | { kind: 'upgraded'; fromVersion: number };

/** The notice a decoded link needs, if any. */
export function shareNotice(decoded: ShareDecode): ShareNotice | null {
  if (decoded.kind === 'error') return { kind: 'problem', reason: decoded.reason };
  if (decoded.kind === 'ok' && decoded.fromVersion < SCENARIO_VERSION) return { kind: 'upgraded', fromVersion: decoded.fromVersion };
  return null;
}

/** An unreadable scenario version: older than any this app reads, newer, or not a version at all. */
function versionProblem(v: unknown): ShareProblem {
  if (typeof v !== 'number' || !Number.isInteger(v)) return 'invalid';
  return v > SCENARIO_VERSION ? 'newer' : 'outdated';
}

/** Reads a location hash such as "#s=1.eyJ2Ijox...". Never throws. */
export function decodeShare(hash: string): ShareDecode {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const value = params.get(SHARE_PARAM);
  if (value === null) return { kind: 'none' };
  if (value.length > MAX_SHARE_LENGTH) return { kind: 'error', reason: 'tooLarge' };
  // Number() would read "+1", " 1" or "01" as 1: only the form encodeShare writes is accepted.
  const envelope = ENVELOPE_RE.exec(value);
  if (!envelope) return { kind: 'error', reason: 'malformed' };
  const format = Number(envelope[1]);
  if (format !== SHARE_FORMAT) return { kind: 'error', reason: format < SHARE_FORMAT ? 'outdated' : 'newer' };
  let json: unknown;
  try {
    json = JSON.parse(fromBase64Url(envelope[2] as string));
  } catch {
    return { kind: 'error', reason: 'malformed' };
  }
  const migrated = migrateScenario(json);
  if (migrated.ok) return { kind: 'ok', scenario: migrated.scenario, fromVersion: migrated.from };
  const unreadableVersion = migrated.errors.some((e) => e.key === 'version.unsupported');
  return { kind: 'error', reason: unreadableVersion ? versionProblem((json as { v?: unknown } | null)?.v) : 'invalid' };
}
