// Share, print, add to calendar, start again. Everything happens on this device.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result, Scenario } from '../../calc';
import { useFormat } from '../../i18n/use-format';
import { buildIcs } from './ics';
import type { CalendarEvent } from './ics';
import { shareUrl } from './share-link';

function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ResultActions({ result, scenario, onStartAgain }: { result: Result; scenario: Scenario; onStartAgain: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [confirming, setConfirming] = useState(false);
  const link = shareUrl(scenario, window.location.href);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };

  const calendar = () => {
    const events: CalendarEvent[] = [];
    const r = result.main.restoration;
    const date = r.kind === 'range' ? r.latest : r.date;
    events.push({ uid: `restore-${date}@yibao-lapse`, date, title: t('result.calendar.restoreTitle'), description: t('result.calendar.restoreText', { date: f.date(date) }), remindDaysBefore: [1] });
    const w = result.nextWindow;
    if (w) {
      events.push({ uid: `window-open-${w.start}@yibao-lapse`, date: w.start, title: t('result.calendar.windowOpenTitle', { year: w.year }), description: t('result.calendar.windowText', { year: w.year, start: f.date(w.start), end: f.date(w.end) }), remindDaysBefore: [0] });
      events.push({ uid: `window-close-${w.end}@yibao-lapse`, date: w.end, title: t('result.calendar.windowCloseTitle', { year: w.year }), description: t('result.calendar.windowText', { year: w.year, start: f.date(w.start), end: f.date(w.end) }), remindDaysBefore: [14, 3] });
    }
    download('yibao-reminders.ics', buildIcs(events, result.asOf), 'text/calendar;charset=utf-8');
  };

  return (
    <section className="actions no-print" aria-labelledby="actions-title">
      <h2 id="actions-title">{t('result.actions.title')}</h2>
      <div className="actions__share">
        <label htmlFor="share-link">{t('result.actions.shareLabel')}</label>
        <input id="share-link" type="text" readOnly value={link} aria-describedby="share-privacy" onFocus={(e) => e.currentTarget.select()} />
        <p id="share-privacy" className="hint">
          {t('result.actions.sharePrivacy')}
        </p>
        <button type="button" className="button" onClick={() => void copy()}>
          {t('result.actions.copy')}
        </button>
        <span role="status" className="actions__status">
          {copied === 'copied' ? t('result.actions.copied') : copied === 'failed' ? t('result.actions.copyFailed') : ''}
        </span>
      </div>
      <div className="actions__row">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('result.actions.print')}
        </button>
        <button type="button" className="button" onClick={calendar}>
          {t('result.actions.calendar')}
        </button>
        {!confirming ? (
          <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
            {t('result.actions.startAgain')}
          </button>
        ) : (
          <div className="actions__confirm" role="group" aria-labelledby="confirm-text">
            <p id="confirm-text">{t('result.actions.confirmText')}</p>
            <button type="button" className="button button--danger" onClick={onStartAgain}>
              {t('result.actions.confirmYes')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)} autoFocus>
              {t('result.actions.confirmNo')}
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
