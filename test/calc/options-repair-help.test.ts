// R5 under regional values (§8): a repair option counts up to the most useful repair years any
// run allows, but R4's reading decides how many lapse years lengthen the wait. Under the
// additionalYears reading (阜新, 青岛, 湖北, 陕西) a single lapse year adds no variable month, so a
// repair year buys nothing there; only where every lapse year counts (呼和浩特) does it help. The
// option says in which regions its years help (OptionResult.repairHelp), and a chain that pins
// the reading says nothing of the kind.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OptionResult, RepairHelp, Result, Scenario } from '../../src/calc';
import { calculate } from '../../src/calc';
import { chainFor } from '../fixtures/packs';
import { residentPay, scenario } from '../fixtures/scenarios';
import { chainOf } from './arbitraries';
import { pinnedIds } from './pinned-chains';
import { v2ScenarioInArb } from './v2-arbitraries';

function run(s: Scenario): Result {
  const outcome = calculate(s, chainFor(s.region));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
}

const repair = (r: Result, n: number) => r.options.find((o) => o.kind === 'repair' && o.repairYears === n) as OptionResult;

/** Each group as its repair years and the answers of the reading under which that many help. */
function readings(help: RepairHelp[] | undefined): { years: number; readings: string[] }[] | undefined {
  return help?.map((h) => ({ years: h.years, readings: [...new Set(h.when.flatMap((w) => w.filter((c) => c.param === 'resident.variableReading').map((c) => c.answer)))].sort() }));
}

describe('national, covered 2025, lapsed 2026, plans 2027 on 2026-12-02 (as of 2026-12-02)', () => {
  const s = scenario({ asOf: '2026-12-02', years: { 2025: 'resident', 2026: 'none' }, payments: [residentPay('2026-12-02', [2027], 0, 'planned')] });
  const r = run(s);

  it('the plan restores between 2027-04-01 and 2027-05-01; repairing 1 year gives 2027-04-01', () => {
    expect(r.main.restoration).toMatchObject({ kind: 'range', earliest: '2027-04-01', latest: '2027-05-01' });
    expect(r.options.map((o) => [o.kind, o.repairYears])).toEqual([['repair', 1]]);
    expect(repair(r, 1).restoration).toEqual({ kind: 'date', date: '2027-04-01' });
  });

  it('the repair year helps only where every lapse year counts (呼和浩特); elsewhere it buys nothing', () => {
    const help = repair(r, 1).repairHelp;
    expect(readings(help)).toEqual([
      { years: 1, readings: ['everyYear'] },
      { years: 0, readings: ['additionalYears'] },
    ]);
    const regions = (h: RepairHelp) => [...new Set(h.when.flatMap((w) => w.find((c) => c.param === 'resident.variableReading')?.regions ?? []))];
    expect(regions(help?.[0] as RepairHelp)).toEqual(['neimenggu-hohhot']);
    expect(regions(help?.[1] as RepairHelp)).toEqual(expect.arrayContaining(['liaoning-fuxin', 'shandong-qingdao']));
  });

  it('is plain data: the same on a second run and through JSON', () => {
    expect(JSON.parse(JSON.stringify(r.options))).toEqual(r.options);
    expect(run(s).options).toEqual(r.options);
  });
});

describe('national, covered 2024, lapsed 2025 and 2026, plans 2027 on 2026-12-10 (as of 2026-12-02)', () => {
  const r = run(scenario({ asOf: '2026-12-02', years: { 2024: 'resident', 2025: 'none', 2026: 'none' }, payments: [residentPay('2026-12-10', [2027], 0, 'planned')] }));

  it('the plan restores between 2027-05-01 and 2027-06-01; 1 repair year between 04-01 and 05-01; 2 on 2027-04-01', () => {
    expect(r.main.restoration).toMatchObject({ kind: 'range', earliest: '2027-05-01', latest: '2027-06-01' });
    expect(repair(r, 1).restoration).toMatchObject({ kind: 'range', earliest: '2027-04-01', latest: '2027-05-01' });
    expect(repair(r, 2).restoration).toEqual({ kind: 'date', date: '2027-04-01' });
  });

  it('one repair year shortens the wait in every region: no caveat', () => {
    expect(repair(r, 1).repairHelp).toBeUndefined();
  });

  it('both repair years help only where every lapse year counts; elsewhere the second removes nothing', () => {
    expect(readings(repair(r, 2).repairHelp)).toEqual([
      { years: 2, readings: ['everyYear'] },
      { years: 1, readings: ['additionalYears'] },
    ]);
  });

  it('from a plan with 1 repair year, the second helps only where every lapse year counts', () => {
    const p = run(scenario({ asOf: '2026-12-02', years: { 2024: 'resident', 2025: 'none', 2026: 'none' }, payments: [residentPay('2026-12-10', [2027], 1, 'planned')] }));
    expect(readings(repair(p, 2).repairHelp)).toEqual([
      { years: 1, readings: ['everyYear'] },
      { years: 0, readings: ['additionalYears'] },
    ]);
    // Fewer repair years than the plan add none: nothing to say about them.
    expect(repair(p, 0).repairHelp).toBeUndefined();
  });
});

describe('a region that pins the reading shows no such caveat', () => {
  it('呼和浩特 (every lapse year counts), the same two cases: repair options, each year useful, no repairHelp', () => {
    const one = run(scenario({ asOf: '2026-12-02', region: 'neimenggu-hohhot', years: { 2025: 'resident', 2026: 'none' }, payments: [residentPay('2026-12-02', [2027], 0, 'planned')] }));
    expect(repair(one, 1)).toBeDefined();
    const two = run(scenario({ asOf: '2026-12-02', region: 'neimenggu-hohhot', years: { 2024: 'resident', 2025: 'none', 2026: 'none' }, payments: [residentPay('2026-12-10', [2027], 0, 'planned')] }));
    expect(repair(two, 2)).toBeDefined();
    for (const r of [one, two]) expect(r.options.every((o) => o.repairHelp === undefined)).toBe(true);
  });

  it('青岛 (only years after the first): no repair option for one lapse year, one for two, without caveat', () => {
    const one = run(scenario({ asOf: '2026-12-02', region: 'shandong-qingdao', years: { 2025: 'resident', 2026: 'none' }, payments: [residentPay('2026-12-02', [2027], 0, 'planned')] }));
    expect(one.options.some((o) => o.kind === 'repair')).toBe(false);
    const two = run(scenario({ asOf: '2026-12-02', region: 'shandong-qingdao', years: { 2024: 'resident', 2025: 'none', 2026: 'none' }, payments: [residentPay('2026-12-10', [2027], 0, 'planned')] }));
    expect(two.options.filter((o) => o.kind === 'repair').map((o) => o.repairYears)).toEqual([1]);
    expect(two.options.every((o) => o.repairHelp === undefined)).toBe(true);
  });
});

describe('over generated scenarios', () => {
  function helpOf(s: Scenario): { helped: number; options: OptionResult[]; planned: number } {
    const outcome = calculate(s, chainOf(s.region));
    if (!outcome.ok) return { helped: 0, options: [], planned: 0 };
    const last = s.payments.at(-1);
    const planned = last?.scheme === 'resident' ? last.repairYears : 0;
    const options = outcome.result.options;
    return { helped: options.filter((o) => o.repairHelp).length, options, planned };
  }

  it('national: only an option adding repair years (a repair option, or paying today with them) has repairHelp, every added year first, then fewer', () => {
    let seen = 0;
    fc.assert(
      fc.property(v2ScenarioInArb(['national'], 3), (s) => {
        const { helped, options, planned } = helpOf(s);
        seen += helped;
        for (const o of options) {
          const help = o.repairHelp;
          if (!help) continue;
          expect(o.kind === 'repair' || (o.kind === 'payToday' && o.repairYears > planned)).toBe(true);
          expect(help.length).toBeGreaterThan(1);
          expect(help[0]?.years).toBe(o.repairYears - planned);
          for (let i = 1; i < help.length; i++) expect((help[i] as RepairHelp).years).toBeLessThan((help[i - 1] as RepairHelp).years);
          for (const h of help) expect(h.when.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1_000 },
    );
    // The generated scenarios do reach the case (not a property of nothing).
    expect(seen).toBeGreaterThan(0);
  }, 300_000);

  it('a chain that pins every value (each region, and each combination of the national values) never has repairHelp', () => {
    fc.assert(
      fc.property(v2ScenarioInArb(pinnedIds, 3), (s) => {
        expect(helpOf(s).helped).toBe(0);
      }),
      { numRuns: 1_000 },
    );
  }, 300_000);
});
