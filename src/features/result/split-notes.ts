// Which notes stand beside the answer and which go after the timeline (Note.changesNothing).
import type { Note } from '../../calc';

/**
 * The notes beside the answer (`top`: the one saying the region's rules are silent first, as every
 * other date rests on it, then in the calculator's order) and those that change nothing shown for
 * this person (`other`, in the calculator's order). Every note is in one of the two.
 */
export function splitNotes(notes: readonly Note[]): { top: Note[]; other: Note[] } {
  const top = notes.filter((n) => !n.changesNothing);
  return { top: [...top.filter((n) => n.kind === 'fallback'), ...top.filter((n) => n.kind !== 'fallback')], other: notes.filter((n) => n.changesNothing) };
}
