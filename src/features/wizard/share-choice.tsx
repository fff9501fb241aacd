// A shared link opened while the person has answers of their own: nothing is replaced until
// they choose, and after "open" their own answers can be brought back for the rest of the
// tab's session (draft-undo.ts keeps them).
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface ShareChoiceProps {
  onOpen: () => void;
  onKeep: () => void;
}

/** "Open the shared answers / Keep mine", asked before a link replaces a draft under way. */
export function ShareChoice({ onOpen, onKeep }: ShareChoiceProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // The question replaces the page the person expected: take them to it.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="wz-notice" aria-labelledby="share-choice-title">
      <h2 id="share-choice-title" ref={heading} tabIndex={-1}>
        {t('share.choice.title')}
      </h2>
      <p>{t('share.choice.text')}</p>
      <button type="button" className="button" onClick={onOpen}>
        {t('share.choice.open')}
      </button>{' '}
      <button type="button" className="button" onClick={onKeep}>
        {t('share.choice.keep')}
      </button>
    </section>
  );
}

export interface ShareUndoProps {
  /** Set once the person's answers are back: the notice then says so instead. */
  restored: boolean;
  onUndo: () => void;
}

/** While the shared answers are open: the way back to the person's own. */
export function ShareUndo({ restored, onUndo }: ShareUndoProps) {
  const { t } = useTranslation();
  if (restored) return <p role="status">{t('share.undo.done')}</p>;
  return (
    <div className="wz-notice" role="status">
      <p>{t('share.undo.text')}</p>
      <button type="button" className="button" onClick={onUndo}>
        {t('share.undo.button')}
      </button>
    </div>
  );
}
