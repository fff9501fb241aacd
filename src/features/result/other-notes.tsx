// The notes that change no date or amount shown for this person (Note.changesNothing): closed
// under one labelled summary after the timeline, so the answer is followed by what matters for
// it, while every point we used, and the rule it concerns, stays one press away (and on paper).
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../calc';
import { NoteItems, noteCount } from './notes-list';
import { useOpenForPrint } from './open-for-print';

/** A native disclosure (keyboard and screen readers know it), its summary saying how many notes it holds. `context`, `region`: as NoteItems's. */
export function OtherNotes({ notes, context, region = false }: { notes: Note[]; context?: string | undefined; region?: boolean }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  useOpenForPrint(ref);
  if (notes.length === 0) return null;
  const count = noteCount(notes);
  return (
    <aside className="notes notes--other" aria-label={t('result.otherNotesLabel')} ref={ref}>
      <details>
        <summary className="notes__summary">{t('result.otherNotesTitle', { count })}</summary>
        <NoteItems notes={notes} context={context} region={region} />
      </details>
    </aside>
  );
}
