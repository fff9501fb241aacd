// The what-if options change only the last payment. Rather than validate and run the whole
// scenario again per option, a replay checks what the variant changes and runs just that
// payment, on its own copy of the cover the earlier payments left, recording no trace. Under
// regional values the variant is explored like the main run (§8), from the choices the run
// that made the options already stands for.
import { explore } from './explore';
import { mergeRestorations } from './merge-restorations';
import type { Runner } from './options';
import { variantIsValid } from './payment-checks';
import type { DaySpan, EnrolmentResult, Restoration } from './result';
import { agreedPremium } from './premium';
import { coverSpan } from './restoration-days';
import type { PackChain } from './rule-pack';
import { runPayment } from './run-payment';
import type { PaymentState } from './run-payment';
import type { Circumstances, Payment, ResidentPayment, Scenario } from './scenario-schema';
import { validateScenario } from './validate';

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

  run(payment: Payment): Restoration | null {
    if (!variantIsValid(this.scenario, this.chain.base, payment)) return null;
    const index = this.scenario.payments.length - 1;
    const once = (view: PackChain) => {
      const state = { coverage: this.before.coverage.clone(), pending: this.before.pending };
      return runPayment(view, this.scenario.history, this.circumstances, state, payment, index, null).restoration;
    };
    if (!this.chain.hasRegional) return once(this.chain);
    const leaves = explore(this.chain, once);
    if (leaves.length === 1) return (leaves[0] as (typeof leaves)[number]).value;
    return mergeRestorations(leaves.map((l) => ({ restoration: l.value, conditions: l.conditions })));
  }

  /** Runner.premium: the variant run in place of the last payment, its first year's premium where every region agrees. */
  premium(payment: ResidentPayment): EnrolmentResult['premium'] | undefined {
    if (!variantIsValid(this.scenario, this.chain.base, payment)) return undefined;
    const index = this.scenario.payments.length - 1;
    const once = (view: PackChain) => {
      const state = { coverage: this.before.coverage.clone(), pending: this.before.pending };
      return runPayment(view, this.scenario.history, this.circumstances, state, payment, index, null).premium;
    };
    if (!this.chain.hasRegional) return once(this.chain);
    return agreedPremium(explore(this.chain, once).map((l) => l.value));
  }

  /** Runner.coverFrom: the variant run in place of the last payment, the first covered day of `year` over every region. */
  coverFrom(payment: ResidentPayment, year: number): DaySpan | null {
    if (!variantIsValid(this.scenario, this.chain.base, payment)) return null;
    const index = this.scenario.payments.length - 1;
    const once = (view: PackChain) => {
      const state = { coverage: this.before.coverage.clone(), pending: this.before.pending };
      return runPayment(view, this.scenario.history, this.circumstances, state, payment, index, null);
    };
    return coverSpan(this.chain.hasRegional ? explore(this.chain, once).map((l) => l.value) : [once(this.chain)], year);
  }

  /** The last payment as it stands, then `extra` after it: the follow-up plan after a made payment. */
  runAfter(extra: Payment): Restoration | null {
    const { scenario, chain } = this;
    if (!validateScenario({ ...scenario, payments: [...scenario.payments, extra] }, chain.base).ok) return null;
    const index = scenario.payments.length - 1;
    const last = scenario.payments[index] as Payment;
    const once = (view: PackChain) => {
      const state = { coverage: this.before.coverage.clone(), pending: this.before.pending };
      runPayment(view, scenario.history, this.circumstances, state, last, index, null);
      return runPayment(view, scenario.history, this.circumstances, state, extra, index + 1, null).restoration;
    };
    if (!chain.hasRegional) return once(chain);
    const leaves = explore(chain, once);
    if (leaves.length === 1) return (leaves[0] as (typeof leaves)[number]).value;
    return mergeRestorations(leaves.map((l) => ({ restoration: l.value, conditions: l.conditions })));
  }
}
