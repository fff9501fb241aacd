// X1 covers a newborn from birth for the birth year only (RULES §5; 海南 and 兵团 also cover the
// next year). A payment that also buys the next year is, for that year, an enrolment in its own
// right (R1-R3): paid in that year's window it runs on from 1 January; paid after it, it waits.
// Before, the whole payment was covered from birth: a baby born 20 Dec 2025 and paid for on
// 10 Mar 2026 was shown covered all of 2026 without a wait.
import { describe, expect, it } from 'vitest';
import type { Result, Scenario } from '../../src/calc';
import { chainFor, runShipped } from '../fixtures/packs';
import { residentPay, scenario } from '../fixtures/scenarios';
import { v1DefaultsChain } from '../fixtures/v1-defaults';

const FIXTURE = 'test-v1-defaults';
const run = (s: Scenario): Result => runShipped(s, s.region === FIXTURE ? v1DefaultsChain() : chainFor(s.region));
/** Born 20 Dec 2025; 2025 and 2026 paid together on `date` (within the 90 days). */
const baby = (region: string, date: string, status: 'made' | 'planned' = 'made') => scenario({ asOf: date, region, payments: [residentPay(date, [2025, 2026], 0, status)], circumstances: { birthDate: '2025-12-20' } });

describe('a newborn paid for with the next year too', () => {
  it('v1 defaults, paid 10 Mar 2026 (after the window): from birth for 2025, and 2026 after the 3-month wait from the payment date', () => {
    const r = run(baby(FIXTURE, '2026-03-10'));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2025-12-20' });
    expect(r.main.coveredYears).toEqual([
      { year: 2025, from: '2025-12-20', to: '2025-12-31' },
      { year: 2026, from: '2026-06-10', to: '2026-12-31' },
    ]);
    expect(r.main.waiting).toMatchObject({ start: '2026-03-10', total: 3 });
    expect(r.main.exemption).toBe('newborn');
    expect(r.status).toBe('waiting');
    expect(r.warnings).toContainEqual({ id: 'newbornNextYearWaits', params: { birthYear: 2025, year: 2026, coverStart: '2026-06-10' } });
    // Our reading is shown (RULES §7): some regions exempt newborns from waits altogether.
    expect(r.notes.map((n) => n.id)).toContain('X1.nextYearOrdinary');
    expect(r.periods).toContainEqual({ kind: 'waiting', from: '2026-03-10', to: '2026-06-09' });
    expect(r.periods.filter((p) => p.kind === 'restored')).toEqual([
      { kind: 'restored', from: '2025-12-20', to: '2025-12-31' },
      { kind: 'restored', from: '2026-06-10', to: '2026-12-31' },
    ]);
  });

  it('v1 defaults, paid 30 Dec 2025 (in the 2026 window): covered from birth without a break', () => {
    const r = run(baby(FIXTURE, '2025-12-30'));
    expect(r.main.coveredYears.map((c) => c.from)).toEqual(['2025-12-20', '2026-01-01']);
    expect(r.main.waiting).toBeNull();
    expect(r.warnings.map((w) => w.id)).not.toContain('newbornNextYearWaits');
  });

  it('海南 covers the next year for every newborn enrolled in time (P-HI1): all of 2026, no warning', () => {
    const r = run(baby('hainan', '2026-03-10'));
    expect(r.main.coveredYears.map((c) => c.from)).toEqual(['2025-12-20', '2026-01-01']);
    expect(r.warnings.map((w) => w.id)).not.toContain('newbornNextYearWaits');
  });

  it('under the national rules: birth is certain, 2026 starts on a day that depends on the region, drawn as such', () => {
    const r = run(baby('national', '2026-03-10'));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2025-12-20' });
    // The most cautious run is shown; the days some regions cover earlier are "depends on your region".
    expect(r.main.coveredYears[1]?.from).toBe('2026-06-11');
    expect(r.main.partlyCovered).toEqual({ from: '2026-01-01', to: '2026-06-10' });
    expect(r.main.waiting?.end).toBeNull();
    expect(r.periods).toContainEqual({ kind: 'uncertain', from: '2026-01-01', to: '2026-06-10' });
    expect(r.status).toBe('uncertain');
    const told = r.warnings.filter((w) => w.id === 'newbornNextYearWaits');
    expect(told.length).toBeGreaterThan(0);
    expect(told.every((w) => w.someRegions)).toBe(true);
    // The options cannot tell whether paying another day moves 2026's start: none claims "the same as your plan".
    expect(r.options.some((o) => o.sameAsPlan)).toBe(false);
  });

  it('W33 under the national rules: the explanation is a run that covers 2025 only (海南 also covers 2026, most regions do not)', () => {
    const r = run(scenario({ asOf: '2026-01-20', region: 'national', payments: [residentPay('2026-01-15', [2025])], circumstances: { birthDate: '2025-11-20' } }));
    expect(r.main.coveredYears.map((c) => c.year)).toEqual([2025]);
    expect(r.main.uncertainCover).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(r.trace.find((t) => t.rule === 'R9')?.params).toEqual({ years: '2025', benefitEnd: '2025-12-31' });
  });
});
