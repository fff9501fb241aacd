// RULES.md §8.2: exploring regional values by forking views (a run goes on with the first answer
// to a question its variants split on, and lists the others) gives the same leaves, in the same
// order, with the same conditions and choices, as starting every answer again from scratch (the
// way it was done before, kept here as the reference). Checked on whole payment histories under
// the shipped national pack, and on a question asked again on variants already chosen.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Payment, Scenario } from '../../src/calc';
import { chainOf as packChainOf } from '../../src/calc/chain-memo';
import { Coverage } from '../../src/calc/coverage';
import { explore } from '../../src/calc/explore';
import type { Leaf } from '../../src/calc/explore';
import { Branch } from '../../src/calc/rule-pack';
import type { Assignment, PackChain } from '../../src/calc/rule-pack';
import { runPayment } from '../../src/calc/run-payment';
import type { PaymentState } from '../../src/calc/run-payment';
import { validateScenario } from '../../src/calc/validate';
import { chainOf } from './arbitraries';
import { v2ScenarioInArb } from './v2-arbitraries';

/** The exploration before forking views: a run that meets a split throws, and each answer starts again. */
function exploreByRestart<T>(chain: PackChain, run: (view: PackChain) => T, start: Assignment = chain.assignment): Leaf<T>[] {
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

/** A leaf as plain text: its value, its conditions in order, and its choices in order (slot by first use). */
function leafText<T>(leaves: Leaf<T>[]): string[] {
  const slots = new Map<object, number>();
  const slotId = (slot: object) => {
    if (!slots.has(slot)) slots.set(slot, slots.size);
    return slots.get(slot) as number;
  };
  return leaves.map((l) =>
    JSON.stringify({
      value: l.value,
      conditions: l.conditions.map((c) => `${c.param}@${c.year}=${c.answer}:${c.variants?.join()}`),
      choices: [...l.assignment].map(([slot, c]) => `${slotId(slot)}:${c.key}@${c.year}=${c.answer}:${c.indexes.join()}`),
    }),
  );
}

const national = packChainOf(chainOf('national'));

/** Every payment of `s` (read with every optional key, as calculate() reads it) in order, as one run: the restorations each gives. */
const wholeHistory = (s: Scenario) => (view: PackChain) => {
  const circumstances = s.circumstances;
  const state: PaymentState = { coverage: Coverage.fromHistory(s.history), pending: null };
  return s.payments.map((p: Payment, i) => runPayment(view, s.history, circumstances, state, p, i, null).restoration);
};

describe('exploring by forking views', () => {
  it('gives the leaves of starting again for each answer, in the same order, on whole payment histories under the national pack (fast-check)', () => {
    let explored = 0;
    fc.assert(
      fc.property(v2ScenarioInArb(['national']), (s) => {
        const valid = validateScenario(s, national, true);
        if (!valid.ok) return;
        const run = wholeHistory(valid.scenario);
        const forked = explore(national, run);
        const restarted = exploreByRestart(national, run);
        if (restarted.length > 1) explored++;
        expect(leafText(forked)).toEqual(leafText(restarted));
      }),
      { numRuns: 400, seed: 20261202 },
    );
    // Most of these histories do meet regional questions: the comparison is not an empty one.
    expect(explored).toBeGreaterThan(150);
  });

  it('keeps each earlier question’s own assignment where a later one splits variants already chosen (a slot asked twice)', () => {
    // 2026's window end, asked coarsely (before or after 31 Dec), then finely (which day), then
    // the extension: the earlier answer's other half must still be explored in full.
    const run = (view: PackChain) => {
      const coarse = view.ask('resident.windowEnd', 2026, (end) => (end.yearOffset < 0 ? 'december' : 'new year'))?.answer;
      const extension = view.ask('resident.extension', 2026, (e) => (e === null ? 'none' : e.coverStart))?.answer;
      const fine = view.ask('resident.windowEnd', 2026, (end) => `${end.yearOffset}:${end.monthDay}`)?.answer;
      return `${coarse} / ${extension} / ${fine}`;
    };
    const forked = explore(national, run);
    const restarted = exploreByRestart(national, run);
    expect(leafText(forked)).toEqual(leafText(restarted));
    expect(forked.length).toBeGreaterThan(7);
  });
});
