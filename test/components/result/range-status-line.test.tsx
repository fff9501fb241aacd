// Finding 3 of the 2026-12-07 walk-through: the status line under a range said only "it depends on
// your region whether you are covered now", where the range's outcomes answer it: covered, since
// the range's last day at the latest, unless the region had stopped taking payments for the year
// (R1b, 甘肃), where the payment brings no cover in that year.
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

// National rules: covered 2023 and 2024, 2025 lapsed, 2026 paid on 15 March 2026 (outside the window).
const paidMarch = (asOf: string) => scenario({ asOf, years: { 2023: 'resident', 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-03-15', [2026])] });

describe('the status on a day every region that covers the payment has begun to', () => {
  it('in Chinese: covered since 16 July 2026 at the latest, unless late payments for 2026 had closed (甘肃)', async () => {
    await renderResultScreen(paidMarch('2026-12-07'), { language: 'zh-CN' });
    expect(screen.getByTestId('status')).toHaveTextContent(
      /^2026年12月7日的状态：已可以报销，最晚自2026年7月16日起。但如果您缴费时当地已停止办理2026年度参保缴费（适用地区：甘肃），这笔缴费在2026年度享受不到待遇。$/,
    );
  });

  it('in English: the same answer and the same exception', async () => {
    await renderResultScreen(paidMarch('2026-12-07'));
    expect(screen.getByTestId('status')).toHaveTextContent(
      /^Status on December 7, 2026: covered, since July 16, 2026 at the latest\. But if your region no longer accepted payments for 2026 on the day you paid \(region: Gansu\), this payment brings no cover in 2026\.$/,
    );
    expect(screen.getByTestId('status')).not.toHaveTextContent(/it depends on your region/);
  });
});

describe('the status on a day between the earliest and the latest', () => {
  it('in English, 20 June 2026: covered if the date that applies is by then, else by 16 July at the latest', async () => {
    await renderResultScreen(paidMarch('2026-06-20'));
    expect(screen.getByTestId('status')).toHaveTextContent(
      /^Status on June 20, 2026: covered if the date above that applies to you is on or before June 20, 2026; if not, cover starts on July 16, 2026 at the latest\. But if your region no longer accepted payments for 2026 on the day you paid \(region: Gansu\), this payment brings no cover in 2026\.$/,
    );
  });

  it('in Chinese, 20 June 2026', async () => {
    await renderResultScreen(paidMarch('2026-06-20'), { language: 'zh-CN' });
    expect(screen.getByTestId('status')).toHaveTextContent(/^2026年6月20日的状态：如果上方适用于您的日期在2026年6月20日或之前，您已可以报销；否则最晚自2026年7月16日起可以报销。但如果/);
  });
});

describe('where the range does not answer it', () => {
  it('before the earliest day (10 May 2026) the status is not "covered"', async () => {
    await renderResultScreen(paidMarch('2026-05-10'));
    expect(screen.getByTestId('status')).not.toHaveTextContent(/covered, since|covered if/);
  });
});
