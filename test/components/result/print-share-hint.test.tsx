// The printed hint speaks of a QR code only where one is drawn: a first print from the browser's
// menu can come before the encoder has loaded (a keyboard walk, 6 Dec 2026: "Scan the QR code",
// and no code). The encoder's state is set here, not left to whichever test loaded it first.
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { QrEncoderState } from '../../../src/features/result/qr-loader';
import { PrintShareLink } from '../../../src/features/result/print-share-link';
import { makeI18n } from '../wizard/harness';

const encoder = vi.hoisted(() => ({ state: { kind: 'idle' } as QrEncoderState }));
vi.mock('../../../src/features/result/qr-loader', () => ({ useQrEncoder: () => encoder.state, loadQrEncoder: () => Promise.resolve(null) }));

const LINK = 'https://example.test/#s=1.abc';

async function renderPrint(language: 'en' | 'zh-CN') {
  render(
    <I18nextProvider i18n={await makeI18n(language)}>
      <PrintShareLink link={LINK} />
    </I18nextProvider>,
  );
  return screen.getByRole('region', { name: language === 'en' ? 'See this result again' : undefined });
}

describe('the printed share link', () => {
  it('before the encoder has loaded: the link alone, no word of a QR code', async () => {
    encoder.state = { kind: 'loading' };
    const section = await renderPrint('en');
    expect(section).toHaveTextContent('Open the link below in a browser to see this result with its explanation and sources.');
    expect(section).not.toHaveTextContent(/QR/);
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('once drawn: the code and the link', async () => {
    const qr = await import('../../../src/features/result/qr-code');
    encoder.state = { kind: 'ready', encoder: qr };
    const section = await renderPrint('en');
    expect(section).toHaveTextContent('Scan the QR code with a phone, or open the link below in a browser');
    expect(screen.getByRole('img', { name: 'QR code to open this result' })).toBeInTheDocument();
  });

  it('in Chinese, before the encoder has loaded', async () => {
    encoder.state = { kind: 'failed' };
    await renderPrint('zh-CN');
    expect(document.body).toHaveTextContent('在浏览器中打开下面的链接，即可查看这一结果及其计算依据。');
    expect(document.body).not.toHaveTextContent('二维码');
  });
});
