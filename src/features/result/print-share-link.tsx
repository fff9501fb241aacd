// On paper only: the share link as text and as a QR code, right under the answer, so whoever
// holds the printout (the person, a relative, an official) can open the same result with its
// explanation and sources. The screen has the share controls instead (result-actions.tsx).
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { loadQrEncoder, useQrEncoder } from './qr-loader';
import { QrSvg } from './qr-svg';

export function PrintShareLink({ link }: { link: string }) {
  const { t } = useTranslation();
  const qr = useQrEncoder();
  // Printing from the browser's menu: start loading the encoder. The "Print" button waits for it
  // (result-actions.tsx); the menu cannot wait, so that first printout may carry the link as
  // text only, which still opens the result.
  useEffect(() => {
    const prepare = () => void loadQrEncoder();
    window.addEventListener('beforeprint', prepare);
    return () => window.removeEventListener('beforeprint', prepare);
  }, []);
  return (
    <section className="print-share print-only" aria-labelledby="print-share-title">
      {qr.kind === 'ready' && <QrSvg className="print-share__qr" encoder={qr.encoder} text={link} label={t('result.share.qrLabel')} />}
      <div className="print-share__text">
        <h2 id="print-share-title" className="print-share__title">
          {t('result.share.printTitle')}
        </h2>
        {/* No code to scan until the encoder has loaded (a first print from the browser's menu): the hint then speaks of the link alone. */}
        <p className="print-share__hint">{t(qr.kind === 'ready' ? 'result.share.printHint' : 'result.share.printHintLinkOnly')}</p>
        <p className="print-share__url" data-testid="print-share-url">
          {link}
        </p>
      </div>
    </section>
  );
}
