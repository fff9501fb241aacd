// Collects the explanation while the rules run: trace steps, notes and warnings.
import type { ParamKey } from './pack-schema';
import type { ResolvedParam } from './rule-pack';
import type { Note, NoteKind, RuleId, TraceStep, TraceValue, Warning } from './result';

/** Where each rule comes from (RULES.md), used when a step reads no pack value. */
export const RULE_SOURCES: Record<RuleId, string[]> = {
  R1: ['S4'], R2: ['S4', 'L-FJ', 'L-HE'], R3: ['S1', 'L-QD'], R4: ['S1', 'L-FX', 'L-QD'], R5: ['S1', 'L-QD'],
  R6: ['S1'], R7: ['L-FX', 'L-QD'], R8: ['L-FX'], R9: ['L-FX'], R10: ['S1'], R11: ['S1', 'L-XC'],
  E1: ['S5'], E2: ['S5'], E3: ['S5'], E4: ['S5'],
  X1: ['S6'], X2: ['S4'], X3: ['S5'],
  B1: ['S1', 'S2'], B2: ['S1', 'S2'], B3: ['S1'], B4: ['S1', 'L-XC'],
  I1: ['S1'], I2: ['S5', 'L-GZ'], I3: ['S1'], I4: ['L-FX'], I5: ['L-FJ', 'L-HE'],
  I6: ['S1', 'S4'], I7: ['S1'],
  R1a: ['S4'], R1b: ['S4'], R1c: ['S1'], R12: ['L-FJ'], E3a: ['S5'],
};

type AnyResolved = ResolvedParam<ParamKey>;
const NONE: readonly AnyResolved[] = [];

/**
 * The packs a step's values came from, for "Based on", most specific first: a step whose window
 * end is the region's own names the region even where the window's start fell back to the
 * national rules, and names those too.
 */
function packsOf(used: readonly AnyResolved[]): string[] {
  // Most steps read one pack's values: no sorting, no copies.
  const first = (used[0] as AnyResolved).packId;
  if (used.every((u) => u.packId === first)) return [first];
  // A chain has a few packs: collect them depth by depth (the order a stable sort by depth gives), without copying or sorting.
  let deepest = 0;
  for (const u of used) if (u.depth > deepest) deepest = u.depth;
  const ids: string[] = [];
  for (let d = 0; d <= deepest; d++) for (const u of used) if (u.depth === d && !ids.includes(u.packId)) ids.push(u.packId);
  return ids;
}

/** What a step cites for the values it read (Trace.add): its sources and packs. */
interface StepBasis {
  rule: RuleId;
  used: readonly AnyResolved[];
  packId: string;
  packIds: string[];
  sources: string[];
  variantPackIds: string[] | undefined;
  mixedPackIds: string[] | undefined;
  /** Whether any value read is not confirmed (so may need a note: noteValues). */
  unconfirmed: boolean;
}

/**
 * Bases already worked out are kept on the first value read (ResolvedParam.bases): resolved values
 * are the chain's own objects, kept per chain and year (rule-pack.ts), so the same rule reading the
 * same values gets the same lists (a result is read, never changed, as RULE_SOURCES is shared). At
 * most MAX_BASES per value, so a value read beside many others cannot grow without bound.
 */
const MAX_BASES = 16;

/** Values a step read whose notes do not apply in the case at hand: one, or several. */
type Settled = AnyResolved | readonly AnyResolved[];

/** `used` less the `settled` ones, for their notes. */
function unsettled(used: readonly AnyResolved[], settled: Settled): AnyResolved[] {
  return 'key' in settled ? used.filter((u) => u !== settled) : used.filter((u) => !settled.includes(u));
}

/** `settled` as a list (none where absent). */
function listOf(settled: Settled | undefined): readonly AnyResolved[] {
  if (!settled) return NONE;
  return 'key' in settled ? [settled] : settled;
}

/** A note's key: one per id, and per parameter for a note several values share (as merge-results.ts). */
export function noteKeyOf(n: Note): string {
  return typeof n.params.param === 'string' ? `${n.id} ${n.params.param}` : n.id;
}

/** The note without its changesNothing flag: raised again where it does change something. */
export function movingNote(n: Note): Note {
  const rest = { ...n };
  delete rest.changesNothing;
  return rest;
}

function sameValues(a: readonly AnyResolved[], b: readonly AnyResolved[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 1; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The basis of a step of `rule` that read `used` (at least one value), made once per rule and values. */
function basisOf(rule: RuleId, used: readonly AnyResolved[]): StepBasis {
  const head = used[0] as AnyResolved;
  const known = (head.bases ??= []) as StepBasis[];
  for (const b of known) if (b.rule === rule && sameValues(b.used, used)) return b;
  // The rule's own sources, then each value's, without repeats (RULE_SOURCES has none).
  const sources = RULE_SOURCES[rule].slice();
  for (let i = 0; i < used.length; i++) {
    const more = (used[i] as AnyResolved).sources;
    for (let j = 0; j < more.length; j++) if (!sources.includes(more[j] as string)) sources.push(more[j] as string);
  }
  const packIds = packsOf(used);
  let variantPackIds: string[] | undefined;
  for (const u of used) {
    if (!u.variant) continue;
    const ids = (variantPackIds ??= []);
    if (!ids.includes(u.packId)) ids.push(u.packId);
  }
  // A pack that gave a shared value too (the national 3 months beside its regional wait unit)
  // is still the basis of that value: "Based on: national baseline, a rule that differs".
  let mixedPackIds: string[] | undefined;
  for (const u of used) {
    if (u.variant || !variantPackIds?.includes(u.packId)) continue;
    const ids = (mixedPackIds ??= []);
    if (!ids.includes(u.packId)) ids.push(u.packId);
  }
  const basis: StepBasis = { rule, used: used.slice(), packId: packIds[0] as string, packIds, sources, variantPackIds, mixedPackIds, unconfirmed: used.some((u) => u.status !== 'confirmed') };
  if (known.length < MAX_BASES) known.push(basis);
  return basis;
}

export class Trace {
  readonly steps: TraceStep[] = [];
  /** In the order first noted; a handful per calculation, so a list beats a map. */
  private readonly noteList: Note[] = [];
  readonly warnings: Warning[] = [];

  /** Whether a step's values came from packs other than `primaryPackId` (ones the region's pack falls back to). */
  readFallback = false;

  /** The packs of a step that read no pack value ([defaultPackId]), made once. */
  private defaultPackIds: string[] | undefined;

  /**
   * `defaultPackId`: the basis of a step that reads no pack value (the chain's baseline: RULES.md's
   * own rules are national). `primaryPackId`: the region's own pack, where the chain falls back to
   * others; a value read from any other sets `readFallback`.
   */
  constructor(
    private readonly defaultPackId: string,
    private readonly primaryPackId?: string,
  ) {}

  /**
   * `settled`: a value used (or several) whose note does not apply in this case (the caller says why).
   * `idle`: a value used (or several) whose note applies but that changed nothing this step gave
   * (the step's answer is the same without it): its note is kept, marked changesNothing.
   */
  add(rule: RuleId, step: string, params: Record<string, TraceValue>, used: readonly AnyResolved[] = NONE, settled?: Settled, idle?: Settled): void {
    if (used.length === 0) {
      // A step that read no pack value: its rule's own sources and the baseline, lists every such
      // step shares (a result is read, never changed; notes share RULE_SOURCES too).
      this.steps.push({ rule, step, packId: this.defaultPackId, packIds: (this.defaultPackIds ??= [this.defaultPackId]), sources: RULE_SOURCES[rule], params });
      return;
    }
    const basis = basisOf(rule, used);
    // As the step is based on its most specific pack: one whose values all come from a fallback pack.
    if (this.primaryPackId !== undefined && basis.packId !== this.primaryPackId) this.readFallback = true;
    const entry: TraceStep = { rule, step, packId: basis.packId, packIds: basis.packIds, sources: basis.sources, params };
    if (basis.variantPackIds) entry.variantPackIds = basis.variantPackIds;
    if (basis.mixedPackIds) entry.mixedPackIds = basis.mixedPackIds;
    this.steps.push(entry);
    if (basis.unconfirmed) this.noteValues(rule, settled ? unsettled(used, settled) : used, listOf(idle));
  }

  /**
   * A note for each value used that is not confirmed, naming the parameter (`param`): a note a
   * pack gives several values ("this comes from a secondary source") is kept once per parameter,
   * so the screen can say which rules it concerns.
   */
  protected noteValues(rule: RuleId, used: readonly AnyResolved[], idle: readonly AnyResolved[] = NONE): void {
    for (const u of used) {
      if (u.status === 'confirmed') continue;
      const id = u.note ?? u.key;
      const quiet = idle.includes(u);
      // Only the first note of an id and parameter is kept, so its params are built only then.
      const at = this.noteAt(id, u.key);
      if (at < 0) {
        u.shown ??= typeof u.value === 'object' ? JSON.stringify(u.value) : u.value;
        // A bonus value's note goes with the bonus (B1-B4), not with the date.
        const note: Note = { id, kind: u.status, rule, affects: u.key.startsWith('bonus.') ? 'bonus' : 'restoration', sources: RULE_SOURCES[rule], params: { value: u.shown, param: u.key } };
        if (u.variant) note.variant = true;
        if (quiet) note.changesNothing = true;
        this.noteList.push(note);
        if (!quiet) this.raised?.(note);
      } else if (!quiet) this.raisedAt(at);
    }
  }

  /** The place of the first note of `id` (and parameter), or -1. */
  private noteAt(id: string, param?: string): number {
    return this.noteList.findIndex((n) => n.id === id && (param === undefined || n.params.param === param));
  }

  /** The note at `at` raised again by a step where it changes something: no longer marked changesNothing. */
  private raisedAt(at: number): void {
    const held = this.noteList[at] as Note;
    const note = held.changesNothing ? movingNote(held) : held;
    // Replaced, not changed: a list already handed out keeps its notes as they were.
    if (note !== held) this.noteList[at] = note;
    this.raised?.(note);
  }

  /** Called for each note a step raises where it may change something (NoteCollector counts them per run). */
  protected raised: ((note: Note) => void) | null = null;

  /** A rule's note, once per id. `variant`: about one regional variant's value, named by `params.param`: kept only where that value changes a date shown (merge-results.ts). */
  note(id: string, kind: NoteKind, rule: RuleId, affects: Note['affects'], params?: Record<string, TraceValue>, variant = false): void {
    const at = this.noteAt(id);
    if (at >= 0) return this.raisedAt(at);
    const note: Note = { id, kind, rule, affects, sources: RULE_SOURCES[rule], params: params ?? {} };
    if (variant) note.variant = true;
    this.noteList.push(note);
    this.raised?.(note);
  }

  warn(id: Warning['id'], params: Record<string, TraceValue> = {}): void {
    this.warnings.push({ id, params });
  }

  get notes(): Note[] {
    return this.noteList.slice();
  }
}

/**
 * Notes and warnings only, no steps: for the runs of an explored calculation whose trace
 * nobody reads (every leaf but the one shown), whose notes still count (§8).
 */
export class NoteCollector extends Trace {
  /** The keys (noteKeyOf) of the notes the current run raised where they may change something. */
  private run: Set<string> | null = null;

  override add(rule: RuleId, _step: string, _params: Record<string, TraceValue>, used: readonly AnyResolved[] = NONE, settled?: Settled, idle?: Settled): void {
    this.noteValues(rule, settled ? unsettled(used, settled) : used, listOf(idle));
  }

  /** Starts counting the notes one run raises (explore-payments.ts: which runs a note rests on). */
  beginRun(): void {
    this.run = new Set();
  }

  /** The keys of the notes raised since beginRun, each once, where they may change something. */
  endRun(): ReadonlySet<string> {
    const keys = this.run ?? new Set<string>();
    this.run = null;
    return keys;
  }

  protected override raised = (note: Note): void => {
    this.run?.add(noteKeyOf(note));
  };
}

/**
 * Where a run records its explanation: null for runs whose explanation nobody reads (the
 * what-if variants). The rules call `trace?.add(...)`, so with null not even the step's
 * parameters are built.
 */
export type Recorder = Trace | null;
