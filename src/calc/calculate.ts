// The public calculation: validate, run every payment in order, then explain.
import { Coverage } from './coverage';
import { employeeEnrolment } from './employee';
import { bonusEstimate } from './bonus';
import { computeOptions } from './options';
import type { RulePack } from './pack-schema';
import { buildPeriods, statusOn } from './periods';
import { residentEnrolment } from './resident';
import type { PendingWait } from './resident';
import type { CalculationOutcome, EnrolmentResult, Result } from './result';
import { MissingParameterError, PackChain } from './rule-pack';
import type { Scenario } from './scenario-schema';
import { Trace } from './trace';
import { validateScenario } from './validate';
import { windowFor } from './window';

interface CoreRun {
  enrolments: EnrolmentResult[];
  coverage: Coverage;
  trace: Trace;
}

function runPayments(scenario: Scenario, chain: PackChain): CoreRun {
  const trace = new Trace(chain.primary.id);
  const coverage = Coverage.fromHistory(scenario.history);
  const enrolments: EnrolmentResult[] = [];
  let pending: PendingWait | null = null;
  scenario.payments.forEach((payment, index) => {
    if (payment.scheme === 'resident') {
      const out = residentEnrolment({ chain, coverage, circumstances: scenario.circumstances, trace, pending }, payment, index);
      enrolments.push(out.result);
      pending = out.pending;
    } else {
      enrolments.push(employeeEnrolment(chain, coverage, payment, index, trace));
      pending = null;
    }
  });
  return { enrolments, coverage, trace };
}

function nextWindow(chain: PackChain, asOf: string): Result['nextWindow'] {
  const first = Number(asOf.slice(0, 4));
  for (let y = first; y <= Math.min(first + 2, chain.years.to); y++) {
    if (y < chain.years.from) continue;
    const w = windowFor(chain, y);
    if ((w.extendedEnd ?? w.end) >= asOf) return { year: w.year, start: w.start, end: w.end, extendedEnd: w.extendedEnd };
  }
  return null;
}

function toChain(packs: RulePack | readonly RulePack[]): PackChain {
  return new PackChain(Array.isArray(packs) ? packs : [packs as RulePack]);
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
    const { enrolments, coverage, trace } = runPayments(scenario, chain);
    const main = enrolments.at(-1) as EnrolmentResult;
    const run = (variant: Scenario) => {
      if (!validateScenario(variant, chain).ok) return null;
      return runPayments(variant, chain).enrolments.at(-1) ?? null;
    };
    const lastYear = main.years.at(-1);
    const usedFallback = chain.packs.length > 1 && trace.steps.some((s) => s.packId !== chain.primary.id);
    if (usedFallback) trace.note('fallback', 'fallback', 'R1', 'restoration', { packId: chain.packs.at(-1)?.id ?? null });
    const windowYear = main.years[0];
    const dates = (w: ReturnType<typeof windowFor>) => ({ year: w.year, start: w.start, end: w.end, extendedEnd: w.extendedEnd });
    const bonus =
      scenario.criticalIllness && lastYear !== undefined ? bonusEstimate(chain, coverage, scenario.criticalIllness, lastYear, trace) : null;
    const result: Result = {
      scenarioVersion: scenario.v,
      asOf: scenario.asOf,
      pack: { id: chain.primary.id, version: chain.primary.version, lastChecked: chain.primary.lastChecked, chain: chain.packs.map((p) => p.id) },
      main,
      enrolments,
      status: statusOn(scenario.asOf, scenario, enrolments),
      periods: buildPeriods(scenario, enrolments),
      window: windowYear !== undefined ? dates(windowFor(chain, windowYear)) : null,
      nextWindow: nextWindow(chain, scenario.asOf),
      warnings: trace.warnings,
      notes: trace.notes,
      trace: trace.steps,
      options: computeOptions(scenario, chain, main, run),
      bonus,
    };
    return { ok: true, result };
  } catch (error) {
    // Only an incomplete pack can get here; parseRulePack rejects those on load.
    if (error instanceof MissingParameterError) return { ok: false, errors: [{ path: ['region'], key: 'rules.missing' }] };
    throw error;
  }
}
