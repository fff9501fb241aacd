// Throughput of calculate() on one core: a fixed set of 5,000 generated scenarios (fixed
// seed, so runs compare across commits), warmed up, then timed over several passes.
// Prints a table and writes bench-results/calc.json. Target: >= 100,000 scenarios/s.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { calculate } from '../../src/calc';
import type { RulePack, Scenario } from '../../src/calc';
import { chainOf, scenarioArb } from '../calc/arbitraries';

const SEED = 20260101;
const SCENARIOS = 5000;
const WARMUP_PASSES = 3;
const RUNS = 7;
const TARGET_PER_SECOND = 100_000;

const scenarios: Scenario[] = fc.sample(scenarioArb, { seed: SEED, numRuns: SCENARIOS });
// Chains are loaded once, as the app does: the bench times the calculation, not JSON parsing.
const work: [Scenario, RulePack[]][] = scenarios.map((s) => [s, chainOf(s.region)]);

let ok = 0;
let invalid = 0;
for (const [s, chain] of work) {
  if (calculate(s, chain).ok) ok++;
  else invalid++;
}

/** Keeps the results alive so the engine cannot drop the calls as dead code. */
let sink = 0;

interface Pass {
  /** Wall-clock seconds: the figure the target is about. */
  seconds: number;
  /** CPU seconds of this process (all its threads, so GC helpers count): steadier than wall time on a busy machine. */
  cpuSeconds: number;
}

function pass(): Pass {
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

for (let i = 0; i < WARMUP_PASSES; i++) pass();
const passes = Array.from({ length: RUNS }, pass);
const seconds = passes.map((p) => p.seconds);
const perSecond = seconds.map((s) => SCENARIOS / s);
const perCpuSecond = passes.map((p) => SCENARIOS / p.cpuSeconds);
const cpuMedian = [...perCpuSecond].sort((a, b) => a - b)[Math.floor(RUNS / 2)] as number;
const [load1] = loadavg();
const sorted = [...perSecond].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)] as number;
const min = sorted[0] as number;
const max = sorted.at(-1) as number;

const fmt = (n: number) => Math.round(n).toLocaleString('en-US').padStart(9);
console.log(`calculate() on ${SCENARIOS} fixed scenarios (seed ${SEED}): ${ok} ok, ${invalid} invalid; node ${process.version}`);
console.log('run  ms/pass  scenarios/s  per CPU-s');
passes.forEach((p, i) =>
  console.log(`${String(i + 1).padStart(3)}  ${(p.seconds * 1000).toFixed(1).padStart(7)}  ${fmt(perSecond[i] as number)}    ${fmt(perCpuSecond[i] as number)}`),
);
console.log(`median ${fmt(median)}  min ${fmt(min)}  max ${fmt(max)}  (per CPU-s median ${fmt(cpuMedian)})`);
console.log(`target ${fmt(TARGET_PER_SECOND)}: ${median >= TARGET_PER_SECOND ? 'OK' : 'BELOW TARGET'}; 1-min load average ${load1?.toFixed(2)} on ${cpus().length} cores`);

const outDir = fileURLToPath(new URL('../../bench-results/', import.meta.url));
mkdirSync(outDir, { recursive: true });
const report = {
  bench: 'calculate',
  date: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model ?? null,
  seed: SEED,
  scenarios: SCENARIOS,
  ok,
  invalid,
  warmupPasses: WARMUP_PASSES,
  loadAverage1m: load1,
  cores: cpus().length,
  runs: passes.map((p, i) => ({ seconds: p.seconds, cpuSeconds: p.cpuSeconds, scenariosPerSecond: perSecond[i], scenariosPerCpuSecond: perCpuSecond[i] })),
  medianPerSecond: median,
  medianPerCpuSecond: cpuMedian,
  minPerSecond: min,
  maxPerSecond: max,
  targetPerSecond: TARGET_PER_SECOND,
  meetsTarget: median >= TARGET_PER_SECOND,
  sink,
};
writeFileSync(`${outDir}calc.json`, `${JSON.stringify(report, null, 2)}\n`);
console.log(`wrote ${outDir}calc.json`);
