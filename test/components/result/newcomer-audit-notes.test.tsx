// The result screen after a second newcomer audit (Dec 2026), by role and label: the date a
// warning gives is the day cover starts, said as such (never "the wait ends on" the day after
// the wait).
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { employeePay, residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const warningTexts = (name: string) => within(screen.getByRole('note', { name })).getAllByRole('listitem').map((li) => li.textContent ?? '');

describe('W3 辽宁·阜新: 2024 covered, 2025 and 2026 paid together on 2025-11-06', () => {
  const w3 = scenario({ asOf: '2026-11-25', region: 'liaoning-fuxin', years: { 2024: 'resident' }, payments: [residentPay('2025-11-06', [2025, 2026])] });

  it('in English: the wait runs to February 5, the warning says cover starts on February 6', async () => {
    await renderResultScreen(w3, { today: '2026-11-25' });
    expect(screen.getByTestId('headline')).toHaveTextContent('Your reimbursement restarted on February 6, 2026.');
    const warnings = warningTexts('Warnings');
    const noCover = warnings.find((w) => w.includes('brings no cover in 2025'));
    expect(noCover).toBe('Your payment for 2025 brings no cover in 2025: your cover can start on February 6, 2026 at the earliest.');
    expect(warnings.join(' ')).not.toMatch(/wait ends on February 6/);
  });

  it('in Chinese: 最早要到2026年2月6日起才能享受待遇, not 等待期至2026年2月6日', async () => {
    await renderResultScreen(w3, { language: 'zh-CN', today: '2026-11-25' });
    const warnings = warningTexts('提示');
    expect(warnings).toContain('您已缴纳的2025年度保费，在2025年度享受不到待遇：最早要到2026年2月6日起才能享受待遇。');
    expect(warnings.join(' ')).not.toContain('等待期至2026年2月6日');
  });
});

/** The texts of the "请注意" / "Please note" list (or of "其他说明", closed after the timeline), or none. */
const notes = (name: string) => {
  const list = screen.queryByRole('complementary', { name });
  return list ? within(list).getAllByRole('listitem').map((li) => li.textContent ?? '') : [];
};

describe('notes and warnings only where they can change this result', () => {
  it('national, 2025 lapsed, 2026 paid on 2025-12-03 without repair: the note on how repair counts in days is kept, closed after the timeline: the comparison of what repair would have done gives the same day counted in days or months', async () => {
    const s = scenario({ asOf: '2026-11-25', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2025-12-03', [2026])] });
    await renderResultScreen(s, { language: 'zh-CN', today: '2026-11-25' });
    expect(screen.getByTestId('headline')).toHaveTextContent('2026年4月1日或2026年5月1日');
    expect(notes('请注意').length).toBeGreaterThan(0);
    // Where a region counts every lapse year (R4), a repair year would have shortened this wait:
    // the comparison under the options gives that date. Counted in days or in months it is the
    // same day (90 + 30 - 30 days from 1 January, or 3 months), so the 30-days reading changes no
    // date shown: it is kept, after the timeline under 其他说明, not beside the answer.
    expect(screen.getByText('仅供对照：您已缴的这笔费用')).toBeInTheDocument();
    expect(notes('请注意').join(' ')).not.toContain('每修复1年');
    expect(notes('其他说明').join(' ')).toContain('每修复1年');
  });

  it('W19 national, low-income, 2025 paid on 2025-06-10: no note on regions that stop taking 2025 payments', async () => {
    const s = scenario({ asOf: '2026-11-25', payments: [residentPay('2025-06-10', [2025])], circumstances: { lowIncomeNotByChoice: true } });
    await renderResultScreen(s, { language: 'zh-CN', today: '2026-11-25' });
    expect(screen.getByTestId('headline')).toHaveTextContent('2025年6月10日或2025年6月11日');
    expect([...notes('请注意'), ...notes('其他说明')].join(' ')).not.toContain('2月28日之后不再办理');
  });

  it('W26 武汉 newborn born 2026-01-01, enrolled 2026-04-01: no 9月1日 window note; the late rule is not called a reason for no wait; the free birth year does not deny the payment', async () => {
    const s = scenario({ asOf: '2026-11-25', region: 'hubei-wuhan', payments: [residentPay('2026-04-01', [2026])], circumstances: { birthDate: '2026-01-01' } });
    await renderResultScreen(s, { language: 'zh-CN', today: '2026-11-25' });
    expect(screen.getByTestId('headline')).toHaveTextContent('孩子的医保报销已于2026年5月1日开始。');
    expect([...notes('请注意'), ...notes('其他说明')].join(' ')).not.toContain('9月1日');
    expect(screen.queryByText('不设等待期的原因')).toBeNull();
    expect(screen.getByText('待遇开始日期的依据').nextElementSibling).toHaveTextContent('办理参保的日期超过新生儿参保期限，按超期参保新生儿的规定');
    const premium = screen.getByText('缴费金额').nextElementSibling;
    expect(premium).toHaveTextContent('出生当年免缴：当地新生儿出生当年参保不需缴费（超过新生儿参保期限才办理的，也可能免缴）；您填写的日期即视为孩子办理参保的日期');
    // One term for the 90 days on the whole page (the reason beside it says 新生儿参保期限), and no 按为… tangle.
    expect(premium).not.toHaveTextContent('规定期限');
  });

  it('W26 in English: "Cover starts on this date because", never "Why there is no waiting period"', async () => {
    const s = scenario({ asOf: '2026-11-25', region: 'hubei-wuhan', payments: [residentPay('2026-04-01', [2026])], circumstances: { birthDate: '2026-01-01' } });
    await renderResultScreen(s, { today: '2026-11-25' });
    expect(screen.queryByText('Why there is no waiting period')).toBeNull();
    expect(screen.getByText('Cover starts on this date because')).toBeInTheDocument();
  });

  it('W2 阜新, 2025 paid late on 2025-07-03 and 2026 on 2025-11-20: the missing windows are said once, naming both years', async () => {
    const s = scenario({ asOf: '2026-11-25', region: 'liaoning-fuxin', payments: [residentPay('2025-07-03', [2025]), residentPay('2025-11-20', [2026])] });
    await renderResultScreen(s, { language: 'zh-CN', today: '2026-11-25' });
    const fresh = warningTexts('提示').filter((w) => w.includes('未收录您所在地区'));
    expect(fresh).toHaveLength(1);
    expect(fresh[0]).toMatch(/^本计算器的规则未收录您所在地区2025和2026年度的集中参保期。/);
  });

  it('W2 in English: "for 2025 and 2026", once', async () => {
    const s = scenario({ asOf: '2026-11-25', region: 'liaoning-fuxin', payments: [residentPay('2025-07-03', [2025]), residentPay('2025-11-20', [2026])] });
    await renderResultScreen(s, { today: '2026-11-25' });
    const fresh = warningTexts('Warnings').filter((w) => w.includes('do not include'));
    expect(fresh).toHaveLength(1);
    expect(fresh[0]).toContain("your region's enrolment window for 2025 and 2026.");
  });

  it('W32 甘肃, 2026 paid on 2026-03-05 after the supplementary period: the headline says it, no warning repeats it', async () => {
    const s = scenario({ asOf: '2026-11-25', region: 'gansu', years: { 2025: 'resident' }, payments: [residentPay('2026-03-05', [2026])] });
    await renderResultScreen(s, { language: 'zh-CN', today: '2026-11-25' });
    expect(screen.getByTestId('headline')).toHaveTextContent('这笔已缴的费用在2026年度享受不到医保待遇：您缴费时，当地已停止办理该年度的参保缴费。');
    const warnings = screen.queryByRole('note', { name: '提示' });
    if (warnings) expect(warnings).not.toHaveTextContent('当地已停止办理2026年度的参保缴费');
  });
});

describe('the hint on back-paying the gap says what the back-pay option gives (E1, W28)', () => {
  // 青岛 flexible worker, covered to 2025-12, paid 2026-03-10 without back-paying January–February.
  const w28 = scenario({ asOf: '2026-11-25', region: 'shandong-qingdao', employeePeriods: [{ from: '2023-01', to: '2025-12' }], payments: [employeePay('2026-03-10', false, 'flexible')] });

  it('青岛 in Chinese: from 2026年4月1日, January and February not covered, as the option says', async () => {
    await renderResultScreen(w28, { language: 'zh-CN', today: '2026-11-25' });
    expect(screen.getByTestId('headline')).toHaveTextContent('2026年6月1日');
    const hint = warningTexts('提示').find((w) => w.includes('补缴了断保的月份'));
    expect(hint).toBe('如这笔缴费当时一并补缴了断保的月份（自2026年1月起），医保报销本可自2026年4月1日起恢复。断保的月份（2026年1月至2026年2月）不能追溯享受待遇。');
    expect(hint).not.toContain('可追溯。');
    expect(hint).not.toContain('自缴费当月');
    // No range is shown, so the note does not promise one.
    expect([...notes('请注意'), ...notes('其他说明')].join(' ')).not.toContain('未补缴时显示地区区间');
  });

  it('青岛 in English', async () => {
    await renderResultScreen(w28, { today: '2026-11-25' });
    const hint = warningTexts('Warnings').find((w) => w.includes('gap months'));
    expect(hint).toBe('Had the payment included the gap months (from January 2026), your reimbursement would have restarted on April 1, 2026. Even then the gap months (January 2026 to February 2026) are not covered.');
  });

  it('national W14 in English (employee, covered to 2025-03, the employer paid 2025-07-15): a range, and retroactive cover only in some regions; said of the contributions', async () => {
    const w14 = scenario({ asOf: '2026-11-25', employeePeriods: [{ from: '2023-01', to: '2025-03' }], payments: [employeePay('2025-07-15', false)] });
    await renderResultScreen(w14, { today: '2026-11-25' });
    const hint = warningTexts('Warnings').find((w) => w.includes('gap months'));
    expect(hint).toBe(
      "Had the contributions included the gap months (from April 2025), your reimbursement would have restarted between July 1, 2025 and August 1, 2025, depending on your region's rules. Whether the gap months are then covered retroactively depends on your region.",
    );
  });
});
