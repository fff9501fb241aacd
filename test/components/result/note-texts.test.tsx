// Notes say which rule or value they are about and what the calculator does with it, and are
// shown only where that value could change this result (found by a newcomer audit):
// - 云南, low-income: the exempt group's first day was "免等待期人群享受待遇的具体起始日。我们按缴费之日计算。"
//   (a fragment, and wrong: the result is a range over the payment date and the day after);
// - a note "from a secondary source" said nothing of which rule; it now names each;
// - W16 (national, firm date) showed 甘肃's note on 2025 payments after 28 February, which cannot change it;
// - 武汉, one lapse year: 湖北's own source (P-HB2) gives that case, so no "each additional year" note; two lapse years keep it.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

/** The notes next to the headline, as shown (or those closed after the timeline: "Other notes"). */
async function notes(title: 'Please note' | '请注意' | 'Other notes' | '其他说明'): Promise<string[]> {
  await screen.findByTestId('headline');
  const aside = screen.queryByRole('complementary', { name: title });
  return aside ? within(aside).getAllByRole('listitem').map((li) => li.textContent ?? '') : [];
}

describe('notes say what they are about and what we do', () => {
  it('云南, low-income, 2026 paid on 10 Jun 2026: the first day of cover allows for both days, as the range does', async () => {
    const yunnan = scenario({ asOf: '2026-06-10', region: 'yunnan', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-06-10', [2026])], circumstances: { lowIncomeNotByChoice: true } });
    await renderResultScreen(yunnan, { language: 'zh-CN', today: '2026-06-10' });
    const shown = await notes('请注意');
    // Paid and seen on 10 June: where cover starts on the payment day it already has, elsewhere it starts on the 11th.
    expect(screen.getByTestId('headline')).toHaveTextContent('您的医保报销已于2026年6月10日恢复，或将于2026年6月11日恢复，具体日期取决于当地规定。');
    expect(shown).toContain('我们的理解：免等待期人员的待遇起始日：国家文件只说不设等待期，没有说明是自缴费当天还是缴费次日起享受待遇。已知江西自缴费次日起；当地没有明确的，结果同时考虑这两种情形。');
    expect(shown.join('\n')).not.toContain('我们按缴费之日计算');
    // 云南's 2026 window end and extension come from a reposted notice (P-YN3): both named.
    expect(shown).toContain('未核实：关于集中参保期的截止日期和延长缴费期及其待遇起始日的规定来自二手资料，尚未找到官方原文，请向当地医保经办机构核实。');
  });

  it('呼和浩特, January–February 2025 payments: what is unclear and how we count them', async () => {
    await renderResultScreen(scenario({ asOf: '2025-03-10', region: 'neimenggu-hohhot', years: { 2024: 'resident' }, payments: [residentPay('2025-02-10', [2025])] }), { today: '2025-03-10' });
    expect(await notes('Please note')).toContain(
      "Our reading: Hohhot's notice does not say whether payments made in January and February 2025 fall in the enrolment window or in an extended payment period. We count them in the enrolment window, which then runs to February 28, 2025.",
    );
  });

  it('in English, the rules a secondary source gives are kept apart by semicolons, not joined by "and" (江西 W25)', async () => {
    await renderResultScreen(scenario({ asOf: '2025-03-20', region: 'jiangxi', employeePeriods: [{ from: '2024-06', to: '2025-01' }], payments: [residentPay('2025-03-20', [2025])] }), { today: '2025-03-20' });
    const note = (await notes('Please note')).find((n) => n.includes('secondary summary'));
    expect(note).toMatch(/^Unconfirmed: Taken from a secondary summary, not yet from an official text: [^;]+; [^;]+\. Please check with your local medical insurance office\.$/);
  });

  it('the continuity bonus: which years count, and from when we count', async () => {
    const s = scenario({ asOf: '2026-03-05', region: 'shandong-qingdao', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-03-05', [2026])], criticalIllness: { originalCapYuan: 400_000, noClaimYears: [], bonusUsedYears: [] } });
    await renderResultScreen(s, { today: '2026-03-05' });
    await screen.findByTestId('headline');
    const bonusNotes = screen.getAllByRole('complementary').flatMap((aside) => within(aside).getAllByRole('listitem').map((li) => li.textContent ?? ''));
    expect(bonusNotes).toContain(
      'Unconfirmed: The years that count towards the continuity bonus: the national texts do not say whether years before 2025 count towards the four years of continuous cover. We count from 2025; earlier years do not count.',
    );
  });

  it('the 90 days for a newborn: what is unclear and how we count; with a region chosen (兵团), on time however it counts, not 各地', async () => {
    await renderResultScreen(scenario({ asOf: '2026-05-01', region: 'xinjiang-bingtuan', payments: [residentPay('2026-03-01', [2026])], circumstances: { birthDate: '2026-01-10' } }), { language: 'zh-CN', today: '2026-05-01' });
    const said = await notes('请注意');
    expect(said).toContain('我们的理解：新生儿参保90天期限的计算：多数文件没有说明出生当天是否算作第1天。计入出生当天的地区（如武汉），按时参保的最后一天为出生日加89天；其他地区我们以出生日加90天为最后一天。最迟在较早的那一天（含当天）缴费，无论当地怎样计算，都算按时参保。');
    expect(said.join('\n')).not.toContain('各地');
  });

  it('the 90 days for a newborn under the national rules: the earlier day is in time everywhere (zh and en)', async () => {
    const s = scenario({ asOf: '2026-05-01', region: 'national', payments: [residentPay('2026-03-01', [2026])], circumstances: { birthDate: '2026-01-10' } });
    await renderResultScreen(s, { language: 'zh-CN', today: '2026-05-01' });
    expect(await notes('请注意')).toContain('我们的理解：新生儿参保90天期限的计算：多数文件没有说明出生当天是否算作第1天。计入出生当天的地区（如武汉），按时参保的最后一天为出生日加89天；其他地区我们以出生日加90天为最后一天。最迟在较早的那一天（含当天）缴费，各地都算按时参保。');
    cleanup();
    await renderResultScreen(s, { today: '2026-05-01' });
    expect((await notes('Please note')).some((n) => n.endsWith('Paying by the earlier day is in time everywhere.'))).toBe(true);
  });

  it('湖北, a free year of birth (the child is enrolled, nothing paid): the region form of the enrolment wording, in English', async () => {
    const s = scenario({ asOf: '2026-12-02', region: 'hubei', payments: [residentPay('2026-12-20', [2026], 0, 'planned')], circumstances: { birthDate: '2026-10-15' } });
    await renderResultScreen(s, { today: '2026-12-02' });
    expect(await notes('Please note')).toContain(
      'Our reading: How the 90 days for enrolling a newborn are counted: most texts do not say whether the day of birth is day 1. Where it is (Wuhan), the last day to enrol in time is the birth date plus 89 days; elsewhere we take the birth date plus 90 days. Enrolling by the earlier day is in time however your region counts the days.',
    );
  });
});

describe('notes only where they could change this result', () => {
  it('W16 (national): employee cover to May 2025, resident 2025 paid on 5 Aug 2025, a firm date: no note on 2025 payments after 28 February', async () => {
    const w16 = scenario({ asOf: '2025-08-05', region: 'national', years: { 2023: 'employee', 2024: 'employee' }, employeePeriods: [{ from: '2023-01', to: '2025-05' }], payments: [residentPay('2025-08-05', [2025])] });
    await renderResultScreen(w16, { language: 'zh-CN', today: '2025-08-05' });
    expect(screen.getByTestId('headline')).toHaveTextContent('您的医保报销已于2025年8月1日恢复。');
    expect([...(await notes('请注意')), ...(await notes('其他说明'))].join('\n')).not.toContain('2月28日之后不再办理');
  });

  it('…but where 甘肃\'s rule makes the range (吉林, 2025 paid on 10 May 2025), the note stays', async () => {
    await renderResultScreen(scenario({ asOf: '2025-05-10', region: 'jilin', years: { 2023: 'resident', 2024: 'resident' }, payments: [residentPay('2025-05-10', [2025])] }), { language: 'zh-CN', today: '2025-05-10' });
    expect((await notes('请注意')).join('\n')).toContain('2月28日之后不再办理2025年度参保缴费');
  });

  it('武汉, 2025 lapsed, 2026 paid in the window: one lapse year, which 湖北\'s own source settles (1 Apr 2026): no note on "each additional year"', async () => {
    await renderResultScreen(scenario({ asOf: '2025-12-10', region: 'hubei-wuhan', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2025-12-10', [2026])] }), { language: 'zh-CN', today: '2025-12-10' });
    expect(screen.getByTestId('headline')).toHaveTextContent('您的医保报销将于2026年4月1日恢复。');
    expect((await notes('请注意')).join('\n')).not.toContain('每多断保1年');
  });

  it('武汉, 2025 and 2026 lapsed, 2027 paid: two lapse years, where the reading counts, keep the note', async () => {
    await renderResultScreen(scenario({ asOf: '2026-12-10', region: 'hubei-wuhan', years: { 2024: 'resident', 2025: 'none', 2026: 'none' }, payments: [residentPay('2026-12-10', [2027], 0, 'planned')] }), { language: 'zh-CN', today: '2026-12-10' });
    expect((await notes('请注意')).join('\n')).toContain('“每多断保1年”理解为第一年之后每多1年');
  });
});

describe('a note on how much longer the wait is, in the region\'s unit', () => {
  // 湖南 counts waits in days (P-HN2, 「3个月(按90天计算)」): where a lapse year counts from the
  // first, the wait is 30 days longer, not "1 month" (found by a newcomer's walk).
  const hunan = scenario({ asOf: '2025-11-15', region: 'hunan', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2025-11-15', [2026])] });

  it('in Chinese: 多30天', async () => {
    await renderResultScreen(hunan, { language: 'zh-CN', today: '2025-11-15' });
    expect(await notes('请注意')).toContain('地区差异：按每一个断保年度（含第一年）都增加等待期的地区，等待期比通常的理解多30天。');
  });

  it('in English: 30 days longer', async () => {
    await renderResultScreen(hunan, { today: '2025-11-15' });
    expect(await notes('Please note')).toContain('Regional: Where a region counts every lapse year, including the first, the wait is 30 days longer than under the usual national reading.');
  });

  it('under the national rules, counted in months: 1 month', async () => {
    await renderResultScreen({ ...hunan, region: 'national' }, { language: 'zh-CN', today: '2025-11-15' });
    expect(await notes('请注意')).toContain('地区差异：按每一个断保年度（含第一年）都增加等待期的地区，等待期比通常的理解多1个月。');
  });
});
