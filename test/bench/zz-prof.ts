import fc from 'fast-check';
import { calculate } from '../../src/calc';
import type { Scenario } from '../../src/calc';
import { chainOf, registerChain } from '../calc/arbitraries';
import { v2ScenarioInArb } from '../calc/v2-arbitraries';
import { hashedPick, pinnedChain } from '../fixtures/pinned-packs';
import { v1DefaultsChain } from '../fixtures/v1-defaults';
const PINNED = 'bench-pinned-v1';
registerChain(PINNED, pinnedChain(v1DefaultsChain(), PINNED, hashedPick(7)));
const generated: Scenario[] = fc.sample(v2ScenarioInArb([PINNED]), { seed: 20260101, numRuns: 5000 });
const c = chainOf(PINNED);
let sink = 0;
for (let p = 0; p < 40; p++) { const t = performance.now(); for (const s of generated) { const o = calculate(s, c); sink += o.ok ? 1 : 0; } if (p % 10 === 9) console.log(5000 / ((performance.now() - t) / 1000)); }
console.log(sink);
