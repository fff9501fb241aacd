// One payment against the cover so far: each enrolment reads what the earlier ones bought
// and adds its own cover for the ones after it.
import type { Coverage } from './coverage';
import { employeeEnrolment } from './employee';
import { residentEnrolment } from './resident';
import type { PendingWait } from './resident';
import type { EnrolmentResult } from './result';
import type { PackChain } from './rule-pack';
import type { Circumstances, Payment, Scenario } from './scenario-schema';
import type { Recorder } from './trace';

/** What the payments so far leave for the next one. */
export interface PaymentState {
  coverage: Coverage;
  /** A resident wait still running past the last paid year (R8). */
  pending: PendingWait | null;
}

/**
 * Enrols `payment` as payment `index`; updates `state` for the next payment. `next`: the payment
 * after it in the history, if any (only read to leave out advice it already follows, I4).
 */
export function runPayment(chain: PackChain, history: Scenario['history'], circumstances: Circumstances, state: PaymentState, payment: Payment, index: number, trace: Recorder, next?: Payment): EnrolmentResult {
  if (payment.scheme === 'resident') return residentEnrolment(chain, circumstances, state, payment, index, trace, false, next);
  state.pending = null;
  return employeeEnrolment(chain, state.coverage, payment, index, history, circumstances, trace);
}
