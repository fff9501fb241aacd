// "Based on" in the explanation: a trace step names the most specific pack its values came
// from. Under 广州 the window's start falls back to the national rules but its end is 广州's own;
// under 武汉 the back-paid gap's cover is 武汉's value on top of the national rule.
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/setup';
import { calculate } from '../../src/calc';
import type { Result, Scenario } from '../../src/calc';
import { chainFor } from '../fixtures/packs';
import { employeePay, residentPay, scenario } from '../fixtures/scenarios';

function stepsOf(s: Scenario): Result['trace'] {
  const outcome = calculate(s, chainFor(s.region));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result.trace;
}

describe('trace steps name the most specific pack their values came from', () => {
  it('W7 广州: the window step (its end 28 Feb 2026 is 广州’s) is based on 广州, not the national start it also read', () => {
    const steps = stepsOf(scenario({ asOf: '2026-03-01', region: 'guangdong-guangzhou', years: { 2025: 'resident' }, payments: [residentPay('2026-03-01', [2026])] }));
    const window = steps.find((s) => s.rule === 'R1');
    expect(window).toMatchObject({ step: 'outside', packId: 'guangdong-guangzhou', params: { end: '2026-02-28' } });
    // A step that read national values only still says national.
    expect(steps.find((s) => s.rule === 'R10')?.packId).toBe('national');
  });

  it('W23 河北, paid 30 Dec 2024: the window step cites 河北’s own window documents, not the notices of other regions behind the national typical start (a start that cannot matter on 30 Dec)', () => {
    const steps = stepsOf(scenario({ asOf: '2024-12-30', region: 'hebei', years: { 2024: 'resident' }, payments: [residentPay('2024-12-30', [2025])] }));
    const window = steps.find((s) => s.rule === 'R1');
    expect(window?.sources).toContain('P-HE-2025');
    for (const other of ['P-NM2', 'L-FJ', 'P-HN2']) expect(window?.sources).not.toContain(other);
    expect(window?.packIds).toEqual(['hebei']);
  });

  it('late enrolment closed (R1b) cites the value that closed it and its pack (甘肃); under 武汉, where only some regions close it, the steps explain the wait of the latest date instead', () => {
    const steps = (region: string) => stepsOf(scenario({ asOf: '2026-12-01', region, years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-03-15', [2026], 0, 'made')] }));
    const gansu = steps('gansu').find((s) => s.rule === 'R1b');
    expect(gansu).toMatchObject({ step: 'closed', packIds: ['gansu'] });
    expect(gansu?.sources).toContain('P-GS2');
    const wuhan = steps('hubei-wuhan');
    expect(wuhan.find((s) => s.rule === 'R1b')).toBeUndefined();
    expect(wuhan.some((s) => s.rule === 'R3')).toBe(true);
  });

  it('武汉: a missed month back-paid: the gap covered is 武汉’s rule (E1), based on 武汉', () => {
    const steps = stepsOf(scenario({ asOf: '2026-12-01', region: 'hubei-wuhan', employeePeriods: [{ from: '2023-01', to: '2026-10' }], payments: [employeePay('2026-12-01', true, 'flexible', 'made')] }));
    expect(steps.find((s) => s.rule === 'E1')).toMatchObject({ step: 'backPaid', packId: 'hubei-wuhan', params: { retroFrom: '2026-11-01', coverFrom: '2026-12-01' } });
  });

  it('W14 with a move between regions (S5 ①): the step says the move is why the gap is covered, in both languages', async () => {
    const steps = stepsOf(scenario({ asOf: '2025-07-15', region: 'national', employeePeriods: [{ from: '2020-01', to: '2025-03' }], payments: [employeePay('2025-07-15', true, 'employee', 'made')], circumstances: { movedRegion: true } }));
    expect(steps.find((s) => s.rule === 'E1')).toMatchObject({ step: 'backPaidMoved', params: { gapMonths: 3, coverFrom: '2025-07-01', retroFrom: '2025-04-01', retroTo: '2025-06-30' } });
    for (const language of ['en', 'zh-CN'] as const) {
      const i18n = createI18n({ language, allTexts: true });
      await i18n.changeLanguage(language);
      expect(i18n.exists('trace.E1.backPaidMoved'), language).toBe(true);
      expect(i18n.t('trace.E1.backPaidMoved', { gapMonths: '3', coverFrom: 'x', retroFrom: 'y', retroTo: 'z' }), language).toMatch(language === 'en' ? /moved here from another city's scheme/ : /从其他城市转入/);
    }
  });
});

describe('notes only for values that shaped the answer', () => {
  it('湖南 (days): a one-year lapse, payment planned, notes the 30 days a repair year removes, not the 180-day floor of lapses of 4 years or more', () => {
    // Planned: repair can still be added to it (a payment made without repair gets no such note).
    const outcome = calculate(scenario({ asOf: '2026-01-10', region: 'hunan', years: { 2025: 'none' }, payments: [residentPay('2026-01-20', [2026], 0, 'planned')] }), chainFor('hunan'));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    const ids = outcome.result.notes.map((n) => n.id);
    expect(ids).toContain('R5.repairDays');
    expect(ids).not.toContain('R5.floorDays');
  });

  it('湖南 (days): a lapse of 4 years, where the floor applies, notes it', () => {
    const lapsed = { 2025: 'none', 2026: 'none', 2027: 'none', 2028: 'none' } as const;
    const outcome = calculate(scenario({ asOf: '2028-12-20', region: 'hunan', years: lapsed, payments: [residentPay('2028-12-20', [2029])] }), chainFor('hunan'));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    expect(outcome.result.notes.map((n) => n.id)).toContain('R5.floorDays');
  });
});

describe('X2: the exempt group first, then the day its cover starts', () => {
  it('江西, low-income (lapse not by choice), 2025 lapsed, 2026 paid on 4 Dec 2026: "no wait, covered from 5 Dec" before "covered from the day after payment"', () => {
    const steps = stepsOf(scenario({ asOf: '2026-12-04', region: 'jiangxi', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-12-04', [2026], 0, 'planned')], circumstances: { lowIncomeNotByChoice: true } }));
    const x2 = steps.filter((s) => s.rule === 'X2').map((s) => s.step);
    expect(x2).toEqual(['lowIncome', 'startNextDay']);
    expect(steps.find((s) => s.step === 'lowIncome')?.params.coverFrom).toBe('2026-12-05');
    // The day itself, not only "the day after 4 December".
    expect(steps.find((s) => s.step === 'startNextDay')?.params).toEqual({ paymentDate: '2026-12-04', coverFrom: '2026-12-05' });
  });
});
