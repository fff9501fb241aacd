// A range some of whose dates come only with the next year paid too (a newborn paid after the
// newborn period, under the national rules): the summed-up outcome line says so, the warnings
// say it once with the span of days instead of once per day (and "this payment alone buys no
// cover" only, not also "no cover in 2026", which it includes), and the options offer that year.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

// Born 15 Aug 2026; 2026 paid on 20 Nov 2026 (day 97), seen on 1 Dec 2026; national rules.
const newborn = scenario({ asOf: '2026-12-01', region: 'national', payments: [residentPay('2026-11-20', [2026], 0, 'made')], circumstances: { birthDate: '2026-08-15' } });

describe('a range whose later dates need the next year paid', () => {
  it('in English', async () => {
    await renderResultScreen(newborn);
    expect(screen.getByText('Between February 1, 2027 and February 21, 2027, if you also pay for 2027')).toBeInTheDocument();
    const warnings = within(screen.getByRole('note', { name: 'Warnings' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    const spans = warnings.filter((w) => w.includes('between February 1, 2027 and February 21, 2027'));
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatch(/This payment alone brings no cover/);
    expect(warnings.filter((w) => /February (18|19|20), 2027/.test(w))).toEqual([]);
    expect(screen.getByRole('heading', { name: "Also pay for 2027 today (December 1, 2026), if your region's 2027 enrolment window is already open, on top of the payment already made" })).toBeInTheDocument();
  });

  it('in Chinese', async () => {
    await renderResultScreen(newborn, { language: 'zh-CN' });
    expect(screen.getByText('2027年2月1日至2027年2月21日之间（须同时缴纳2027年度保费）')).toBeInTheDocument();
    expect(screen.getAllByText(/最早要到2027年2月1日至2027年2月21日之间的某一天起才能享受待遇/)).toHaveLength(1);
    expect(screen.getByText(/仅凭这笔已缴的费用，孩子享受不到待遇/)).toBeInTheDocument();
  });
});
