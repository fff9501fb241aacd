// (g) Time-zone independence: the same scenarios (v2, over the shipped packs, the v1 defaults
// and fully pinned chains: tz-scenarios.ts), calculated in child processes started with
// different TZ values, give byte-identical JSON. The zones span UTC-8 to UTC+14, so a stray
// local-time Date call would shift a day somewhere in 2,000 scenarios.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tzScenarioArb } from './tz-scenarios';
import type { TzWorkerReport } from './tz-worker';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const worker = fileURLToPath(new URL('./tz-worker.ts', import.meta.url));

const SEED = 20260101;
const COUNT = 2000;
/** Zone and its offset from Date#getTimezoneOffset on 1 Jan 2025 (minutes behind UTC). */
const ZONES: [string, number][] = [
  ['UTC', 0],
  ['Asia/Shanghai', -480],
  ['America/Los_Angeles', 480],
  ['Pacific/Kiritimati', -840],
];

async function runIn(tz: string): Promise<TzWorkerReport> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', worker, String(SEED), String(COUNT)], {
    cwd: root,
    env: { ...process.env, TZ: tz },
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout) as TzWorkerReport;
}

describe('(g) time-zone independence', () => {
  it(`gives identical results for ${COUNT} scenarios in ${ZONES.map(([z]) => z).join(', ')}`, async () => {
    const reports = await Promise.all(ZONES.map(([tz]) => runIn(tz)));
    const [reference] = reports as [TzWorkerReport];

    reports.forEach((report, i) => {
      const [tz, offset] = ZONES[i] as [string, number];
      // Without this, a TZ the child ignored would make the comparison vacuous.
      expect({ zone: report.zone, offsetMinutes: report.offsetMinutes }).toEqual({ zone: tz, offsetMinutes: offset });
      expect(report.count).toBe(COUNT);
      // The generator itself must not depend on the zone, or we would compare different inputs.
      expect(report.inputHash, `inputs differ in ${tz}`).toBe(reference.inputHash);
    });
    expect(reference.ok / COUNT).toBeGreaterThan(0.85);
    expect(reference.ranges).toBeGreaterThan(COUNT / 10);

    for (const [i, report] of reports.entries()) {
      if (report.outputHash === reference.outputHash) continue;
      const index = report.outcomes.findIndex((h, k) => h !== reference.outcomes[k]);
      const scenario = fc.sample(tzScenarioArb, { seed: SEED, numRuns: COUNT })[index];
      expect.fail(`${ZONES[i]?.[0]} differs from UTC first at scenario #${index}: ${JSON.stringify(scenario)}`);
    }
  }, 120_000);
});
