// The scenarios the time-zone test (timezone.test.ts, tz-worker.ts) calculates: v2 scenarios
// over the shipped packs (national ranges included), the v1 defaults fixture and a few fully
// pinned chains, generated from UTC day numbers only, so the same seed gives the same inputs in
// every zone.
import type fc from 'fast-check';
import type { Scenario } from '../../src/calc';
import { regions } from './arbitraries';
import { pinnedIds, V1 } from './pinned-chains';
import { v2ScenarioInArb } from './v2-arbitraries';

export const tzScenarioArb: fc.Arbitrary<Scenario> = v2ScenarioInArb([...regions, V1, ...pinnedIds.slice(0, 4)], 3);
