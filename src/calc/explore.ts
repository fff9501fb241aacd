// RULES.md §8.2: one engine, many pinned chains. A run that reads a regional value its
// variants answer differently stops with a Branch; each answer is then run on its own, until
// every run finishes. The result is one leaf per combination of answers that matters here,
// usually one to a handful. Runs are pure, so a branch simply starts again from scratch.
import { Branch } from './rule-pack';
import type { Assignment, PackChain } from './rule-pack';
import type { Condition } from './result';

export interface Leaf<T> {
  value: T;
  /** The regional answers this leaf stands for; empty for a chain that pins all it read. */
  conditions: Condition[];
  /** The choices behind them, to run this leaf again (with a full trace). */
  assignment: Assignment;
}

/**
 * Every leaf of `run` over the regional variants of `chain`, starting from `start` (the
 * choices an enclosing run already stands for). Leaves come in a fixed order (each branch's
 * answers in variant order), so the result is deterministic. Errors other than Branch pass through.
 */
export function explore<T>(chain: PackChain, run: (view: PackChain) => T, start: Assignment = chain.assignment): Leaf<T>[] {
  if (!chain.hasRegional) return [{ value: run(chain), conditions: [], assignment: chain.assignment }];
  const leaves: Leaf<T>[] = [];
  const stack: Assignment[] = [start];
  while (stack.length > 0) {
    const assignment = stack.pop() as Assignment;
    const view = chain.base.withAssignment(assignment);
    try {
      leaves.push({ value: run(view), conditions: view.conditions(), assignment });
    } catch (thrown) {
      if (!(thrown instanceof Branch)) throw thrown;
      for (let k = thrown.choices.length - 1; k >= 0; k--) {
        const next = new Map(assignment);
        next.set(thrown.slot, thrown.choices[k] as Branch['choices'][number]);
        stack.push(next);
      }
    }
  }
  return leaves;
}
