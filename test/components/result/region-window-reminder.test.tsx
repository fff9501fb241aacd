// The calendar file under a region's rules whose next enrolment window is not announced yet
// (RULES.md §8.6): the reminder speaks of that region, says its window is not yet confirmed and
// gives the last one known for it, not the spread across every region.
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { regionWindowNotKnown } from '../../../src/calc';
import { chainFor } from '../../fixtures/packs';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { calendarFile, renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});


/** W22 江西: covered 2025, 2026 paid on 20 Jan 2026 in the extension; seen on 25 Nov 2026. */
const w22 = scenario({ asOf: '2026-11-25', region: 'jiangxi', years: { 2025: 'resident' }, payments: [residentPay('2026-01-20', [2026])] });

describe('江西 W22: the 2027 window is not in the rules for 江西 yet', () => {
  it('the calculator says so, with the last window for 江西: 2026, 15 Oct – 31 Dec 2025, extension to 28 Feb 2026', () => {
    expect(regionWindowNotKnown(chainFor('jiangxi'), 2027)).toEqual({ last: { year: 2026, start: '2025-10-15', end: '2025-12-31', endLatest: null, extendedEnd: '2026-02-28' } });
    expect(regionWindowNotKnown(chainFor('jiangxi'), 2026)).toBeNull();
    expect(regionWindowNotKnown(chainFor('national'), 2027)).toBeNull();
  });

  it('in Chinese: the reminder names 江西省, says 尚未确定 and gives its last window', async () => {
    const { user } = await renderResultScreen(w22, { language: 'zh-CN', today: '2026-11-25' });
    await screen.findByTestId('headline');
    const ics = await calendarFile(user, { readable: true });
    expect(ics).toContain('DTSTART;VALUE=DATE:20261225');
    expect(ics).toContain('SUMMARY:请留意江西省2027年度集中参保期何时截止（本计算器尚未收录其日期）');
    expect(ics).toContain('江西省2027年度的集中参保期尚未确定：本计算器使用的规则中还没有这一年度的日期。');
    expect(ics).toContain('江西省已知最近一次集中参保期是2026年度的：2025年10月15日至2025年12月31日。');
    expect(ics).toContain('当时延长缴费期至2026年2月28日。');
    expect(ics).toContain('本提醒设在2026年12月25日，这是各地已知最早可能的截止日期，并不是江西省确定的日期。');
    expect(ics).not.toContain('部分地区');
    expect(ics).not.toContain('各地不同');
  });

  it('in English', async () => {
    const { user } = await renderResultScreen(w22, { today: '2026-11-25' });
    await screen.findByTestId('headline');
    const ics = await calendarFile(user, { readable: true });
    expect(ics).toContain("SUMMARY:Check when the 2027 enrolment window ends in Jiangxi Province (not yet in the rules we have)");
    expect(ics).toContain("Jiangxi Province's enrolment window for 2027 is not yet confirmed");
    expect(ics).toContain('The last window known for Jiangxi Province was the one for 2026: October 15, 2025 to December 31, 2025.');
    expect(ics).toContain('Payments were also taken in an extended payment period until February 28, 2026.');
    expect(ics).not.toContain('in some regions');
  });
});
