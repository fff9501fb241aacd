// A newborn's year of birth enrolled free of charge (湖北; 湖南 with a parent insured: X1, R1c),
// after the newborn period: nothing is paid, so the "Why" steps and the notes beside the answer
// say the child is enrolled, on the day of enrolment, never "You paid on …" nor "the year paid
// for". The same child's enrolment with 2027 paid too is a payment, and reads as one.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const baby = { birthDate: '2026-03-10', parentInsured: true };
const hubei = (status: 'made' | 'planned', years = [2026]) =>
  scenario({ asOf: status === 'made' ? '2026-12-12' : '2026-12-05', region: 'hubei', circumstances: baby, payments: [residentPay('2026-12-10', years, 0, status)] });
const hunanPlanned = scenario({ asOf: '2026-12-05', region: 'hunan', circumstances: baby, payments: [residentPay('2026-12-10', [2026], 0, 'planned')] });

const steps = (title: string) => within(screen.getByRole('region', { name: title })).getAllByRole('listitem').map((li) => li.textContent ?? '');
const notes = (title: string) => within(screen.getByRole('complementary', { name: title })).getAllByRole('listitem').map((li) => li.textContent ?? '');

describe('a free year of birth enrolled late: the steps and notes speak of the enrolment', () => {
  it('湖北, made, in English', async () => {
    await renderResultScreen(hubei('made'), { today: '2026-12-12' });
    const why = steps('Why: step by step');
    expect(why.some((s) => s.includes('You enrolled your child on December 10, 2026, after the 2026 enrolment window ended on February 28, 2026.'))).toBe(true);
    expect(why.some((s) => s.includes('As the day of enrolment is outside the enrolment window, a fixed waiting period of 3 months applies.'))).toBe(true);
    expect(why.join('\n')).not.toMatch(/You paid on|payment date/);
    const near = notes('Please note');
    expect(near).toContain('Our reading: If the wait runs past December 31, the year your child is enrolled for brings no cover. The wait continues only if you also pay for the next year.');
    expect(near).toContain('Our reading: After the newborn period, local rules apply: some regions cover from the day of enrolment, others apply the ordinary wait. Hence the range.');
    expect(near.join('\n')).not.toContain('the year paid for');
    // 湖北 chosen: on time however the region counts the days, not "everywhere" (the enrolment's own form).
    expect(near.some((n) => n.endsWith('Enrolling by the earlier day is in time however your region counts the days.'))).toBe(true);
  });

  it('湖北, planned, in Chinese', async () => {
    await renderResultScreen(hubei('planned'), { language: 'zh-CN', today: '2026-12-05' });
    const why = steps('计算依据（逐步说明）');
    expect(why.some((s) => s.includes('您计划于2026年12月10日为孩子办理参保，届时2026年度集中参保期已于2026年2月28日结束。'))).toBe(true);
    expect(why.some((s) => s.includes('因办理参保的日期不在集中参保期内，设置固定待遇等待期3个月。'))).toBe(true);
    expect(why.join('\n')).not.toMatch(/您计划于2026年12月10日缴费|缴费日/);
    const near = notes('请注意');
    expect(near).toContain('我们的理解：等待期跨过12月31日的，为孩子参保的年度享受不到待遇；只有同时缴纳下一年度保费，等待期才会延续。');
    expect(near).toContain('我们的理解：超过新生儿参保期限的，按当地规定：有的地区自办理参保之日起享受，有的按一般等待期。因此显示一个区间。');
    expect(near.join('\n')).not.toContain('所缴年度');
  });

  it('湖南 with a parent insured, planned: the wait of 90 days runs from the day of enrolment, in both languages', async () => {
    await renderResultScreen(hunanPlanned, { today: '2026-12-05' });
    const why = steps('Why: step by step');
    expect(why.some((s) => s.includes('You plan to enrol your child on December 10, 2026, after the end of the 2026 enrolment window on January 31, 2026.'))).toBe(true);
    expect(why.some((s) => s.includes('As the day of enrolment is outside the enrolment window, a fixed waiting period of 90 days applies (your region counts the wait in days).'))).toBe(true);
    expect(why.some((s) => s.includes('The wait of 90 days runs from the day of enrolment, December 10, 2026: cover from March 10, 2027.'))).toBe(true);
    expect(notes('Please note')).toContain('Our reading: Where a region counts “3 months (as 90 days)”, we read it as cover from the day of enrolment plus 90 days, by analogy with Fuxin\'s official example.');
    cleanup();
    await renderResultScreen(hunanPlanned, { language: 'zh-CN', today: '2026-12-05' });
    const zh = steps('计算依据（逐步说明）');
    expect(zh.some((s) => s.includes('90天的等待期自办理参保之日2026年12月10日起算：自2027年3月10日起享受待遇。'))).toBe(true);
    expect(zh.some((s) => s.includes('因办理参保的日期不在集中参保期内，设置固定待遇等待期90天（当地按天计算）。'))).toBe(true);
  });

  it('with 2027 paid on the same day, money is paid: the steps say so', async () => {
    await renderResultScreen(hubei('made', [2026, 2027]), { today: '2026-12-12' });
    const why = steps('Why: step by step');
    expect(why.some((s) => s.includes('You paid on December 10, 2026, after the 2026 enrolment window ended on February 28, 2026.'))).toBe(true);
    expect(why.join('\n')).not.toContain('You enrolled your child on');
  });
});
