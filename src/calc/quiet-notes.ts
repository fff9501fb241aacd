// Which notes change no date or amount shown (Note.changesNothing), from the explored runs: a
// note read only under regional values that give the same dates as the others (a day-based
// reading where counting in days or months gives the same days) changes nothing shown. The
// screen keeps such notes apart from those beside the answer; none is dropped.
import type { ExploredPayments } from './explore-payments';
import { addDecisive } from './merge-results';
import type { Condition, Note, Result } from './result';
import { noteKeyOf } from './trace';

/** The parameters both sets hold; `b` where `a` is not yet known. */
function intersect(a: Set<string> | null, b: Set<string>): Set<string> {
  if (a === null) return b;
  const out = new Set<string>();
  for (const p of a) if (b.has(p)) out.add(p);
  return out;
}

/**
 * The parameters that gate a note among one payment's runs: every way to every run that raised
 * it names the parameter, and some answer of it met in the other runs never leads to the note.
 */
function gates(key: string, raised: readonly ReadonlySet<string>[], ways: readonly (readonly Condition[][])[]): Set<string> | null {
  const withNote = new Map<string, Set<string>>();
  const everywhere = new Map<string, Set<string>>();
  let named: Set<string> | null = null;
  for (let k = 0; k < raised.length; k++) {
    const yes = (raised[k] as ReadonlySet<string>).has(key);
    for (const when of ways[k] ?? []) {
      const params = new Set<string>();
      for (const c of when) {
        const p = `${c.param}@${c.year}`;
        params.add(p);
        let all = everywhere.get(p);
        if (!all) everywhere.set(p, (all = new Set()));
        all.add(c.answer);
        if (!yes) continue;
        let some = withNote.get(p);
        if (!some) withNote.set(p, (some = new Set()));
        some.add(c.answer);
      }
      // Only a parameter every way to the note names can gate it.
      if (yes) named = intersect(named, params);
    }
  }
  if (named === null) return null;
  const out = new Set<string>();
  for (const p of named) {
    const some = withNote.get(p) as Set<string>;
    const all = everywhere.get(p) as Set<string>;
    if ([...all].some((a) => !some.has(a))) out.add(p.slice(0, p.lastIndexOf('@')));
  }
  return out;
}

/**
 * `result.notes`, with `changesNothing` on each note whose every run rests on a regional value
 * that decides no date shown: in every payment that raised it, some parameter gates it (gates)
 * and no restoration shown (each payment's, each option's) depends on that parameter
 * (addDecisive). `shownRaised`: the notes the run explained on the page raised, whose steps the
 * "why" section shows: those are kept beside the answer. Where other things shown depend on the
 * region (years covered, lapse years, a bonus span, a warning in some regions only), or a run
 * dropped ways (incomplete), notes are left as they are: only what the data show is marked.
 */
export function markQuietNotes(result: Result, explored: ExploredPayments, shownRaised: ReadonlySet<string>): Note[] {
  const notes = result.notes;
  const moreDepends =
    result.enrolments.some((e) => e.lapseRange || e.uncertainCover || e.partlyCovered || e.maybeRetroactive) ||
    result.bonus?.spread !== undefined ||
    result.warnings.some((w) => w.someRegions) ||
    explored.runWays.some((payment) => payment.some((w) => w.incomplete));
  if (moreDepends) return notes;
  // Each note that may be quiet, with the parameters that gate it in each payment that raised it.
  const open = new Map<string, Set<string>[]>();
  for (const n of notes) {
    const key = noteKeyOf(n);
    if (n.changesNothing || n.variant || shownRaised.has(key)) continue;
    const perPayment: Set<string>[] = [];
    let quiet = true;
    explored.runNotes.forEach((raised, i) => {
      if (!quiet || !raised.some((r) => r.has(key))) return;
      const g = gates(key, raised, (explored.runWays[i] ?? []).map((w) => w.when));
      if (!g || g.size === 0) quiet = false;
      else perPayment.push(g);
    });
    // A note no run raised where it may change something (raised only as changing nothing) is left as it is.
    if (quiet && perPayment.length > 0) open.set(key, perPayment);
  }
  if (open.size === 0) return notes;
  const candidates = new Set<string>();
  for (const list of open.values()) for (const g of list) for (const p of g) candidates.add(p);
  const decisive = new Set<string>();
  for (const e of result.enrolments) addDecisive(e.restoration, candidates, decisive);
  for (const o of result.options) addDecisive(o.restoration, candidates, decisive);
  return notes.map((n) => {
    const list = open.get(noteKeyOf(n));
    if (!list || !list.every((g) => [...g].some((p) => !decisive.has(p)))) return n;
    return { ...n, changesNothing: true };
  });
}
