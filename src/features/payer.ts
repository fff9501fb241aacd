// Who makes the payment the answers or a result are about, decided here for the wizard (the
// payment step's name and questions) and the result (its sentences) alike. The employee scheme is
// paid by an employer: the person cannot make its contributions, so the texts say the
// contributions are paid, not "you pay". A child's free year of birth (X1) is an enrolment where
// nothing is paid. Anyone else pays (a flexible worker; a child's premium, the parent reading).
// No imports but types: the wizard's first step uses this, and must not pull the result's code in.
import type { Scheme } from '../calc';

/** 'enrol': nothing is paid, a newborn is enrolled for a free year of birth. */
export type Payer = 'self' | 'employer' | 'enrol';

/**
 * The payer under `scheme`. `freeEnrolment`: the payment is (or, in the wizard, may be) only a
 * child's enrolment for a free year of birth; each side says when (payment-payer.ts,
 * payer-words.ts). Only the resident scheme enrols children.
 */
export function payerOf(scheme: Scheme, freeEnrolment = false): Payer {
  if (scheme === 'employee') return 'employer';
  return scheme === 'resident' && freeEnrolment ? 'enrol' : 'self';
}

/**
 * i18next options picking a text's payer variant: `_employer` (the contributions are paid) or
 * `_enrol` (a newborn is enrolled for free), none where the reader pays. A text without the
 * variant falls back to its plain form, as one not about the payer reads the same for all.
 */
export function payerContext(payer: Payer): { context?: 'employer' | 'enrol' } {
  return payer === 'self' ? {} : { context: payer };
}
