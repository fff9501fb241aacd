// A late payment after both the enrolment window and the extended payment period after it (R1a):
// the explanation names both ends, not the window's alone (青海 W30: window to 31 Dec 2025,
// extended period to 28 Feb 2026, paid 5 Jul 2026), so a reader of the region's notice (which
// gives 21 Oct to 28 Feb) does not take the window for a wrong one. Shipped packs, by text.
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const w30 = scenario({ asOf: '2026-07-20', region: 'qinghai', years: { 2024: 'resident', 2025: 'resident' }, payments: [residentPay('2026-07-05', [2026])] });

describe('青海 W30, paid 5 Jul 2026 after the window and the extended period', () => {
  it('in English: both ends are named, and cover starts on October 5, 2026', async () => {
    await renderResultScreen(w30, { today: '2026-07-20' });
    expect(await screen.findByTestId('headline')).toHaveTextContent('October 5, 2026');
    expect(screen.getByText('You paid on July 5, 2026, after the 2026 enrolment window ended on December 31, 2025 and the extended payment period after it on February 28, 2026.')).toBeInTheDocument();
    expect(screen.queryByText('You paid on July 5, 2026, after the 2026 enrolment window ended on December 31, 2025.')).toBeNull();
  });

  it('in Chinese, in the tense of a payment still to come', async () => {
    const planned = { ...w30, asOf: '2026-06-20', payments: [residentPay('2026-07-05', [2026], 0, 'planned')] };
    await renderResultScreen(planned, { language: 'zh-CN', today: '2026-06-20' });
    expect(await screen.findByTestId('headline')).toHaveTextContent('2026年10月5日');
    expect(screen.getByText('您计划于2026年7月5日缴费，届时2026年度集中参保期已于2025年12月31日结束，其后的延长缴费期也已于2026年2月28日结束。')).toBeInTheDocument();
  });

  it('a payment in the window says nothing of the extended period (福建, paid 20 Dec 2025)', async () => {
    const s = scenario({ asOf: '2025-12-21', region: 'fujian', years: { 2024: 'resident', 2025: 'resident' }, payments: [residentPay('2025-12-20', [2026])] });
    await renderResultScreen(s, { today: '2025-12-21' });
    await screen.findByTestId('headline');
    expect(screen.queryByText(/extended payment period after it/)).toBeNull();
  });
});

describe('甘肃 W32, paid 5 Mar 2026 after payments for 2026 closed (R1b)', () => {
  const w32 = scenario({ asOf: '2026-03-06', region: 'gansu', years: { 2024: 'resident', 2025: 'resident' }, payments: [residentPay('2026-03-05', [2026])] });

  it('in Chinese: names the last day payments were taken, 28 Feb 2026', async () => {
    await renderResultScreen(w32, { language: 'zh-CN', today: '2026-03-06' });
    await screen.findByTestId('headline');
    expect(screen.getByText('当地2026年度参保缴费的办理截止于2026年2月28日，您2026年3月5日的缴费已过截止日，在2026年度享受不到待遇。请在下一个集中参保期缴费。')).toBeInTheDocument();
  });

  // A payment still to come is not spoken of as made: 「您计划于…缴费，届时已过截止日」, not 「您…的缴费已过截止日」.
  it('in Chinese, in the tense of a payment still to come', async () => {
    const planned = { ...w32, asOf: '2026-03-01', payments: [residentPay('2026-03-05', [2026], 0, 'planned')] };
    await renderResultScreen(planned, { language: 'zh-CN', today: '2026-03-01' });
    await screen.findByTestId('headline');
    expect(screen.getByText('当地2026年度参保缴费的办理截止于2026年2月28日，您计划于2026年3月5日缴费，届时已过截止日，这笔缴费在2026年度享受不到待遇。请在下一个集中参保期缴费。')).toBeInTheDocument();
    expect(screen.queryByText(/您2026年3月5日的缴费已过截止日/)).toBeNull();
  });

  it('in English, planned', async () => {
    const planned = { ...w32, asOf: '2026-03-01', payments: [residentPay('2026-03-05', [2026], 0, 'planned')] };
    await renderResultScreen(planned, { today: '2026-03-01' });
    await screen.findByTestId('headline');
    expect(screen.getByText('Your region takes payments that buy cover for 2026 until February 28, 2026. The payment you plan for March 5, 2026 comes after that, so it would bring no cover in 2026. Pay in the next enrolment window.')).toBeInTheDocument();
  });

  it('in English', async () => {
    await renderResultScreen(w32, { today: '2026-03-06' });
    await screen.findByTestId('headline');
    expect(screen.getByText('Your region took payments that buy cover for 2026 until February 28, 2026. Your payment on March 5, 2026 comes after that, so it brings no cover in 2026. Pay in the next enrolment window.')).toBeInTheDocument();
  });
});

describe('厦门: paid on 28 Dec 2025, after its 2026 window (to 26 Dec) and before the extended period (from 1 Jan)', () => {
  it('names the window only: the extended period has not started, let alone ended', async () => {
    const s = scenario({ asOf: '2025-12-29', region: 'fujian-xiamen', years: { 2024: 'resident', 2025: 'resident' }, payments: [residentPay('2025-12-28', [2026])] });
    await renderResultScreen(s, { today: '2025-12-29' });
    await screen.findByTestId('headline');
    expect(screen.getByText('You paid on December 28, 2025, after the 2026 enrolment window ended on December 26, 2025.')).toBeInTheDocument();
    expect(screen.queryByText(/extended payment period after it/)).toBeNull();
  });
});

