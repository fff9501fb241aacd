// "How to pay" after a newborn's free year of birth (湖北: 出生当年参保无需缴费). Nothing was paid,
// so every sentence that names the payment's cover says the child's cover from this enrolment
// (`_enrol`): a year on, when that cover has lapsed (W26's child seen in March 2027), and in the
// sentences about an extended payment period, which 湖北's packs do not pin for 2027 yet, so a
// test pack below the 武汉 chain pins one the way 福建 (cover from the payment date) and 甘肃 (a
// wait) do.
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { calculate, parseRulePack } from '../../../src/calc';
import type { RulePack, Scenario } from '../../../src/calc';
import { HowToPay } from '../../../src/features/result/how-to-pay';
import type { SupportedLanguage } from '../../../src/i18n/languages';
import { chainFor } from '../../fixtures/packs';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { makeI18n, renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

/** W26: born 1 January 2026 in 武汉, enrolled (free) on 1 April 2026; seen on `asOf`. */
const w26 = (asOf: string): Scenario => scenario({ asOf, region: 'hubei-wuhan', payments: [residentPay('2026-04-01', [2026])], circumstances: { birthDate: '2026-01-01' } });

const howToPay = (language: SupportedLanguage) => screen.getByRole('region', { name: language === 'en' ? 'How to pay' : '如何缴费' });

describe('a year on, the child’s cover has lapsed: said of the enrolment, not of a payment', () => {
  it.each([
    [
      'en',
      "Your child's cover from this enrolment ended on December 31, 2026 and has lapsed since. For your child to be covered again, you need to pay for a later year; after a lapse, a waiting period usually applies.",
      /this payment|you need to pay again/,
    ],
    ['zh-CN', '孩子本次参保的待遇享受期已于2026年12月31日结束，此后一直处于断保状态。如需孩子重新享受医保待遇，须为孩子缴费参保；', /本次缴费|再次缴费/],
  ] as const)('%s, seen on 15 March 2027 (湖北 has no 2027 dates: no window to point to)', async (language, said, notSaid) => {
    await renderResultScreen(w26('2027-03-15'), { language, today: '2027-03-15' });
    await screen.findByTestId('headline');
    expect(howToPay(language)).toHaveTextContent(said);
    expect(howToPay(language)).not.toHaveTextContent(notSaid);
  });
});

/** The 武汉 chain under a test pack that pins 2027's window end and extended payment period. */
function withExtension(windowEnd: { yearOffset: number; monthDay: string }, coverStart: 'paymentDate' | 'fixedWait'): RulePack[] {
  const entry = (value: unknown, unit: string) => [{ from: 2027, to: 2027, value, unit, sources: ['P-HB3'], status: 'confirmed' }];
  const parsed = parseRulePack({
    schemaVersion: 2,
    id: 'test-wuhan-2027',
    version: '2027.1.0',
    lastChecked: '2026-11-30',
    name: { 'zh-CN': '测试', en: 'Test' },
    parent: 'hubei-wuhan',
    benefitYears: { from: 2025, to: 2032 },
    sources: [{ id: 'P-HB3', title: '测试', titleEn: 'Test', issuer: '测试', issuerEn: 'Test', grade: 'B' }],
    parameters: {
      'resident.windowEnd': entry(windowEnd, 'day'),
      'resident.extension': entry({ end: { yearOffset: 0, monthDay: '02-28' }, coverStart }, 'period'),
    },
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return [parsed.pack, ...chainFor('hubei-wuhan')];
}

async function renderHowToPay(s: Scenario, chain: RulePack[], language: SupportedLanguage) {
  const outcome = calculate(s, chain);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  render(
    <I18nextProvider i18n={await makeI18n(language)}>
      <HowToPay result={outcome.result} scenario={s} chain={chain} />
    </I18nextProvider>,
  );
  return howToPay(language);
}

describe('an extended payment period for the next year: the child’s cover, not “this payment’s”', () => {
  const decemberEnd = { yearOffset: -1, monthDay: '12-31' };
  const januaryEnd = { yearOffset: 0, monthDay: '01-31' };
  it.each([
    [
      'before the window closes, the extension covering from the payment date',
      '2026-12-01',
      decemberEnd,
      'paymentDate',
      "Your child's cover from this enrolment ends on December 31, 2026. To keep your child covered from January 1, 2027, without a break, pay for 2027 by December 31, 2026. A payment made after that, by February 28, 2027, still has no waiting period, but your child's cover starts only on the day you pay.",
      '孩子本次参保的待遇享受期至2026年12月31日。如需孩子从2027年1月1日起不间断地享受待遇，请最迟在2026年12月31日缴纳2027年度的保费。此后最迟在2027年2月28日缴费的，不设待遇等待期，但待遇自缴费之日起才开始享受。',
    ],
    [
      'in January, the window still open',
      '2027-01-10',
      januaryEnd,
      'paymentDate',
      "Your child's cover from this enrolment ended on December 31, 2026. To keep your child covered from January 1, 2027, without a break, pay for 2027 by January 31, 2027.",
      '孩子本次参保的待遇享受期已于2026年12月31日结束。如需孩子从2027年1月1日起不间断地享受待遇，请最迟在2027年1月31日缴纳2027年度的保费。',
    ],
    [
      'an extension with a wait, before the window closes',
      '2026-12-01',
      decemberEnd,
      'fixedWait',
      "Your child's cover from this enrolment ends on December 31, 2026. To keep your child covered in 2027 without a new waiting period, pay for 2027 by December 31, 2026. A payment in the extended payment period after that, to February 28, 2027, has a waiting period.",
      '孩子本次参保的待遇享受期至2026年12月31日。如需孩子2027年度继续享受待遇、且不产生新的待遇等待期，请最迟在2026年12月31日缴纳2027年度的保费。',
    ],
    [
      'an extension with a wait, in January, the window still open',
      '2027-01-10',
      januaryEnd,
      'fixedWait',
      "Your child's cover from this enrolment ended on December 31, 2026. To keep your child covered in 2027 without a new waiting period, pay for 2027 by January 31, 2027.",
      '孩子本次参保的待遇享受期已于2026年12月31日结束。如需孩子2027年度继续享受待遇、且不产生新的待遇等待期，请最迟在2027年1月31日缴纳2027年度的保费。',
    ],
    [
      'in the extended period itself',
      '2027-01-15',
      decemberEnd,
      'paymentDate',
      "Your child's cover from this enrolment ended on December 31, 2026. The enrolment window for 2027 closed on December 31, 2026, but a payment for 2027 made by February 28, 2027 still has no waiting period: your child's cover starts on the day you pay.",
      '孩子本次参保的待遇享受期已于2026年12月31日结束。2027年度的集中参保期已于2026年12月31日结束，但最迟在2027年2月28日缴纳2027年度保费的，不设待遇等待期，待遇自缴费之日起开始享受。如想知道具体日期，可以修改回答：在“以往参保情况”中把2026年度填为已参保（按孩子当时办理参保的时间选择）',
    ],
    [
      'in an extended period with a wait',
      '2027-02-10',
      januaryEnd,
      'fixedWait',
      "Your child's cover from this enrolment ended on December 31, 2026. The enrolment window for 2027 closed on January 31, 2027; a payment for 2027 in the extended payment period, to February 28, 2027, has a waiting period. To see when your child's reimbursement would restart",
      '孩子本次参保的待遇享受期已于2026年12月31日结束。2027年度的集中参保期已于2027年1月31日结束；在延长缴费期内（至2027年2月28日）缴纳2027年度保费的，须经过待遇等待期。如想知道孩子的医保报销何时恢复',
    ],
  ] as const)('%s (seen on %s)', async (_what, asOf, windowEnd, coverStart, en, zh) => {
    const chain = withExtension(windowEnd, coverStart);
    const s = { ...w26(asOf), region: chain[0]!.id };
    const english = await renderHowToPay(s, chain, 'en');
    expect(english).toHaveTextContent(en);
    expect(english).not.toHaveTextContent(/this payment/i);
    cleanup();
    const chinese = await renderHowToPay(s, chain, 'zh-CN');
    expect(chinese).toHaveTextContent(zh);
    expect(chinese).not.toHaveTextContent('本次缴费');
  });
});
