// The public calculation: validate, run every payment in order, then explain.
import { Coverage } from './coverage';
import { bonusEstimate } from './bonus';
import { chainOf } from './chain-memo';
import { computeOptions } from './options';
import type { RulePack } from './pack-schema';
import { periodsAndStatus } from './periods';
import { LastPaymentReplay } from './replay';
import type { CalculationOutcome, EnrolmentResult, EnrolmentWindowDates, Result } from './result';
import { MissingParameterError } from './rule-pack';
import type { PackChain } from './rule-pack';
import { allCircumstances, runPayment } from './run-payment';
import type { PaymentState } from './run-payment';
import type { Payment } from './scenario-schema';
import { Trace } from './trace';
import { validateScenario } from './validate';
import { windowFor } from './window';
import type { EnrolmentWindow } from './window';

function windowDates(w: EnrolmentWindow): EnrolmentWindowDates {
  return { year: w.year, start: w.start, end: w.end, extendedEnd: w.extendedEnd };
}

function nextWindow(chain: PackChain, asOf: string): Result['nextWindow'] {
  const first = Number(asOf.slice(0, 4));
  for (let y = first; y <= Math.min(first + 2, chain.years.to); y++) {
    if (y < chain.years.from) continue;
    const w = windowFor(chain, y);
    if ((w.extendedEnd ?? w.end) >= asOf) return windowDates(w);
  }
  return null;
}

function toChain(packs: RulePack | readonly RulePack[]): PackChain {
  return chainOf(Array.isArray(packs) ? packs : [packs as RulePack]);
}

/**
 * Pure: the same scenario and packs always give the same result. `packs` is the region's
 * pack followed by the packs it falls back to (national last), or just the national pack.
 */
export function calculate(input: unknown, packs: RulePack | readonly RulePack[]): CalculationOutcome {
  const chain = toChain(packs);
  const valid = validateScenario(input, chain);
  if (!valid.ok) return valid;
  const scenario = valid.scenario;
  try {
    const trace = new Trace(chain.primary.id);
    const lastIndex = scenario.payments.length - 1;
    const state: PaymentState = { coverage: Coverage.fromHistory(scenario.history), pending: null };
    const enrolments: EnrolmentResult[] = [];
    const circumstances = allCircumstances(scenario.circumstances);
    for (let i = 0; i < lastIndex; i++) enrolments.push(runPayment(chain, circumstances, state, scenario.payments[i] as Payment, i, trace));
    const replay = new LastPaymentReplay(scenario, chain, circumstances, state);
    const main = runPayment(chain, circumstances, state, scenario.payments[lastIndex] as Payment, lastIndex, trace);
    enrolments.push(main);
    const coverage = state.coverage;
    const lastYear = main.years.at(-1);
    const usedFallback = chain.packs.length > 1 && trace.steps.some((s) => s.packId !== chain.primary.id);
    if (usedFallback) trace.note('fallback', 'fallback', 'R1', 'restoration', { packId: chain.packs.at(-1)?.id ?? null });
    const windowYear = main.years[0];
    const bonus =
      scenario.criticalIllness && lastYear !== undefined ? bonusEstimate(chain, coverage, scenario.criticalIllness, lastYear, trace) : null;
    const { periods, status } = periodsAndStatus(scenario, enrolments);
    const result: Result = {
      scenarioVersion: scenario.v,
      asOf: scenario.asOf,
      pack: { id: chain.primary.id, version: chain.primary.version, lastChecked: chain.primary.lastChecked, chain: chain.packs.map((p) => p.id) },
      main,
      enrolments,
      status,
      periods,
      window: windowYear !== undefined ? windowDates(windowFor(chain, windowYear)) : null,
      nextWindow: nextWindow(chain, scenario.asOf),
      warnings: trace.warnings,
      notes: trace.notes,
      trace: trace.steps,
      options: computeOptions(scenario, chain, main, replay),
      bonus,
    };
    return { ok: true, result };
  } catch (error) {
    // Only an incomplete pack can get here; parseRulePack rejects those on load.
    if (error instanceof MissingParameterError) return { ok: false, errors: [{ path: ['region'], key: 'rules.missing' }] };
    throw error;
  }
}
