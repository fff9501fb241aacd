// What the headline's facts say beside the date: why there is no waiting period (a switch, said in
// the direction it went), and for a newborn still to be enrolled, the last day to pay for cover from birth.
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { employeePay, residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

describe('headline facts', () => {
  it('a switch into the employee scheme (E2) says it came from the resident scheme, not the other way round, in both languages', async () => {
    const switched = scenario({ asOf: '2026-11-25', years: { 2024: 'resident', 2025: 'resident' }, payments: [employeePay('2026-02-15', true)] });
    for (const [language, said, wrong] of [
      ['en', 'You switched from the resident scheme to the employee scheme after at least 2 years of continuous cover, with a gap of 3 months or less', 'from the employee scheme'],
      ['zh-CN', '居民医保转职工医保，此前连续参保满2年，断保不超过3个月', '职工医保转居民医保'],
    ] as const) {
      await renderResultScreen(switched, { language, today: '2026-11-25' });
      await screen.findByTestId('headline');
      // The headline's facts: why there is no waiting period.
      expect(screen.getByText(said), language).toBeVisible();
      expect(document.body, language).not.toHaveTextContent(wrong);
      cleanup();
    }
  });

  it('a newborn to enrol (X1): the last day to pay for cover from birth is a fact beside the date: the earlier day (birth + 89, 武汉’s reading) safe everywhere, the later (birth + 90) on time under the national reading, in both languages; not once paid', async () => {
    const baby = (status: 'made' | 'planned') => scenario({ asOf: '2026-12-03', region: 'national', circumstances: { birthDate: '2026-10-20' }, payments: [residentPay('2026-12-03', [2026], 0, status)] });
    for (const [language, term, said] of [
      ['en', 'Last day to enrol and pay for your child', 'January 17, 2027, which is on time everywhere; under the national rules (the day of birth not counted in the 90 days), January 18, 2027 is on time too. Paid in time, your child is covered from birth.'],
      ['zh-CN', '新生儿参保缴费截止日', '请最迟在2027年1月17日（含当天）参保缴费，这一天各地都算按时；按国家规定计算（出生当天不算在90天内），2027年1月18日缴费也算按时。按时参保缴费的，孩子自出生之日起享受待遇。'],
    ] as const) {
      await renderResultScreen(baby('planned'), { language, today: '2026-12-03' });
      await screen.findByTestId('headline');
      // Whole text, not a substring: the closing full stop is part of what is checked.
      expect(screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent, language).toBe(said);
      cleanup();
    }
    await renderResultScreen(baby('made'), { today: '2026-12-03' });
    await screen.findByTestId('headline');
    expect(screen.queryByText('Last day to enrol and pay for your child')).toBeNull();
  });

  it('a newborn to enrol in 湖南, whose rules do not say how the days are counted: the earlier day is on time however the region counts them, not "everywhere", in both languages', async () => {
    const baby = scenario({ asOf: '2026-12-02', region: 'hunan', circumstances: { birthDate: '2026-10-15' }, payments: [residentPay('2026-12-20', [2026], 0, 'planned')] });
    for (const [language, term, said] of [
      ['en', 'Last day to enrol and pay for your child', 'January 12, 2027, which is on time however your region counts the 90 days; under the national rules (the day of birth not counted in the 90 days), January 13, 2027 is on time too. Paid in time, your child is covered from birth.'],
      ['zh-CN', '新生儿参保缴费截止日', '请最迟在2027年1月12日（含当天）参保缴费，无论当地怎样计算，这一天都算按时；按国家规定计算（出生当天不算在90天内），2027年1月13日缴费也算按时。按时参保缴费的，孩子自出生之日起享受待遇。'],
    ] as const) {
      await renderResultScreen(baby, { language, today: '2026-12-02' });
      await screen.findByTestId('headline');
      expect(screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent, language).toBe(said);
      expect(document.body.textContent, language).not.toMatch(/everywhere|各地都算按时/);
      cleanup();
    }
  });


  it('cover some regions extend past the years paid (X1: 海南 also covers a newborn’s next year) gives no firm end of the benefit period, in both languages', async () => {
    // Born 1 Aug 2026, 2026 paid on 15 Sep 2026 (within the newborn period), national rules.
    const baby = scenario({ asOf: '2026-12-04', circumstances: { birthDate: '2026-08-01' }, payments: [residentPay('2026-09-15', [2026])] });
    for (const [language, term, said] of [
      ['en', 'Benefit period ends', "December 31, 2026 (or December 31, 2027, depending on your region's rules)"],
      ['zh-CN', '待遇享受期截至', '2026年12月31日（视当地规定，也可能至2027年12月31日）'],
    ] as const) {
      await renderResultScreen(baby, { language, today: '2026-12-04' });
      await screen.findByTestId('headline');
      expect(screen.getByText(term, { selector: 'dt' }).nextElementSibling, language).toHaveTextContent(said);
      cleanup();
    }
    // 海南's own rules settle it: cover to the end of 2027, firm.
    await renderResultScreen({ ...baby, region: 'hainan' }, { today: '2026-12-04' });
    await screen.findByTestId('headline');
    expect(screen.getByText('Benefit period ends', { selector: 'dt' }).nextElementSibling).toHaveTextContent(/^December 31, 2027$/);
  });
});
