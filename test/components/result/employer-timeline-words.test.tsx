// The timeline where an employer pays the employee scheme: its text equivalent (the table) and its
// legend named the payment "Payment planned" (计划缴费) and the months it back-pays "To be back-paid
// with this payment" (这次缴费将补缴), as if the reader made it. They now speak of the contributions,
// as the rest of the result does (employer-payer-words.test.tsx); a flexible worker, who pays,
// keeps "this payment".
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { employeePay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

/** Employee cover to October 2026, November missed and back-paid; seen on 7 December. */
const backPaid = (region: string, scheme: 'employee' | 'flexible', status: 'made' | 'planned', date = status === 'planned' ? '2026-12-15' : '2026-12-01') =>
  scenario({ asOf: '2026-12-07', region, employeePeriods: [{ from: '2023-01', to: '2026-10', paidBy: 'employer' }], payments: [employeePay(date, true, scheme, status)] });

const TABLE = { en: 'The timeline as a table', 'zh-CN': '时间线（表格）' } as const;
const FIGURE = { en: 'Timeline', 'zh-CN': '时间线' } as const;
/** Each row of the timeline's table as [what, from, until]. */
const rows = (language: keyof typeof TABLE) =>
  within(screen.getByRole('table', { name: TABLE[language] }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => [within(row).getByRole('rowheader').textContent, ...within(row).getAllByRole('cell').map((c) => c.textContent)]);
/** The drawing's legend (hidden from assistive technology: the table is its text equivalent). */
const legend = (language: keyof typeof FIGURE) => screen.getByRole('figure', { name: FIGURE[language] }).querySelector('.timeline__legend') as HTMLElement;

describe('the employer pays, planned: the timeline speaks of the contributions', () => {
  it.each([
    ['en', 'hubei-wuhan', ['To be back-paid with the contributions: covered retroactively once they are paid', 'November 1, 2026', 'November 30, 2026'], ['Contributions planned', 'December 15, 2026', '']],
    ['zh-CN', 'hubei-wuhan', ['本次缴纳的费用将补缴：费用缴纳后追溯享受待遇', '2026年11月1日', '2026年11月30日'], ['计划缴纳费用', '2026年12月15日', '']],
    // 青岛 gives no cover for the months back-paid (E1).
    ['en', 'shandong-qingdao', ['To be back-paid with the contributions, but not covered: no reimbursement for these months', 'November 1, 2026', 'November 30, 2026'], ['Contributions planned', 'December 15, 2026', '']],
    ['zh-CN', 'shandong-qingdao', ['本次缴纳的费用将补缴，但这段时间不能报销', '2026年11月1日', '2026年11月30日'], ['计划缴纳费用', '2026年12月15日', '']],
    // The national rules: some regions cover them, others do not.
    ['en', 'national', ['To be back-paid with the contributions: whether these months are covered depends on your region', 'November 1, 2026', 'November 30, 2026'], ['Contributions planned', 'December 15, 2026', '']],
    ['zh-CN', 'national', ['本次缴纳的费用将补缴：这段时间能否报销，取决于当地规定', '2026年11月1日', '2026年11月30日'], ['计划缴纳费用', '2026年12月15日', '']],
  ] as const)('%s, %s: the months to be back-paid and the payment marker, in the table and the legend', async (language, region, months, marker) => {
    await renderResultScreen(backPaid(region, 'employee', 'planned'), { language, today: '2026-12-07' });
    await screen.findByTestId('headline');
    expect(rows(language)).toContainEqual([...months]);
    expect(rows(language)).toContainEqual([...marker]);
    // The legend names what the drawing shows in the same words.
    expect(legend(language)).toHaveTextContent(months[0]);
    expect(legend(language)).toHaveTextContent(marker[0]);
    const said = `${rows(language).flat().join(' ')} ${legend(language).textContent}`;
    expect(said).not.toMatch(/this payment|Payment planned|这次缴费|计划缴费/);
  });

  it.each([
    ['en', 'Contributions paid', 'December 1, 2026'],
    ['zh-CN', '已缴纳费用', '2026年12月1日'],
  ] as const)('made (%s): the marker reads that the contributions were paid; the months back-paid as before', async (language, marker, date) => {
    await renderResultScreen(backPaid('hubei-wuhan', 'employee', 'made'), { language, today: '2026-12-07' });
    await screen.findByTestId('headline');
    expect(rows(language)).toContainEqual([marker, date, '']);
    expect(rows(language).map((r) => r[0])).toContain(language === 'en' ? 'Back-paid: covered retroactively' : '已补缴：追溯享受待遇');
    expect(rows(language).map((r) => r[0])).not.toContain(language === 'en' ? 'Payment made' : '已缴费');
  });
});

describe('the reader pays (a flexible worker): "this payment" stays', () => {
  it.each([
    ['en', 'To be back-paid with this payment: covered retroactively once paid', 'Payment planned', 'December 15, 2026'],
    ['zh-CN', '这次缴费将补缴：缴费后追溯享受待遇', '计划缴费', '2026年12月15日'],
  ] as const)('%s', async (language, months, marker, date) => {
    await renderResultScreen(backPaid('hubei-wuhan', 'flexible', 'planned'), { language, today: '2026-12-07' });
    await screen.findByTestId('headline');
    expect(rows(language).map((r) => r[0])).toContain(months);
    expect(rows(language)).toContainEqual([marker, date, '']);
    expect(legend(language)).not.toHaveTextContent(/the contributions|本次缴纳的费用/);
  });
});
