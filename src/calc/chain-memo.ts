// calculate() receives plain pack arrays; building a PackChain per call would throw away its
// caches. Chains are kept per sequence of pack objects (packs are treated as immutable) in
// weak maps, so a caller that drops its packs drops the chain too (the one asked for last
// is held until another is asked for).
import type { RulePack } from './pack-schema';
import { PackChain } from './rule-pack';

interface Node {
  chain?: PackChain;
  next?: WeakMap<RulePack, Node>;
}

const roots = new WeakMap<RulePack, Node>();

/** The chain returned last: callers usually ask for the same packs many times in a row. */
let last: PackChain | null = null;

function samePacks(a: readonly RulePack[], b: readonly RulePack[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The same PackChain for the same pack objects in the same order. */
export function chainOf(packs: readonly RulePack[]): PackChain {
  if (packs.length === 0) return new PackChain(packs);
  if (last && samePacks(last.packs, packs)) return last;
  let level = roots;
  let node: Node | undefined;
  for (const pack of packs) {
    node = level.get(pack);
    if (!node) {
      node = {};
      level.set(pack, node);
    }
    level = node.next ??= new WeakMap();
  }
  const leaf = node as Node;
  last = leaf.chain ??= new PackChain([...packs]);
  return last;
}
