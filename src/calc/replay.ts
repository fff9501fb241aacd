// The what-if options change only the last payment. Rather than validate and run the whole
// scenario again per option, a replay checks what the variant changes and runs just that
// payment, on its own copy of the cover the earlier payments left, recording no trace. Under
// regional values the variant is explored like the main run (§8), from the choices the run
// that made the options already stands for.
import { explore } from './explore';
import type { Leaf } from './explore';
import { mergeRestorations } from './merge-restorations';
import type { PlanRun, Runner } from './options';
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

  /** `payment` run in place of the last payment from the cover the earlier ones left, once per regional view; null where the variant is invalid. */
  private runs(payment: Payment): Leaf<EnrolmentResult>[] | null {
    if (!variantIsValid(this.scenario, this.chain.base, payment)) return null;
    const index = this.scenario.payments.length - 1;
    return explore(this.chain, (view) => runPayment(view, this.scenario.history, this.circumstances, { coverage: this.before.coverage.clone(), pending: this.before.pending }, payment, index, null));
  }

  run(payment: Payment): Restoration | null {
    const leaves = this.runs(payment);
    if (!leaves) return null;
    if (leaves.length === 1) return (leaves[0] as Leaf<EnrolmentResult>).value.restoration;
    return mergeRestorations(leaves.map((l) => ({ restoration: l.value.restoration, conditions: l.conditions })));
  }

  /** Runner.premium: the variant run in place of the last payment, its first year's premium where every region agrees. */
  premium(payment: ResidentPayment): EnrolmentResult['premium'] | undefined {
    const leaves = this.runs(payment);
    return leaves ? agreedPremium(leaves.map((l) => l.value.premium)) : undefined;
  }

  /** Runner.coverFrom: the variant run in place of the last payment, the first covered day of `year` over every region. */
  coverFrom(payment: ResidentPayment, year: number): DaySpan | null {
    const leaves = this.runs(payment);
    return leaves ? coverSpan(leaves.map((l) => l.value), year) : null;
  }

  /** Runner.repairRuns: the variant run in place of the last payment, each region's useful repair years and the conditions of its view. */
  repairRuns(payment: ResidentPayment): PlanRun[] | null {
    const leaves = this.runs(payment);
    return leaves ? leaves.map((l) => ({ useful: l.value.waiting?.usefulRepairYears ?? 0, when: [l.conditions], incomplete: false })) : null;
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
