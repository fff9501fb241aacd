// An exempt group whose source names the group but not its first day (X2: the region's day for
// people exempt from the wait decides it) read as a contradiction: "如果当地对您所属人群免等待期，但文件
// 没有说明自哪一天起享受待遇，且免等待期人员自缴费之日起享受待遇" (a reviewer's walk: 北京, released from
// prison on 1 Feb 2026, 2026 paid on 10 Mar 2026). The day now follows the exemption as its own day,
// and two ways that read alike (the source's own day; the region's day for exempt people) are said once.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const released = scenario({
  asOf: '2026-03-10',
  region: 'beijing',
  years: { 2024: 'resident', 2025: 'resident' },
  payments: [residentPay('2026-03-10', [2026])],
  circumstances: { exemptGroup: { group: 'releasedPrisoner', since: '2026-02-01' } },
});

const lines = (name: string) => within(screen.getByRole('list', { name })).getAllByRole('listitem').filter((li) => li.classList.contains('headline__outcome'));

describe('北京, released from prison on 1 Feb 2026, 2026 paid on 10 Mar 2026', () => {
  it('in Chinese: the exemption, then its day, with no "the text does not say"', async () => {
    await renderResultScreen(released, { language: 'zh-CN', today: '2026-03-10' });
    await screen.findByTestId('headline');
    const [paymentDay, nextDay] = lines('各种情形对应的日期');
    expect(paymentDay).toHaveTextContent(/^2026年3月10日：如果当地对您所属人群免等待期，且自缴费之日起享受待遇$/);
    // The source's own "next day" and the region's next day for exempt people read alike: said once, not "符合以下情形之一".
    expect(nextDay).toHaveTextContent(/^2026年3月11日：如果当地对您所属人群免等待期，且自缴费次日起享受待遇$/);
    expect(document.body).not.toHaveTextContent('文件没有说明');
    expect(document.body).not.toHaveTextContent('免等待期人员自缴费');
  });

  it('in English too', async () => {
    await renderResultScreen(released, { today: '2026-03-10' });
    await screen.findByTestId('headline');
    const [paymentDay, nextDay] = lines('Which date applies in which case');
    expect(paymentDay).toHaveTextContent(/^March 10, 2026 — if your region exempts your group from the wait and cover starts on the payment date$/);
    expect(nextDay).toHaveTextContent(/^March 11, 2026 — if your region exempts your group from the wait and cover starts on the day after payment$/);
    expect(document.body).not.toHaveTextContent('does not say from which day');
    cleanup();
  });
});
