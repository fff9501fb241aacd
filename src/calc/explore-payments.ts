// RULES.md §8.2 for a whole payment history without the runs multiplying: the payments are
// explored one at a time, and runs that leave the same cover (and the same running wait) for
// the next payment are merged, so each payment adds its own handful of runs instead of
// multiplying those of the payments before it. Values are chosen per benefit year (rule-pack.ts),
// so the payments of different years rarely share a choice; where merged runs had chosen
// differently, the choice is dropped and a later question may choose again: the range can only
// grow, never leave out an outcome (§8.4).
import { Coverage } from './coverage';
import { explore } from './explore';
import { conditionsKey } from './way-list';
import type { Answer } from './merge-restorations';
import type { Condition, Note, Warning } from './result';
import type { EnrolmentResult } from './result';
import { copyAssignment } from './rule-pack';
import type { Assignment, PackChain } from './rule-pack';
import { runPayment } from './run-payment';
import type { PaymentState } from './run-payment';
import type { Circumstances, Payment, Scenario } from './scenario-schema';
import { NoteCollector } from './trace';

/** A run explored without notes (the what-if options). */
const NO_NOTES: ReadonlySet<string> = new Set();

/** One way the payments so far can have gone, with the choices it stands for. */
export interface PaymentBranch {
  state: PaymentState;
  /** The choices every run merged into this branch shares (for later questions on the same values). */
  assignment: Assignment;
  /** The choices of one real run of them, to run that path again with its full trace. */
  path: Assignment;
  /** The enrolments of that run. */
  enrolments: EnrolmentResult[];
  /** The conditions of every run merged into this branch: any one of them led here. */
  whens: Condition[][];
  /** Each of `whens` as text (conditionsKey), made once: answers and merges compare them many times. */
  whenKeys: string[];
  /** Whether runs merged into this branch came by more ways than `whens` keeps (MAX_WHENS). */
  incomplete: boolean;
}

/** Every kept way to one run (the branch's conditions, then the payment's own), as a RangeOutcome's. */
export interface RunWays {
  when: Condition[][];
  /** Runs merged into its branch came by more ways than are kept (MAX_WHENS), or only one way is listed. */
  incomplete: boolean;
}

export interface ExploredPayments {
  /** Per payment, every answer any run gave, with the conditions behind it. */
  answers: Answer[][];
  /** Per payment, the enrolments of every run (for the most any run allows: repair years, gaps). */
  runs: EnrolmentResult[][];
  /** Per payment, for each of `runs`, the conditions of one way to it (which regional values made it). */
  runWhens: Condition[][][];
  /** Per payment, for each of `runs`, every way to it that is kept (as RangeOutcome.when), and whether some were not kept. */
  runWays: RunWays[][];
  /** The branches before the last payment, for the what-if options. */
  beforeLast: PaymentBranch[];
  /** The branches after the last payment. */
  after: PaymentBranch[];
  notes: Note[];
  /**
   * Per payment, for each of `runs`, the keys (noteKeyOf) of the notes that run raised where they
   * may change something: which regional values a note rests on (quiet-notes.ts).
   */
  runNotes: ReadonlySet<string>[][];
  warnings: Warning[];
}

function stateKey(state: PaymentState, yearsOnly: boolean): string {
  const p = state.pending;
  return `${state.coverage.signature(yearsOnly)}#${p ? `${p.coverStart}|${p.lastPaidYear}|${p.lapseYears.join(',')}|${JSON.stringify(p.waiting)}` : ''}`;
}

/** The choices both assignments make alike. */
function shared(a: Assignment, b: Assignment): Assignment {
  const out = new Map<object, Assignment extends ReadonlyMap<object, infer C> ? C : never>();
  // forEach: no [slot, choice] array per entry.
  a.forEach((choice, slot) => {
    const other = b.get(slot);
    if (other && other.answer === choice.answer && other.indexes.length === choice.indexes.length && other.indexes.every((v, k) => v === choice.indexes[k])) out.set(slot, choice);
  });
  return out;
}

/**
 * At most this many alternative condition sets are kept per branch: a long history can reach one
 * cover in thousands of ways, and the explanation can only name the rules of so many (range-lines.ts).
 * A branch that drops some is marked incomplete, and so are the outcomes it leads to.
 */
const MAX_WHENS = 32;

/**
 * Branches with the same cover and running wait, as one, with the conditions of each (at most
 * MAX_WHENS). `yearsOnly`: resident cover compared by year alone (Coverage.signature), where no
 * later payment can read its months.
 */
export function mergeBranches(branches: readonly PaymentBranch[], yearsOnly: boolean): PaymentBranch[] {
  const byKey = new Map<string, { branch: PaymentBranch; seen: Set<string>; own: boolean }>();
  for (const b of branches) {
    const key = stateKey(b.state, yearsOnly);
    const held = byKey.get(key);
    if (!held) {
      byKey.set(key, { branch: b, seen: new Set(b.whenKeys), own: false });
      continue;
    }
    // The first branch's lists may be shared with the step before: copied once, then added to.
    if (!held.own) {
      held.branch = { ...held.branch, whens: [...held.branch.whens], whenKeys: [...held.branch.whenKeys] };
      held.own = true;
    }
    const into = held.branch;
    into.assignment = shared(into.assignment, b.assignment);
    if (b.incomplete) into.incomplete = true;
    for (let k = 0; k < b.whens.length; k++) {
      const wk = b.whenKeys[k] as string;
      if (held.seen.has(wk)) continue;
      if (into.whens.length >= MAX_WHENS) {
        into.incomplete = true;
        break;
      }
      held.seen.add(wk);
      into.whens.push(b.whens[k] as Condition[]);
      into.whenKeys.push(wk);
    }
  }
  return [...byKey.values()].map((h) => h.branch);
}

/**
 * Runs `payment` (number `index`) from every branch, exploring its regional values. `full`:
 * each answer carries every way it was reached (each of the branch's conditions, then this
 * payment's); without it (what-if options, shown as earliest to latest) one way only, which
 * spares the product of the branches' conditions.
 */
export function stepBranches(chain: PackChain, scenario: Scenario, circumstances: Circumstances, branches: readonly PaymentBranch[], payment: Payment, index: number, collector: NoteCollector | null, full = true): { next: PaymentBranch[]; answers: Answer[]; runs: EnrolmentResult[]; runWhens: Condition[][]; runWays: RunWays[]; runNotes: ReadonlySet<string>[]; raisedByAll: Set<string> } {
  const next: PaymentBranch[] = [];
  const answers: Answer[] = [];
  const runs: EnrolmentResult[] = [];
  const runWhens: Condition[][] = [];
  const runWays: RunWays[] = [];
  const runNotes: ReadonlySet<string>[] = [];
  // Each warning's key, with how many finished runs raised it (a run that branched part-way raised
  // its warnings again in each of its answers).
  const raised = new Map<string, number>();
  for (const branch of branches) {
    const leaves = explore(
      chain,
      (view) => {
        const state: PaymentState = { coverage: branch.state.coverage.clone(), pending: branch.state.pending };
        const from = collector ? collector.warnings.length : 0;
        collector?.beginRun();
        const enrolment = runPayment(view, scenario.history, circumstances, state, payment, index, collector, scenario.payments[index + 1]);
        const noted = collector ? collector.endRun() : NO_NOTES;
        const warned = collector && collector.warnings.length > from ? new Set(collector.warnings.slice(from).map(warningFactKey)) : null;
        return { state, enrolment, view, warned, noted };
      },
      branch.assignment,
    );
    for (const leaf of leaves) {
      const { state, enrolment, view, warned, noted } = leaf.value;
      runNotes.push(noted);
      if (warned) for (const k of warned) raised.set(k, (raised.get(k) ?? 0) + 1);
      // The leaf's assignment is the branch's, then what this payment chose, in that order.
      // Listed from the view, only those: the branch's own may be dozens, for every run.
      const added = view.conditions(branch.assignment.size);
      const own = added.length > 0 ? added : null;
      runs.push(enrolment);
      const first = branch.whens[0] ?? [];
      runWhens.push(own ? [...first, ...own] : first);
      if (!full) {
        const incomplete = branch.incomplete || branch.whens.length > 1;
        // Its key from the branch's, made once, and this payment's own few conditions.
        const key = (branch.whenKeys[0] ?? '') + (own ? conditionsKey(own) : '');
        answers.push({ restoration: enrolment.restoration, conditions: runWhens.at(-1) as Condition[], key, incomplete });
        runWays.push({ when: [runWhens.at(-1) as Condition[]], incomplete });
        continue;
      }
      // A payment that chose nothing new leads here under the branch's own conditions.
      const ownKey = own ? conditionsKey(own) : '';
      const whens = own ? branch.whens.map((when) => [...when, ...own]) : branch.whens;
      const whenKeys = own ? branch.whenKeys.map((k) => k + ownKey) : branch.whenKeys;
      runWays.push({ when: whens, incomplete: branch.incomplete });
      for (let k = 0; k < whens.length; k++) answers.push({ restoration: enrolment.restoration, conditions: whens[k] as Condition[], key: whenKeys[k] as string, incomplete: branch.incomplete });
      // The path: the branch's own path plus what this payment chose.
      const path = copyAssignment(branch.path);
      leaf.assignment.forEach((choice, slot) => {
        if (!branch.assignment.has(slot)) path.set(slot, choice);
      });
      next.push({ state, assignment: leaf.assignment, path, enrolments: [...branch.enrolments, enrolment], whens, whenKeys, incomplete: branch.incomplete });
    }
  }
  const raisedByAll = new Set<string>();
  for (const [k, n] of raised) if (n === runs.length) raisedByAll.add(k);
  return { next, answers, runs, runWhens, runWays, runNotes, raisedByAll };
}

/** A warning as text, equal for the same warning (its flag aside). */
export function warningKey(w: Warning): string {
  return `${w.id}${JSON.stringify(w.params)}`;
}

/** Warnings whose fact is the same whichever day the wait ends on (their `coverStart`); the UI says them once with the span of days. */
export const COVER_START_WARNINGS: ReadonlySet<Warning['id']> = new Set<Warning['id']>(['noCoverInYear', 'paysForNothing', 'newbornNextYearWaits']);

/**
 * A warning's fact as text: its key, less the day the wait ends for the warnings above. "This
 * payment buys no cover in 2026" holds in every region when every run says so, whatever day
 * each run's wait ends; only the fact, not the day, decides whether it holds in some regions only.
 */
export function warningFactKey(w: Warning): string {
  if (!COVER_START_WARNINGS.has(w.id) || !('coverStart' in w.params)) return warningKey(w);
  return `${w.id}${JSON.stringify({ ...w.params, coverStart: null })}`;
}

/**
 * Whether runs that covered the same resident years are one for the payments of `scenario` (and
 * any resident payment added after them): only the employee scheme's look-backs (E1-E3, X3) read
 * the months of a resident period, and they start from an employee month.
 */
export function residentYearsOnly(scenario: Scenario): boolean {
  return scenario.history.employeePeriods.length === 0 && scenario.history.years.every((y) => y.cover !== 'employee') && scenario.payments.every((p) => p.scheme === 'resident');
}

/** Every payment of `scenario`, explored one after another with equal branches merged. */
export function explorePayments(chain: PackChain, scenario: Scenario, circumstances: Circumstances): ExploredPayments {
  const collector = new NoteCollector(chain.baseline.id);
  let branches: PaymentBranch[] = [{ state: { coverage: Coverage.fromHistory(scenario.history), pending: null }, assignment: chain.assignment, path: chain.assignment, enrolments: [], whens: [chain.conditions()], whenKeys: [conditionsKey(chain.conditions())], incomplete: false }];
  const answers: Answer[][] = [];
  const runs: EnrolmentResult[][] = [];
  const runWhens: Condition[][][] = [];
  const runWays: RunWays[][] = [];
  const runNotes: ReadonlySet<string>[][] = [];
  let beforeLast = branches;
  const last = scenario.payments.length - 1;
  const raisedByAll = new Set<string>();
  const yearsOnly = residentYearsOnly(scenario);
  for (let i = 0; i <= last; i++) {
    if (i === last) beforeLast = branches;
    const step = stepBranches(chain, scenario, circumstances, branches, scenario.payments[i] as Payment, i, collector);
    answers.push(step.answers);
    runs.push(step.runs);
    runWhens.push(step.runWhens);
    runWays.push(step.runWays);
    runNotes.push(step.runNotes);
    for (const k of step.raisedByAll) raisedByAll.add(k);
    branches = i === last ? step.next : mergeBranches(step.next, yearsOnly);
  }
  // A warning some runs of a payment raise and others do not holds in some regions only.
  const warnings = collector.warnings.map((w): Warning => (raisedByAll.has(warningFactKey(w)) ? w : { ...w, someRegions: true }));
  return { answers, runs, runWhens, runWays, beforeLast, after: branches, notes: collector.notes, runNotes, warnings };
}
