// Throughput of calculate() on one core, two ways, on the same fixed set of 5,000 generated v2
// scenarios (fixed seed, so runs compare across commits), warmed up, then timed over several passes:
//  1. pinned: a chain that pins every value the scenarios read (the v1 national defaults of
//     RULES.md §10 with what they leave regional pinned too): one run per scenario.
//     Target: >= 100,000 scenarios/s.
//  2. national: the shipped national pack, whose regional values make many answers ranges (§8):
//     every branch is run. Target: >= 20,000 scenarios/s.
// Prints a table per measurement and writes bench-results/calc.json (the pinned figures at the
// top level, as before; the national ones under `national`).
//
// The calculator is timed as it ships: src/calc bundled and minified by esbuild with the build's
// target, as Vite's production build does, not as tsx runs the sources (tsx keeps function names,
// which wraps every closure the rules make in a naming call: about a fifth of the pinned time).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import fc from 'fast-check';
import type * as Calc from '../../src/calc';
import type { RulePack, Scenario } from '../../src/calc';
import { chainOf, registerChain } from '../calc/arbitraries';
import { v2ScenarioInArb } from '../calc/v2-arbitraries';
import { hashedPick, pinnedChain } from '../fixtures/pinned-packs';
import { v1DefaultsChain } from '../fixtures/v1-defaults';

const SEED = 20260101;
const SCENARIOS = 5000;
const WARMUP_PASSES = 3;
const RUNS = 7;
/** A pass slower than this gets fewer warm-ups and runs, so a slow engine still finishes in minutes. */
const SLOW_PASS_SECONDS = 3;
const TARGET_PINNED = 100_000;
const TARGET_NATIONAL = 20_000;

/** The build's JavaScript target (vite.config.ts `build.target`). */
const BUILD_TARGET = 'es2022';

/** src/calc as the production build would ship it, loaded from a temporary file. */
async function shippedCalculator(): Promise<typeof Calc> {
  const dir = mkdtempSync(join(tmpdir(), 'calc-bench-'));
  const file = join(dir, 'calc.mjs');
  try {
    buildSync({ entryPoints: [fileURLToPath(new URL('../../src/calc/index.ts', import.meta.url))], bundle: true, format: 'esm', platform: 'neutral', minify: true, target: BUILD_TARGET, outfile: file, logLevel: 'error' });
    return (await import(pathToFileURL(file).href)) as typeof Calc;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const { calculate } = await shippedCalculator();

const PINNED = 'bench-pinned-v1';
registerChain(PINNED, pinnedChain(v1DefaultsChain(), PINNED, hashedPick(7)));

// The same scenario genes for both measurements: only the chain (and the region id) differs.
const generated: Scenario[] = fc.sample(v2ScenarioInArb([PINNED]), { seed: SEED, numRuns: SCENARIOS });
// Chains are loaded once, as the app does: the bench times the calculation, not JSON parsing.
const pinnedWork: [Scenario, RulePack[]][] = generated.map((s) => [s, chainOf(PINNED)]);
const nationalWork: [Scenario, RulePack[]][] = generated.map((s) => [{ ...s, region: 'national' }, chainOf('national')]);

/** Keeps the results alive so the engine cannot drop the calls as dead code. */
let sink = 0;

interface Pass {
  /** Wall-clock seconds: the figure the target is about. */
  seconds: number;
  /** CPU seconds of this process (all its threads, so GC helpers count): steadier than wall time on a busy machine. */
  cpuSeconds: number;
}

function pass(work: [Scenario, RulePack[]][]): Pass {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (const [s, chain] of work) {
    const outcome = calculate(s, chain);
    sink += outcome.ok ? outcome.result.enrolments.length : outcome.errors.length;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  return { seconds, cpuSeconds: (used.user + used.system) / 1e6 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US').padStart(9);

function measure(label: string, work: [Scenario, RulePack[]][], target: number) {
  let ok = 0;
  let invalid = 0;
  let ranges = 0;
  for (const [s, chain] of work) {
    const outcome = calculate(s, chain);
    if (!outcome.ok) invalid++;
    else {
      ok++;
      if (outcome.result.main.restoration.kind === 'range') ranges++;
    }
  }
  const first = pass(work);
  const slow = first.seconds > SLOW_PASS_SECONDS;
  const warmups = slow ? 0 : WARMUP_PASSES - 1;
  const runs = slow ? 3 : RUNS;
  for (let i = 0; i < warmups; i++) pass(work);
  const passes = Array.from({ length: runs }, () => pass(work));
  const perSecond = passes.map((p) => SCENARIOS / p.seconds);
  const perCpuSecond = passes.map((p) => SCENARIOS / p.cpuSeconds);
  const med = median(perSecond);
  const min = Math.min(...perSecond);
  const max = Math.max(...perSecond);
  const cpuMedian = median(perCpuSecond);

  console.log(`\n${label}: calculate() on ${SCENARIOS} fixed scenarios (seed ${SEED}): ${ok} ok (${ranges} ranges), ${invalid} invalid; node ${process.version}`);
  console.log('run  ms/pass  scenarios/s  per CPU-s');
  passes.forEach((p, i) => console.log(`${String(i + 1).padStart(3)}  ${(p.seconds * 1000).toFixed(1).padStart(7)}  ${fmt(perSecond[i] as number)}    ${fmt(perCpuSecond[i] as number)}`));
  console.log(`median ${fmt(med)}  min ${fmt(min)}  max ${fmt(max)}  (per CPU-s median ${fmt(cpuMedian)})${slow ? `  [slow: ${1 + warmups} warm-up, ${runs} timed passes]` : ''}`);
  console.log(`target ${fmt(target)}: ${med >= target ? 'OK' : 'BELOW TARGET'}`);
  return {
    chain: work[0]?.[1].map((p) => p.id) ?? [],
    ok,
    invalid,
    ranges,
    warmupPasses: 1 + warmups,
    runs: passes.map((p, i) => ({ seconds: p.seconds, cpuSeconds: p.cpuSeconds, scenariosPerSecond: perSecond[i], scenariosPerCpuSecond: perCpuSecond[i] })),
    medianPerSecond: med,
    medianPerCpuSecond: cpuMedian,
    minPerSecond: min,
    maxPerSecond: max,
    targetPerSecond: target,
    meetsTarget: med >= target,
  };
}

const pinned = measure('pinned chain (v1 defaults, fully pinned)', pinnedWork, TARGET_PINNED);
const national = measure('national pack (regional values explored, ranges)', nationalWork, TARGET_NATIONAL);
const [load1] = loadavg();
console.log(`\n1-min load average ${load1?.toFixed(2)} on ${cpus().length} cores`);

const outDir = fileURLToPath(new URL('../../bench-results/', import.meta.url));
mkdirSync(outDir, { recursive: true });
const report = {
  bench: 'calculate',
  date: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model ?? null,
  seed: SEED,
  scenarios: SCENARIOS,
  loadAverage1m: load1,
  cores: cpus().length,
  // The pinned measurement at the top level, where earlier reports had their one figure.
  ...pinned,
  national,
  sink,
};
writeFileSync(`${outDir}calc.json`, `${JSON.stringify(report, null, 2)}\n`);
console.log(`wrote ${outDir}calc.json`);
