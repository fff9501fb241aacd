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
};

type AnyResolved = ResolvedParam<ParamKey>;

export class Trace {
  readonly steps: TraceStep[] = [];
  private readonly noteMap = new Map<string, Note>();
  readonly warnings: Warning[] = [];

  constructor(private readonly defaultPackId: string) {}

  add(rule: RuleId, step: string, params: Record<string, TraceValue>, used: AnyResolved[] = []): void {
    const sources = new Set<string>(RULE_SOURCES[rule]);
    for (const u of used) for (const s of u.sources) sources.add(s);
    this.steps.push({ rule, step, packId: used[0]?.packId ?? this.defaultPackId, sources: [...sources], params });
    for (const u of used) {
      if (u.status !== 'confirmed') {
        this.note(u.note ?? u.key, u.status, rule, 'restoration', { value: typeof u.value === 'object' ? JSON.stringify(u.value) : u.value });
      }
    }
  }

  note(id: string, kind: NoteKind, rule: RuleId, affects: Note['affects'], params: Record<string, TraceValue> = {}): void {
    if (!this.noteMap.has(id)) this.noteMap.set(id, { id, kind, rule, affects, sources: RULE_SOURCES[rule], params });
  }

  warn(id: Warning['id'], params: Record<string, TraceValue> = {}): void {
    this.warnings.push({ id, params });
  }

  get notes(): Note[] {
    return [...this.noteMap.values()];
  }
}
