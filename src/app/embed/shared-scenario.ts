// A shared link opened in the widget (its own "Share" link points here). The decoder needs the
// calculator's schema, so embed-boot.tsx loads this module only when the address has answers.
import type { Scenario } from '../../calc';
import { decodeShare, shareNotice } from '../../features/result/share-link';
import type { ShareNotice } from '../../features/result/share-link';

export interface SharedLink {
  /** The answers, upgraded to the current version; null when the link cannot be used. */
  scenario: Scenario | null;
  /** What to tell the person: why the link could not be used, or that it came from an earlier version. */
  notice: ShareNotice | null;
}

/** Read once at start-up, outside React, then removed from the address. Null without a link. */
export function takeSharedScenario(): SharedLink | null {
  const decoded = decodeShare(window.location.hash);
  if (decoded.kind === 'none') return null;
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
  if (decoded.kind === 'error') console.warn(`Ignored the shared link in the address: ${decoded.reason}.`);
  return { scenario: decoded.kind === 'ok' ? decoded.scenario : null, notice: shareNotice(decoded) };
}
