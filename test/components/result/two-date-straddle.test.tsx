// A made payment whose two possible restart days fall one before and one after the as-of date:
// each day in its own tense, "restarted on X, or restarts on Y" / 「已于X恢复，或将于Y恢复」.
// "Has already restarted (on X at the earliest) or will restart by Y" offered the days between
// them, which no region gives; from three days on, that wording stays.
// National rules, 2024 covered, 2025 lapsed, 2026 paid on 20 Dec 2025, seen on 15 Apr 2026: the
// wait ends on 1 Apr or 1 May 2026 (whether the first lapse year lengthens it). Paid on 20 Jan
// 2026 instead, after some regions' windows closed: six days from 1 Apr to 21 May 2026.
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const two = scenario({ asOf: '2026-04-15', years: { 2024: 'resident' }, payments: [residentPay('2025-12-20', [2026])] });
const six = scenario({ asOf: '2026-04-15', years: { 2024: 'resident' }, payments: [residentPay('2026-01-20', [2026])] });
const summary = () => screen.getByRole('img', { name: /^(Timeline|时间线)/ }).getAttribute('aria-label') ?? '';

describe('two days, one past and one ahead', () => {
  it('in English: "restarted on April 1, 2026, or restarts on May 1, 2026", in the headline and the timeline', async () => {
    await renderResultScreen(two, { today: '2026-04-15' });
    expect(await screen.findByTestId('headline')).toHaveTextContent(/^Your reimbursement restarted on April 1, 2026, or restarts on May 1, 2026, depending on your region's rules\.$/);
    expect(summary()).toContain('depending on your region, reimbursement restarted on April 1, 2026, or restarts on May 1, 2026.');
    expect(`${screen.getByTestId('headline').textContent} ${summary()}`).not.toMatch(/at the earliest|by May 1/);
  });

  it('in Chinese: 已于2026年4月1日恢复，或将于2026年5月1日恢复', async () => {
    await renderResultScreen(two, { language: 'zh-CN', today: '2026-04-15' });
    expect(await screen.findByTestId('headline')).toHaveTextContent(/^您的医保报销已于2026年4月1日恢复，或将于2026年5月1日恢复，具体日期取决于当地规定。$/);
    expect(summary()).toContain('根据当地规定，医保报销已于2026年4月1日恢复，或将于2026年5月1日恢复。');
    expect(`${screen.getByTestId('headline').textContent} ${summary()}`).not.toMatch(/最早|最晚/);
  });

  it('吉林, 2026 paid on 10 Apr 2026, seen on 9 Jul 2026: the two days, or no cover in 2026', async () => {
    const jilin = scenario({ asOf: '2026-07-09', region: 'jilin', years: { 2024: 'none', 2025: 'none' }, payments: [residentPay('2026-04-10', [2026])] });
    await renderResultScreen(jilin, { today: '2026-07-09' });
    expect(await screen.findByTestId('headline')).toHaveTextContent(/^Your reimbursement restarted on July 9, 2026, or restarts on July 10, 2026, or this payment brings no cover in 2026, depending on your region's rules\.$/);
    expect(summary()).toContain('reimbursement restarted on July 9, 2026, or restarts on July 10, 2026, or there is no cover in 2026.');
    cleanup();
    await renderResultScreen(jilin, { language: 'zh-CN', today: '2026-07-09' });
    expect(await screen.findByTestId('headline')).toHaveTextContent(/^您的医保报销已于2026年7月9日恢复，或将于2026年7月10日恢复；也可能这笔已缴的费用在2026年度享受不到待遇，具体取决于当地规定。$/);
    expect(summary()).toContain('医保报销已于2026年7月9日恢复，或将于2026年7月10日恢复，或2026年度不予保障。');
  });

  it('湖南, the later day needing 2027 paid too: "may have restarted on X, or not yet", the other day named', async () => {
    // 2026 paid on 10 Sep 2026, seen on 9 Dec 2026: 9 Dec 2026, or 8 Jan 2027 with 2027 paid.
    const hunan = scenario({ asOf: '2026-12-09', region: 'hunan', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-09-10', [2026])] });
    await renderResultScreen(hunan, { today: '2026-12-09' });
    expect(await screen.findByTestId('headline')).toHaveTextContent(/^Your reimbursement may have restarted on December 9, 2026, or not yet \(the other possible date is January 8, 2027\), depending on your region's rules\. /);
    cleanup();
    await renderResultScreen(hunan, { language: 'zh-CN', today: '2026-12-09' });
    expect(await screen.findByTestId('headline')).toHaveTextContent(/^您的医保报销可能已于2026年12月9日恢复，也可能尚未恢复（另一个可能的日期为2027年1月8日），具体取决于当地规定。/);
    expect(screen.getByTestId('headline').textContent).not.toMatch(/其余日期|最早|最晚/);
  });
});

describe('three days or more, the earliest past: still "at the earliest" and "by"', () => {
  it('in English', async () => {
    await renderResultScreen(six, { today: '2026-04-15' });
    expect(await screen.findByTestId('headline')).toHaveTextContent(/^Depending on your region's rules, your reimbursement has already restarted \(on April 1, 2026 at the earliest\) or will restart by May 21, 2026\./);
    expect(summary()).toContain('reimbursement has already restarted (on April 1, 2026 at the earliest) or will restart by May 21, 2026.');
  });

  it('in Chinese', async () => {
    await renderResultScreen(six, { language: 'zh-CN', today: '2026-04-15' });
    expect(await screen.findByTestId('headline')).toHaveTextContent(/^根据当地规定，您的医保报销已经恢复（最早于2026年4月1日恢复），或最晚将于2026年5月21日恢复。/);
  });
});
