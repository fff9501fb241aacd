// Child process of timezone.test.ts: runs calculate() over a fixed sample of generated
// scenarios and prints hashes of inputs and outputs as one JSON line. The parent runs it
// under several TZ values; the calculator must not notice.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { calculate } from '../../src/calc';
import { chainOf } from './arbitraries';
import { tzScenarioArb } from './tz-scenarios';

export interface TzWorkerReport {
  tz: string | null;
  /** The zone the process actually runs in, to prove TZ took effect. */
  zone: string;
  /** Minutes behind UTC on 1 Jan 2025 at 00:00 UTC, as Date sees it locally. */
  offsetMinutes: number;
  count: number;
  ok: number;
  /** Results whose main restoration is a range (RULES.md §8): the regional runs must agree too. */
  ranges: number;
  inputHash: string;
  outputHash: string;
  /** Short hash of each outcome, to name the first scenario that differs. */
  outcomes: string[];
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

const seed = Number(process.argv[2] ?? 20260101);
const count = Number(process.argv[3] ?? 2000);
const scenarios = fc.sample(tzScenarioArb, { seed, numRuns: count });

const inputs = createHash('sha256');
const outputs = createHash('sha256');
const outcomes: string[] = [];
let ok = 0;
let ranges = 0;
for (const s of scenarios) {
  const input = JSON.stringify(s);
  const outcome = calculate(s, chainOf(s.region));
  if (outcome.ok) ok++;
  if (outcome.ok && outcome.result.main.restoration.kind === 'range') ranges++;
  const output = JSON.stringify(outcome);
  inputs.update(input);
  outputs.update(output);
  outcomes.push(sha(output).slice(0, 16));
}

const report: TzWorkerReport = {
  tz: process.env.TZ ?? null,
  zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  offsetMinutes: new Date(Date.UTC(2025, 0, 1)).getTimezoneOffset(),
  count,
  ok,
  ranges,
  inputHash: inputs.digest('hex'),
  outputHash: outputs.digest('hex'),
  outcomes,
};
process.stdout.write(`${JSON.stringify(report)}\n`);
