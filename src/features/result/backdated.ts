// Tense shared by the headline and the timeline summary, so they cannot disagree.
//
// A planned payment restarts nothing until it is paid: cover that starts before the day it is
// paid is backdated to then (a wording the headline, the timeline summary and the options share,
// so they cannot disagree); cover from that day on simply restarts then.
import type { Restoration } from '../../calc';

/** Whether a restart on `restart` (ISO date; null for none) is backdated for a payment made on `paymentDate`. */
export function isBackdated(restart: string | null, paymentDate: string): boolean {
  return restart !== null && restart < paymentDate;
}

/**
 * How a made payment's range (§8) stands on `asOf`: 'past' where its latest day is behind,
 * 'partly' where its earliest is behind and its latest ahead (and no later date needs the next
 * year paid, which "will restart by" would promise), otherwise 'ahead'. A planned payment's is always 'ahead'.
 */
export function rangeTense(r: Extract<Restoration, { kind: 'range' }>, asOf: string, made: boolean): 'past' | 'partly' | 'ahead' {
  if (!made) return 'ahead';
  if (r.latest <= asOf) return 'past';
  const laterNeedsNextYear = r.outcomes.some((o) => o.restoration.kind === 'needsNextYear' && o.restoration.date > asOf);
  return r.earliest <= asOf && !laterNeedsNextYear ? 'partly' : 'ahead';
}
