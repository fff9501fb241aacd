// "How to pay": after a payment whose cover ends this year, what keeps cover going next year
// (R2: a year paid in its window after a covered one has no wait), with the window's end where
// the region's rules pin it; nothing about the resident window for the employee schemes.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../../src/calc';
import { calculate } from '../../../src/calc';
import { chainFor } from '../../fixtures/packs';
import type { SupportedLanguage } from '../../../src/i18n/languages';
import { employeePay, residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

async function howToPay(s: Scenario, language: SupportedLanguage = 'en') {
  await renderResultScreen(s, { language });
  return screen.getByRole('region', { name: language === 'en' ? 'How to pay' : '如何缴费' });
}

describe('how to keep cover next year', () => {
  it('national rules, 2026 paid in its window, seen on 1 December 2026: pay for 2027 in your region’s window (its dates differ)', async () => {
    const how = await howToPay(scenario({ asOf: '2026-12-01', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2025-12-10', [2026])] }));
    expect(how).toHaveTextContent(
      "This payment's cover ends on December 31, 2026. To stay covered in 2027 without a new waiting period, pay for 2027 within your region's enrolment window for that year; its dates differ between regions.",
    );
  });

  it('福建, whose 2026 window ends on 31 December 2025 with payments taken to 28 February (cover from the payment date): pay for 2026 by 31 December for cover from 1 January', async () => {
    const how = await howToPay(scenario({ asOf: '2025-11-01', region: 'fujian', years: { 2024: 'resident' }, payments: [residentPay('2024-12-01', [2025])] }));
    expect(how).toHaveTextContent('To stay covered from January 1, 2026, without a break, pay for 2026 by December 31, 2025. A payment made after that, by February 28, 2026, still has no waiting period, but its cover starts only on the day you pay.');
  });

  it('a window without later payments (兵团 2026, to 31 December 2025): pay by the day it closes, without a new waiting period', async () => {
    const how = await howToPay(scenario({ asOf: '2025-11-01', region: 'xinjiang-bingtuan', years: { 2024: 'resident' }, payments: [residentPay('2024-12-01', [2025])] }));
    expect(how).toHaveTextContent('To stay covered in 2026 without a new waiting period, pay for 2026 by');
    expect(how).toHaveTextContent('when its enrolment window closes.');
  });

  it('in Chinese', async () => {
    const how = await howToPay(scenario({ asOf: '2025-11-01', region: 'xinjiang-bingtuan', years: { 2024: 'resident' }, payments: [residentPay('2024-12-01', [2025])] }), 'zh-CN');
    expect(how).toHaveTextContent('本次缴费的待遇享受期至2025年12月31日。如需2026年度继续享受待遇、且不产生新的待遇等待期，请最迟在');
    expect(how).toHaveTextContent('（该年度集中参保期的最后一天）缴纳2026年度的保费。');
  });

  it('江西, whose 2026 payments are taken to 28 Feb 2026 but cover from 1 January only when paid by 31 December 2025 (P-JX1, P-JX2): not "the window closes"', async () => {
    const jiangxi = scenario({ asOf: '2025-11-01', region: 'jiangxi', years: { 2024: 'resident' }, payments: [residentPay('2024-12-01', [2025])] });
    const how = await howToPay(jiangxi);
    expect(how).toHaveTextContent(
      "This payment's cover ends on December 31, 2025. To stay covered from January 1, 2026, without a break, pay for 2026 by December 31, 2025. A payment made after that, by February 28, 2026, still has no waiting period, but its cover starts only on the day after you pay.",
    );
    expect(how).not.toHaveTextContent(/when its enrolment window closes/);
  });

  it('江西 in Chinese', async () => {
    const how = await howToPay(scenario({ asOf: '2025-11-01', region: 'jiangxi', years: { 2024: 'resident' }, payments: [residentPay('2024-12-01', [2025])] }), 'zh-CN');
    expect(how).toHaveTextContent('本次缴费的待遇享受期至2025年12月31日。如需从2026年1月1日起不间断地享受待遇，请最迟在2025年12月31日缴纳2026年度的保费。此后最迟在2026年2月28日缴费的，不设待遇等待期，但待遇自缴费次日起才开始享受。');
    expect(how).not.toHaveTextContent(/该年度集中参保期结束/);
  });

  it('甘肃, whose extended period to 28 Feb 2026 covers only after a wait (R1a): pay by 31 December 2025 to avoid a new waiting period, in both languages', async () => {
    const gansu = scenario({ asOf: '2025-11-01', region: 'gansu', years: { 2024: 'resident' }, payments: [residentPay('2024-12-01', [2025])] });
    expect(await howToPay(gansu)).toHaveTextContent(
      "This payment's cover ends on December 31, 2025. To stay covered in 2026 without a new waiting period, pay for 2026 by December 31, 2025. A payment in the extended payment period after that, to February 28, 2026, has a waiting period.",
    );
  });

  it('甘肃 in Chinese', async () => {
    const gansu = scenario({ asOf: '2025-11-01', region: 'gansu', years: { 2024: 'resident' }, payments: [residentPay('2024-12-01', [2025])] });
    expect(await howToPay(gansu, 'zh-CN')).toHaveTextContent('请最迟在2025年12月31日缴纳2026年度的保费。此后在延长缴费期内（至2026年2月28日）缴费的，须经过待遇等待期。');
  });

  it('a region whose rules do not have next year’s window yet: not announced, rather than “differ between regions”', async () => {
    const how = await howToPay(scenario({ asOf: '2026-11-25', region: 'fujian', years: { 2025: 'resident' }, payments: [residentPay('2025-12-01', [2026])] }));
    expect(how).toHaveTextContent("pay for 2027 within its enrolment window; we do not have your region's dates for it yet, so check your region's notice soon.");
    expect(how).not.toHaveTextContent(/differ between regions/);
  });

  it('once next year’s window has closed (厦门’s 2026 window ended on 26 December 2025), it promises nothing: a payment now is late', async () => {
    const how = await howToPay(scenario({ asOf: '2025-12-29', region: 'fujian-xiamen', years: { 2024: 'resident' }, payments: [residentPay('2024-12-01', [2025])] }));
    expect(how).not.toHaveTextContent(/To stay covered/);
  });

  it('under the national rules the regional dates are said once', async () => {
    const how = await howToPay(scenario({ asOf: '2026-12-01', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2025-12-10', [2026])] }));
    expect(how.textContent?.match(/differ between regions/g)).toHaveLength(1);
  });

  it('广州, 2026 paid on 3 Dec 2025 after a lapse, the 2027 window not in its rules: "not in the rules yet", never "differ between regions"', async () => {
    const how = await howToPay(scenario({ asOf: '2025-12-03', region: 'guangdong-guangzhou', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2025-12-03', [2026])] }), 'zh-CN');
    expect(how).toHaveTextContent('本计算器使用的规则中还没有当地下一个集中参保期的起止日期');
    expect(how).not.toHaveTextContent(/各地不同/);
  });

  it('江西, paid on 10 Apr 2025: the day to pay 2026 by is given, and no sentence after it says the dates differ between regions', async () => {
    const how = await howToPay(scenario({ asOf: '2025-04-10', region: 'jiangxi', years: { 2024: 'resident' }, payments: [residentPay('2025-04-10', [2025])] }), 'zh-CN');
    expect(how).toHaveTextContent('请最迟在2025年12月31日');
    expect(how).not.toHaveTextContent(/各地不同/);
  });

  it('says nothing of next year when the payment already covers it, or when its cover ends in a later year', async () => {
    const how = await howToPay(scenario({ asOf: '2026-12-01', years: { 2025: 'resident' }, payments: [residentPay('2026-12-01', [2027], 0, 'planned')] }));
    expect(how).not.toHaveTextContent(/To stay covered/);
  });

  it('the employee schemes: no resident enrolment window, no advice about one', async () => {
    const how = await howToPay(scenario({ asOf: '2026-12-01', region: 'hubei-wuhan', employeePeriods: [{ from: '2023-01', to: '2026-10' }], payments: [employeePay('2026-12-01', true, 'flexible', 'made')] }));
    expect(how).not.toHaveTextContent(/enrolment window|To stay covered/);
    expect(within(how).getAllByRole('listitem')).toHaveLength(3);
  });

  it('the employer-paid scheme: the employer pays, so where to pay is not listed; ask the employer, and the other ways to be insured between jobs', async () => {
    const s = scenario({ asOf: '2026-12-01', region: 'shandong-qingdao', employeePeriods: [{ from: '2023-01', to: '2026-08' }], payments: [employeePay('2027-02-01', true, 'employee', 'planned')] });
    const how = await howToPay(s);
    expect(how).toHaveTextContent('Your employer pays your employee-scheme contributions: ask your employer or its HR office when contributions start, and whether the missed months can be back-paid.');
    expect(within(how).queryAllByRole('listitem')).toHaveLength(0);
  });

  it('the employer-paid scheme once contributions have started: not "ask when contributions start"; back-paying the missed months only where they were not', async () => {
    const made = (backPay: boolean) => scenario({ asOf: '2026-12-01', region: 'shandong-qingdao', employeePeriods: [{ from: '2023-01', to: '2026-08' }], payments: [employeePay('2026-11-20', backPay, 'employee', 'made')] });
    const notBackPaid = await howToPay(made(false));
    expect(notBackPaid).toHaveTextContent('Your employer pays your employee-scheme contributions, and its contributions have started again. Ask your employer or its HR office whether the missed months can still be back-paid.');
    expect(notBackPaid).not.toHaveTextContent(/when contributions start/);
    cleanup();
    const backPaid = await howToPay(made(true));
    expect(backPaid).toHaveTextContent('Your employer pays your employee-scheme contributions, and its contributions have started again. If you change jobs later, you can insure yourself as a flexible worker or in the resident scheme between jobs.');
    expect(backPaid).not.toHaveTextContent(/back-paid/);
  });

  it('a first job: contributions "have started", not "started again"', async () => {
    const first = scenario({ asOf: '2026-12-01', region: 'shandong-qingdao', payments: [employeePay('2026-11-20', false, 'employee', 'made')] });
    const how = await howToPay(first);
    expect(how).toHaveTextContent('Your employer pays your employee-scheme contributions, and its contributions have started.');
    expect(how).not.toHaveTextContent(/again/);
  });
});

// R1, §8: the national pack's 1 September is only the typical first day of a window. Where the
// region's own rules pin the window's end but not its start, the sentence gives the end and leaves
// the opening day to the region's notice; where they state the start, it gives both.
describe('the next enrolment window: its start only where the region states it', () => {
  it('昆明 as of 1 October 2025: the 2026 window ends on 25 February 2026; no 1 September', async () => {
    const how = await howToPay(scenario({ asOf: '2025-10-01', region: 'yunnan-kunming', years: { 2024: 'resident' }, payments: [residentPay('2024-12-01', [2025])] }));
    expect(how).toHaveTextContent("The enrolment window for 2026 ends on February 25, 2026. The rules this calculator uses do not say when your region opens it: check your region's notice.");
    expect(how).not.toHaveTextContent(/September 1|runs from/);
  });

  it('河北 as of 1 October 2024, 2025 planned: the 2025 window ends on 28 December 2024; no start', async () => {
    const how = await howToPay(scenario({ asOf: '2024-10-01', region: 'hebei', payments: [residentPay('2024-12-01', [2025], 0, 'planned')] }));
    expect(how).toHaveTextContent('The enrolment window for 2025 ends on December 28, 2024.');
    expect(how).not.toHaveTextContent(/September 1|runs from/);
  });

  it('in Chinese (昆明)', async () => {
    const how = await howToPay(scenario({ asOf: '2025-10-01', region: 'yunnan-kunming', years: { 2024: 'resident' }, payments: [residentPay('2024-12-01', [2025])] }), 'zh-CN');
    expect(how).toHaveTextContent('2026年度集中参保期于2026年2月25日截止。本计算器使用的规则中没有当地集中参保期的开始日期，请留意当地通知。');
    expect(how).not.toHaveTextContent(/9月1日/);
  });

  it('河北 as of 1 October 2025: its own 2026 notice states the start, so the sentence gives both days and the extension', async () => {
    const how = await howToPay(scenario({ asOf: '2025-10-01', region: 'hebei', years: { 2024: 'resident' }, payments: [residentPay('2024-12-20', [2025])] }));
    expect(how).toHaveTextContent('The enrolment window for 2026 runs from October 20, 2025 to December 31, 2025, with an extended payment period until February 28, 2026.');
  });
});

describe('where the payment’s cover ended before this year', () => {
  // 呼和浩特 W8, seen on 3 December 2026: 2025 paid on 12 March 2025, nothing for 2026.
  const hohhot = (years: Record<number, 'resident' | 'none'>) => scenario({ asOf: '2026-12-03', region: 'neimenggu-hohhot', years, payments: [residentPay('2025-03-12', [2025])] });

  it('says the cover has lapsed since, and how to see the date of a new payment', async () => {
    const how = await howToPay(hohhot({ 2024: 'resident', 2026: 'none' }));
    expect(how).toHaveTextContent('The cover from this payment ended on December 31, 2025, and your cover has lapsed since. To be covered again you need to pay again; after a lapse, a waiting period usually applies.');
    expect(how).toHaveTextContent('To see when reimbursement would restart, change your answers: under “Your cover so far”, mark 2025 as covered (the way you paid for it), then enter your next payment as a planned one.');
  });

  it('in Chinese', async () => {
    const how = await howToPay(hohhot({ 2024: 'resident', 2026: 'none' }), 'zh-CN');
    expect(how).toHaveTextContent('本次缴费的待遇享受期已于2025年12月31日结束，此后一直处于断保状态。如需重新享受医保待遇，须再次缴费参保；断保后缴费的，一般须经过待遇等待期。');
  });

  it('not where 2026 is answered as covered', async () => {
    const how = await howToPay(hohhot({ 2024: 'resident', 2026: 'resident' }));
    expect(how).not.toHaveTextContent('has lapsed since');
  });

  // Found in review: paying now may still keep cover going without a wait (R2, R1a).
  it('not while a region may still take this year’s payment in its window: 北京 on 10 January 2026 (window to 28 February)', async () => {
    const how = await howToPay(scenario({ asOf: '2026-01-10', region: 'beijing', years: { 2024: 'resident', 2026: 'none' }, payments: [residentPay('2024-12-10', [2025])] }));
    expect(how).not.toHaveTextContent('has lapsed since');
  });

  it('北京 on 10 January 2026, 2026 not paid yet: pay for 2026 by 28 February, when its window closes, to stay covered without a wait', async () => {
    const how = await howToPay(scenario({ asOf: '2026-01-10', region: 'beijing', years: { 2024: 'resident', 2026: 'none' }, payments: [residentPay('2024-12-10', [2025])] }));
    expect(how).toHaveTextContent("This payment's cover ended on December 31, 2025. To stay covered in 2026 without a new waiting period, pay for 2026 by February 28, 2026, when its enrolment window closes.");
  });

  it('in Chinese, the cover that has ended said as ended: 已于…结束', async () => {
    const how = await howToPay(scenario({ asOf: '2026-01-10', region: 'beijing', years: { 2024: 'resident', 2026: 'none' }, payments: [residentPay('2024-12-10', [2025])] }), 'zh-CN');
    expect(how).toHaveTextContent('本次缴费的待遇享受期已于2025年12月31日结束。如需2026年度继续享受待遇、且不产生新的待遇等待期，请最迟在2026年2月28日');
  });

  it('not in an extended payment period: 江西 on 10 February 2026 (payments taken to 28 February)', async () => {
    const how = await howToPay(scenario({ asOf: '2026-02-10', region: 'jiangxi', years: { 2024: 'resident', 2026: 'none' }, payments: [residentPay('2024-12-10', [2025])] }));
    expect(how).not.toHaveTextContent('has lapsed since');
  });

  // R1a: in the extended payment period a payment still counts for the year, with the period's own cover start.
  const inExtension = (region: string, asOf: string) => scenario({ asOf, region, years: { 2024: 'resident', 2026: 'none' }, payments: [residentPay('2024-12-10', [2025])] });

  it('江西 on 10 February 2026, 2026 not paid: the window has closed, but a payment by 28 February still has no waiting period, covered from the day after it is paid (P-JX2)', async () => {
    expect(await howToPay(inExtension('jiangxi', '2026-02-10'))).toHaveTextContent(
      "This payment's cover ended on December 31, 2025. The enrolment window for 2026 closed on December 31, 2025, but a payment for 2026 made by February 28, 2026 still has no waiting period: its cover starts on the day after you pay. To see the date, change your answers: under “Your cover so far”, mark 2025 as covered (the way you paid for it), then enter a payment for 2026 as a planned one.",
    );
  });

  it('江西 on 10 February 2026: the window’s dates are not said again below the sentence that gave them', async () => {
    const how = await howToPay(inExtension('jiangxi', '2026-02-10'));
    expect(how).not.toHaveTextContent('The enrolment window for 2026 runs from');
  });

  it('江西 in Chinese', async () => {
    const how = await howToPay(inExtension('jiangxi', '2026-02-10'), 'zh-CN');
    expect(how).toHaveTextContent('本次缴费的待遇享受期已于2025年12月31日结束。2026年度的集中参保期已于2025年12月31日结束，但最迟在2026年2月28日缴纳2026年度保费的，不设待遇等待期，待遇自缴费次日起开始享受。');
    expect(how).toHaveTextContent('可以修改回答：在“以往参保情况”中把2025年度填为已参保（按当时的缴费方式选择），再把2026年度的缴费作为计划缴费填写。');
  });

  it('江西: the answers the advice asks for (2025 covered, 2026 planned today) give cover from the next day, 11 February 2026, with no lapse', () => {
    const followed = calculate(scenario({ asOf: '2026-02-10', region: 'jiangxi', years: { 2024: 'resident', 2025: 'resident' }, payments: [residentPay('2026-02-10', [2026], 0, 'planned')] }), chainFor('jiangxi'));
    if (!followed.ok) throw new Error(JSON.stringify(followed.errors));
    expect(followed.result.main.restoration).toEqual({ kind: 'date', date: '2026-02-11' });
    expect(followed.result.main.lapse).toBeNull();
  });

  it('甘肃 on 10 February 2026: a payment in the extended period, to 28 February, has a waiting period (R1a)', async () => {
    expect(await howToPay(inExtension('gansu', '2026-02-10'))).toHaveTextContent('; a payment for 2026 in the extended payment period, to February 28, 2026, has a waiting period. To see when reimbursement would restart, change your answers: under “Your cover so far”, mark 2025 as covered (the way you paid for it), then enter a payment for 2026 as a planned one.');
  });

  it('甘肃 on 10 February 2026 in Chinese', async () => {
    expect(await howToPay(inExtension('gansu', '2026-02-10'), 'zh-CN')).toHaveTextContent('；在延长缴费期内（至2026年2月28日）缴纳2026年度保费的，须经过待遇等待期。');
  });

  it('江西 on 1 March 2026, the extended period over: no promise of it; the cover has lapsed since', async () => {
    const how = await howToPay(inExtension('jiangxi', '2026-03-01'));
    expect(how).not.toHaveTextContent('extended payment period');
    expect(how).toHaveTextContent('The cover from this payment ended on December 31, 2025, and your cover has lapsed since.');
  });

  it('national rules: not on 5 January 2026, said on 1 June 2026, after every known window and extension', async () => {
    const on = (asOf: string) => scenario({ asOf, region: 'national', years: { 2024: 'resident', 2026: 'none' }, payments: [residentPay('2024-12-10', [2025])] });
    expect(await howToPay(on('2026-01-05'))).not.toHaveTextContent('has lapsed since');
  });

  it('national rules on 1 June 2026: said', async () => {
    const how = await howToPay(scenario({ asOf: '2026-06-01', region: 'national', years: { 2024: 'resident', 2026: 'none' }, payments: [residentPay('2024-12-10', [2025])] }));
    expect(how).toHaveTextContent('The cover from this payment ended on December 31, 2025, and your cover has lapsed since.');
  });

  it('not where employee months follow that cover (I2)', async () => {
    const how = await howToPay(scenario({ asOf: '2026-12-03', region: 'neimenggu-hohhot', years: { 2024: 'resident' }, employeePeriods: [{ from: '2026-02', to: '2026-11' }], payments: [residentPay('2025-03-12', [2025])] }));
    expect(how).not.toHaveTextContent('has lapsed since');
  });

  it('not where some regions give the payment no cover at all (a range that may give none)', async () => {
    const how = await howToPay(scenario({ asOf: '2026-12-03', region: 'national', years: { 2024: 'none' }, payments: [residentPay('2025-06-01', [2025])] }));
    expect(how).not.toHaveTextContent('has lapsed since');
  });

  it('not where the cover runs into this year', async () => {
    const how = await howToPay(scenario({ asOf: '2026-12-01', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2025-12-10', [2026])] }));
    expect(how).not.toHaveTextContent('has lapsed since');
  });
});

describe('a pointer under the status while this year is still payable', () => {
  const ended = (region: string, asOf: string) => scenario({ asOf, region, years: { 2024: 'resident', 2026: 'none' }, payments: [residentPay('2024-12-10', [2025])] });
  const pointer = () => screen.queryByText(/see “How to pay” below|详见下方“如何缴费”/);

  it('北京 on 10 January 2026: a payment for 2026 by 28 February has no waiting period', async () => {
    await howToPay(ended('beijing', '2026-01-10'));
    expect(pointer()).toHaveTextContent('A payment for 2026 made by February 28, 2026 has no waiting period: see “How to pay” below.');
  });

  it('江西 on 10 February 2026, in Chinese: until the extended period ends', async () => {
    await howToPay(ended('jiangxi', '2026-02-10'), 'zh-CN');
    expect(pointer()).toHaveTextContent('最迟在2026年2月28日缴纳2026年度保费的，不设待遇等待期，详见下方“如何缴费”。');
  });

  it('not after the last day (江西 on 1 March 2026), nor under the national rules, whose dates differ between regions', async () => {
    await howToPay(ended('jiangxi', '2026-03-01'));
    expect(pointer()).toBeNull();
  });

  it('not under the national rules', async () => {
    await howToPay(ended('national', '2026-01-10'));
    expect(pointer()).toBeNull();
  });
});

describe('a cover end that some regions carry into the next year (W33 without a region)', () => {
  // Born 20 Nov 2025, paid for 2025 on 15 Jan 2026: 海南 covers 2026 too (P-HI1), most regions do not.
  const w33 = scenario({ asOf: '2026-01-15', payments: [residentPay('2026-01-15', [2025])], circumstances: { birthDate: '2025-11-20' } });

  it('says the end with the later one, never "ended on 31 December 2025" alone, nor "ended" of a day still ahead', async () => {
    const how = await howToPay(w33);
    expect(how).toHaveTextContent("This payment's cover ends on December 31, 2025 (already passed), or, depending on your region's rules, on December 31, 2026.");
    expect(how).not.toHaveTextContent('cover ended on');
  });

  it('in Chinese', async () => {
    const how = await howToPay(w33, 'zh-CN');
    expect(how).toHaveTextContent('本次缴费的待遇享受期至2025年12月31日（已结束）；视当地规定，也可能延续至2026年12月31日。');
    expect(how).not.toHaveTextContent('已于2025年12月31日');
  });

  it('the region chooser asks for the region to say how long the cover lasts: there are no dates above to choose among', async () => {
    await renderResultScreen(w33, { language: 'en', onChooseRegion: vi.fn() });
    const chooser = (await screen.findByRole('heading', { level: 2, name: 'Choose your region for how long this cover lasts' })).closest('form') as HTMLElement;
    expect(chooser).toHaveTextContent('ask your local medical insurance office how long this cover lasts.');
    expect(chooser).not.toHaveTextContent('dates above');
  });
});

describe('how to pay in person: a newborn has no ID card of its own', () => {
  const baby = scenario({ asOf: '2026-12-04', region: 'hubei-wuhan', payments: [residentPay('2026-12-04', [2026, 2027], 0, 'planned')], circumstances: { birthDate: '2026-03-10' } });
  const adult = scenario({ asOf: '2026-12-04', region: 'hubei-wuhan', years: { 2025: 'resident' }, payments: [residentPay('2026-12-04', [2027], 0, 'planned')] });

  it('for a baby, the birth certificate, not "your ID card" (en and zh)', async () => {
    const how = await howToPay(baby);
    expect(how).toHaveTextContent("with the child's birth certificate (出生医学证明); your region's notice says what other papers it needs.");
    expect(how).not.toHaveTextContent('with your ID card');
  });

  it('in Chinese', async () => {
    const how = await howToPay(baby, 'zh-CN');
    expect(how).toHaveTextContent('线下：携带孩子的出生医学证明到当地医保经办机构或社区服务中心办理，其他所需材料以当地通知为准。');
  });

  it('for anyone else, their ID card', async () => {
    expect(await howToPay(adult)).toHaveTextContent('with your ID card');
  });
});

describe('no other way, where the plan buys nothing without the next year', () => {
  it('武汉 baby, plan 2026 alone: "besides also paying for 2027", not a bare "no other way" beside the headline’s advice (en, zh)', async () => {
    const baby = scenario({ asOf: '2026-12-04', region: 'hubei-wuhan', payments: [residentPay('2026-12-04', [2026], 0, 'planned')], circumstances: { birthDate: '2026-03-10' } });
    await renderResultScreen(baby, { language: 'en' });
    expect(await screen.findByText('Besides also paying for 2027, as said above, we found no other way of paying that would change this result.')).toBeInTheDocument();
    await renderResultScreen(baby, { language: 'zh-CN' });
    expect(await screen.findByText('除上面所说同时缴纳2027年度保费外，我们没有找到能改变这一结果的其他缴费方式。')).toBeInTheDocument();
  });
});

describe('no other way, for a payment already made', () => {
  it('江西 baby born in 2024, paid on 1 Jun 2025, seen in December 2026: says the payment is made, not that no other way of paying changes the result', async () => {
    const baby = scenario({ asOf: '2026-12-05', region: 'jiangxi', years: { 2026: 'none' }, payments: [residentPay('2025-06-01', [2025])], circumstances: { birthDate: '2024-08-01' } });
    await renderResultScreen(baby, { language: 'zh-CN', today: '2026-12-05' });
    expect(await screen.findByText('您的这笔费用已经缴纳，没有其他可供比较的缴费做法。')).toBeInTheDocument();
    expect(screen.queryByText('我们没有找到能改变这一结果的其他缴费方式。')).toBeNull();
  });
});

describe('a newborn enrolled free of charge for the year of birth (湖北): enrolled, not paid', () => {
  // W26: born 1 Jan 2026 in 武汉, enrolled on day 91; 湖北 charges nothing for the year of birth.
  const w26 = scenario({ asOf: '2026-04-02', region: 'hubei-wuhan', payments: [residentPay('2026-04-01', [2026])], circumstances: { birthDate: '2026-01-01' } });

  it('speaks of the child’s cover from this enrolment, not of “this payment”', async () => {
    const how = await howToPay(w26);
    expect(how).toHaveTextContent("Your child's cover from this enrolment ends on December 31, 2026. To keep your child covered in 2027 without a new waiting period, pay for 2027 within its enrolment window;");
    expect(how).not.toHaveTextContent("This payment's cover");
  });

  it('in Chinese: 孩子本次参保, not 本次缴费', async () => {
    const how = await howToPay(w26, 'zh-CN');
    expect(how).toHaveTextContent('孩子本次参保的待遇享受期至2026年12月31日。如需孩子2027年度继续享受待遇、且不产生新的待遇等待期，请在该年度集中参保期内缴纳2027年度的保费；');
    expect(how).not.toHaveTextContent('本次缴费的待遇享受期');
  });

  it('a parent who pays for the year of birth still reads “this payment”', async () => {
    const paid = scenario({ asOf: '2026-04-02', region: 'jiangxi', payments: [residentPay('2026-04-01', [2026])], circumstances: { birthDate: '2026-01-01' } });
    const how = await howToPay(paid);
    expect(how).toHaveTextContent("This payment's cover ends on December 31, 2026");
    expect(how).not.toHaveTextContent("Your child's cover from this enrolment");
  });
});
