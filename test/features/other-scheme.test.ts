// Finding 2 of the second newcomer review: the other scheme's answer for someone whose employer
// stopped paying (employee cover 2020-01 to 2026-06), worked out by the calculator on the same
// scenario with only the planned payment swapped; and the answers the result's button gives.
import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/calc';
import type { Restoration, Scenario } from '../../src/calc';
import { otherSchemeAnswer, otherSchemeScenarios } from '../../src/features/result/other-scheme';
import { defaultAnswers } from '../../src/features/wizard/answers';
import type { Answers } from '../../src/features/wizard/answers';
import { answersForScheme } from '../../src/features/wizard/scheme-swap';
import { toScenario } from '../../src/features/wizard/to-scenario';
import { chainFor } from '../fixtures/packs';
import { employeePay, residentPay, scenario } from '../fixtures/scenarios';

const EMPLOYED = [{ from: '2020-01', to: '2026-06' }];

/** A flexible worker's plan on `date` after the employer stopped in June 2026. */
const flexible = (region: string, date: string): Scenario => scenario({ asOf: date, region, employeePeriods: EMPLOYED, payments: [employeePay(date, false, 'flexible', 'planned')] });
/** The same person's resident plan for `years` on `date`. */
const resident = (region: string, date: string, years: number[]): Scenario => scenario({ asOf: date, region, employeePeriods: EMPLOYED, payments: [residentPay(date, years, 0, 'planned')] });

/** Every day a restoration can give, as kind:date. */
function days(r: Restoration): string[] {
  if (r.kind !== 'range') return [`${r.kind}:${r.kind === 'noCover' ? r.year : r.date}`];
  return r.outcomes.map((o) => `${o.restoration.kind}:${o.restoration.kind === 'noCover' ? o.restoration.year : o.restoration.date}`);
}

describe('flexible worker → resident scheme', () => {
  it('青岛, planned 7 Dec 2026: 2027 alone in its window (1 Jan, 1 Apr or 1 Jul 2027); 2026 too would start a late wait and buys nothing', () => {
    const answer = otherSchemeAnswer(flexible('shandong-qingdao', '2026-12-07'), chainFor('shandong-qingdao'));
    expect(answer?.scheme).toBe('resident');
    expect(answer?.years).toEqual([2027]);
    expect(answer?.skippedYear).toBe(2026);
    expect(days(answer!.restoration)).toEqual(['date:2027-01-01', 'date:2027-04-01', 'date:2027-07-01']);
    // 青岛's packs state no premium: no amount.
    expect(answer?.premiums).toEqual([]);
    // Only the payment is swapped: same day, same employee months, nothing else.
    expect(answer?.scenario.payments).toEqual([{ scheme: 'resident', date: '2026-12-07', status: 'planned', years: [2027], repairYears: 0 }]);
    expect(answer?.scenario.history.employeePeriods).toEqual(EMPLOYED);
  });

  it('national rules, planned 7 Dec 2026: the same choice, 1 Jan to 1 Jul 2027', () => {
    const answer = otherSchemeAnswer(flexible('national', '2026-12-07'), chainFor('national'));
    expect(answer?.years).toEqual([2027]);
    expect(answer?.skippedYear).toBe(2026);
    expect(answer?.restoration.kind).toBe('range');
    expect(answer?.restoration.kind === 'range' && [answer.restoration.earliest, answer.restoration.latest]).toEqual(['2027-01-01', '2027-07-01']);
  });

  it('青岛, planned 10 Aug 2026: the 2027 window is not open anywhere, so 2026 (switch within the year: from 1 Aug 2026)', () => {
    const tried = otherSchemeScenarios(flexible('shandong-qingdao', '2026-08-10'), chainFor('shandong-qingdao')).map((t) => t.years);
    expect(tried).toEqual([[2027], [2026], [2026, 2027]]);
    const answer = otherSchemeAnswer(flexible('shandong-qingdao', '2026-08-10'), chainFor('shandong-qingdao'));
    expect(answer?.years).toEqual([2026]);
    expect(answer?.skippedYear).toBeNull();
    expect(days(answer!.restoration)).toEqual(['date:2026-08-01']);
  });

  it('武汉, planned 7 Dec 2026: paying 2026 and 2027 together helps there (3 Mar or 1 Apr 2027, against 1 Apr alone), at ¥400 a year', () => {
    const answer = otherSchemeAnswer(flexible('hubei-wuhan', '2026-12-07'), chainFor('hubei-wuhan'));
    expect(answer?.years).toEqual([2026, 2027]);
    expect(answer?.skippedYear).toBeNull();
    expect(answer?.restoration.kind === 'range' && [answer.restoration.earliest, answer.restoration.latest]).toEqual(['2027-03-01', '2027-04-01']);
    expect(answer?.premiums).toEqual([{ tier: 'standard', yuan: 400, full: false }]);
  });
});

describe('resident scheme → flexible worker', () => {
  it('青岛, 2027 planned on 7 Dec 2026: paying as a flexible worker that day, gap of 5 months not back-paid: 1 Mar 2027', () => {
    const answer = otherSchemeAnswer(resident('shandong-qingdao', '2026-12-07', [2027]), chainFor('shandong-qingdao'));
    expect(answer?.scheme).toBe('flexible');
    expect(answer?.backPay).toBe(false);
    expect(days(answer!.restoration)).toEqual(['date:2027-03-01']);
    expect(answer?.scenario.payments).toEqual([{ scheme: 'flexible', date: '2026-12-07', status: 'planned', backPay: false }]);
  });

  it('青岛, 2026 planned on 15 Oct 2026: a gap of 3 months may be back-paid, and is: 1 Nov 2026', () => {
    const answer = otherSchemeAnswer(resident('shandong-qingdao', '2026-10-15', [2026]), chainFor('shandong-qingdao'));
    expect(answer?.backPay).toBe(true);
    expect(days(answer!.restoration)).toEqual(['date:2026-11-01']);
  });
});

describe('where the other scheme is not offered', () => {
  it('a payment already made, a newborn, an employer’s payment, a most recent cover in the resident scheme, or rules missing', () => {
    const made = scenario({ asOf: '2026-12-07', region: 'shandong-qingdao', employeePeriods: EMPLOYED, payments: [employeePay('2026-12-01', false, 'flexible', 'made')] });
    expect(otherSchemeAnswer(made, chainFor('shandong-qingdao'))).toBeNull();
    const baby = scenario({ asOf: '2026-12-07', circumstances: { birthDate: '2026-10-01' }, payments: [residentPay('2026-12-07', [2026], 0, 'planned')] });
    expect(otherSchemeAnswer(baby, chainFor('national'))).toBeNull();
    const employer = scenario({ asOf: '2026-12-07', employeePeriods: EMPLOYED, payments: [employeePay('2026-12-07', false, 'employee', 'planned')] });
    expect(otherSchemeAnswer(employer, chainFor('national'))).toBeNull();
    const residentLast = scenario({ asOf: '2026-12-07', years: { 2025: 'resident' }, employeePeriods: [{ from: '2020-01', to: '2024-12' }], payments: [residentPay('2026-12-07', [2027], 0, 'planned')] });
    expect(otherSchemeAnswer(residentLast, chainFor('national'))).toBeNull();
    expect(otherSchemeAnswer(flexible('shandong-qingdao', '2026-12-07'), [])).toBeNull();
  });
});

describe('the answers the button gives', () => {
  const today = '2026-12-07';
  const base = defaultAnswers(today);
  const own: Answers = {
    ...base,
    region: 'shandong-qingdao',
    scheme: 'flexible',
    history: { ...base.history, employeeLastMonth: '2026-06', employeeSince: '2020-01' },
    payment: { status: 'planned', date: today, years: [], repairYears: 0, backPay: false },
  };

  it('flexible → resident and back: each gives exactly the scenario the card showed, and the rest of the answers stay', () => {
    const toResident = otherSchemeAnswer(toScenario(own, today), chainFor('shandong-qingdao'));
    const asResident = answersForScheme(own, toResident!.scenario);
    expect(asResident?.scheme).toBe('resident');
    expect(asResident?.history.years.map((r) => r.cover)).toEqual(['employee', 'employee', 'employee', 'employee']);
    expect(asResident?.circumstances).toEqual(own.circumstances);
    expect(toScenario(asResident!, today)).toEqual(toResident!.scenario);
    const toFlexible = otherSchemeAnswer(toScenario(asResident!, today), chainFor('shandong-qingdao'));
    const asFlexible = answersForScheme(asResident!, toFlexible!.scenario);
    expect(asFlexible?.scheme).toBe('flexible');
    expect(toScenario(asFlexible!, today)).toEqual(toScenario(own, today));
  });

  it('months whose first was not given: the card reads them as the resident questions do (from January of their last year), so the button gives the same answer', () => {
    const blank: Answers = { ...own, history: { ...base.history, employeeLastMonth: '2026-06' } };
    expect(toScenario(blank, today).history.employeePeriods).toEqual([{ from: '2026-06', to: '2026-06', fromUnknown: true }]);
    const toResident = otherSchemeAnswer(toScenario(blank, today), chainFor('shandong-qingdao'));
    expect(toResident?.scenario.history.employeePeriods).toEqual([{ from: '2026-01', to: '2026-06' }]);
    // The resident answers also give 2023-2025 as "not covered" rows (the employee schemes never
    // asked them, and the card's scenario leaves them out): the calculator reads both alike.
    const switched = toScenario(answersForScheme(blank, toResident!.scenario)!, today);
    expect(switched.history.employeePeriods).toEqual([{ from: '2026-01', to: '2026-06' }]);
    expect(switched.payments).toEqual(toResident!.scenario.payments);
    const after = calculate(switched, chainFor('shandong-qingdao'));
    expect(after.ok && after.result.main.restoration).toEqual(toResident!.restoration);
  });
});
