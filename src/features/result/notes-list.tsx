// Interpretations and unconfirmed points, shown next to what they affect.
import { useTranslation } from 'react-i18next';
import type { Note } from '../../calc';
import { formatParams, useFormat } from '../../i18n/use-format';
import { noteKey } from './result-keys';

export function NotesList({ notes, title }: { notes: Note[]; title: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (notes.length === 0) return null;
  return (
    <aside className="notes" aria-label={title}>
      <h3 className="notes__title">{title}</h3>
      <ul>
        {notes.map((n) => (
          <li key={n.id} className={`note note--${n.kind}`}>
            <span className="note__kind">{t(`result.noteKinds.${n.kind}`)}</span> {t(noteKey(n.id), { replace: formatParams(f, n.params) })}
          </li>
        ))}
      </ul>
    </aside>
  );
}
