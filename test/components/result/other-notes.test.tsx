// "Please note" holds only the notes that can change this answer; the others (Note.changesNothing)
// wait after the timeline under one closed, labelled disclosure, still one press away (newcomer
// review finding 13, 江西 situation 5).
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EmployeePeriod } from '../../../src/calc';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

/** 江西: employee cover 2023-01 to 2025-12, none in 2026, 2027 planned on 7 Dec 2026 (situation 5). */
const jiangxi = scenario({
  asOf: '2026-12-07',
  region: 'jiangxi',
  years: { 2023: 'employee', 2024: 'employee', 2025: 'employee', 2026: 'none' },
  employeePeriods: [{ from: '2023-01', to: '2025-12' } as EmployeePeriod],
  payments: [residentPay('2026-12-07', [2027], 0, 'planned')],
});

const items = (region: HTMLElement) => within(region).getAllByRole('listitem').map((li) => li.textContent ?? '');

describe('江西, employee cover to 2025-12, 2027 planned on 7 Dec 2026: 1 April to 1 July 2027', () => {
  it('in Chinese: the day-based readings and the 2025 start of counting are under 其他说明, not under 请注意; the notes that move a date stay on top', async () => {
    const { user } = await renderResultScreen(jiangxi, { language: 'zh-CN', today: '2026-12-07' });
    expect(screen.getByTestId('headline')).toHaveTextContent('您的医保报销将在2027年4月1日至2027年7月1日之间恢复');
    const top = items(screen.getByRole('complementary', { name: '请注意' }));
    expect(top).toEqual([
      '当地未规定：按国家规定计算。下方“计算依据”中标出了每一步依据的是哪里的规定。',
      '我们的理解：有职工医保的年度视为连续参保。国家层面未明确。',
      '我们的理解：断保超过3个月的，国家规定您参保的地区可以设置待遇等待期，最长不超过6个月。从职工医保转入居民医保时是否设置这一等待期、设置多长，我们收录的文件大多没有写明；我们理解这一规定也适用于这种转换，因此显示一个区间。',
      '地区差异：按每一个断保年度（含第一年）都增加等待期的地区，等待期比通常的理解多1个月。',
    ]);
    const other = screen.getByRole('complementary', { name: '其他说明' });
    const summary = within(other).getByText('其他说明（不影响您的日期，共3条）');
    // Closed until asked for: a native disclosure, opened by its summary.
    const details = summary.closest('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    await user.click(summary);
    expect(details.open).toBe(true);
    expect(items(other)).toEqual([
      '我们的理解：2025年度之前的断保不计算；新规定自2025年度起施行。',
      '我们的理解：如当地规定的待遇等待期以天计，但没有写明每多断保1年增加多少天，我们参照甘肃的规定，按每年增加30天计算（国家规定为每年1个月）。具体请以当地规定为准。',
      '我们的理解：按天计算等待期的地区，我们按每修复1年减少30天理解。',
    ]);
  });

  it('in English: the same split, the summary counting the notes it holds; opened for printing', async () => {
    await renderResultScreen(jiangxi, { today: '2026-12-07' });
    const top = items(screen.getByRole('complementary', { name: 'Please note' }));
    expect(top).toHaveLength(4);
    expect(top.join(' ')).not.toMatch(/30 days/);
    const other = screen.getByRole('complementary', { name: 'Other notes' });
    const summary = within(other).getByText('3 other notes, which do not change your dates');
    // On paper every note is there: opened for printing, closed again after.
    const details = summary.closest('details') as HTMLDetailsElement;
    window.dispatchEvent(new Event('beforeprint'));
    expect(details.open).toBe(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(details.open).toBe(false);
    expect(items(other)).toHaveLength(3);
    expect(items(other).filter((t) => t.includes('30 days'))).toHaveLength(2);
  });
});

describe('a reading that does move a date stays beside the answer', () => {
  it('national, 2023 covered, 2024 and 2025 lapsed, 2026 paid on 3 Dec 2025: lapses before 2025 not counted is a note under 请注意 (counted, 2024 would lengthen the wait)', async () => {
    const s = scenario({ asOf: '2026-11-25', years: { 2023: 'resident', 2024: 'none', 2025: 'none' }, payments: [residentPay('2025-12-03', [2026])] });
    await renderResultScreen(s, { language: 'zh-CN', today: '2026-11-25' });
    expect(screen.getByTestId('headline')).toHaveTextContent('2026年4月1日或2026年5月1日');
    expect(items(screen.getByRole('complementary', { name: '请注意' }))).toContain('我们的理解：2025年度之前的断保不计算；新规定自2025年度起施行。');
    expect(items(screen.getByRole('complementary', { name: '其他说明' })).join(' ')).not.toContain('2025年度之前的断保不计算');
  });

  it('national, 2025 lapsed, 2026 paid after the window on 15 Mar 2026: days or months give different days, so the day-based readings stay on top; only the start of counting (2024 covered) is closed away', async () => {
    const s = scenario({ asOf: '2026-12-07', years: { 2023: 'resident', 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-03-15', [2026])] });
    await renderResultScreen(s, { language: 'zh-CN', today: '2026-12-07' });
    const top = items(screen.getByRole('complementary', { name: '请注意' }));
    expect(top).toContain('我们的理解：如当地规定的待遇等待期以天计，但没有写明每多断保1年增加多少天，我们参照甘肃的规定，按每年增加30天计算（国家规定为每年1个月）。具体请以当地规定为准。');
    expect(top).toContain('我们的理解：按天计算等待期的地区，我们按每修复1年减少30天理解。');
    expect(items(screen.getByRole('complementary', { name: '其他说明' }))).toEqual(['我们的理解：2025年度之前的断保不计算；新规定自2025年度起施行。']);
  });
});
