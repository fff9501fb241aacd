// The option's days against the plan's, situation by situation (option-vs-plan.ts), on ranges made
// by hand: a rule both ask is taken at the narrower answer, ways that cannot hold together are not
// compared, and what the words could not say honestly is not said at all.
import { describe, expect, it } from 'vitest';
import type { Condition, Restoration } from '../../src/calc';
import { compareByConditions, shiftLines } from '../../src/features/result/option-vs-plan';

type Range = Extract<Restoration, { kind: 'range' }>;
const c = (param: string, year: number, answer: string, variants: number[]): Condition => ({ param: param as Condition['param'], year, answer, variants, regions: [], sources: [] });
const range = (outcomes: [string, Condition[][]][]): Range => {
  const days = outcomes.map(([d]) => d).sort();
  return { kind: 'range', earliest: days[0] as string, latest: days.at(-1) as string, noCoverPossible: false, outcomes: outcomes.map(([date, when]) => ({ restoration: { kind: 'date', date }, when })) };
};

const open = c('resident.lateEnrolmentUntil', 2026, 'open', [0]);
const closed = c('resident.lateEnrolmentUntil', 2026, 'closed', [1]);
const none27 = c('switch.longGapWaitMonths', 2027, '0', [0]);
const six27 = c('switch.longGapWaitMonths', 2027, '6', [2]);
const noneOrThree27 = c('switch.longGapWaitMonths', 2027, '0', [0, 1]);

// The plan: 1 Jan where 2026 is closed and no switch wait; 1 Mar where 2026 is still taken; 1 Jul where closed with a 6-month wait.
const plan = range([
  ['2027-01-01', [[closed, none27]]],
  ['2027-03-01', [[open]]],
  ['2027-07-01', [[closed, six27]]],
]);

describe('compareByConditions', () => {
  it('sooner where the plan waits, the same elsewhere; a way that cannot hold with another is not compared with it', () => {
    const option = range([
      ['2027-01-01', [[none27]]],
      ['2027-07-01', [[six27]]],
    ]);
    const cmp = compareByConditions(option, plan, true);
    expect(cmp?.sooner).toEqual([{ date: '2027-01-01', plan: ['2027-03-01'], when: [[open, none27]] }]);
    expect(cmp?.later).toEqual([{ date: '2027-07-01', plan: ['2027-03-01'], when: [[open, six27]] }]);
    expect(cmp?.same).toEqual([
      [closed, none27],
      [closed, six27],
    ]);
    const said = shiftLines(cmp as NonNullable<typeof cmp>);
    expect(said.map((l) => [l.direction, l.option.earliest, l.plan.earliest])).toEqual([
      ['sooner', '2027-01-01', '2027-03-01'],
      ['later', '2027-07-01', '2027-03-01'],
    ]);
    expect(said[0]?.alternatives).toEqual([
      [
        { param: 'resident.lateEnrolmentUntil', year: 2026, answers: ['open'], variants: [0] },
        { param: 'switch.longGapWaitMonths', year: 2027, answers: ['0'], variants: [0] },
      ],
    ]);
  });

  it('a rule both ask is taken at the narrower answer ("no wait or 3 months" with "no wait")', () => {
    const option = range([
      ['2026-12-01', [[noneOrThree27]]],
      ['2027-07-01', [[six27]]],
    ]);
    expect(compareByConditions(option, plan, true)?.sooner[0]).toEqual({ date: '2026-12-01', plan: ['2027-01-01', '2027-03-01'], when: [[closed, none27], [open, noneOrThree27]] });
  });

  it('nothing where the two agree situation by situation', () => {
    expect(compareByConditions(plan, plan, true)).toBeNull();
  });

  it('nothing where the option is paid on another day and asks a rule about its own day (its answer is not the plan’s day’s)', () => {
    const option = range([
      ['2027-01-01', [[open, none27]]],
      ['2027-07-01', [[closed], [open, six27]]],
    ]);
    expect(compareByConditions(option, plan, false)).toBeNull();
    expect(compareByConditions(option, plan, true)).not.toBeNull();
  });

  it('nothing where a day needs the next year paid, or two answers each allow what the other does not', () => {
    const needs: Range = { ...plan, outcomes: [...plan.outcomes.slice(0, 2), { restoration: { kind: 'needsNextYear', date: '2027-07-01', year: 2028 }, when: [[closed, six27]] }] };
    expect(compareByConditions(range([['2027-01-01', [[none27]]], ['2027-07-01', [[six27]]]]), needs, true)).toBeNull();
    // "No wait or 3 months" against "3 or 6 months": only 3 months holds for both, which neither says.
    const threeOrSix = c('switch.longGapWaitMonths', 2027, '6', [1, 2]);
    expect(compareByConditions(range([['2027-01-01', [[noneOrThree27]]], ['2027-07-01', [[six27]]]]), range([['2027-01-01', [[none27]]], ['2027-07-01', [[threeOrSix]]]]), true)).toBeNull();
  });
});
