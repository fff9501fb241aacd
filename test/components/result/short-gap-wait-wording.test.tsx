// The region's employee-scheme wait (employee.longGapWaitMonths) also applies to a short gap that
// is not back-paid (E1 needs the back-payment; E3 then sets the wait). For a 1-month gap the
// range's conditions must not say "after a gap of more than 3 months": they speak of the scheme's wait. A gap of
// more than 3 months keeps "after a gap of more than 3 months".
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { waitsAfterShortGap } from '../../../src/features/result/first-cover';
import { calculate } from '../../../src/calc';
import { chainOf } from '../../calc/arbitraries';
import { employeePay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Employer-paid cover to `last`, then flexible contributions planned on 2026-12-20 without back-paying the gap. */
const flexibleAfter = (last: string) =>
  scenario({ asOf: '2026-12-04', region: 'national', employeePeriods: [{ from: '2022-01', to: last, paidBy: 'employer' }], payments: [employeePay('2026-12-20', false, 'employee', 'planned')] });

/** 1 month missed (November 2026). */
const shortGap = flexibleAfter('2026-10');
/** 5 months missed (July to November 2026). */
const longGap = flexibleAfter('2026-06');

describe('the employee-scheme wait after a short gap not back-paid', () => {
  it('is recognised from the run explained, and a long gap is not', () => {
    const short = calculate(shortGap, chainOf('national'));
    const long = calculate(longGap, chainOf('national'));
    if (!short.ok || !long.ok) throw new Error('invalid scenario');
    expect(waitsAfterShortGap(short.result)).toBe(true);
    expect(waitsAfterShortGap(long.result)).toBe(false);
  });

  it('in English, the conditions speak of the employee scheme’s wait, not of a gap of more than 3 months', async () => {
    await renderResultScreen(shortGap, { today: '2026-12-04' });
    await screen.findByTestId('headline');
    const lines = screen.getByRole('list', { name: 'Which date applies where' });
    expect(lines).toHaveTextContent('your region sets a wait of 3 months in the employee scheme');
    expect(lines.textContent).not.toMatch(/more than 3 months/);
  });

  it('in Chinese too', async () => {
    await renderResultScreen(shortGap, { language: 'zh-CN', today: '2026-12-04' });
    await screen.findByTestId('headline');
    const lines = screen.getByRole('list', { name: '各地适用的日期' });
    expect(lines).toHaveTextContent('当地职工医保设置3个月等待期');
    expect(lines.textContent).not.toMatch(/断保超过3个月/);
  });

  // A 广州 flexible worker with 3 months missed, not back-paid, read "the answer depends on: the wait
  // after a gap of more than 3 months for flexible workers" (newcomer walk, 6 Dec 2026).
  it('nowhere on the page, in either language, is a short gap named "more than 3 months": what the answer depends on names the scheme’s wait', async () => {
    const flexible = scenario({ asOf: '2026-12-05', region: 'guangdong-guangzhou', employeePeriods: [{ from: '2021-03', to: '2026-08' }], payments: [employeePay('2026-12-05', false, 'flexible', 'planned')] });
    await renderResultScreen(flexible, { today: '2026-12-05' });
    await screen.findByTestId('headline');
    expect(document.body.textContent).toMatch(/the waiting period for flexible workers/);
    expect(document.body.textContent).not.toMatch(/more than 3 months/);
    cleanup();
    await renderResultScreen(flexible, { language: 'zh-CN', today: '2026-12-05' });
    await screen.findByTestId('headline');
    expect(document.body.textContent).toMatch(/灵活就业人员的待遇等待期/);
    expect(document.body.textContent).not.toMatch(/超过3个月/);
  });

  it('a gap of 5 months keeps "after a gap of more than 3 months"', async () => {
    await renderResultScreen(longGap, { today: '2026-12-04' });
    await screen.findByTestId('headline');
    const lines = screen.getByRole('list', { name: 'Which date applies where' });
    expect(lines).toHaveTextContent('your region sets a wait of 3 months after a gap of more than 3 months');
  });
});
