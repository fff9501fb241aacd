// A planned payment restarts nothing until it is paid: cover that starts before the day it is
// paid is backdated to then (a wording the headline, the timeline summary and the options share,
// so they cannot disagree); cover from that day on simply restarts then.

/** Whether a restart on `restart` (ISO date; null for none) is backdated for a payment made on `paymentDate`. */
export function isBackdated(restart: string | null, paymentDate: string): boolean {
  return restart !== null && restart < paymentDate;
}
