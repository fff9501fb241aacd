// The why-trace under a range follows one case (the latest date). A step whose value is one
// regional variant of the national rules says so, instead of citing the national baseline as
// if every region used that value; a step every region agrees on still cites the baseline.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

/** Covered 2023–2024, no cover in 2025; 2026 paid on 2 Dec 2026 under the national rules (a range). */
const late2026 = (region: string) => scenario({ asOf: '2026-12-02', region, years: { 2023: 'resident', 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-12-02', [2026], 0, 'planned')] });

const basedOnLines = () => within(screen.getByRole('region', { name: /^(Why: step by step|计算依据（逐步说明）)$/ })).getAllByText(/^(Based on|依据)：?/).map((p) => p.textContent ?? '');

describe('why-trace: values that differ between regions', () => {
  it('in English, a step that followed one regional variant names it as such; the others cite the national baseline', async () => {
    await renderResultScreen(late2026('national'), { today: '2026-12-02' });
    await screen.findByTestId('headline');
    const lines = basedOnLines();
    expect(lines).toContain('Based on: a rule that differs between regions (here, the case with the latest date)');
    expect(lines).toContain('Based on: National baseline');
  });

  it('in Chinese', async () => {
    await renderResultScreen(late2026('national'), { language: 'zh-CN', today: '2026-12-02' });
    await screen.findByTestId('headline');
    expect(basedOnLines()).toContain('依据：各地不同的规定（此处按日期最晚的情形）');
  });

  it('W20 (北京 pins what it reads): one date, and no step says its rule differs between regions', async () => {
    await renderResultScreen(scenario({ asOf: '2026-02-10', region: 'beijing', years: { 2025: 'resident' }, payments: [residentPay('2026-02-10', [2026])] }), { today: '2026-02-10' });
    expect(await screen.findByTestId('headline')).toHaveTextContent('January 1, 2026');
    expect(basedOnLines().join('\n')).not.toContain('differs between regions');
  });

  it('the rules that differ between regions are named in one step, not one step each', async () => {
    await renderResultScreen(late2026('national'), { today: '2026-12-02' });
    await screen.findByTestId('headline');
    const why = screen.getByRole('region', { name: 'Why: step by step' });
    const steps = within(why).getAllByRole('listitem').filter((li) => /regions set differently/.test(li.textContent ?? ''));
    expect(steps).toHaveLength(1);
    expect(steps[0]).toHaveTextContent(/The answer depends on rules that regions set differently: .+ \(in the rules for 2026\), .+ and .+\. We show the date each known local rule gives, instead of guessing yours\./);
  });
});

/** The why-trace's text. */
const whyText = () => screen.getByRole('region', { name: /^(Why: step by step|计算依据（逐步说明）)$/ }).textContent ?? '';

describe('why-trace: a variant is never said to be "your region\'s" rule', () => {
  // 北京, covered 2023–2026, plans to pay 2027 on 10 Feb 2027: 北京's pack does not say how it counts the wait (P-BJ1).
  const beijing2027 = scenario({ asOf: '2026-11-25', region: 'beijing', years: { 2023: 'resident', 2024: 'resident', 2025: 'resident', 2026: 'resident' }, payments: [residentPay('2027-02-10', [2027], 0, 'planned')] });

  it('北京, a wait counted in days: "if your region counts the wait in days", in English', async () => {
    await renderResultScreen(beijing2027, { today: '2026-11-25' });
    await screen.findByTestId('headline');
    expect(whyText()).toContain('a fixed waiting period applies: 90 days if your region counts the wait in days.');
    expect(whyText()).not.toContain('(your region counts the wait in days)');
  });

  it('in Chinese: 如当地按天计算等待期', async () => {
    await renderResultScreen(beijing2027, { language: 'zh-CN', today: '2026-11-25' });
    await screen.findByTestId('headline');
    expect(whyText()).toContain('设置固定待遇等待期：如当地按天计算等待期，为90天。');
    expect(whyText()).not.toContain('（当地按天计算）');
  });

  it('湖南 pins its wait in days: said as its rule', async () => {
    await renderResultScreen(scenario({ asOf: '2026-03-10', region: 'hunan', years: { 2025: 'resident' }, payments: [residentPay('2026-03-10', [2026])] }), { today: '2026-03-10' });
    await screen.findByTestId('headline');
    expect(whyText()).toContain('a fixed waiting period of 90 days applies (your region counts the wait in days)');
  });

  it('云南, low-income: the exempt group\'s first day is conditional (云南 does not pin it)', async () => {
    const yunnan = scenario({ asOf: '2026-06-10', region: 'yunnan', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-06-10', [2026])], circumstances: { lowIncomeNotByChoice: true } });
    await renderResultScreen(yunnan, { language: 'zh-CN', today: '2026-06-10' });
    await screen.findByTestId('headline');
    expect(whyText()).toContain('免等待期：如当地自缴费次日起享受待遇，则自缴费日（2026年6月10日）的次日，即2026年6月11日起享受。');
    expect(whyText()).not.toContain('当地自缴费次日起享受待遇（缴费日为');
  });
});

describe('why-trace: "the case with the latest date" only under a range', () => {
  // 湖北 (咸宁 P-HB2): 2025 lapsed, 2026 paid in the window: one date (1 Apr 2026), though the wait
  // step read a value 湖北 does not pin (months or days: 3 months and 90 days from 1 Jan agree).
  const hubeiLapse = scenario({ asOf: '2026-01-01', region: 'hubei', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2025-12-10', [2026])] });

  it('in English', async () => {
    await renderResultScreen(hubeiLapse, { today: '2026-01-01' });
    expect(await screen.findByTestId('headline')).toHaveTextContent('April 1, 2026');
    expect(basedOnLines()).toContain('Based on: National baseline, a rule that differs between regions');
    expect(whyText()).not.toContain('latest date');
  });

  it('in Chinese', async () => {
    await renderResultScreen(hubeiLapse, { language: 'zh-CN', today: '2026-01-01' });
    await screen.findByTestId('headline');
    expect(basedOnLines()).toContain('依据：全国基准（国家规定）、各地不同的规定');
    expect(whyText()).not.toContain('日期最晚');
  });

  it('W26 武汉 newborn (one date, 1 May 2026): the newborn rule explains it, with no regional window step', async () => {
    await renderResultScreen(scenario({ asOf: '2026-05-01', region: 'hubei-wuhan', payments: [residentPay('2026-04-01', [2026])], circumstances: { birthDate: '2026-01-01' } }), { language: 'zh-CN', today: '2026-05-01' });
    await screen.findByTestId('headline');
    expect(basedOnLines().some((l) => l.includes('各地不同的规定'))).toBe(false);
    expect(whyText()).not.toContain('集中参保期');
  });

  it('a single date whose cover depends on the region in part (兵团 newborn): the intro says that, not "the latest date"', async () => {
    await renderResultScreen(scenario({ asOf: '2026-05-01', region: 'xinjiang-bingtuan', payments: [residentPay('2026-03-01', [2026])], circumstances: { birthDate: '2026-01-10' } }), { language: 'zh-CN', today: '2026-05-01' });
    await screen.findByTestId('headline');
    expect(whyText()).toContain('部分日期是否享受待遇取决于各地不同的规定；最后一步列出了这些规定。');
    expect(whyText()).not.toContain('日期最晚');
  });
});

describe('why-trace: a payment after every region’s window end (W3 阜新, paid 2025 and 2026 on 6 Nov 2025)', () => {
  const fuxin = scenario({ asOf: '2025-11-06', region: 'liaoning-fuxin', years: { 2024: 'resident' }, payments: [residentPay('2025-11-06', [2025, 2026])] });

  it('in Chinese: said as a fact, without "如当地"', async () => {
    await renderResultScreen(fuxin, { language: 'zh-CN', today: '2025-11-06' });
    await screen.findByTestId('headline');
    expect(whyText()).toContain('您已于2025年11月6日缴费。各地2025年度集中参保期的截止日期不尽相同，但据已知的各地通知，当时均已结束，属于逾期缴费。');
    expect(whyText()).not.toContain('如当地2025年度集中参保期');
  });

  it('in English', async () => {
    await renderResultScreen(fuxin, { today: '2025-11-06' });
    await screen.findByTestId('headline');
    expect(whyText()).toContain('You paid on November 6, 2025. The 2025 enrolment window ended on different dates in different regions, but in every region we know of it had closed by then, so this was a late payment.');
  });
});

describe('why-trace: a payment inside every known window, or in a year no window is known for yet (R1, §8.6)', () => {
  it('national, 2026 planned on 25 Nov 2025 (every known 2026 window open then): said as a fact about every known region', async () => {
    await renderResultScreen(scenario({ asOf: '2025-11-20', region: 'national', years: { 2024: 'resident', 2025: 'resident' }, payments: [residentPay('2025-11-25', [2026], 0, 'planned')] }), { today: '2025-11-20' });
    await screen.findByTestId('headline');
    expect(whyText()).toContain('You plan to pay on November 25, 2025. The 2026 enrolment window ends on different dates in different regions, but in every region we know of it will not have ended by then.');
  });

  it('青岛, 2027 planned on 5 Nov 2026, no 2027 window known anywhere: not "within the 2027 enrolment window" as a fact', async () => {
    const qingdao = scenario({ asOf: '2026-10-20', region: 'shandong-qingdao', years: { 2025: 'resident', 2026: 'resident' }, payments: [residentPay('2026-11-05', [2027], 0, 'planned')] });
    await renderResultScreen(qingdao, { today: '2026-10-20' });
    await screen.findByTestId('headline');
    expect(whyText()).toContain("You plan to pay on November 5, 2026. The rules here include no region's 2027 enrolment window yet. If your region's window for 2027 is like those announced for earlier years, it will not have ended by then; the steps below take the payment as made in the window.");
    expect(whyText()).not.toContain('within the 2027 enrolment window.');
  });

  it('青岛 in Chinese', async () => {
    const qingdao = scenario({ asOf: '2026-10-20', region: 'shandong-qingdao', years: { 2025: 'resident', 2026: 'resident' }, payments: [residentPay('2026-11-05', [2027], 0, 'planned')] });
    await renderResultScreen(qingdao, { language: 'zh-CN', today: '2026-10-20' });
    await screen.findByTestId('headline');
    expect(whyText()).toContain('本计算器尚未收录任何地区2027年度的集中参保期。如当地2027年度的集中参保期与往年公布的相近，届时尚未截止');
  });
});

describe('why-trace: the repair step without zero counts (R5)', () => {
  it('阜新, 1 repair year planned where none can shorten the wait: "In your case, repair does not shorten the wait", not "removes 0 months; at most 0 years"', async () => {
    await renderResultScreen(scenario({ asOf: '2026-03-01', region: 'liaoning-fuxin', years: { 2023: 'resident', 2024: 'none', 2025: 'none' }, payments: [residentPay('2026-03-20', [2026], 1, 'planned')] }), { today: '2026-03-01' });
    await screen.findByTestId('headline');
    expect(whyText()).toContain('Repair: each extra year of premium removes one month of the variable waiting period. In your case, repair does not shorten the wait.');
    expect(whyText()).not.toMatch(/at most 0 years|removes 0 months/);
  });

  // Covered 2024, no cover in 2025 and 2026 (two years counted), 2027 planned late with no repair.
  const twoYears = scenario({ asOf: '2027-03-01', region: 'liaoning-fuxin', years: { 2024: 'resident', 2025: 'none', 2026: 'none' }, payments: [residentPay('2027-03-20', [2027], 0, 'planned')] });

  it('阜新, no repair planned after a two-year lapse: "This payment includes no repair years; up to 1 year would shorten the wait"', async () => {
    await renderResultScreen(twoYears, { today: '2027-03-01' });
    await screen.findByTestId('headline');
    expect(whyText()).toContain('This payment includes no repair years; up to 1 year would shorten the wait.');
  });

  it('in Chinese', async () => {
    await renderResultScreen(twoYears, { language: 'zh-CN', today: '2027-03-01' });
    await screen.findByTestId('headline');
    expect(whyText()).toContain('本次缴费不含修复年数；最多修复1年能缩短等待期。');
  });
});

describe('why-trace: a newborn rule that differs between regions names the birth year as such', () => {
  // National; born 10 Feb 2026, 2026 paid on 1 Apr 2026 (within 90 days); seen on 1 Jun 2026.
  const newborn = scenario({ asOf: '2026-06-01', region: 'national', payments: [residentPay('2026-04-01', [2026])], circumstances: { birthDate: '2026-02-10' } });

  it('in English: "whether enrolling a newborn also covers the next year (for children born in 2026)", not "(2026)"', async () => {
    await renderResultScreen(newborn, { today: '2026-06-01' });
    await screen.findByTestId('headline');
    expect(whyText()).toContain('whether enrolling a newborn also covers the next year (for children born in 2026)');
    expect(whyText()).not.toContain('the next year (2026)');
  });

  it('in Chinese', async () => {
    await renderResultScreen(newborn, { language: 'zh-CN', today: '2026-06-01' });
    await screen.findByTestId('headline');
    expect(whyText()).toContain('（2026年出生的新生儿）');
  });
});
