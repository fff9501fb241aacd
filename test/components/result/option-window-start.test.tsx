// §8.5 and R1 in the options: where the next window's start is not stated by the region's own
// rules, the national rules know only the earliest regions' day. Under the national rules the
// option says "open in some regions from 1 Sep, in others later"; under a region's rules that do
// not state it (甘肃 2027), "in some regions" would not be about the reader: the option says the
// region has not announced when it opens, and gives the earliest regions' day as such.
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

/** W32: covered 2025, paid 2026 on 5 Mar 2026 after 甘肃's supplementary period: no cover in 2026. */
const w32 = (region: string) => scenario({ asOf: '2026-03-05', region, years: { 2025: 'resident' }, payments: [residentPay('2026-03-05', [2026])] });

describe('the next window in an option title', () => {
  it('甘肃: "your region has not announced when it opens", with the earliest regions’ day (English)', async () => {
    await renderResultScreen(w32('gansu'), { today: '2026-03-05' });
    const title = await screen.findByRole('heading', { level: 3, name: /^Also pay for 2027 in its enrolment window/ });
    expect(title).toHaveTextContent('Also pay for 2027 in its enrolment window (your region has not announced when it opens; some regions open as early as September 1, 2026), on top of the payment already made');
    expect(title).not.toHaveTextContent(/in some regions/);
  });

  it('甘肃 in Chinese', async () => {
    await renderResultScreen(w32('gansu'), { language: 'zh-CN', today: '2026-03-05' });
    const title = await screen.findByRole('heading', { level: 3, name: /^在已缴费用之外，另在集中参保期内缴纳2027年度保费/ });
    expect(title).toHaveTextContent('在已缴费用之外，另在集中参保期内缴纳2027年度保费（当地尚未公布开始日期，最早的地区自2026年9月1日起开始）');
  });

  it('the national rules: "open in some regions from 1 Sep 2026, in others later"', async () => {
    await renderResultScreen(scenario({ asOf: '2026-03-20', region: 'national', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-03-20', [2026], 0, 'planned')] }), { today: '2026-03-20' });
    expect(await screen.findByRole('heading', { level: 3, name: /open in some regions from September 1, 2026, in others later/ })).toBeInTheDocument();
  });
});
