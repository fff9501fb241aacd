// A shared link opened in the widget (its own "Share" link points here). The decoder needs the
// calculator's schema, so embed-main.tsx loads this module only when the address has answers.
import type { Scenario } from '../../calc';
import { decodeShare } from '../../features/result/share-link';

/** Read once at start-up, outside React, then removed from the address. */
export function takeSharedScenario(): Scenario | null {
  const decoded = decodeShare(window.location.hash);
  if (decoded.kind === 'none') return null;
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
  if (decoded.kind === 'error') console.warn(`Ignored the shared link in the address: ${decoded.reason}.`);
  return decoded.kind === 'ok' ? decoded.scenario : null;
}
