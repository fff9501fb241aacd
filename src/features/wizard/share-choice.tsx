// A shared link opened while the person has answers of their own: nothing is replaced until
// they choose, and after "open" their own answers can be brought back until they choose to let
// them go (draft-undo.ts keeps them: on the device in the app, for the tab in the widget).
import { useContext, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from './page-title';
import { StepHeadingLevel } from './step-heading-level';

export interface ShareChoiceProps {
  onOpen: () => void;
  onKeep: () => void;
}

/** "Open the shared answers / Keep mine", asked before a link replaces a draft under way. */
export function ShareChoice({ onOpen, onKeep }: ShareChoiceProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // The question is the whole page: its main heading in the app, below the widget's title there.
  const Heading = useContext(StepHeadingLevel) === 1 ? 'h1' : 'h2';
  // The question replaces the page the person expected: take them to it, and name it in the
  // window title as every step and the result are (WCAG 2.4.2).
  useEffect(() => heading.current?.focus(), []);
  usePageTitle(t('share.choice.title'));
  return (
    <section className="wz-notice" aria-labelledby="share-choice-title">
      <Heading id="share-choice-title" ref={heading} tabIndex={-1}>
        {t('share.choice.title')}
      </Heading>
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
  /** Whether the shared answers replaced the person's own in this page (then, or after, the notice shows). */
  active: boolean;
  /** Set once the person's answers are back: the notice then says so instead. */
  restored: boolean;
  /** Set once the person chose to keep the shared answers: the notice then says their own are gone. */
  forgotten?: boolean;
  onUndo: () => void;
  /** Keeps the shared answers and lets the person's own go (asked, never done for them). */
  onForget: () => void;
  /** The widget: its answers, and this copy, are kept for the tab only. */
  tabOnly?: boolean;
}

/**
 * While the shared answers are open: the way back to the person's own, or the choice to let them
 * go. The live region is on the page before there is anything in it: a region added already
 * filled is not read out by screen readers, and focus goes to the page's heading below it
 * (accessibility audit, 6 Dec 2026), so "the shared answers are open" would go unheard.
 */
export function ShareUndo({ active, restored, forgotten = false, onUndo, onForget, tabOnly }: ShareUndoProps) {
  return (
    <div role="status" className="share-undo-live">
      {active && <ShareUndoNotice restored={restored} forgotten={forgotten} onUndo={onUndo} onForget={onForget} tabOnly={tabOnly} />}
    </div>
  );
}

function ShareUndoNotice({ restored, forgotten, onUndo, onForget, tabOnly }: Omit<ShareUndoProps, 'active'>) {
  const { t } = useTranslation();
  // Not printed: a printed result is the answer, not this device's answers (share-undo in app.css).
  if (restored) return <p className="share-undo">{t('share.undo.done')}</p>;
  if (forgotten) return <Forgotten text={t('share.undo.forgotten')} />;
  return (
    <div className="wz-notice share-undo">
      <p>{t(tabOnly ? 'embed.sharedKeptForTab' : 'share.undo.text')}</p>
      <button type="button" className="button" onClick={onUndo}>
        {t('share.undo.button')}
      </button>{' '}
      <button type="button" className="button button--secondary" onClick={onForget}>
        {t('share.undo.keep')}
      </button>
    </div>
  );
}

/**
 * "Your earlier answers have been deleted", in place of the buttons: the one pressed is gone, so
 * focus moves here rather than to the page's start (the screen stays where it was).
 */
function Forgotten({ text }: { text: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const active = document.activeElement;
    if (active === null || active === document.body) ref.current?.focus();
  }, []);
  return (
    <p ref={ref} tabIndex={-1} className="share-undo">
      {text}
    </p>
  );
}
