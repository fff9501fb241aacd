// The region's day for people exempt from the wait (exempt.startDay), where an exemption leaves the
// day to it (its source names who, not from when: X2 groups, E2 switchers), is said as that
// exemption's day, right after it, whatever order the clauses come in; alone (a national group,
// whose day is regional), it keeps its own subject.
import { describe, expect, it } from 'vitest';
import type { Clause } from '../../src/features/result/range-lines';
import { wordsFor } from '../fixtures/calendar';
import { chainFor } from '../fixtures/packs';

const switchers = (answer: string): Clause => ({ param: 'switch.shortGapWithoutTwoYears', year: 2025, answers: [answer] });
const group = (answer: string): Clause => ({ param: 'exempt.groups', year: 2025, answers: [answer] });
const day = (answer: string): Clause => ({ param: 'exempt.startDay', year: 2025, answers: [answer] });

describe('the day of an exemption that leaves it to the region', () => {
  it('in Chinese', async () => {
    const { wording: w } = await wordsFor('zh-CN', chainFor('national'));
    expect(w.conditions([[group('startDay'), day('paymentDate')]])).toBe('如果当地对您所属人群免等待期，且自缴费之日起享受待遇');
    // The day first (several answers are said after single ones): still said after the exemption.
    expect(w.conditions([[day('nextDay'), switchers('startDay')]])).toBe('如果当地对转换险种的人员免等待期，且自缴费次日起享受待遇');
    // The source's own day and the region's day that is the same read alike: said once.
    expect(w.conditions([[switchers('nextDay')], [switchers('startDay'), day('nextDay')]])).toBe('如果当地对转换险种的人员免等待期，且自缴费次日起享受待遇');
    expect(w.conditions([[day('paymentDate')]])).toBe('如果免等待期人员自缴费之日起享受待遇');
  });

  it('in English', async () => {
    const { wording: w } = await wordsFor('en', chainFor('national'));
    expect(w.conditions([[group('startDay'), day('paymentDate')]])).toBe('if your region exempts your group from the wait and cover starts on the payment date');
    expect(w.conditions([[day('nextDay'), switchers('startDay')]])).toBe('if your region exempts people switching schemes from the wait and cover starts on the day after payment');
    expect(w.conditions([[group('nextDay')], [group('startDay'), day('nextDay')]])).toBe('if your region exempts your group from the wait and cover starts on the day after payment');
    expect(w.conditions([[day('paymentDate')]])).toBe('if people exempt from the wait are covered from the payment date');
  });
});
