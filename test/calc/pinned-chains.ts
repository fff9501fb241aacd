// Test-only pack chains, registered with arbitraries' chainOf so generated scenarios can name
// them as their region: the v1 defaults fixture (RULES.md §10) and "fully pinned" children
// (§8.2) of the national pack, of the v1 fixture and of every shipped region pack.
import type { RulePack } from '../../src/calc';
import { loadPack, packIds } from '../fixtures/packs';
import { firstVariant, hashedPick, lastVariant, pinnedChain } from '../fixtures/pinned-packs';
import { v1DefaultsChain } from '../fixtures/v1-defaults';
import { chainOf, registerChain } from './arbitraries';

export const V1 = 'test-v1-defaults';

/** Fully pinned chain id → the id of the chain it pins (whose answer must hold its answer). */
export const pinnedParents = new Map<string, string>();

registerChain(V1, v1DefaultsChain());

function addPinned(id: string, parent: string, packs: RulePack[]): void {
  registerChain(id, packs);
  pinnedParents.set(id, parent);
}

/** Combinations of the national variants pinned: every first variant, every last one, and mixtures. */
export const NATIONAL_COMBINATIONS = 32;
addPinned('test-pinned-first', 'national', pinnedChain(chainOf('national'), 'test-pinned-first', firstVariant));
addPinned('test-pinned-last', 'national', pinnedChain(chainOf('national'), 'test-pinned-last', lastVariant));
for (let salt = 1; salt <= NATIONAL_COMBINATIONS - 2; salt++) addPinned(`test-pinned-mix${salt}`, 'national', pinnedChain(chainOf('national'), `test-pinned-mix${salt}`, hashedPick(salt)));
// The v1 defaults plus what they leave regional (employee.longGapWaitMonths, and any key added since).
addPinned('test-pinned-v1', V1, pinnedChain(chainOf(V1), 'test-pinned-v1', hashedPick(7)));
// Each shipped region with what it leaves regional pinned.
for (const id of packIds) if (id !== 'national') addPinned(`test-pinned-${id}`, id, pinnedChain(chainOf(id), `test-pinned-${id}`, hashedPick(id.length)));

export const pinnedIds: readonly string[] = [...pinnedParents.keys()];

/** Every pack that any chain here is made of, by id (shipped and test packs). */
export function allPacks(): Map<string, RulePack> {
  const byId = new Map<string, RulePack>();
  for (const id of packIds) byId.set(id, loadPack(id));
  for (const id of [V1, ...pinnedIds]) byId.set(id, chainOf(id)[0] as RulePack);
  return byId;
}
