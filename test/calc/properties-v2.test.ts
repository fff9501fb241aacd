// Properties of rules v2 (RULES.md §7 I7, §8), over generated v2 scenarios (v2-arbitraries.ts).
// Each runs at least 10,000 cases; a failure prints fast-check's shrunk scenario, which is the
// bug report. The containment of region answers in the national one (§8.4) is in
// containment.test.ts, the shape of a range in properties.test.ts (e).
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/calc';
import type { EnrolmentResult, Restoration, Result, RulePack, Scenario } from '../../src/calc';
import { residentPay, scenario } from '../fixtures/scenarios';
import { chainOf, junkArb, regions } from './arbitraries';
import { allPacks, pinnedIds, pinnedParents, V1 } from './pinned-chains';
import { datesOf, notInside } from './restoration-sets';
import { v2ScenarioInArb } from './v2-arbitraries';

const RUNS = { numRuns: 10_000 };
const TIMEOUT = 600_000;

function mustCalc(s: Scenario, packs: RulePack[] = chainOf(s.region)): Result {
  const outcome = calculate(s, packs);
  if (!outcome.ok) throw new Error(`expected a result, got ${JSON.stringify(outcome.errors)}`);
  return outcome.result;
}

/** expect() is slow at 10,000 runs: only build the assertion (and its message) on failure. */
function check(condition: boolean, message: () => string): void {
  if (!condition) expect.fail(message());
}

// ---------------------------------------------------------------------------------------
// I7

/**
 * Why enrolment `e` starts cover before its payment arrives without a rule that says so, or
 * null. I7's exceptions: continuous payers in the window (from 1 Jan of the first paid year; a
 * window ends on 28 Feb at the latest, R1), newborns within their limit, university entrants and
 * the other exempt people (all with `exemption` set), and back-paid employee gap months (E1/E2,
 * in `retroactive`, not in the restoration). The employee scheme counts in months: cover from
 * the 1st of the payment month is E1's and E3's own rule (W14, W15), so for it the money counts
 * as arrived on the 1st of that month.
 */
/**
 * The earliest first covered day an exemption's own rule allows (RULES.md §5, R12, E2): a
 * newborn within the limit from birth (X1); a university entrant from 1 Sep of the year before
 * (R12); a switch after two years from the 1st of the payment month (X3, S5); a region's year-end
 * switch from 1 Jan of the year paid (衡山 P-HN2); the other exempt
 * people from the payment date, or 1 Jan of the year paid in its window (X2), like a continuous
 * payer.
 */
function exemptFloor(e: EnrolmentResult, s: Scenario): string {
  const paid = e.paymentDate;
  const first = e.years[0] as number;
  switch (e.exemption) {
    case 'newborn':
      return s.circumstances.birthDate ?? paid;
    case 'universityEntrant':
      return `${first - 1}-09-01`;
    case 'switch':
      return `${paid.slice(0, 7)}-01`;
    case 'yearEndSwitch':
      // A region's year-end switch (衡山 P-HN2): from 1 Jan of the year paid, for a lapse that began by
      // 1 Jan and a payment within 3 months of it, so by April of that year at the latest.
      return paid <= `${first}-04-30` ? `${first}-01-01` : paid;
    default:
      return paid < `${first}-03-01` && paid.slice(0, 4) <= String(first) ? minDate(paid, `${first}-01-01`) : paid;
  }
}

const minDate = (a: string, b: string) => (a < b ? a : b);

function i7Violation(e: EnrolmentResult, s: Scenario, rangeOutcomesMayBeExempt = false): string | null {
  const paid = e.paymentDate;
  const single = e.restoration.kind !== 'range';
  if (!single && rangeOutcomesMayBeExempt) return null;
  if (e.exemption !== null) {
    // A single answer: the exemption made it, and its rule says how early it may start.
    if (!single) return null;
    const floor = exemptFloor(e, s);
    for (const d of datesOf(e.restoration)) if (d < floor) return `${e.exemption} exemption gives cover from ${d}, before ${floor}, the earliest its rule allows (payment on ${paid})`;
    return null;
  }
  for (const d of datesOf(e.restoration)) {
    if (e.scheme !== 'resident') {
      if (d < `${paid.slice(0, 7)}-01`) return `employee-scheme cover from ${d}, before the month of the payment on ${paid}`;
      continue;
    }
    if (d >= paid) continue;
    // A single answer says which rule gave it: R2 has no wait. A range's outcomes come from
    // several runs; its details are the latest run's, so only the date can be checked.
    // The year paid in its window need not be the payment's first: a baby born in October 2027
    // whose 2027 and 2028 are paid on 2 Jan 2028, past the newborn limit under some variants, has
    // no cover in 2027 and is covered from 1 Jan 2028 (its window runs into January).
    const year = Number(d.slice(0, 4));
    const continuousInWindow = d === `${year}-01-01` && e.years.includes(year) && paid < `${year}-03-01` && (!single || e.waiting === null);
    if (!continuousInWindow) return `resident cover from ${d}, before the payment on ${paid} (years ${e.years.join(',')}, waiting ${JSON.stringify(e.waiting)})`;
  }
  return null;
}

/**
 * Whether some run of this scenario could grant an exemption (X1-X3, R12): a range's details,
 * `exemption` included, are those of its latest outcome (merge-results.ts), so an earlier
 * outcome may come from a run in which an exemption applied. Without any of these facts no run
 * can, and every outcome of a range is checked.
 */
function mayBeExempt(s: Scenario): boolean {
  const c = s.circumstances;
  if (c.lowIncomeNotByChoice || c.newVeteran || c.exemptGroup || c.universityEntrant || c.subsidisedNewborn) return true;
  if (c.birthDate && s.payments.some((p) => p.scheme === 'resident' && p.years.includes(Number((c.birthDate as string).slice(0, 4))))) return true;
  // X3 / E2: a switch from the employee scheme.
  return s.history.employeePeriods.length > 0 || s.history.years.some((y) => y.cover === 'employee') || s.payments.some((p) => p.scheme !== 'resident');
}

const stats = { checked: 0, ranges: 0 };

const i7Property = (ids: readonly string[], maxPayments: number) =>
  fc.property(v2ScenarioInArb(ids, maxPayments), (s) => {
    const outcome = calculate(s, chainOf(s.region));
    if (!outcome.ok) return;
    for (const e of outcome.result.enrolments) {
      const why = i7Violation(e, s, mayBeExempt(s));
      check(why === null, () => `enrolment ${e.paymentIndex} under ${s.region}: ${why}\nrestoration ${JSON.stringify(e.restoration)}`);
      if (e.exemption === null) stats.checked++;
      if (e.restoration.kind === 'range') stats.ranges++;
    }
  });

describe('I7: cover never starts before the money arrives, except where a rule says so', () => {
  // Exact: a fully pinned chain runs once, so `exemption` says whether a rule allowed an earlier start.
  it('every enrolment without an exemption, under fully pinned chains (32 combinations of the national variants, the v1 defaults, each region)', () => {
    stats.checked = stats.ranges = 0;
    fc.assert(i7Property(pinnedIds, 4), RUNS);
    expect(stats.checked).toBeGreaterThan(5000);
  }, TIMEOUT);

  it('a payment whose first year buys nothing: its next year, paid in that window, is covered from 1 Jan (R2), which I7 allows', () => {
    // Found by the property above (one run in tens of thousands): born 4 Oct 2027, 2027 and 2028 paid on
    // 2 Jan 2028, a day past the 90 days under the last national variants; 2027's window had closed.
    const s: Scenario = {
      v: 2,
      asOf: '2028-01-02',
      region: 'test-pinned-last',
      history: { years: [], employeePeriods: [{ from: '2027-12', to: '2028-01' }] },
      payments: [{ scheme: 'resident', date: '2028-01-02', status: 'made', years: [2027, 2028], repairYears: 0 }],
      circumstances: { birthDate: '2027-10-04' },
    };
    const r = mustCalc(s);
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2028-01-01' });
    expect(r.main.coveredYears).toEqual([{ year: 2028, from: '2028-01-01', to: '2028-12-31' }]);
    expect(r.main.waiting).toBeNull();
    expect(i7Violation(r.main, s)).toBeNull();
  });

  // Under regional values a single answer is checked as above, and every dated outcome of a
  // range where no run can be exempt.
  it('every enrolment and range outcome without an exemption, under the shipped chains', () => {
    stats.checked = stats.ranges = 0;
    fc.assert(i7Property([...regions, V1], 3), RUNS);
    expect(stats.checked).toBeGreaterThan(5000);
    expect(stats.ranges).toBeGreaterThan(500);
  }, TIMEOUT);

  describe('W36, the v1 counter-example: lapsed 2025, pays 2026 on 2026-12-01, pays 2027 on 2027-06-01', () => {
    const w36 = (secondPayment: string) =>
      scenario({ asOf: secondPayment, region: V1, years: { 2025: 'none' }, payments: [residentPay('2026-12-01', [2026]), residentPay(secondPayment, [2027])] });

    it('v1 defaults: 2027 cover from 2027-10-01, never 2027-03-01', () => {
      const r = mustCalc(w36('2027-06-01'));
      expect(r.enrolments[0]?.restoration).toEqual({ kind: 'needsNextYear', date: '2027-03-01', year: 2027 });
      expect(r.main.restoration).toEqual({ kind: 'date', date: '2027-10-01' });
      expect(r.main.lapse).toEqual({ years: [2025, 2026] });
      expect(r.main.waiting).toMatchObject({ start: '2027-06-01', fixed: 3, variable: 1, total: 4 });
      expect(i7Violation(r.main, w36('2027-06-01'))).toBeNull();
    });

    it('national pack: no outcome before the 2027 payment, and never 2027-03-01', () => {
      const r = mustCalc({ ...w36('2027-06-01'), region: 'national' });
      const dates = datesOf(r.main.restoration);
      expect(dates).not.toContain('2027-03-01');
      for (const d of dates) expect(d >= '2027-06-01').toBe(true);
    });

    // R8 / I7: the wait continues only if the next year's premium arrives by the day the wait ends.
    it.each([
      ['2027-02-27', '2027-03-01'],
      ['2027-02-28', '2027-03-01'],
      ['2027-03-01', '2027-07-01'],
    ])('paying 2027 on %s (the wait from 2026-12-01 ends 2027-02-28) gives %s under the v1 defaults', (paid, date) => {
      const r = mustCalc(w36(paid));
      expect(r.main.restoration).toEqual({ kind: 'date', date });
      expect(i7Violation(r.main, w36('2027-06-01'))).toBeNull();
    });
  });
});

// ---------------------------------------------------------------------------------------
// §8.2: a chain that pins everything answers with one date, and that date is one of the
// outcomes of the chain it pins.

function singleEverywhere(r: Result): string | null {
  const all: [string, Restoration][] = [['main', r.main.restoration], ...r.enrolments.map((e) => [`enrolment ${e.paymentIndex}`, e.restoration] as [string, Restoration]), ...r.options.map((o) => [`option ${o.kind}`, o.restoration] as [string, Restoration])];
  for (const [where, restoration] of all) if (restoration.kind === 'range') return `${where} is a range: ${JSON.stringify(restoration)}`;
  if (r.regional.length > 0) return `regional is not empty: ${JSON.stringify(r.regional)}`;
  return null;
}

describe('§8.2: a fully pinned chain gives one answer, one of those of the chain it pins', () => {
  it('every test chain that pins all regional values (32 combinations of the national variants, the v1 defaults, each region)', () => {
    let compared = 0;
    let all = 0;
    fc.assert(
      fc.property(v2ScenarioInArb(pinnedIds, 3), (s) => {
        const outcome = calculate(s, chainOf(s.region));
        if (!outcome.ok) return;
        all++;
        const r = outcome.result;
        const why = singleEverywhere(r);
        check(why === null, () => `${s.region}: ${why}`);
        check(r.status !== 'uncertain', () => `${s.region}: status uncertain without a range`);
        // The pinned chain is one combination of the parent's variants: its answer is one of the parent's outcomes.
        const parent = pinnedParents.get(s.region) as string;
        const wide = calculate({ ...s, region: parent }, chainOf(parent));
        if (!wide.ok) return;
        compared++;
        r.enrolments.forEach((e, i) => {
          const outer = (wide.result.enrolments[i] as EnrolmentResult).restoration;
          const why = notInside(e.restoration, outer, true);
          check(why === null, () => `enrolment ${i} under ${s.region}: ${why}\npinned ${JSON.stringify(e.restoration)}\n${parent} ${JSON.stringify(outer)}`);
        });
      }),
      RUNS,
    );
    expect(compared / all).toBeGreaterThan(0.95);
  }, TIMEOUT);
});

// ---------------------------------------------------------------------------------------
// Never throws, any input, any chain

describe('calculate never throws, whatever the input and the pack chain', () => {
  const packs = allPacks();
  const ids = [...packs.keys()].sort();
  const others = ids.filter((id) => id !== 'national');
  const toPacks = (list: string[]) => list.map((id) => packs.get(id) as RulePack);
  /** 1-4 packs in any order (missing parents, duplicates, a child after its parent), the national baseline among them. */
  const completeChainArb = fc
    .tuple(fc.array(fc.constantFrom(...ids), { maxLength: 3 }), fc.nat())
    .map(([list, at]) => toPacks([...list.slice(0, at % (list.length + 1)), 'national', ...list.slice(at % (list.length + 1))]));
  /** 0-3 packs without the baseline: values are missing for every question. */
  const incompleteChainArb = fc.array(fc.constantFrom(...others), { minLength: 0, maxLength: 3 }).map(toPacks);
  const cheapArb = v2ScenarioInArb(regions, 3);
  const inputArb = fc.oneof(
    // A valid scenario naming the chain's first pack, so it gets past the region check.
    { weight: 3, arbitrary: cheapArb.map((s) => ({ s: s as unknown, named: true })) },
    { weight: 1, arbitrary: cheapArb.map((s) => ({ s: s as unknown, named: false })) },
    { weight: 1, arbitrary: junkArb.map((j) => ({ s: j.input, named: false })) },
  );

  const wellFormed = (chain: RulePack[], { s, named }: { s: unknown; named: boolean }): boolean => {
    const input = named && chain[0] ? { ...(s as Scenario), region: chain[0].id } : s;
    const outcome = calculate(input, chain);
    if (outcome.ok) {
      const copy: unknown = JSON.parse(JSON.stringify(outcome.result));
      if (!isDeepStrictEqual(copy, outcome.result)) expect(copy).toStrictEqual(outcome.result);
      return true;
    }
    check(outcome.errors.length > 0, () => 'ok:false without errors');
    for (const e of outcome.errors) check(Array.isArray(e.path) && typeof e.key === 'string', () => `malformed error ${JSON.stringify(e)}`);
    return false;
  };

  it('with the baseline in the chain: ok, or a non-empty list of {path, key} errors', () => {
    let ok = 0;
    fc.assert(
      fc.property(completeChainArb, inputArb, (chain, input) => {
        if (wellFormed(chain, input)) ok++;
      }),
      RUNS,
    );
    expect(ok).toBeGreaterThan(1000);
  }, TIMEOUT);

  // A region pack without the baseline it falls back to (the app failed to load it, a caller
  // passed one pack): every question lacks a value. calculate() says no input makes it throw.
  it('without the baseline (an incomplete chain, or none): refused with errors, not thrown', () => {
    fc.assert(
      fc.property(incompleteChainArb, inputArb, (chain, input) => {
        wellFormed(chain, input);
      }),
      RUNS,
    );
  }, TIMEOUT);
});
