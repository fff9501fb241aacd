// The what-if options change only the last payment. Rather than validate and run the whole
// scenario again per option, a replay checks what the variant changes and runs just that
// payment, on its own copy of the cover the earlier payments left, recording no trace.
import type { Runner } from './options';
import { variantIsValid } from './payment-checks';
import type { EnrolmentResult } from './result';
import type { PackChain } from './rule-pack';
import { runPayment } from './run-payment';
import type { PaymentState } from './run-payment';
import type { Circumstances, Payment, Scenario } from './scenario-schema';

export class LastPaymentReplay implements Runner {
  private readonly before: PaymentState;

  /** `state` is what the payments before the last one left; it is copied, not kept. */
  constructor(
    private readonly scenario: Scenario,
    private readonly chain: PackChain,
    private readonly circumstances: Circumstances,
    state: PaymentState,
  ) {
    this.before = { coverage: state.coverage.clone(), pending: state.pending };
  }

  run(payment: Payment): EnrolmentResult | null {
    if (!variantIsValid(this.scenario, this.chain, payment)) return null;
    const state = { coverage: this.before.coverage.clone(), pending: this.before.pending };
    return runPayment(this.chain, this.circumstances, state, payment, this.scenario.payments.length - 1, null);
  }
}
