// Sharing and printing the result (issue 12, item 8), by role and label: the system share sheet
// where the browser has one, the clipboard otherwise with a confirmation people can see and
// hear, a QR code on request (SVG, named), and the link on paper as text and as a QR code.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../../src/calc';
import type { SupportedLanguage } from '../../../src/i18n/languages';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen } from '../wizard/harness';

/** A cold render of the whole result on a busy machine can pass the default 5 s. */
const SLOW = 20_000;

const W5 = scenario({ asOf: '2026-11-15', region: 'shandong-qingdao', years: { 2025: 'none', 2026: 'none' }, payments: [residentPay('2026-11-20', [2027], 0, 'planned')] });

async function renderResult(s: Scenario = W5, language: SupportedLanguage = 'en') {
  const { user } = await renderResultScreen(s, { language });
  const link = (screen.getByRole('textbox', { name: language === 'en' ? 'Share link' : '分享链接' }) as HTMLInputElement).value;
  return { user, link };
}

/** Gives the browser a share sheet for one test. */
function withShareSheet(share: (data: ShareData) => Promise<void>) {
  Object.defineProperty(navigator, 'share', { value: vi.fn(share), configurable: true, writable: true });
  return navigator.share as ReturnType<typeof vi.fn>;
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'share');
  vi.restoreAllMocks();
});

describe('share', { timeout: SLOW }, () => {
  it('without a share sheet: copies the link and says so in a status people can see and screen readers hear', async () => {
    const { user, link } = await renderResult();
    expect(screen.queryByRole('button', { name: 'Share…' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe(link);
    const status = within(screen.getByRole('region', { name: 'Keep, share or start again' })).getAllByRole('status')[0] as HTMLElement;
    expect(status).toHaveTextContent('Link copied.');
    expect(status).toBeVisible();
  });

  it('with a share sheet: opens it with the link and the app name', async () => {
    const share = withShareSheet(async () => {});
    const { user, link } = await renderResult();
    await user.click(screen.getByRole('button', { name: 'Share…' }));
    expect(share).toHaveBeenCalledWith({ title: 'Medical insurance lapse calculator', url: link });
    expect(screen.queryByText('Link copied.')).toBeNull();
  });

  it('a share sheet the page may not use (a frame without permission): copies instead', async () => {
    withShareSheet(async () => {
      throw new DOMException('not allowed', 'NotAllowedError');
    });
    const { user, link } = await renderResult();
    await user.click(screen.getByRole('button', { name: 'Share…' }));
    expect(await screen.findByText('Link copied.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(link);
  });

  it('closing the share sheet: nothing copied, nothing said', async () => {
    withShareSheet(async () => {
      throw new DOMException('closed', 'AbortError');
    });
    const { user } = await renderResult();
    await navigator.clipboard.writeText('before');
    await user.click(screen.getByRole('button', { name: 'Share…' }));
    expect(await navigator.clipboard.readText()).toBe('before');
    expect(screen.queryByText('Link copied.')).toBeNull();
  });

  it('no clipboard either: says how to copy by hand and selects the link', async () => {
    const { user } = await renderResult();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Could not copy. Select the link and copy it yourself.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Share link' })).toHaveFocus();
  });
});

describe('QR code on screen', { timeout: SLOW }, () => {
  it('appears on request as a named SVG of the share link, and hides again', async () => {
    const { user } = await renderResult();
    const actions = screen.getByRole('region', { name: 'Keep, share or start again' });
    expect(within(actions).queryByRole('img', { name: 'QR code to open this result' })).toBeNull();
    const toggle = within(actions).getByRole('button', { name: 'Show QR code' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    const qr = await within(actions).findByRole('img', { name: 'QR code to open this result' });
    expect(qr.tagName.toLowerCase()).toBe('svg');
    expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
    // No inline style: the CSP (style-src 'self') would block it.
    expect(qr.outerHTML).not.toMatch(/style=/);
    expect(within(actions).getByRole('button', { name: 'Hide QR code' })).toHaveAttribute('aria-expanded', 'true');
    await user.click(within(actions).getByRole('button', { name: 'Hide QR code' }));
    expect(within(actions).queryByRole('img', { name: 'QR code to open this result' })).toBeNull();
  });

  it('is named in Chinese too', async () => {
    const { user } = await renderResult(W5, 'zh-CN');
    const actions = screen.getByRole('region', { name: '保存、分享或重新开始' });
    await user.click(within(actions).getByRole('button', { name: '显示二维码' }));
    expect(await within(actions).findByRole('img', { name: '打开这一结果的二维码' })).toBeInTheDocument();
  });
});

describe('print', { timeout: SLOW }, () => {
  it('carries the share link as text for paper, in its own section', async () => {
    const { link } = await renderResult();
    const onPaper = screen.getByRole('region', { name: 'See this result again' });
    expect(within(onPaper).getByText(link)).toBeInTheDocument();
    // The hint speaks of a code only where one is drawn: a first print from the browser's menu may
    // come before the encoder has loaded (keyboard walk, 6 Dec 2026: "Scan the QR code", no code).
    const drawn = within(onPaper).queryByRole('img', { name: 'QR code to open this result' }) !== null;
    if (drawn) expect(onPaper).toHaveTextContent('Scan the QR code with a phone, or open the link below in a browser');
    else {
      expect(onPaper).toHaveTextContent('Open the link below in a browser to see this result with its explanation and sources.');
      expect(onPaper).not.toHaveTextContent(/QR/);
    }
    expect(link).toMatch(/#s=1\./);
  });

  it('the Print button draws the QR code into the printable section before it opens the print dialog', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {
      // What the printer gets: the QR code must already be in the printable section.
      const onPaper = screen.getByRole('region', { name: 'See this result again' });
      expect(within(onPaper).getByRole('img', { name: 'QR code to open this result' }).tagName.toLowerCase()).toBe('svg');
      expect(onPaper).toHaveTextContent('Scan the QR code with a phone, or open the link below in a browser');
    });
    const { user } = await renderResult();
    await user.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
  });
});
