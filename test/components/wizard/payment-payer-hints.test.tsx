// The payment step's hints in the words of whoever acts (src/features/payer.ts): an employer's
// contributions arrive in the month of its first contribution, not "the money" of a payment the
// reader makes; a child enrolled for a free year of birth is not "paid for together" with the
// next year. A flexible worker's and a paying parent's hints stay the person's own.
import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { noCircumstances } from '../../../src/features/wizard/answers';
import type { Answers } from '../../../src/features/wizard/answers';
import { answersWith, draftAt, renderWizard, serveRules } from './harness';

beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal('fetch', serveRules());
});
afterEach(() => vi.unstubAllGlobals());

/** Employee-scheme answers (an employer pays) with cover to `lastMonth`, the first contribution expected on `date`. */
const employee = (region: string, lastMonth: string, date = '2026-12-10'): Answers =>
  answersWith({ scheme: 'employee', region, history: { ...answersWith({}).history, employeeLastMonth: lastMonth }, payment: { status: 'planned', date, years: [], repairYears: 0, backPay: true } });

/** A child born on `birthDate` in `region`, a payment planned on `date`. */
const child = (region: string, birthDate: string, date = '2026-11-20'): Answers =>
  answersWith({ region, payment: { status: 'planned', date, years: [], repairYears: 0, backPay: true }, circumstances: { ...noCircumstances(), newborn: true, birthDate } });

describe('the back-payment hint where an employer pays', () => {
  it('says the contributions arrive, in the month of the employer’s first contribution, in both languages', async () => {
    const first = await renderWizard({ initial: draftAt('payment', employee('national', '2026-09')) });
    expect(screen.getByRole('checkbox', { name: 'The missed months will be back-paid' })).toHaveAccessibleDescription(
      "Months missed before your employer's first contribution: 2. Back-paying a gap of up to 3 months brings cover back soon. If you moved here from another city, cover starts in the month of your employer's first contribution and the gap is covered too; if you stayed in the same place, your region decides whether the gap is covered and whether cover starts in that month, the month after, or the day after the contributions arrive.",
    );
    first.unmount();
    localStorage.clear();
    await renderWizard({ language: 'zh-CN', initial: draftAt('payment', employee('national', '2026-09')) });
    expect(screen.getByRole('checkbox', { name: '断保的月份将会补缴' })).toHaveAccessibleDescription(
      '单位第一笔缴费前断保2个月。断保不超过3个月并由单位补缴的，医保报销会较快恢复：从其他城市转来的，从单位缴费当月起恢复，断保期间也可以报销；在本地断保的，断保期间能否报销，以及从单位缴费当月、次月还是单位缴费到账次日起恢复，由当地规定。',
    );
  });

  it('states the region’s own rule in the employer’s words (青岛: the month after; 武汉: the gap covered)', async () => {
    const qingdao = await renderWizard({ initial: draftAt('payment', employee('shandong-qingdao', '2026-09')) });
    await waitFor(() =>
      expect(screen.getByRole('checkbox', { name: 'The missed months will be back-paid' })).toHaveAccessibleDescription(
        "Months missed before your employer's first contribution: 2. Under your region's rules as a secondary source reports them (not yet confirmed by an official one), back-paying a gap of up to 3 months restarts reimbursement from the month after the back-payment; costs in the missed months are not reimbursed. If you moved here from another city, cover restarts in the month of your employer's first contribution and the missed months are covered too.",
      ),
    );
    qingdao.unmount();
    localStorage.clear();
    await renderWizard({ language: 'zh-CN', initial: draftAt('payment', employee('hubei-wuhan', '2026-09')) });
    await waitFor(() =>
      expect(screen.getByRole('checkbox', { name: '断保的月份将会补缴' })).toHaveAccessibleDescription(
        '单位第一笔缴费前断保2个月。据非官方渠道介绍的当地规定（尚未经官方确认），断保不超过3个月并由单位补缴的，从单位缴费当月起恢复医保报销，断保期间的费用也可以报销。',
      ),
    );
  });

  it('after a longer gap, says the wait applies whether or not the employer back-pays, in both languages', async () => {
    const first = await renderWizard({ initial: draftAt('payment', employee('national', '2026-05', '2026-11-15')) });
    expect(screen.getByRole('checkbox', { name: 'The missed months will be back-paid' })).toHaveAccessibleDescription(
      "Months missed before your employer's first contribution: 5. Back-paying changes the date only after a gap of up to 3 months. After a longer gap, your region's waiting period applies whether or not your employer back-pays.",
    );
    first.unmount();
    localStorage.clear();
    await renderWizard({ language: 'zh-CN', initial: draftAt('payment', employee('national', '2026-05', '2026-11-15')) });
    expect(screen.getByRole('checkbox', { name: '断保的月份将会补缴' })).toHaveAccessibleDescription('单位第一笔缴费前断保5个月。只有断保不超过3个月时，补缴才会影响享受待遇的日期。断保更久的，无论单位是否补缴，都按当地规定的等待期计算。');
  });
});

describe('the years hint where a child’s year of birth is free (武汉)', () => {
  it('speaks of choosing years for the enrolment, not of paying them together, in both languages', async () => {
    const first = await renderWizard({ initial: draftAt('payment', child('hubei-wuhan', '2026-08-01')) });
    const group = await screen.findByRole('group', { name: 'Which benefit years is this enrolment for?' });
    expect(group).toHaveAccessibleDescription("Choose 2026, your child's year of birth, alone, or together with the next year.");
    first.unmount();
    localStorage.clear();
    await renderWizard({ language: 'zh-CN', initial: draftAt('payment', child('hubei-wuhan', '2026-08-01')) });
    expect(await screen.findByRole('group', { name: '这次为孩子参保的是哪几个待遇年度？' })).toHaveAccessibleDescription('可以只选孩子出生的2026年度，也可以连同下一年度一起选。');
  });

  it('a payment in the year after the birth: the year of birth is listed too, and costs nothing, in both languages', async () => {
    const answers = child('hubei-wuhan', '2026-08-01', '2027-01-20');
    const first = await renderWizard({ initial: draftAt('payment', answers) });
    expect(await screen.findByRole('group', { name: 'Which benefit years is this enrolment for?' })).toHaveAccessibleDescription(
      'Choose one year, or several together. Your child was born in 2026, so 2026 is listed too: enrolling your child for it costs nothing.',
    );
    first.unmount();
    localStorage.clear();
    await renderWizard({ language: 'zh-CN', initial: draftAt('payment', answers) });
    expect(await screen.findByRole('group', { name: '这次为孩子参保的是哪几个待遇年度？' })).toHaveAccessibleDescription('选一个年度，也可以同时选几个年度。孩子是2026年出生的，也可以选2026年度，出生当年参保不需缴费。');
  });

  it('a newborn whose year of birth is paid for (福建) keeps the payment’s words', async () => {
    await renderWizard({ language: 'zh-CN', initial: draftAt('payment', child('fujian', '2026-08-01')) });
    await waitFor(() => expect(vi.mocked(fetch).mock.calls.some(([input]) => String(input).includes('fujian.json'))).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.getByRole('group', { name: '这次缴的是哪几个待遇年度的保费？' })).toHaveAccessibleDescription('选一个年度，或者本年度和下一年度一起缴。');
  });
});
