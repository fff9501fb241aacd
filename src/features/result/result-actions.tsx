// Share, print, add to calendar, start again. Everything happens on this device: the share link
// carries the answers in its fragment, the QR code is drawn here, the .ics file is made here.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Payment, Result, RulePack, Scenario } from '../../calc';
import { useFormat } from '../../i18n/use-format';
import { calendarEvents } from './calendar-events';
import { coverContext, waitsAfterShortGap } from './first-cover';
import { answersTag, buildIcs } from './ics';
import type { PayerAlternative } from './paid-by-alternative';
import { payerOfResult } from './payer-words';
import { loadQrEncoder, useQrEncoder } from './qr-loader';
import { QrSvg } from './qr-svg';
import { useRangeWording } from './range-wording';

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

/** Whether this browser offers its own share sheet (most phones; few desktop browsers). */
function hasShareSheet(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.share === 'function';
}

type ShareState = 'idle' | 'copied' | 'failed';

export interface ResultActionsProps {
  result: Result;
  scenario: Scenario;
  chain: readonly RulePack[];
  /** The share link for these answers (the same one the printout carries). */
  link: string;
  /** Where the date depends on who paid (left blank): the employer-paid answer, for the reminder. */
  payer?: PayerAlternative | null | undefined;
  onStartAgain: () => void;
  /** The local day today, where known: a link opened after the day its answers are for adds no reminder already past. */
  today?: string | undefined;
}

export function ResultActions({ result, scenario, chain, link, payer = null, onStartAgain, today }: ResultActionsProps) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const payment = scenario.payments.at(-1) as Payment;
  const cover = coverContext(scenario, result);
  // The calendar's lines say what the headline's say: a child's free enrolment in its own words.
  const wording = useRangeWording(chain, { asOf: result.asOf, planned: payment.status === 'planned', first: cover === 'firstSelf', shortGap: waitsAfterShortGap(result), payer: payerOfResult(result) });
  const regionName = chain[0]?.name[i18n.language === 'en' ? 'en' : 'zh-CN'] ?? '';
  const events = useMemo(
    () =>
      calendarEvents(result, payment, { chain, regionName, t, f, wording, cover, payer, birthDate: scenario.circumstances.birthDate, from: today }),
    [result, payment, chain, t, f, wording, cover, regionName, payer, scenario.circumstances.birthDate, today],
  );
  const [shared, setShared] = useState<ShareState>('idle');
  const [showQr, setShowQr] = useState(false);
  const [confirming, setConfirming] = useState(false);
  // Cancelled (button or Esc): focus goes back to "Start again", not to the page's start with the removed buttons.
  const startAgainRef = useRef<HTMLButtonElement>(null);
  const cancelled = useRef(false);
  useEffect(() => {
    if (confirming || !cancelled.current) return;
    cancelled.current = false;
    startAgainRef.current?.focus();
  }, [confirming]);
  const cancelStartAgain = () => {
    cancelled.current = true;
    setConfirming(false);
  };
  const linkRef = useRef<HTMLInputElement>(null);
  const printing = useRef(false);
  const qr = useQrEncoder();
  const qrId = useId();
  const calendarHintId = useId();
  const shareSheet = hasShareSheet();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setShared('copied');
    } catch {
      // No clipboard (an old browser, a page that is not https, a frame without permission):
      // the link is selected so that a long press or Ctrl+C copies it.
      setShared('failed');
      linkRef.current?.focus();
    }
  };

  const share = async () => {
    setShared('idle');
    if (!shareSheet) return copy();
    try {
      await navigator.share({ title: t('app.name'), url: link });
    } catch (error) {
      // The person closed the sheet: nothing to say. Anything else (a frame without the
      // web-share permission, a browser that refuses the data): copy instead.
      if (error instanceof DOMException && error.name === 'AbortError') return;
      await copy();
    }
  };

  const toggleQr = () => {
    if (!showQr) void loadQrEncoder();
    setShowQr(!showQr);
  };

  // The printout carries the QR code: load the encoder first, let React draw it, then print.
  const print = async () => {
    if (printing.current) return;
    printing.current = true;
    try {
      await loadQrEncoder();
      // React draws the store's update in a microtask; a task later the QR code is in the page.
      await new Promise((resolve) => setTimeout(resolve, 0));
      window.print();
    } finally {
      printing.current = false;
    }
  };

  // Who the reminders are for, not every answer: a parent's and then their child's do not replace
  // each other, and the same person's downloaded again after a change (a date corrected, a plan
  // paid) replace the earlier ones instead of doubling them.
  const calendar = () => download('yibao-reminders.ics', buildIcs(events, result.asOf, answersTag(JSON.stringify([scenario.region, payment.scheme, scenario.circumstances.birthDate ?? null]))), 'text/calendar;charset=utf-8');

  return (
    <section className="actions no-print" aria-labelledby="actions-title">
      <h2 id="actions-title">{t('result.actions.title')}</h2>
      <div className="actions__share">
        <label htmlFor="share-link">{t('result.actions.shareLabel')}</label>
        <input id="share-link" ref={linkRef} type="text" readOnly value={link} aria-describedby="share-privacy" onFocus={(e) => e.currentTarget.select()} />
        <p id="share-privacy" className="hint">
          {t('result.actions.sharePrivacy')}
        </p>
        <div className="actions__row">
          <button type="button" className="button" onClick={() => void share()}>
            {shareSheet ? t('result.actions.share') : t('result.actions.copy')}
          </button>
          <button type="button" className="button button--secondary" aria-expanded={showQr} aria-controls={qrId} onClick={toggleQr}>
            {showQr ? t('result.actions.hideQr') : t('result.actions.showQr')}
          </button>
        </div>
        <p role="status" className="actions__status">
          {shared === 'copied' ? t('result.actions.copied') : shared === 'failed' ? t('result.actions.copyFailed') : ''}
        </p>
        <div id={qrId} className="actions__qr" hidden={!showQr}>
          {showQr && qr.kind === 'ready' && (
            <figure className="actions__qr-figure">
              <QrSvg className="actions__qr-code" encoder={qr.encoder} text={link} label={t('result.share.qrLabel')} />
              <figcaption className="hint">{t('result.actions.qrHint')}</figcaption>
            </figure>
          )}
          <p role="status" className="hint">
            {showQr && qr.kind === 'loading' ? t('result.actions.qrLoading') : ''}
            {showQr && qr.kind === 'failed' ? t('result.actions.qrFailed') : ''}
          </p>
        </div>
      </div>
      <div className="actions__row">
        <button type="button" className="button" onClick={() => void print()}>
          {t('result.actions.print')}
        </button>
        {events.length > 0 ? (
          <button type="button" className="button" onClick={calendar} aria-describedby={calendarHintId}>
            {t('result.actions.calendar')}
          </button>
        ) : (
          // Monthly contributions have no enrolment window to watch for.
          <p className="hint">{t(payment.scheme === 'resident' ? 'result.actions.calendarNothing' : 'result.actions.calendarNothingMonthly')}</p>
        )}
      </div>
      {/* What the file holds, as it holds it: a range's reminder may be on the next possible day, not the earliest, and a window's close may be there too. */}
      {events.length > 0 && (
        <div id={calendarHintId} className="hint">
          <p>{t('result.actions.calendarHolds', { count: events.length })}</p>
          <ul>
            {events.map((e) => (
              <li key={e.uid}>{t('result.actions.calendarEvent', { date: f.date(e.date), title: e.title })}</li>
            ))}
          </ul>
        </div>
      )}
      {/* Last, apart: the reminders listed above belong to the calendar button beside Print. */}
      <div className="actions__row">
        {!confirming ? (
          <button type="button" className="button button--secondary" ref={startAgainRef} onClick={() => setConfirming(true)}>
            {t('result.actions.startAgain')}
          </button>
        ) : (
          <div
            className="actions__confirm"
            role="group"
            aria-labelledby="confirm-text"
            onKeyDown={(e) => {
              if (e.key !== 'Escape') return;
              e.preventDefault();
              cancelStartAgain();
            }}
          >
            <p id="confirm-text">{t('result.actions.confirmText')}</p>
            <button type="button" className="button button--danger" onClick={onStartAgain}>
              {t('result.actions.confirmYes')}
            </button>
            <button type="button" className="button button--secondary" onClick={cancelStartAgain} autoFocus>
              {t('result.actions.confirmNo')}
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
