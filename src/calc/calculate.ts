// The public calculation: validate, run every payment in order, then explain. Where the
// chosen packs leave a value this scenario reads to the region, the run is explored over the
// variants (explore.ts) and the leaves are merged into one result with a range (§8): every
// leaf runs with notes only, the one whose answer comes last runs again with its full trace
// (that is the explanation shown), and each what-if option is explored on its own.
import { withAdvisories } from './advisories';
import { Coverage } from './coverage';
import { bonusEstimate } from './bonus';
import { chainOf } from './chain-memo';
import { explore } from './explore';
import { explorePayments, mergeBranches, residentYearsOnly, stepBranches } from './explore-payments';
import type { PaymentBranch, RunWays } from './explore-payments';
import { lastInWindowDay, statedWindow } from './enrolment-window';
import { mergeRestorations } from './merge-restorations';
import { mergeResults } from './merge-results';
import { markQuietNotes } from './quiet-notes';
import { coverSpan, lastDay } from './restoration-days';
import { computeOptions, gapMonths } from './options';
import type { PlanRun, Runner } from './options';
import type { RulePack } from './pack-schema';
import { variantIsValid } from './payment-checks';
import { periodsAndStatus } from './periods';
import { agreedPremium } from './premium';
import { LastPaymentReplay } from './replay';
import type { BonusEstimate, CalculationOutcome, DaySpan, EnrolmentResult, Restoration, Result, ResultWindow } from './result';
import { Branch, MissingParameterError } from './rule-pack';
import type { PackChain } from './rule-pack';
import { runPayment } from './run-payment';
import type { PaymentState } from './run-payment';
import type { Circumstances, CriticalIllnessInput, Payment, ResidentPayment, Scenario } from './scenario-schema';
import { noteKeyOf, Trace } from './trace';
import { validateScenario } from './validate';

/** A trace for `chain`: steps that read no pack value are based on its baseline; values from a fallback pack are noticed. */
function traceFor(chain: PackChain): Trace {
  return chain.packs.length > 1 ? new Trace(chain.baseline.id, chain.primary.id) : new Trace(chain.baseline.id);
}

/** The first window not closed on `asOf` (within two years), where the chain pins it: its start may be only the typical one. */
function nextWindow(chain: PackChain, asOf: string): ResultWindow | null {
  const first = Number(asOf.slice(0, 4));
  for (let y = first; y <= Math.min(first + 2, chain.years.to); y++) {
    if (y < chain.years.from) continue;
    const w = statedWindow(chain, y);
    if (!w) {
      // A window left to the region that has closed in every region by `asOf` is behind the
      // person, as a closed pinned one is: the next year's may be pinned (江西 states 2026's, not
      // 2025's, and "no dates for your region's next window" sat beside an option to pay in it).
      const last = lastInWindowDay(chain.packs, y);
      if (last !== null && last < asOf) continue;
      return null;
    }
    if ((w.extendedEnd ?? w.end) >= asOf) return w;
  }
  return null;
}

function toChain(packs: RulePack | readonly RulePack[]): PackChain {
  return chainOf(Array.isArray(packs) ? packs : [packs as RulePack]);
}

/**
 * The what-if options under regional values: the variant of the last payment is run from every
 * way the payments before it can have gone, its regional values explored, and its answers merged.
 */
class ExploringRunner implements Runner {
  /** `after`, with the branches that left the same state merged, by how resident cover is compared (mergeBranches): made on first use. */
  private afterMerged: Map<boolean, PaymentBranch[]> | undefined;

  constructor(
    private readonly scenario: Scenario,
    private readonly chain: PackChain,
    private readonly circumstances: Circumstances,
    private readonly before: readonly PaymentBranch[],
    private readonly after: readonly PaymentBranch[],
  ) {}

  run(payment: Payment): Restoration | null {
    const { scenario, chain, circumstances } = this;
    if (!variantIsValid(scenario, chain, payment)) return null;
    const step = stepBranches(chain, scenario, circumstances, this.before, payment, scenario.payments.length - 1, null, false);
    return mergeRestorations(step.answers);
  }

  /** Runner.premium: the variant from every branch before the last payment, its first year's premium where every run agrees. */
  premium(payment: ResidentPayment): EnrolmentResult['premium'] | undefined {
    const runs = this.runs(payment);
    return runs ? agreedPremium(runs.map((e) => e.premium)) : undefined;
  }

  /** Runner.coverFrom: the variant from every branch before the last payment, the first covered day of `year` over every run. */
  coverFrom(payment: ResidentPayment, year: number): DaySpan | null {
    const runs = this.runs(payment);
    return runs ? coverSpan(runs, year) : null;
  }

  /** Runner.repairRuns: the variant from every branch before the last payment, each run's useful repair years and every way to it (as the plan's runs). */
  repairRuns(payment: ResidentPayment): PlanRun[] | null {
    const { scenario, chain, circumstances } = this;
    if (!variantIsValid(scenario, chain, payment)) return null;
    const step = stepBranches(chain, scenario, circumstances, this.before, payment, scenario.payments.length - 1, null);
    return step.runs.map((e, i) => ({ useful: e.waiting?.usefulRepairYears ?? 0, ...(step.runWays[i] as RunWays) }));
  }

  /** The enrolments of `payment` run in place of the last payment from every branch before it; null where the variant is invalid. */
  private runs(payment: ResidentPayment): EnrolmentResult[] | null {
    const { scenario, chain, circumstances } = this;
    if (!variantIsValid(scenario, chain, payment)) return null;
    return stepBranches(chain, scenario, circumstances, this.before, payment, scenario.payments.length - 1, null, false).runs;
  }

  /**
   * The last payment as it stands, then `extra` after it, from every branch (the follow-up plan
   * after a made payment). The last payment's own branches are the main exploration's: runs are
   * pure, so running it again from `before` would give the same ones.
   */
  runAfter(extra: Payment): Restoration | null {
    const { scenario, chain, circumstances } = this;
    if (!validateScenario({ ...scenario, payments: [...scenario.payments, extra] }, chain).ok) return null;
    // Runs that left the same cover and running wait are one for the payment after them, as
    // between the plan's own payments: without merging, each of the last payment's runs would
    // explore the extra payment's values again (dozens of runs each).
    // Every way each merged branch was reached is kept (full): merging must not drop the conditions an outcome lists.
    const yearsOnly = residentYearsOnly(scenario) && extra.scheme === 'resident';
    const merged = (this.afterMerged ??= new Map()).get(yearsOnly) ?? mergeBranches(this.after, yearsOnly);
    this.afterMerged.set(yearsOnly, merged);
    return mergeRestorations(stepBranches(chain, scenario, circumstances, merged, extra, scenario.payments.length, null).answers);
  }
}

/** A result, with the runner its options were made with (null without options): the advisories run variants too. */
interface Calculated {
  result: Result;
  runner: Runner | null;
}

/** One run of every rule under one view of the chain (a pinned chain, or one choice of regional variants). */
function calculateOnce(scenario: Scenario, chain: PackChain, trace: Trace, withOptions: boolean): Calculated {
  const lastIndex = scenario.payments.length - 1;
  const state: PaymentState = { coverage: Coverage.fromHistory(scenario.history), pending: null };
  const enrolments: EnrolmentResult[] = [];
  const circumstances = scenario.circumstances;
  for (let i = 0; i < lastIndex; i++) enrolments.push(runPayment(chain, scenario.history, circumstances, state, scenario.payments[i] as Payment, i, trace, scenario.payments[i + 1]));
  const replay = withOptions ? new LastPaymentReplay(scenario, chain, circumstances, state) : null;
  const main = runPayment(chain, scenario.history, circumstances, state, scenario.payments[lastIndex] as Payment, lastIndex, trace);
  enrolments.push(main);
  const coverage = state.coverage;
  const lastYear = main.years.at(-1);
  // A value read from a pack the region's falls back to; not a step that read none (its basis is the baseline by default).
  const usedFallback = trace.readFallback;
  if (usedFallback) trace.note('fallback', 'fallback', 'R1', 'restoration', { packId: chain.packs.at(-1)?.id ?? null });
  const windowYear = main.years[0];
  const bonus = scenario.criticalIllness && lastYear !== undefined ? bonusEstimate(chain, coverage, scenario.criticalIllness, lastYear, trace) : null;
  const { periods, status } = periodsAndStatus(scenario, enrolments);
  const result: Result = {
    scenarioVersion: scenario.v,
    asOf: scenario.asOf,
    pack: { id: chain.primary.id, version: chain.primary.version, lastChecked: chain.primary.lastChecked, chain: chain.packs.map((p) => p.id) },
    main,
    enrolments,
    status,
    periods,
    window: windowYear !== undefined ? statedWindow(chain, windowYear) : null,
    nextWindow: nextWindow(chain, scenario.asOf),
    warnings: trace.warnings,
    notes: trace.notes,
    trace: trace.steps,
    // The plan's own restoration is the main run's: the options need not run it again.
    options: replay ? computeOptions(scenario, chain, replay, { useful: main.waiting?.usefulRepairYears ?? 0, gap: gapMonths(main) }, main.restoration) : [],
    bonus,
    regional: [],
  };
  return { result, runner: replay };
}

/**
 * Of two runs that agree on the first covered day, whether `a` is the more cautious for the years
 * after it: year by year over every year either covers, the first that differs starts later in
 * `a`, or `a` does not cover it at all (海南 covers a newborn's next year, most regions do not; a
 * newborn's next-year premium waits in some regions: partlyCovered).
 */
function laterYears(a: EnrolmentResult, b: EnrolmentResult): boolean {
  const years = [...new Set([...a.coveredYears, ...b.coveredYears].map((c) => c.year))].sort((x, y) => x - y);
  for (const y of years) {
    const fa = a.coveredYears.find((c) => c.year === y)?.from ?? '9999-12-31';
    const fb = b.coveredYears.find((c) => c.year === y)?.from ?? '9999-12-31';
    if (fa !== fb) return fa > fb;
  }
  return false;
}

/**
 * B1-B4 under regional values (§8): the estimate of the run explained, with the least and most of
 * each amount over every way the payments can have gone (`after`: each leaves its own cover) and
 * every variant of the bonus rules each way reads, where they differ. A year paid late counts as covered only where the region still took it (R1b).
 */
function withBonusSpread(chain: PackChain, bonus: BonusEstimate, input: CriticalIllnessInput, after: readonly PaymentBranch[]): BonusEstimate {
  const span = (pick: (b: BonusEstimate) => number, all: BonusEstimate[]): [number, number] => [Math.min(...all.map(pick)), Math.max(...all.map(pick))];
  // Each way under its own choices, and every variant of the bonus values a chain leaves to regions
  // (B2's next year paid under the national rules) that it reads. Their steps and
  // notes are not shown (the run explained has its own): one trace takes them all.
  const unused = traceFor(chain);
  const all = [bonus, ...after.flatMap((b) => explore(chain, (view) => bonusEstimate(view, b.state.coverage, input, bonus.year, unused), b.path).map((leaf) => leaf.value))];
  const spread: NonNullable<BonusEstimate['spread']> = { continuityYuan: span((b) => b.continuityYuan, all), noClaimYuan: span((b) => b.noClaimYuan, all), upliftYuan: span((b) => b.upliftYuan, all), capWithBonusYuan: span((b) => b.capWithBonusYuan, all) };
  // The cut for lapse years (B4), where every way states one: more lapse years where a year paid late was not taken.
  if (all.every((b) => b.lapseCutYuan !== null)) spread.lapseCutYuan = span((b) => b.lapseCutYuan as number, all);
  const differs = Object.values(spread).some(([low, high]) => low !== high);
  // B2's lost no-claim years over every way: a year some ways lose and others count is lost in some regions only.
  const lost = [...new Set(all.flatMap((b) => b.noClaimNeedsNextYear.years))].sort((a, b) => a - b);
  const lostEverywhere = all.every((b) => b.noClaimNeedsNextYear.years.length === lost.length);
  const noClaimNeedsNextYear = { years: lost, regional: !lostEverywhere || all.some((b) => b.noClaimNeedsNextYear.regional) };
  if (!differs) return lost.length === bonus.noClaimNeedsNextYear.years.length && noClaimNeedsNextYear.regional === bonus.noClaimNeedsNextYear.regional ? bonus : { ...bonus, noClaimNeedsNextYear };
  // Said beside a span of uplifts: "limited by the cap" where every way was, "in some cases" where some were.
  const capped = all.filter((b) => b.capped).length;
  if (capped > 0) spread.capped = capped === all.length ? 'all' : 'some';
  return { ...bonus, noClaimNeedsNextYear, spread };
}

/** The explored calculation (§8): payment by payment, the run with the latest date again in full, options from every branch. */
function calculateExplored(scenario: Scenario, chain: PackChain): Calculated {
  const circumstances = scenario.circumstances;
  const explored = explorePayments(chain, scenario, circumstances);
  // The run explained is the one with the latest date: a run that gives no cover explains no wait,
  // so it is shown only where no run gives a date (the no-cover outcome has its own line and warning).
  const shownKey = (b: PaymentBranch) => {
    const r = (b.enrolments.at(-1) as EnrolmentResult).restoration;
    return r.kind === 'noCover' ? '' : lastDay(r);
  };
  let base = explored.after[0] as PaymentBranch;
  let held = shownKey(base);
  for (const b of explored.after) {
    const k = shownKey(b);
    if (k > held || (k === held && laterYears(b.enrolments.at(-1) as EnrolmentResult, base.enrolments.at(-1) as EnrolmentResult))) {
      base = b;
      held = k;
    }
  }
  const shown = explore(chain, (view) => calculateOnce(scenario, view, traceFor(chain), false).result, base.path)[0]?.value as Result;
  const merged = mergeResults(scenario, explored, shown);
  if (merged.bonus && scenario.criticalIllness) merged.bonus = withBonusSpread(chain, merged.bonus, scenario.criticalIllness, explored.after);
  // Options vary only the last payment; which repair years could help, and which gap a back-payment
  // covers, is the most any run allows (the run shown may be one with no wait, e.g. no cover this year).
  const lastRuns = explored.runs.at(-1) ?? [];
  const useful = Math.max(0, ...lastRuns.map((e) => e.waiting?.usefulRepairYears ?? 0));
  const gap = Math.max(0, ...lastRuns.map(gapMonths));
  // Each run's own useful repair years, with the ways to it: a repair option says where its years help (R5, §8).
  const lastWays = explored.runWays.at(-1) ?? [];
  const runs = lastRuns.map((e, i) => ({ useful: e.waiting?.usefulRepairYears ?? 0, ...(lastWays[i] as RunWays) }));
  const runner = new ExploringRunner(scenario, chain, circumstances, explored.beforeLast, explored.after);
  merged.options = computeOptions(scenario, chain, runner, { useful, gap, runs }, merged.main.restoration);
  // With the options known, the notes that change none of their dates nor the plan's (quiet-notes.ts).
  merged.notes = markQuietNotes(merged, explored, new Set(shown.notes.filter((n) => !n.changesNothing).map(noteKeyOf)));
  return { result: merged, runner };
}

/**
 * A chain with regional values: one full run first, since most scenarios read none of them
 * or only values every variant agrees on. Only a run that branches is explored. (The options
 * explore their own variants inside; a branch can only escape from the main run.)
 */
function calculateRegional(scenario: Scenario, chain: PackChain): Calculated {
  try {
    return calculateOnce(scenario, chain, traceFor(chain), true);
  } catch (thrown) {
    if (!(thrown instanceof Branch)) throw thrown;
  }
  return calculateExplored(scenario, chain);
}

/**
 * Pure: the same scenario and packs always give the same result, and no input makes it throw.
 * `packs` is the region's pack followed by the packs it falls back to (national last), or just
 * the national pack. Invalid scenarios give `ok: false` with a path and message key per problem.
 */
export function calculate(input: unknown, packs: RulePack | readonly RulePack[]): CalculationOutcome {
  try {
    const chain = toChain(packs);
    if (chain.packs.length === 0) return { ok: false, errors: [{ path: ['region'], key: 'rules.missing' }] };
    // Every optional key present (readScenario): the rules read one shape of scenario.
    const valid = validateScenario(input, chain, true);
    if (!valid.ok) return valid;
    const scenario = valid.scenario;
    const { result, runner } = chain.hasRegional ? calculateRegional(scenario, chain) : calculateOnce(scenario, chain, traceFor(chain), true);
    return { ok: true, result: withAdvisories(result, scenario, chain, runner) };
  } catch (error) {
    // Only an incomplete pack can get here; parseRulePack rejects those on load.
    if (error instanceof MissingParameterError) return { ok: false, errors: [{ path: ['region'], key: 'rules.missing' }] };
    return { ok: false, errors: [{ path: [], key: 'rules.failed' }] };
  }
}
