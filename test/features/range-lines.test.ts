// How a range becomes at most four headline lines (src/features/result/range-lines.ts). Most
// ranges here are made up to exercise the wording logic; the last tests read the calculator's
// own ranges under the shipped national pack.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/calc';
import type { Condition, RangeOutcome, Restoration, Scenario } from '../../src/calc';
import { MAX_ALTERNATIVES, MAX_LINES, rangeLines, regionsOf, simplify, spokenWays } from '../../src/features/result/range-lines';
import type { Clause } from '../../src/features/result/range-lines';
import { chainOf } from '../calc/arbitraries';
import { lateIn2026ThenPlanned } from '../fixtures/national-ranges';
import { residentPay, scenario } from '../fixtures/scenarios';
import { v2ScenarioInArb } from '../calc/v2-arbitraries';

const c = (param: Condition['param'], answer: string, regions: string[] = []): Condition => ({ param, year: 2026, answer, regions, sources: ['S4'] });
const date = (d: string) => ({ kind: 'date' as const, date: d });
type Range = Extract<Restoration, { kind: 'range' }>;
const range = (outcomes: RangeOutcome[]): Range => {
  const dated = outcomes.flatMap((o) => (o.restoration.kind === 'noCover' ? [] : [o.restoration.date])).sort();
  return { kind: 'range', earliest: dated[0] as string, latest: dated.at(-1) as string, noCoverPossible: outcomes.some((o) => o.restoration.kind === 'noCover'), outcomes };
};

describe('range lines', () => {
  it('regions: those listed for every condition; a condition that lists none leaves none (they are not known to use it)', () => {
    expect(regionsOf([c('resident.windowEnd', 'afterWindow', ['a', 'b', 'c']), c('resident.extension', 'paymentDate', ['b', 'c', 'd'])])).toEqual(['b', 'c']);
    expect(regionsOf([c('resident.windowEnd', 'afterWindow', ['a', 'b', 'c']), c('resident.extension', 'paymentDate', ['b', 'c', 'd']), c('resident.waitUnit', 'months')])).toEqual([]);
    expect(regionsOf([c('resident.waitUnit', 'months')])).toEqual([]);
  });

  it('never names a region known to use another value of one of the conditions (武汉 beside "no wait after a longer gap")', () => {
    // (A list naming 武汉 beside its own `elsewhere` stands for any list the other conditions share.)
    const noWait = { ...c('flexible.longGapWaitMonths', '0', ['hubei-wuhan', 'x']), elsewhere: ['jiangsu', 'hubei-wuhan'] };
    expect(regionsOf([c('flexible.afterEmployer', 'tiers', ['hubei-wuhan']), noWait])).toEqual([]);
    expect(regionsOf([c('flexible.afterEmployer', 'tiers', ['hubei-wuhan', 'x']), noWait])).toEqual(['x']);
  });

  it('the calculator gives each condition the regions known to use another value (national: a flexible worker after a 4-month gap)', () => {
    const s: Scenario = { v: 2, asOf: '2026-11-25', region: 'national', history: { years: [], employeePeriods: [{ from: '2024-01', to: '2026-06' }] }, payments: [{ scheme: 'flexible', date: '2026-11-10', backPay: false, status: 'made' }], circumstances: { movedRegion: true } };
    const outcome = calculate(s, chainOf('national'));
    if (!outcome.ok || outcome.result.main.restoration.kind !== 'range') throw new Error('expected a range');
    const byDate = new Map(outcome.result.main.restoration.outcomes.map((o) => ['date' in o.restoration ? o.restoration.date : '', o.when]));
    // 1 Nov 2026 (no wait) is for no known region; 武汉 (6 months) only beside 1 May 2027.
    expect((byDate.get('2026-11-01') ?? []).map(regionsOf)).toEqual([[]]);
    expect((byDate.get('2026-11-01') ?? [])[0]?.[0]?.elsewhere).toEqual(expect.arrayContaining(['hubei-wuhan', 'shandong-qingdao']));
    // 江苏 caps the wait at 3 months and lets cities set less: it is known to use neither value, so named beside neither.
    expect([...byDate.values()].flat(2).flatMap((cond) => [...(cond.regions ?? []), ...(cond.elsewhere ?? [])])).not.toContain('jiangsu');
    // The employer-paid tiers are not asked where no employer paid: no combination names 武汉's tiers.
    expect([...byDate.values()].flat(2).map((cond) => cond.param)).not.toContain('flexible.afterEmployer');
    expect((byDate.get('2027-05-01') ?? []).map(regionsOf)).toEqual([['hubei-wuhan']]);
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

/**
 * What a condition or clause allows: the variants of its parameter where the calculator names
 * them ("#2": one answer can stand for different variants under different rules), else its answers.
 */
const allowed = (c: { variants?: number[]; answers?: string[]; answer?: string }): string[] => (c.variants ? c.variants.map((v) => `#${v}`) : (c.answers ?? [c.answer as string]));
/** Whether `pick` (parameter|year → what it allows) meets every condition of `when`. */
const meets = (when: readonly Condition[], pick: ReadonlyMap<string, string>) => when.every((c) => allowed(c).includes(pick.get(`${c.param}|${c.year}`) as string));
/** Whether `pick` meets every clause of one simplified alternative. */
const meetsClauses = (clauses: readonly Clause[], pick: ReadonlyMap<string, string>) => clauses.every((c) => allowed(c).includes(pick.get(`${c.param}|${c.year}`) as string));

/** Every way of answering the parameters of `domain`, one answer each. */
function picks(domain: ReadonlyMap<string, ReadonlySet<string>>): Map<string, string>[] {
  let out: Map<string, string>[] = [new Map()];
  for (const [k, answers] of domain) out = out.flatMap((p) => [...answers].map((a) => new Map([...p, [k, a]])));
  return out;
}

describe('simplified conditions say exactly what the alternatives said', () => {
  const params: Condition['param'][] = ['resident.waitUnit', 'resident.dateConvention', 'resident.lateEnrolmentUntil', 'resident.variableReading'];
  const answersOf = ['a', 'b', 'c'];
  const domain = new Map(params.map((p) => [`${p}|2026`, new Set(answersOf)]));
  const alternative = fc.uniqueArray(fc.record({ p: fc.constantFrom(...params), a: fc.constantFrom(...answersOf) }), { selector: (x) => x.p, maxLength: params.length });

  it('for any alternatives over a few parameters, every way of answering them meets the simplified form exactly when it meets one alternative', () => {
    fc.assert(
      fc.property(fc.array(alternative, { minLength: 1, maxLength: 12 }), (raw) => {
        const when = raw.map((list) => list.map((x) => c(x.p, x.a)));
        const simplest = simplify(when, domain, Infinity);
        expect(simplest).not.toBeNull();
        for (const pick of picks(domain)) expect((simplest as Clause[][]).some((clauses) => meetsClauses(clauses, pick))).toBe(when.some((w) => meets(w, pick)));
      }),
      { numRuns: 2000 },
    );
  });

  it('an answer met again after its parameter already allows every answer keeps it allowing every answer', () => {
    const when = ['a', 'c', 'b', 'a'].map((a) => [c('resident.lateEnrolmentUntil', a)]);
    expect(simplify(when, domain)).toEqual([[]]);
  });

  it('a full set of combinations of one parameter drops it, down to one clause', () => {
    const when = answersOf.flatMap((a) => answersOf.map((b) => [c('resident.lateEnrolmentUntil', 'open'), c('resident.waitUnit', a), c('resident.dateConvention', b)]));
    expect(simplify(when, domain)).toEqual([[{ param: 'resident.lateEnrolmentUntil', year: 2026, answers: ['open'] }]]);
  });
});

describe('an outcome reached in too many ways', () => {
  const many = [
    [c('resident.waitUnit', 'months'), c('resident.dateConvention', 'sameDay')],
    [c('resident.waitUnit', 'days'), c('resident.dateConvention', 'nextDay')],
    [c('resident.variableReading', 'everyYear'), c('resident.dateConvention', 'monthStart')],
    [{ ...c('resident.lateEnrolmentUntil', 'open'), year: 2027 }, c('resident.waitUnit', 'days')],
  ];
  const known = new Map([
    ['resident.waitUnit|2026', new Set(['months', 'days'])],
    ['resident.dateConvention|2026', new Set(['sameDay', 'nextDay', 'monthStart'])],
  ]);

  it(`past ${MAX_ALTERNATIVES} alternatives at their simplest, the line names the rules it depends on, each with its years`, () => {
    expect(simplify(many, known)).toBeNull();
    // The other outcome gives each rule another known answer, so none of them is left out as not mattering.
    const other = [[c('resident.waitUnit', 'days'), c('resident.dateConvention', 'sameDay'), c('resident.variableReading', 'additionalYears'), { ...c('resident.lateEnrolmentUntil', 'closed'), year: 2027 }]];
    const lines = rangeLines(range([{ restoration: date('2026-05-01'), when: many }, { restoration: date('2026-06-01'), when: other }]));
    const line = lines.lines[0];
    expect(line?.alternatives).toEqual([]);
    expect(line?.dependsOn).toEqual([
      { param: 'resident.waitUnit', years: [2026] },
      { param: 'resident.dateConvention', years: [2026] },
      { param: 'resident.variableReading', years: [2026] },
      { param: 'resident.lateEnrolmentUntil', years: [2027] },
    ]);
    expect(lines.lines[1]?.dependsOn).toBeNull();
  });

  it('names only the rules that still matter once simplified', () => {
    // Every way twice, once for each known answer of the extension: the extension does not matter here.
    const both = many.flatMap((w) => [[...w, c('resident.extension', 'none')], [...w, c('resident.extension', 'fixedWait')]]);
    const other = [[c('resident.waitUnit', 'days'), c('resident.dateConvention', 'sameDay'), c('resident.variableReading', 'additionalYears'), { ...c('resident.lateEnrolmentUntil', 'closed'), year: 2027 }]];
    const line = rangeLines(range([{ restoration: date('2026-05-01'), when: both }, { restoration: date('2026-06-01'), when: other }])).lines[0];
    expect(line?.dependsOn?.map((d) => d.param)).toEqual(['resident.waitUnit', 'resident.dateConvention', 'resident.variableReading', 'resident.lateEnrolmentUntil']);
  });

  it('an alternative naming one rule twice with different answers is not put into words as "A and not A"', () => {
    expect(simplify([[c('resident.waitUnit', 'months'), c('resident.waitUnit', 'days')]], known)).toBeNull();
    expect(simplify([[c('resident.waitUnit', 'months'), c('resident.waitUnit', 'months')]], known)).toEqual([[{ param: 'resident.waitUnit', year: 2026, answers: ['months'] }]]);
  });
});

describe("the calculator's own ranges under the national pack", () => {
  const national = chainOf('national');
  const rangeOf = (s: Scenario) => {
    const outcome = calculate(s, national);
    return outcome.ok && outcome.result.main.restoration.kind === 'range' ? outcome.result.main.restoration : null;
  };

  it('every line reads as at most three alternatives or as the rules it depends on; the alternatives shown say exactly what the engine found', () => {
    const samples = fc.sample(v2ScenarioInArb(['national']), { seed: 20261201, numRuns: 400 });
    let checked = 0;
    for (const s of samples) {
      const r = rangeOf(s);
      if (!r) continue;
      const { lines } = rangeLines(r);
      for (const line of lines) {
        if (line.dependsOn) {
          expect(line.alternatives).toEqual([]);
          expect(line.dependsOn.length).toBeGreaterThan(0);
          continue;
        }
        expect(line.alternatives.length).toBeLessThanOrEqual(MAX_ALTERNATIVES);
        const outcome = r.outcomes.find((o) => o.restoration === line.restoration) as RangeOutcome;
        const domain = new Map<string, Set<string>>();
        for (const o of r.outcomes) for (const w of o.when) for (const cond of w) for (const a of allowed(cond)) domain.set(`${cond.param}|${cond.year}`, (domain.get(`${cond.param}|${cond.year}`) ?? new Set()).add(a));
        if ([...domain.values()].reduce((n, set) => n * set.size, 1) > 4096) continue;
        checked++;
        for (const pick of picks(domain)) expect(line.alternatives.some((clauses) => meetsClauses(clauses, pick))).toBe(outcome.when.some((w) => meets(w, pick)));
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('a late 2026 payment then 2027 in its window: 1 Jan 2027 reads as one condition, late payments for 2026 still accepted', () => {
    const r = rangeOf(lateIn2026ThenPlanned) as Extract<Restoration, { kind: 'range' }>;
    const jan1 = rangeLines(r).lines.find((l) => l.restoration.kind === 'date' && l.restoration.date === '2027-01-01');
    expect(jan1?.alternatives.length).toBeGreaterThan(0);
    for (const clauses of jan1?.alternatives ?? []) expect(clauses[0]).toMatchObject({ param: 'resident.lateEnrolmentUntil', year: 2026, answers: ['open'] });
    // Before, this line listed every combination of three more rules: ten alternatives.
    expect(r.outcomes.find((o) => o.restoration === jan1?.restoration)?.when.length).toBeGreaterThan(MAX_ALTERNATIVES);
  });
});

describe('an answer that stands for different variants under different rules', () => {
  // resident.dateConvention has three variants: #0 sameDay, #1 nextDay, #2 monthStart. A wait in
  // months reads each as itself; a wait in days reads monthStart as the same day (resident-wait.ts),
  // so there "sameDay" stands for #0 and #2.
  const v = (param: Condition['param'], answer: string, variants: number[]): Condition => ({ ...c(param, answer), variants });
  const after = v('resident.windowEnd', 'afterWindow', [1]);
  const months = v('resident.waitUnit', 'months', [0]);
  const days = v('resident.waitUnit', 'days', [1]);
  const when = [
    [after, months, v('resident.dateConvention', 'monthStart', [2])],
    [after, months, v('resident.dateConvention', 'sameDay', [0])],
    [after, months, v('resident.dateConvention', 'nextDay', [1])],
    [after, days, v('resident.dateConvention', 'sameDay', [0, 2])],
    [after, days, v('resident.dateConvention', 'nextDay', [1])],
  ];
  const known = new Map([
    ['resident.windowEnd|2026', new Set(['#0', '#1'])],
    ['resident.waitUnit|2026', new Set(['#0', '#1'])],
    ['resident.dateConvention|2026', new Set(['#0', '#1', '#2'])],
  ]);

  it('every convention under either unit: neither the convention nor the unit is a condition', () => {
    expect(simplify(when, known)).toEqual([[{ param: 'resident.windowEnd', year: 2026, answers: ['afterWindow'], variants: [1] }]]);
  });

  it('a clause names the answers that together allow what it allows ("sameDay" under days is #0 and #2)', () => {
    const sameDayOrLater = [when[1] as Condition[], when[3] as Condition[]];
    expect(simplify(sameDayOrLater, known)).toEqual([
      [after, months].map((x) => ({ param: x.param, year: 2026, answers: [x.answer], variants: x.variants })).concat([{ param: 'resident.dateConvention', year: 2026, answers: ['sameDay'], variants: [0] }]),
      [after, days].map((x) => ({ param: x.param, year: 2026, answers: [x.answer], variants: x.variants })).concat([{ param: 'resident.dateConvention', year: 2026, answers: ['sameDay'], variants: [0, 2] }]),
    ]);
  });
});

describe('ways said in words (spokenWays)', () => {
  const params: Condition['param'][] = ['resident.waitUnit', 'resident.dateConvention', 'resident.windowEnd'];
  const words = ['a', 'b', 'c'];
  const domain = new Map(params.map((p) => [`${p}|2026`, new Set(words)]));
  const clause = (param: Condition['param'], answer: string): Clause => ({ param, year: 2026, answers: [answer] });
  const way = fc.uniqueArray(fc.record({ p: fc.constantFrom(...params), a: fc.constantFrom(...words) }), { selector: (x) => x.p, minLength: 1, maxLength: params.length });
  const anyWays = fc.array(way, { minLength: 2, maxLength: 4 }).map((raw) => raw.map((list) => list.map((x) => clause(x.p, x.a))));
  // Ways alike but for one rule (the shape spokenWays shortens), sometimes with a clause more in one of them.
  const nearlyAlike = fc
    .record({ split: fc.integer({ min: 0, max: params.length - 1 }), shared: fc.array(fc.constantFrom(...words), { minLength: params.length, maxLength: params.length }), values: fc.array(fc.constantFrom(...words), { minLength: 2, maxLength: 4 }), extra: fc.option(fc.integer({ min: 0, max: 3 })) })
    .map(({ split, shared, values, extra }) => {
      const common = params.flatMap((p, i) => (i === split || i === 2 - split ? [] : [clause(p, shared[i] as string)]));
      const ways = values.map((a) => [...common, clause(params[split] as Condition['param'], a)]);
      const other = params[2 - split] as Condition['param'];
      if (extra !== null && extra < ways.length && other !== params[split]) (ways[extra] as Clause[]).push(clause(other, 'a'));
      return ways;
    });

  it('for any ways over a few rules, a shorter form in words holds for exactly the answers one of the ways holds for', () => {
    let shortened = 0;
    fc.assert(
      fc.property(fc.oneof(anyWays, nearlyAlike), (ways) => {
        const spoken = spokenWays(ways, domain);
        if (!spoken) return;
        shortened++;
        for (const pick of picks(domain)) expect(spoken.some((clauses) => meetsClauses(clauses, pick))).toBe(ways.some((clauses) => meetsClauses(clauses, pick)));
      }),
      { numRuns: 3000 },
    );
    // The property must have been tried on ways it shortens, not only on ways it leaves alone.
    expect(shortened).toBeGreaterThan(20);
  });

  it('one rule left out only where the ways name every value it has, once the clauses that read alike are taken as one', () => {
    const ended = clause('resident.windowEnd', 'a');
    expect(spokenWays([[ended, clause('resident.waitUnit', 'a')], [ended, clause('resident.waitUnit', 'b')], [ended, clause('resident.waitUnit', 'c')]], domain)).toEqual([[ended]]);
    expect(spokenWays([[ended, clause('resident.waitUnit', 'a')], [ended, clause('resident.waitUnit', 'b')]], domain)).toBeUndefined();
    // Two rules differ: not said shorter.
    expect(spokenWays([[ended, clause('resident.waitUnit', 'a'), clause('resident.dateConvention', 'a')], [ended, clause('resident.waitUnit', 'b')], [ended, clause('resident.waitUnit', 'c')]], domain)).toBeUndefined();
  });
});

describe('W23 (RULES.md §10, 河北) under the national rules: covered 2024, 2025 paid on 30 Dec 2024', () => {
  const w23 = scenario({ asOf: '2025-06-01', years: { 2024: 'resident' }, payments: [residentPay('2024-12-30', [2025])] });
  const outcome = calculate(w23, chainOf('national'));
  if (!outcome.ok || outcome.result.main.restoration.kind !== 'range') throw new Error('W23 is a range');
  const plain = (ways: Clause[][]) => ways.map((clauses) => clauses.map((x) => `${x.param}=${x.answers.join('|')}`));
  const { lines } = rangeLines(outcome.result.main.restoration);
  const march30 = lines.find((l) => l.restoration.kind === 'date' && l.restoration.date === '2025-03-30');

  it('30 March: the window had ended and cover starts on the payment date plus the wait, in months or in days, so the unit is not said', () => {
    // The ways keep the unit apart: under a wait in days "sameDay" holds the month-start variant too.
    expect(plain(march30?.alternatives ?? [])).toEqual([
      ['resident.windowEnd=afterWindow', 'resident.waitUnit=months', 'resident.dateConvention=sameDay'],
      ['resident.windowEnd=afterWindow', 'resident.waitUnit=days', 'resident.dateConvention=sameDay'],
    ]);
    expect(plain(march30?.spoken ?? [])).toEqual([['resident.windowEnd=afterWindow', 'resident.dateConvention=sameDay']]);
    // The clause said once stands for what it stands for in either way: under days, the month-start variant too.
    const inWays = march30?.alternatives.map((way) => way.find((c) => c.param === 'resident.dateConvention')?.variants ?? []) ?? [];
    const said = march30?.spoken?.[0]?.find((c) => c.param === 'resident.dateConvention')?.variants;
    expect(said).toEqual([...new Set(inWays.flat())].sort((a, b) => a - b));
    expect(said?.length).toBeGreaterThan(Math.min(...inWays.map((v) => v.length)));
  });

  it('the other lines are said as they are (1 March needs the wait in months: the month-start reading)', () => {
    const march1 = lines.find((l) => l.restoration.kind === 'date' && l.restoration.date === '2025-03-01');
    expect(plain(march1?.alternatives ?? [])).toEqual([['resident.windowEnd=afterWindow', 'resident.waitUnit=months', 'resident.dateConvention=monthStart']]);
    expect(lines.filter((l) => l.spoken)).toEqual([march30]);
  });
});

describe('W34 (RULES.md §10) under the national rules: covered 2025, 2026 paid on 20 Jan 2026', () => {
  const w34 = scenario({ asOf: '2026-01-20', years: { 2025: 'resident' }, payments: [residentPay('2026-01-20', [2026])] });
  const outcome = calculate(w34, chainOf('national'));
  if (!outcome.ok || outcome.result.main.restoration.kind !== 'range') throw new Error('W34 is a range');
  const r = outcome.result.main.restoration;
  const plain = (ways: Clause[][]) => ways.map((clauses) => clauses.map((x) => `${x.param}=${x.answers.join('|')}`));

  it('the engine\'s own conditions: under a day-based wait, "sameDay" holds the month-start variant a month-based wait names apart', () => {
    const conditions = r.outcomes.flatMap((o) => o.when.flat()).filter((x) => x.param === 'resident.dateConvention');
    const monthStart = conditions.find((x) => x.answer === 'monthStart')?.variants ?? [];
    const sameDay = conditions.filter((x) => x.answer === 'sameDay').map((x) => x.variants ?? []);
    expect(monthStart).toHaveLength(1);
    expect(sameDay.some((list) => list.includes(monthStart[0] as number))).toBe(true);
    expect(sameDay.some((list) => !list.includes(monthStart[0] as number))).toBe(true);
  });

  it('four lines of plain conditions: the window open; an extension from the payment date; from the next day; or else the wait, 1 to 21 April', () => {
    const { lines, others } = rangeLines(r);
    expect(lines.map((l) => (l.restoration.kind === 'date' ? l.restoration.date : l.restoration.kind))).toEqual(['2026-01-01', '2026-01-20', '2026-01-21']);
    expect(lines.map((l) => plain(l.alternatives))).toEqual([
      [['resident.windowEnd=window']],
      [['resident.windowEnd=afterWindow', 'resident.extension=paymentDate']],
      [['resident.windowEnd=afterWindow', 'resident.extension=nextDay']],
    ]);
    expect(lines[2]?.regions).toEqual(['jiangxi']);
    expect(others).toMatchObject({ earliest: '2026-04-01', latest: '2026-04-21', nextYear: null, dependsOn: null, incomplete: false });
    // Before, this line kept the wait's unit and its date convention as nested alternatives: the
    // simplifier could not see that "sameDay" under a day-based wait holds the month-start variant.
    expect(plain(others?.alternatives ?? [])).toEqual([['resident.windowEnd=afterWindow', 'resident.extension=noExtension|fixedWait']]);
    // The regions known to meet those two conditions (none met all four before).
    expect([...(others?.regions ?? [])].sort()).toEqual(['gansu', 'jiangsu-nantong', 'xinjiang-bingtuan']);
  });
});
