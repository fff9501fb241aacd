// Interpretations and unconfirmed points, shown next to what they affect. A note a pack
// names that has no sentence here still says what kind of point it is and which rule it
// concerns, in words; never its id.
import { useTranslation } from 'react-i18next';
import type { Note } from '../../calc';
import { useParamText } from './param-words';
import { hasText, makeRangeWording } from './range-wording';
import { noteKey } from './result-keys';
import { useFormat } from '../../i18n/use-format';

/**
 * One note an id: a note several values share (the engine keeps one per parameter, e.g. "from a
 * secondary source") names every parameter it concerns, in the order noted.
 */
function byId(notes: Note[]): { note: Note; params: string[] }[] {
  const out: { note: Note; params: string[] }[] = [];
  for (const n of notes) {
    const param = typeof n.params.param === 'string' ? n.params.param : null;
    const seen = out.find((o) => o.note.id === n.id);
    if (!seen) out.push({ note: n, params: param ? [param] : [] });
    else if (param && !seen.params.includes(param)) seen.params.push(param);
  }
  return out;
}

/** How many items a list of notes shows: one an id (byId). */
export function noteCount(notes: Note[]): number {
  return byId(notes).length;
}

/**
 * The notes as a list, one item an id. `context`: i18next's context for the notes' own sentences
 * (a note without that form keeps its own). `region`: a region is chosen, so a note with a
 * `_region` form (after `context`'s: `_enrol_region`) speaks of that region, not of "every
 * region" (X1.dayCount).
 */
export function NoteItems({ notes, context, region = false }: { notes: Note[]; context?: string | undefined; region?: boolean }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const words = useParamText();
  const wording = makeRangeWording(t, i18n, f, undefined);
  // The rules a note concerns are long phrases: English keeps them apart with semicolons, where
  // "and" would run two into one ("…is accepted and cover when…"); Chinese lists them as usual.
  const phrases = (items: string[]) => (i18n.language === 'en' && items.length > 1 ? items.join('; ') : f.list(items));
  // Only where the note has a region form: i18next falls back to the bare key, not to `context`'s form.
  const contextOf = (id: string) => {
    const withRegion = context ? `${context}_region` : 'region';
    return region && hasText(i18n, `${noteKey(id)}_${withRegion}`) ? withRegion : context;
  };
  const text = (n: Note, params: string[]) => {
    const noteContext = contextOf(n.id);
    if (hasText(i18n, noteKey(n.id))) return t(noteKey(n.id), { replace: { ...words(n.params), ...(params.length > 0 ? { param: phrases(params.map(wording.paramName)) } : {}) }, ...(noteContext ? { context: noteContext } : {}) });
    // A parameter's own id (a value marked unconfirmed without a note of its own): name it.
    // A regional variant's value (under the national rules, or a region's that does not settle it)
    // is some regions' rule, not one "we use" for everyone.
    const key = (n.variant && hasText(i18n, `result.noteFallback.${n.kind}Variant`) ? `result.noteFallback.${n.kind}Variant` : `result.noteFallback.${n.kind}`) as 'result.noteFallback.unconfirmed';
    if (hasText(i18n, `regional.params.${n.id}`)) return t(key, { what: wording.paramName(n.id) });
    return t(key, { what: t('result.noteFallback.thisRule') });
  };
  return (
    <ul>
      {byId(notes).map(({ note: n, params }) => (
        <li key={n.id} className={`note note--${n.kind}`}>
          {/* Chinese runs on after its full-width colon; English needs the space. */}
          <span className="note__kind">{t(`result.noteKinds.${n.kind}`)}</span>
          {i18n.language === 'en' ? ' ' : ''}
          {text(n, params)}
        </li>
      ))}
    </ul>
  );
}

/**
 * `level`: the title's heading level, 2 beside the result's sections, 3 under one of them.
 * `context`: i18next's context for the notes' own sentences (a note without that form keeps its own).
 * `region`: a region is chosen (NoteItems).
 */
export function NotesList({ notes, title, level = 2, context, region = false }: { notes: Note[]; title: string; level?: 2 | 3; context?: string | undefined; region?: boolean }) {
  if (notes.length === 0) return null;
  const Title = level === 2 ? 'h2' : 'h3';
  return (
    <aside className="notes" aria-label={title}>
      <Title className="notes__title">{title}</Title>
      <NoteItems notes={notes} context={context} region={region} />
    </aside>
  );
}
