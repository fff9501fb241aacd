// How a range becomes at most four headline lines (src/features/result/range-lines.ts). The
// ranges here are made up to exercise the wording logic, not answers of the calculator.
import { describe, expect, it } from 'vitest';
import type { Condition, RangeOutcome, Restoration } from '../../src/calc';
import { MAX_LINES, rangeLines, regionsOf, simplify } from '../../src/features/result/range-lines';

const c = (param: Condition['param'], answer: string, regions: string[] = []): Condition => ({ param, year: 2026, answer, regions, sources: ['S4'] });
const date = (d: string) => ({ kind: 'date' as const, date: d });
type Range = Extract<Restoration, { kind: 'range' }>;
const range = (outcomes: RangeOutcome[]): Range => {
  const dated = outcomes.flatMap((o) => (o.restoration.kind === 'noCover' ? [] : [o.restoration.date])).sort();
  return { kind: 'range', earliest: dated[0] as string, latest: dated.at(-1) as string, noCoverPossible: outcomes.some((o) => o.restoration.kind === 'noCover'), outcomes };
};

describe('range lines', () => {
  it('regions: those listed for every condition; a condition that lists none does not narrow', () => {
    expect(regionsOf([c('resident.windowEnd', 'afterWindow', ['a', 'b', 'c']), c('resident.extension', 'paymentDate', ['b', 'c', 'd']), c('resident.waitUnit', 'months')])).toEqual(['b', 'c']);
    expect(regionsOf([c('resident.waitUnit', 'months')])).toEqual([]);
  });

  it('says common conditions once, and leaves out a parameter whose every known answer leads here', () => {
    const after = c('resident.windowEnd', 'afterWindow');
    const when = [
      [after, c('resident.waitUnit', 'months'), c('resident.dateConvention', 'sameDay')],
      [after, c('resident.waitUnit', 'days'), c('resident.dateConvention', 'sameDay')],
    ];
    const known = new Map([
      ['resident.waitUnit|2026', new Set(['months', 'days'])],
      ['resident.dateConvention|2026', new Set(['sameDay', 'nextDay'])],
    ]);
    expect(simplify(when, known)).toEqual([
      [
        { param: 'resident.windowEnd', year: 2026, answers: ['afterWindow'] },
        { param: 'resident.dateConvention', year: 2026, answers: ['sameDay'] },
      ],
    ]);
  });

  it('joins the answers of one parameter with "or" when the alternatives are every combination', () => {
    const when = [
      [c('resident.extension', 'noExtension'), c('resident.waitUnit', 'months')],
      [c('resident.extension', 'fixedWait'), c('resident.waitUnit', 'months')],
    ];
    const known = new Map([['resident.extension|2026', new Set(['noExtension', 'fixedWait', 'paymentDate'])]]);
    expect(simplify(when, known)).toEqual([
      [
        { param: 'resident.waitUnit', year: 2026, answers: ['months'] },
        { param: 'resident.extension', year: 2026, answers: ['noExtension', 'fixedWait'] },
      ],
    ]);
  });

  it('keeps the alternatives apart when they are not every combination', () => {
    const when = [
      [c('resident.extension', 'noExtension'), c('resident.waitUnit', 'months')],
      [c('resident.extension', 'fixedWait'), c('resident.waitUnit', 'days')],
    ];
    expect(simplify(when, new Map())).toHaveLength(2);
  });

  it('past four outcomes: the first dated ones, "other regions" for the rest, and a no-cover outcome kept last', () => {
    const dated = ['2026-06-01', '2026-06-03', '2026-06-04', '2026-06-05', '2026-06-06'].map((d, i) => ({ restoration: date(d), when: [[c('resident.dateConvention', `v${i}`)]] }));
    const noCover = { restoration: { kind: 'noCover' as const, year: 2026 }, when: [[c('resident.lateEnrolmentUntil', 'closed', ['gansu'])]] };

    const withNoCover = rangeLines(range([...dated, noCover]));
    expect(withNoCover.lines.length + (withNoCover.others ? 1 : 0)).toBe(MAX_LINES);
    expect(withNoCover.lines.map((l) => l.restoration)).toEqual([date('2026-06-01'), date('2026-06-03'), { kind: 'noCover', year: 2026 }]);
    expect(withNoCover.lines.at(-1)?.regions).toEqual(['gansu']);
    expect(withNoCover.others).toMatchObject({ earliest: '2026-06-04', latest: '2026-06-06' });

    const datedOnly = rangeLines(range(dated));
    expect(datedOnly.lines.map((l) => l.restoration)).toEqual([date('2026-06-01'), date('2026-06-03'), date('2026-06-04')]);
    expect(datedOnly.others).toMatchObject({ earliest: '2026-06-05', latest: '2026-06-06' });

    const few = rangeLines(range(dated.slice(0, 3)));
    expect(few.lines).toHaveLength(3);
    expect(few.others).toBeNull();
  });
});
