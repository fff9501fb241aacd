// Share, print, add to calendar, start again. Everything happens on this device.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result, RulePack, Scenario } from '../../calc';
import { useFormat } from '../../i18n/use-format';
import { calendarEvents } from './calendar-events';
import { buildIcs } from './ics';
import { useRangeWording } from './range-wording';
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

export function ResultActions({ result, scenario, chain, onStartAgain }: { result: Result; scenario: Scenario; chain: readonly RulePack[]; onStartAgain: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const wording = useRangeWording(chain);
  const events = calendarEvents(result, t, f, wording);
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

  const calendar = () => download('yibao-reminders.ics', buildIcs(events, result.asOf), 'text/calendar;charset=utf-8');

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
        {events.length > 0 ? (
          <button type="button" className="button" onClick={calendar} aria-describedby={result.main.restoration.kind === 'range' ? 'calendar-range-hint' : undefined}>
            {t('result.actions.calendar')}
          </button>
        ) : (
          <p className="hint">{t('result.actions.calendarNothing')}</p>
        )}
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
      {events.length > 0 && result.main.restoration.kind === 'range' && (
        <p id="calendar-range-hint" className="hint">
          {t('result.actions.calendarRange')}
        </p>
      )}
    </section>
  );
}
