// RULES.md §8.2: one engine, many pinned chains. A run that reads a regional value its
// variants answer differently goes on with the first answer and lists the others; each of
// those is then run on its own, until every run finishes. The result is one leaf per
// combination of answers that matters here, usually one to a handful. Runs are pure, so an
// answer left for later simply starts again from scratch with that choice made.
import type { Assignment, Fork, PackChain } from './rule-pack';
import type { Condition } from './result';

export interface Leaf<T> {
  value: T;
  /** The regional answers this leaf stands for; empty for a chain that pins all it read. */
  readonly conditions: Condition[];
  /** The choices behind them, to run this leaf again (with a full trace). */
  assignment: Assignment;
}

/**
 * A leaf of a forking run, its conditions listed only when read: stepBranches reads only the
 * few its payment added (PackChain.conditions with `from`), and listing every choice of a long
 * history for each run was a large share of the garbage made under the national pack.
 */
class ForkedLeaf<T> implements Leaf<T> {
  private listed: Condition[] | undefined;

  constructor(
    readonly value: T,
    private readonly view: PackChain,
  ) {}

  get conditions(): Condition[] {
    return (this.listed ??= this.view.conditions());
  }

  get assignment(): Assignment {
    return this.view.assignment;
  }
}

/**
 * Every leaf of `run` over the regional variants of `chain`, starting from `start` (the
 * choices an enclosing run already stands for). Leaves come in a fixed order (each branch's
 * answers in variant order), so the result is deterministic. Errors pass through.
 */
export function explore<T>(chain: PackChain, run: (view: PackChain) => T, start: Assignment = chain.assignment): Leaf<T>[] {
  if (!chain.hasRegional) return [{ value: run(chain), conditions: [], assignment: chain.assignment }];
  const leaves: Leaf<T>[] = [];
  const stack: Assignment[] = [start];
  while (stack.length > 0) {
    // A forking view never throws: each run is a leaf (its first answer to every question it
    // split), and lists the other answers. They are stacked so that the leaves come in the order
    // of a depth-first search over the answers in variant order: the last question's first.
    const view = chain.base.forking(stack.pop() as Assignment);
    leaves.push(new ForkedLeaf(run(view), view));
    const forks = view.forks as Fork[];
    if (forks.length === 0) continue;
    for (const fork of forks) {
      for (let k = fork.choices.length - 1; k >= 1; k--) {
        // The assignment as it stood when the question was asked, with the other answer.
        const next = view.assignmentAt(fork);
        next.set(fork.slot, fork.choices[k] as Fork['choices'][number]);
        stack.push(next);
      }
    }
  }
  return leaves;
}
