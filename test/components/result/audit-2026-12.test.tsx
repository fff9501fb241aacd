// The result screen after a newcomer audit (Dec 2026), by role and label: range lines that say
// what leads to every date (never a bare "other regions"), a region's own result not naming
// another region as its example, a newborn's options and status, option costs on one basis,
// "today" and "in its enrolment window" only where true, and 湖北's free birth year.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { employeePay, residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

/** The headline's lines for a range: the list's own items. */
function outcomeLines(name: string): HTMLElement[] {
  const list = screen.getByRole('list', { name });
  return within(list).getAllByRole('listitem').filter((item) => item.parentElement === list);
}

const cards = (name: string) => within(screen.getByRole('list', { name })).getAllByRole('listitem').filter((li) => li.classList.contains('option'));

describe('range lines (RULES §8.3)', () => {
  it('北京 W21 (covered 2024–25, paid 2026-03-10), in Chinese: the last line says which counting leads to its dates, names no other region, and never "其他地区"', async () => {
    const w21 = scenario({ asOf: '2026-03-10', region: 'beijing', years: { 2024: 'resident', 2025: 'resident' }, payments: [residentPay('2026-03-10', [2026])] });
    await renderResultScreen(w21, { language: 'zh-CN', today: '2026-03-10' });
    await screen.findByTestId('headline');
    const lines = outcomeLines('各种情形对应的日期');
    expect(lines).toHaveLength(4);
    const last = lines[3] as HTMLElement;
    expect(last).toHaveTextContent(/^2026年6月10日或2026年6月11日：如果/);
    expect(last).toHaveTextContent('等待期按月计算');
    for (const line of lines) {
      expect(line).not.toHaveTextContent('其他地区');
      expect(line).not.toHaveTextContent('呼和浩特');
      expect(line).not.toHaveTextContent('适用地区');
    }
  });

  it('national, 2025 lapsed, paid 2026-01-15, in English: the last line says which rules lead to May 1–16', async () => {
    const s = scenario({ asOf: '2026-01-15', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-01-15', [2026])] });
    await renderResultScreen(s, { today: '2026-01-15' });
    await screen.findByTestId('headline');
    const lines = outcomeLines('Which date applies where');
    const last = lines.at(-1) as HTMLElement;
    // What decides it: every lapse year counting, the first included (呼和浩特's reading); the other
    // rules' answers between them cover every known variant, so they are not listed (range-lines.ts).
    expect(last).toHaveTextContent(/^Between May 1, 2026 and May 16, 2026 — if every lapse year, the first included, lengthens the wait \(region: Hohhot, Inner Mongolia\)$/);
    expect(last).not.toHaveTextContent('Other regions');
  });
});

describe('a newborn whose plan pays the birth year in time (X1)', () => {
  // Born 2026-10-15; plans to pay 2026 on 2026-12-20; national; as of 2026-12-02.
  const s = scenario({ asOf: '2026-12-02', payments: [residentPay('2026-12-20', [2026], 0, 'planned')], circumstances: { birthDate: '2026-10-15' } });

  it('is not yet enrolled, not in a lapse', async () => {
    await renderResultScreen(s, { today: '2026-12-02' });
    await screen.findByTestId('headline');
    expect(screen.getByTestId('status')).toHaveTextContent('Status on December 2, 2026: not yet enrolled, so not covered yet.');
    expect(screen.getByTestId('status')).not.toHaveTextContent('lapse');
  });

  it('is offered no way that skips 2026, and the card says reimbursement starts, never restarts', async () => {
    await renderResultScreen(s, { today: '2026-12-02' });
    await screen.findByTestId('headline');
    const shown = cards('Options and when reimbursement starts under each');
    expect(shown.map((c) => c.querySelector('h3')?.textContent)).toEqual(['Pay today (December 2, 2026) for 2026', "Pay for 2027 as well, on December 20, 2026, if your region's 2027 enrolment window is open on that day"]);
    expect(shown[0]).not.toHaveTextContent('Lowest cost');
    expect(shown[0]).not.toHaveTextContent(/restart/);
    expect(shown[0]).toHaveTextContent("Your child's reimbursement starts on the same date as under your own plan");
  });

  it('in Chinese: 尚未参保, not 断保', async () => {
    await renderResultScreen(s, { language: 'zh-CN', today: '2026-12-02' });
    await screen.findByTestId('headline');
    expect(screen.getByTestId('status')).toHaveTextContent('2026年12月2日的状态：尚未参保，暂无保障。');
  });
});

describe('option costs on one basis (R1c, R5)', () => {
  it('national, 2025–26 not insured, plans 2027 on 2026-12-15 with 1 repair year: 不修复 saves a year, 修复2年 costs one more, paying today the same', async () => {
    const s = scenario({ asOf: '2026-12-02', years: { 2024: 'resident', 2025: 'none', 2026: 'none' }, payments: [residentPay('2026-12-15', [2027], 1, 'planned')] });
    await renderResultScreen(s, { language: 'zh-CN', today: '2026-12-02' });
    await screen.findByTestId('headline');
    const shown = cards('各种做法及医保报销恢复日期');
    const card = (title: RegExp) => shown.find((c) => title.test(c.querySelector('h3')?.textContent ?? '')) as HTMLElement;
    const cost = (c: HTMLElement) => within(c).getByText('与您计划的缴费相比').nextElementSibling?.textContent;
    expect(cost(card(/不修复/))).toBe('少缴1年的个人缴费');
    expect(cost(card(/修复2年/))).toBe('多缴1年的个人缴费（按当地的缴费标准）');
    expect(cost(card(/^今天/))).toBe('缴费金额相同');
  });

  // Newcomer walk: "相同" right under a date months earlier read as "the same result", and paying
  // monthly contributions from today rather than the planned month is not the same cost.
  it('武汉 flexible worker after employer-paid cover to 2026-07, plans to pay on 2027-02-10 without back-pay: paying today costs 2 more months of contributions', async () => {
    const s = scenario({ asOf: '2026-12-03', region: 'hubei-wuhan', employeePeriods: [{ from: '2020-01', to: '2026-07', paidBy: 'employer' }], payments: [employeePay('2027-02-10', false, 'flexible', 'planned')] });
    await renderResultScreen(s, { language: 'zh-CN', today: '2026-12-03' });
    await screen.findByTestId('headline');
    const card = cards('各种做法及医保报销恢复日期').find((c) => /^今天/.test(c.querySelector('h3')?.textContent ?? '')) as HTMLElement;
    expect(within(card).getByText('与您计划的缴费相比').nextElementSibling?.textContent).toBe('多缴2个月的缴费');
  });
});

describe('"today" and "in its enrolment window" only where true (R1, §8.6)', () => {
  const qingdao = scenario({ asOf: '2026-12-02', region: 'shandong-qingdao', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-10-10', [2026])] });

  it('青岛, 2027 window not known: "如当地2027年度集中参保期已经开始", never "在集中参保期内" as a fact', async () => {
    await renderResultScreen(qingdao, { language: 'zh-CN', today: '2026-12-02' });
    await screen.findByTestId('headline');
    const heading = screen.getByRole('heading', { level: 3, name: /另缴2027年度保费/ });
    expect(heading).toHaveTextContent('在已缴费用之外，今天（2026年12月2日）另缴2027年度保费（如当地2027年度集中参保期已经开始）');
    expect(heading).not.toHaveTextContent('在集中参保期内另缴');
  });

  it('a link for 2026-12-02 opened on 2027-03-01 calls that day the date of the answers, not today', async () => {
    const s = scenario({ asOf: '2026-12-02', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-10-10', [2026])] });
    await renderResultScreen(s, { today: '2027-03-01' });
    await screen.findByTestId('headline');
    const heading = screen.getByRole('heading', { level: 3, name: /^Also pay for 2027/ });
    expect(heading).toHaveTextContent("Also pay for 2027 on December 2, 2026 (the date these answers are for), if your region's 2027 enrolment window is open on that day, on top of the payment already made");
    expect(heading).not.toHaveTextContent('today');
  });
});

describe('湖北 newborns pay nothing for the year of birth (P-HB1)', () => {
  it('武汉, born 2026-10-15, 2026 paid 2026-11-20: "nothing for the year of birth", not ¥400', async () => {
    const s = scenario({ asOf: '2026-12-02', region: 'hubei-wuhan', payments: [residentPay('2026-11-20', [2026])], circumstances: { birthDate: '2026-10-15' } });
    await renderResultScreen(s, { today: '2026-12-02' });
    await screen.findByTestId('headline');
    const term = screen.getByText('What you pay');
    expect(term.nextElementSibling).toHaveTextContent('nothing for the year of birth: your region enrols newborns free of charge that year');
    expect(term.nextElementSibling).not.toHaveTextContent('400');
  });

  it('武汉, born 2026-03-10, 2026 and 2027 planned on 2026-12-11: the year of birth free, 2027 at the region\'s premium for it, in both languages', async () => {
    const s = scenario({ asOf: '2026-12-04', region: 'hubei-wuhan', payments: [residentPay('2026-12-11', [2026, 2027], 0, 'planned')], circumstances: { birthDate: '2026-03-10' } });
    await renderResultScreen(s, { today: '2026-12-04' });
    await screen.findByTestId('headline');
    expect(screen.getByText('What you pay').nextElementSibling).toHaveTextContent(/nothing for the year of birth: .*; for 2027, the premium your region charges for that year$/);
    cleanup();
    await renderResultScreen(s, { language: 'zh-CN', today: '2026-12-04' });
    await screen.findByTestId('headline');
    expect(screen.getByText('缴费金额').nextElementSibling).toHaveTextContent(/；2027年度按当地的缴费标准缴纳$/);
  });
});

describe('湖南 2026 newborns are free with a parent insured there (P-HN1)', () => {
  /** Born 10 Mar 2026, 2026 paid 20 Apr 2026: after the window closed on 31 Jan, inside the newborn period. */
  const hunan = (parentInsured: boolean) =>
    scenario({ asOf: '2026-04-20', region: 'hunan', payments: [residentPay('2026-04-20', [2026])], circumstances: { birthDate: '2026-03-10', ...(parentInsured ? { parentInsured } : {}) } });

  it('a parent insured: "nothing for the year of birth", not the full ¥1,100', async () => {
    await renderResultScreen(hunan(true), { today: '2026-04-20' });
    await screen.findByTestId('headline');
    const paid = screen.getByText('What you pay').nextElementSibling;
    expect(paid).toHaveTextContent('nothing for the year of birth: your region enrols a child born that year free of charge if a parent is insured there');
    expect(paid).not.toHaveTextContent('1,100');
  });

  it('the next year’s cover that 湖南’s own rules we have leave open is said so, not as "in some regions" (other places)', async () => {
    await renderResultScreen(hunan(true), { today: '2026-04-20' });
    await screen.findByTestId('headline');
    expect(screen.getByText('Benefit period ends').nextElementSibling).toHaveTextContent('December 31, 2026 (or December 31, 2027: the rules we have for Hunan Province do not settle this)');
    expect(document.body.textContent).not.toContain('in some regions, depending on their rules');
  });

  it.each([
    ['en', 'That year costs you nothing, but for your child to be covered, also pay for the next year.'],
    ['zh-CN', '这一年度无需缴费，但如需孩子享受待遇，请同时缴纳下一年度。'],
  ] as const)('enrolled late for the year of birth alone, free: the warning asks for the next year, not to ask before paying (%s)', async (language, advice) => {
    const late = scenario({ asOf: '2026-11-25', region: 'hunan', payments: [residentPay('2026-11-25', [2026], 0, 'planned')], circumstances: { birthDate: '2026-06-01', parentInsured: true } });
    await renderResultScreen(late, { language, today: '2026-11-25' });
    await screen.findByTestId('headline');
    expect(document.body.textContent).toContain(advice);
    expect(document.body.textContent).not.toMatch(/before you pay|缴费前先向/);
  });

  it('the same enrolment made (¥0 paid): not "the payment you made", but what that year cost and what to pay', async () => {
    const made = scenario({ asOf: '2026-11-25', region: 'hunan', payments: [residentPay('2026-11-20', [2026], 0, 'made')], circumstances: { birthDate: '2026-06-01', parentInsured: true } });
    await renderResultScreen(made, { today: '2026-11-25' });
    await screen.findByTestId('headline');
    expect(document.body.textContent).toContain('That year cost you nothing; for your child to be covered, also pay for the next year.');
    expect(document.body.textContent).not.toContain('This payment alone brings no cover');
  });

  it('no parent insured there: no amount is given, and a note in Chinese says why', async () => {
    await renderResultScreen(hunan(false), { language: 'zh-CN', today: '2026-04-20' });
    await screen.findByTestId('headline');
    expect(screen.queryByText('缴费金额')).not.toBeInTheDocument();
    expect(document.body.textContent).not.toContain('1,100');
    expect(document.body.textContent).not.toContain('1100');
    expect(screen.getByText(/当地规定，父母一方在当地参保的，2026年出生的新生儿免缴保费。/)).toBeInTheDocument();
  });
});

describe('a baby’s status is the child’s', () => {
  it('national rules, born 1 Aug 2026, enrolled late on 20 Nov 2026: "whether your child is covered now", not "you"', async () => {
    const s = scenario({ asOf: '2026-11-25', payments: [residentPay('2026-11-20', [2026])], circumstances: { birthDate: '2026-08-01' } });
    await renderResultScreen(s, { today: '2026-11-25' });
    expect(await screen.findByTestId('status')).toHaveTextContent('Status on November 25, 2026: it depends on your region whether your child is covered now.');
  });
});

describe("a baby's first enrolment: the explanation says whose cover it is", () => {
  /** Born 1 Jun 2026, not enrolled in time; 2027 paid on 20 Dec 2026 under the national rules. */
  const late = scenario({ asOf: '2026-11-25', payments: [residentPay('2026-12-20', [2027], 0, 'planned')], circumstances: { birthDate: '2026-06-01' } });

  it.each([
    ['en', 'Because your child was not continuously insured, a fixed waiting period', 'Because you were not continuously insured'],
    ['zh-CN', '因孩子未连续参保，设置固定待遇等待期', '因未连续参保'],
  ] as const)('%s', async (language, child, adult) => {
    await renderResultScreen(late, { language, today: '2026-11-25' });
    const why = await screen.findByRole('region', { name: language === 'en' ? 'Why: step by step' : '计算依据（逐步说明）' });
    expect(why).toHaveTextContent(child);
    expect(why).not.toHaveTextContent(adult);
  });
});

describe('a wait that runs past the end of the year paid for, in every region (I4)', () => {
  /** 云南, medical assistance but not newly added (P-YN1): 2025 lapsed, 2026 paid on 20 Nov 2026. */
  const yunnan = scenario({ asOf: '2026-11-25', region: 'yunnan', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-11-20', [2026], 0, 'made')], circumstances: { exemptGroup: { group: 'medicalAid', newlyAdded: false } } });

  it.each([
    ['en', 'Status on November 25, 2026: paid, in the waiting period. The wait ends only after the year paid for is over, so reimbursement restarts only if you also pay for the next year.', 'costs are not reimbursed yet'],
    ['zh-CN', '2026年11月25日的状态：已缴费，处于待遇等待期。等待期到所缴年度结束后才结束，只有再缴纳下一年度，医保报销才能恢复。', '费用暂不能报销'],
  ] as const)('the status does not say costs are "not reimbursed yet", as if they would be later (%s)', async (language, status, yet) => {
    await renderResultScreen(yunnan, { language, today: '2026-11-25' });
    expect(await screen.findByTestId('status')).toHaveTextContent(status);
    expect(screen.getByTestId('status')).not.toHaveTextContent(yet);
  });

  it('a wait that ends within the year keeps the ordinary words', async () => {
    const inYear = scenario({ asOf: '2026-05-10', region: 'hunan', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-05-01', [2026], 0, 'made')] });
    await renderResultScreen(inYear, { today: '2026-05-10' });
    expect(await screen.findByTestId('status')).toHaveTextContent('paid, in the waiting period; costs are not reimbursed yet');
  });
});
