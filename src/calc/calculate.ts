// The public calculation: validate, run every payment in order, then explain. Where the
// chosen packs leave a value this scenario reads to the region, the run is explored over the
// variants (explore.ts) and the leaves are merged into one result with a range (§8).
import { Coverage } from './coverage';
import { bonusEstimate } from './bonus';
import { chainOf } from './chain-memo';
import { explore } from './explore';
import { mergeResults } from './merge-results';
import { computeOptions } from './options';
import type { RulePack } from './pack-schema';
import { periodsAndStatus } from './periods';
import { LastPaymentReplay } from './replay';
import type { CalculationOutcome, EnrolmentResult, EnrolmentWindowDates, Result } from './result';
import { MissingParameterError } from './rule-pack';
import type { PackChain } from './rule-pack';
import { allCircumstances, runPayment } from './run-payment';
import type { PaymentState } from './run-payment';
import type { Payment, Scenario } from './scenario-schema';
import { Trace } from './trace';
import { validateScenario } from './validate';
import { pinnedWindow } from './window';

function nextWindow(chain: PackChain, asOf: string): EnrolmentWindowDates | null {
  const first = Number(asOf.slice(0, 4));
  for (let y = first; y <= Math.min(first + 2, chain.years.to); y++) {
    if (y < chain.years.from) continue;
    const w = pinnedWindow(chain, y);
    if (!w) return null;
    if ((w.extendedEnd ?? w.end) >= asOf) return w;
  }
  return null;
}

function toChain(packs: RulePack | readonly RulePack[]): PackChain {
  return chainOf(Array.isArray(packs) ? packs : [packs as RulePack]);
}

/** One run of every rule under one view of the chain (a pinned chain, or one choice of regional variants). */
function calculateOnce(scenario: Scenario, chain: PackChain): Result {
  const trace = new Trace(chain.primary.id);
  const lastIndex = scenario.payments.length - 1;
  const state: PaymentState = { coverage: Coverage.fromHistory(scenario.history), pending: null };
  const enrolments: EnrolmentResult[] = [];
  const circumstances = allCircumstances(scenario.circumstances);
  for (let i = 0; i < lastIndex; i++) enrolments.push(runPayment(chain, scenario.history, circumstances, state, scenario.payments[i] as Payment, i, trace));
  const replay = new LastPaymentReplay(scenario, chain, circumstances, state);
  const main = runPayment(chain, scenario.history, circumstances, state, scenario.payments[lastIndex] as Payment, lastIndex, trace);
  enrolments.push(main);
  const coverage = state.coverage;
  const lastYear = main.years.at(-1);
  const usedFallback = chain.packs.length > 1 && trace.steps.some((s) => s.packId !== chain.primary.id);
  if (usedFallback) trace.note('fallback', 'fallback', 'R1', 'restoration', { packId: chain.packs.at(-1)?.id ?? null });
  const windowYear = main.years[0];
  const bonus = scenario.criticalIllness && lastYear !== undefined ? bonusEstimate(chain, coverage, scenario.criticalIllness, lastYear, trace) : null;
  const { periods, status } = periodsAndStatus(scenario, enrolments);
  return {
    scenarioVersion: scenario.v,
    asOf: scenario.asOf,
    pack: { id: chain.primary.id, version: chain.primary.version, lastChecked: chain.primary.lastChecked, chain: chain.packs.map((p) => p.id) },
    main,
    enrolments,
    status,
    periods,
    window: windowYear !== undefined ? pinnedWindow(chain, windowYear) : null,
    nextWindow: nextWindow(chain, scenario.asOf),
    warnings: trace.warnings,
    notes: trace.notes,
    trace: trace.steps,
    options: computeOptions(scenario, chain, main, replay),
    bonus,
    regional: [],
  };
}

/**
 * Pure: the same scenario and packs always give the same result, and no input makes it throw.
 * `packs` is the region's pack followed by the packs it falls back to (national last), or just
 * the national pack. Invalid scenarios give `ok: false` with a path and message key per problem.
 */
export function calculate(input: unknown, packs: RulePack | readonly RulePack[]): CalculationOutcome {
  const chain = toChain(packs);
  const valid = validateScenario(input, chain);
  if (!valid.ok) return valid;
  const scenario = valid.scenario;
  try {
    const leaves = explore(chain, (view) => calculateOnce(scenario, view));
    const result = leaves.length === 1 ? (leaves[0] as (typeof leaves)[number]).value : mergeResults(scenario, leaves);
    return { ok: true, result };
  } catch (error) {
    // Only an incomplete pack can get here; parseRulePack rejects those on load.
    if (error instanceof MissingParameterError) return { ok: false, errors: [{ path: ['region'], key: 'rules.missing' }] };
    return { ok: false, errors: [{ path: [], key: 'rules.failed' }] };
  }
}
