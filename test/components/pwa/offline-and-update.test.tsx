import { act, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProviders, createQueryClient } from '../../../src/app/app';
import { OfflineIndicator } from '../../../src/app/offline-indicator';
import { UpdatePromptView } from '../../../src/app/update-prompt';
import { createI18n } from '../../../src/i18n/setup';
import zh from '../../../src/i18n/locales/zh-CN.json';

function renderWithI18n(ui: ReactNode) {
  return render(
    <AppProviders i18n={createI18n({ language: 'zh-CN' })} queryClient={createQueryClient()}>
      {ui}
    </AppProviders>,
  );
}

function setOnline(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  act(() => {
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  });
}

describe('OfflineIndicator', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is an empty status region while online and says so when the browser goes offline', () => {
    renderWithI18n(<OfflineIndicator />);
    const status = screen.getByRole('status');
    expect(status).toBeEmptyDOMElement();
    setOnline(false);
    expect(status).toHaveTextContent(zh.pwa.offline);
    setOnline(true);
    expect(status).toBeEmptyDOMElement();
  });
});

describe('UpdatePromptView', () => {
  it('stays an empty status region until an update waits', () => {
    renderWithI18n(<UpdatePromptView visible={false} onReload={() => {}} onLater={() => {}} />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('offers to reload now or later, saying the answers are kept', async () => {
    const onReload = vi.fn();
    const onLater = vi.fn();
    renderWithI18n(<UpdatePromptView visible onReload={onReload} onLater={onLater} />);
    expect(screen.getByRole('status')).toHaveTextContent(`${zh.pwa.updateReady} ${zh.pwa.answersKept}`);
    await userEvent.click(screen.getByRole('button', { name: zh.pwa.reload }));
    expect(onReload).toHaveBeenCalledOnce();
    await userEvent.click(screen.getByRole('button', { name: zh.pwa.later }));
    expect(onLater).toHaveBeenCalledOnce();
  });
});
