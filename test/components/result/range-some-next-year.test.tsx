// A range whose dates in some regions come only with the next year paid too (I4): a 湖北 newborn
// born 10 Mar 2026, enrolled late on 5 Dec 2026 for 2026 alone. Regions that cover a late newborn
// from the payment date cover it in 2026; 武汉 (from the 1st of the next month) and regions that
// apply the ordinary 3-month wait restart only in 2027, with 2027 paid. The headline says so, as
// the lines under it do, instead of reading as what this payment alone buys everywhere.
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const hubeiNewborn = scenario({ asOf: '2026-12-05', region: 'hubei', payments: [residentPay('2026-12-05', [2026], 0, 'planned')], circumstances: { birthDate: '2026-03-10' } });

describe('a range some of whose dates need the next year paid too', () => {
  it('in Chinese, the headline names the year, and the lines mark the dates', async () => {
    await renderResultScreen(hubeiNewborn, { language: 'zh-CN', today: '2026-12-05' });
    expect(screen.getByTestId('headline')).toHaveTextContent(/^孩子的医保报销将在2026年12月5日至2027年3月6日之间开始，具体日期取决于当地规定。其中部分日期须同时缴纳2027年度保费才适用（见下方标注）。$/);
    expect(screen.getByText(/^2027年1月1日（须同时缴纳2027年度保费）/)).toBeVisible();
  });

  it('in English', async () => {
    await renderResultScreen(hubeiNewborn, { today: '2026-12-05' });
    expect(screen.getByTestId('headline')).toHaveTextContent(/^Your child's reimbursement starts between December 5, 2026 and March 6, 2027, depending on your region's rules\. Some of these dates apply only if you also pay for 2027 \(marked below\)\.$/);
  });

  it('paid already, seen after every such date: told as what it would have taken', async () => {
    const made = scenario({ asOf: '2027-04-01', region: 'hubei', payments: [residentPay('2026-12-05', [2026])], circumstances: { birthDate: '2026-03-10' } });
    await renderResultScreen(made, { language: 'zh-CN', today: '2027-04-01' });
    expect(screen.getByTestId('headline')).toHaveTextContent(/其中部分日期要当时同时缴纳2027年度保费才会适用（见下方标注）。$/);
  });

  it('not where no date needs it', async () => {
    // Paid for 2026 and 2027 together: no date needs a further year.
    const both = scenario({ asOf: '2026-12-05', region: 'hubei', payments: [residentPay('2026-12-05', [2026, 2027], 0, 'planned')], circumstances: { birthDate: '2026-03-10' } });
    await renderResultScreen(both, { today: '2026-12-05' });
    expect(screen.getByTestId('headline')).not.toHaveTextContent(/also pay for/);
  });
});
