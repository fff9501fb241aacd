// A share link carries the scenario in the URL fragment, which browsers never send to a
// server. Format: "#s=<version>.<base64url JSON>". It holds no name and no ID number.
import { parseScenario } from '../../calc';
import type { Scenario } from '../../calc';
import { SHARE_PARAM } from './share-hash';

export const SHARE_FORMAT = 1;

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

/** Why a shared link's answers cannot be used. */
export type ShareProblem = 'malformed' | 'outdated' | 'invalid';

export type ShareDecode = { kind: 'none' } | { kind: 'ok'; scenario: Scenario } | { kind: 'error'; reason: ShareProblem };

/** Reads a location hash such as "#s=1.eyJ2Ijox...". Never throws. */
export function decodeShare(hash: string): ShareDecode {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const value = params.get(SHARE_PARAM);
  if (value === null) return { kind: 'none' };
  const dot = value.indexOf('.');
  const version = Number(value.slice(0, dot));
  if (dot < 1 || !Number.isInteger(version)) return { kind: 'error', reason: 'malformed' };
  if (version !== SHARE_FORMAT) return { kind: 'error', reason: version < SHARE_FORMAT ? 'outdated' : 'malformed' };
  let json: unknown;
  try {
    json = JSON.parse(fromBase64Url(value.slice(dot + 1)));
  } catch {
    return { kind: 'error', reason: 'malformed' };
  }
  const parsed = parseScenario(json);
  if (!parsed.ok) {
    const v = (json as { v?: unknown } | null)?.v;
    return { kind: 'error', reason: typeof v === 'number' && v !== 1 ? 'outdated' : 'invalid' };
  }
  return { kind: 'ok', scenario: parsed.scenario };
}
