import { describe, expect, it } from 'vitest';
import { addDays, calculate } from '../../src/calc';
import type { Result, RulePack, Scenario } from '../../src/calc';
import { drawnSegments, layoutTimeline, visibleSegments, WIDTH } from '../../src/features/timeline/layout';
import type { Segment, TimelineLayout } from '../../src/features/timeline/layout';
import { chainFor } from '../fixtures/packs';
import { employeePay, residentPay, scenario } from '../fixtures/scenarios';
import { v1DefaultsChain } from '../fixtures/v1-defaults';

function run(s: Scenario, chain: RulePack[] = chainFor(s.region)): Result {
  const outcome = calculate(s, chain);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
}

/** Covered 2025, pays 2026 on `date` (RULES.md W34 on 2026-01-20). */
const payer2026 = (date: string, region = 'national') => scenario({ asOf: date, region, years: { 2025: 'resident' }, payments: [residentPay(date, [2026])] });

describe('timeline layout', () => {
  it('no-cover years of the history before everything the result says are not drawn, and the axis starts after them', () => {
    const layout = layoutTimeline(run(scenario({ asOf: '2026-01-20', years: { 2023: 'none', 2024: 'none', 2025: 'resident' }, payments: [residentPay('2026-01-20', [2026])] })));
    expect(layout.from).toBe('2025-01-01');
    expect(layout.years.map((y) => y.year)).toEqual([2025, 2026]);
    expect(layout.segments.some((s) => s.kind === 'lapse')).toBe(false);
  });

  it('a newborn: nothing before the birth, the birth marked, the days to the first period drawn as before cover', () => {
    const result = run(scenario({ asOf: '2026-11-25', years: { 2023: 'none', 2024: 'none', 2025: 'none' }, payments: [residentPay('2026-11-20', [2026])], circumstances: { birthDate: '2026-03-10' } }));
    // Without the birth date the layout knows only that 2026 was paid on 20 Nov: no cover before it.
    expect(layoutTimeline(result).segments.map((s) => [s.kind, s.from, s.to])).toEqual([
      ['beforeCover', '2026-01-01', '2026-11-19'],
      ['uncertain', '2026-11-20', '2027-02-20'],
    ]);
    const layout = layoutTimeline(result, 0, '2026-03-10');
    expect(layout.segments.map((s) => [s.kind, s.from, s.to])).toEqual([
      ['beforeCover', '2026-03-10', '2026-11-19'],
      ['uncertain', '2026-11-20', '2027-02-20'],
    ]);
    expect(layout.markers[0]).toMatchObject({ kind: 'birth', date: '2026-03-10' });
    // A lapse year of the birth year is drawn from the birth, not from 1 January.
    const born2025 = layoutTimeline(run(scenario({ asOf: '2026-01-15', years: { 2023: 'none', 2024: 'none', 2025: 'none' }, payments: [residentPay('2026-01-15', [2026])], circumstances: { birthDate: '2025-11-20' } })), 0, '2025-11-20');
    expect(born2025.segments.find((s) => s.kind === 'lapse')).toMatchObject({ from: '2025-11-20', to: '2025-12-31' });
  });

  it('a newborn born after the window closed: that window is not marked (its own period applies)', () => {
    // 湖南's 2026 window closed on 31 Jan 2026; the baby was born on 1 Jun and enrolled on 25 Nov.
    const result = run(scenario({ asOf: '2026-11-25', region: 'hunan', payments: [residentPay('2026-11-25', [2026], 0, 'planned')], circumstances: { birthDate: '2026-06-01', parentInsured: true } }));
    expect(result.window?.end).toBe('2026-01-31');
    expect(layoutTimeline(result).markers.map((m) => m.kind)).toContain('windowEnd');
    const layout = layoutTimeline(result, 0, '2026-06-01');
    expect(layout.markers.filter((m) => m.kind.startsWith('window') || m.kind === 'extensionEnd')).toEqual([]);
    expect(layout.markers.map((m) => m.kind)).toContain('birth');
  });

  it('a newborn whose payment covers the birth year and the next (湖南, parent insured): the axis reaches the next year, drawn covered', () => {
    const result = run(scenario({ asOf: '2026-11-25', region: 'hunan', payments: [residentPay('2026-12-15', [2026, 2027], 0, 'planned')], circumstances: { birthDate: '2026-10-01', parentInsured: true } }));
    expect(result.main.benefitPeriodEnd).toBe('2027-12-31');
    const layout = layoutTimeline(result, 0, '2026-10-01');
    expect(layout.years.map((y) => y.year)).toEqual([2026, 2027]);
    expect(layout.segments.filter((s) => s.kind === 'restored').map((s) => [s.from, s.to])).toEqual([
      ['2026-10-01', '2026-12-31'],
      ['2027-01-01', '2027-12-31'],
    ]);
  });

  it('a later year some regions cover too (a 湖南 newborn paying 2026 only) is on the axis; an earlier payment’s later years are not', () => {
    const born = run(scenario({ asOf: '2026-11-25', region: 'hunan', payments: [residentPay('2026-11-20', [2026])], circumstances: { birthDate: '2026-10-01', parentInsured: true } }));
    expect(born.main.uncertainCover?.to).toBe('2027-12-31');
    expect(layoutTimeline(born, 0, '2026-10-01').years.map((y) => y.year)).toEqual([2026, 2027]);
    // Resident 2026 and 2027 paid in May, then a flexible worker's payment in June: the answer is the June payment's.
    const switched = run(scenario({ asOf: '2026-06-10', region: 'hubei', years: { 2025: 'resident' }, payments: [residentPay('2026-05-23', [2026, 2027]), employeePay('2026-06-04', false, 'flexible')] }));
    expect(switched.main.scheme).not.toBe('resident');
    expect(layoutTimeline(switched).years.map((y) => y.year).at(-1)).toBe(2026);
  });

  it('W4 (Fuxin): lapse 2025, waiting Jan-Mar 2026, restored from 1 Apr, in order and inside the axis', () => {
    const layout = layoutTimeline(run(scenario({ asOf: '2025-12-03', region: 'liaoning-fuxin', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2025-12-03', [2026])] })));
    expect(layout.from).toBe('2024-01-01');
    expect(layout.to).toBe('2026-12-31');
    const kinds = layout.segments.map((s) => [s.kind, s.from, s.to]);
    expect(kinds).toEqual([
      ['lapse', '2025-01-01', '2025-12-31'],
      ['covered', '2024-01-01', '2024-12-31'],
      ['waiting', '2026-01-01', '2026-03-31'],
      ['restored', '2026-04-01', '2026-12-31'],
    ]);
    for (const s of layout.segments) {
      expect(s.x).toBeGreaterThanOrEqual(0);
      expect(s.x + s.width).toBeLessThanOrEqual(WIDTH + 0.001);
    }
    const restored = layout.segments.find((s) => s.kind === 'restored');
    expect(layout.markers.find((m) => m.kind === 'restoration')?.x).toBeCloseTo(restored?.x ?? -1, 6);
    // Fuxin's pack leaves the window's end to the national variants, all open on 3 Dec: no window is drawn.
    expect(layout.markers.map((m) => m.kind)).toEqual(['today', 'payment', 'restoration']);
    expect(layout.waiting).toMatchObject({ unit: 'months', total: 3 });
  });

  it('W14 (v1 defaults): the retroactive months are drawn above the lapse they repair; open-ended cover reaches the edge', () => {
    const layout = layoutTimeline(run(scenario({ asOf: '2025-07-15', region: 'test-v1-defaults', employeePeriods: [{ from: '2024-01', to: '2025-03' }], payments: [employeePay('2025-07-15', true)] }), v1DefaultsChain()));
    const order = layout.segments.map((s) => s.kind);
    expect(order).toContain('retroactive');
    expect(order.indexOf('retroactive')).toBeGreaterThan(order.indexOf('lapse'));
    const restored = layout.segments.find((s) => s.kind === 'restored');
    expect(restored?.openEnded).toBe(true);
    expect((restored?.x ?? 0) + (restored?.width ?? 0)).toBeCloseTo(WIDTH, 6);
  });

  it('keeps at most six years on the axis', () => {
    const years = { 2023: 'resident', 2024: 'resident', 2025: 'none', 2026: 'none', 2027: 'none', 2028: 'none', 2029: 'none', 2030: 'none' } as const;
    const layout = layoutTimeline(run(scenario({ asOf: '2031-04-15', region: 'test-v1-defaults', years, payments: [residentPay('2031-04-15', [2031])] }), v1DefaultsChain()));
    expect(layout.years.map((y) => y.year)).toEqual([2026, 2027, 2028, 2029, 2030, 2031]);
  });

  it('W34 (national): a range is its uncertain span, marked at the earliest and the latest possible restart, with no single restart marker', () => {
    const result = run(payer2026('2026-01-20'));
    const r = result.main.restoration;
    if (r.kind !== 'range') throw new Error(`expected a range, got ${r.kind}`);
    const layout = layoutTimeline(result);
    expect(layout.markers.find((m) => m.kind === 'restorationEarliest')?.date).toBe(r.earliest);
    expect(layout.markers.find((m) => m.kind === 'restorationLatest')?.date).toBe(r.latest);
    expect(layout.markers.some((m) => m.kind === 'restoration')).toBe(false);
    const uncertain = layout.segments.find((s) => s.kind === 'uncertain');
    expect(uncertain?.from).toBe(r.earliest);
    // The window is regional here: nothing claims a window end.
    expect(layout.markers.some((m) => m.kind === 'windowEnd')).toBe(false);
  });

  it('W22 (江西, paid 20 Jan 2026 in the extended payment period): the window closes on 31 Dec 2025 and the extension on 28 Feb, each marked as what it is', () => {
    const result = run(payer2026('2026-01-20', 'jiangxi'));
    expect(result.main.restoration).toEqual({ kind: 'date', date: '2026-01-21' });
    const layout = layoutTimeline(result);
    expect(layout.markers.filter((m) => m.kind === 'windowEnd' || m.kind === 'extensionEnd').map((m) => [m.kind, m.date])).toEqual([
      ['windowEnd', '2025-12-31'],
      ['extensionEnd', '2026-02-28'],
    ]);
  });

  it('national rules, 2026 planned on 1 Oct 2026 after a 2025 lapse: where some restarts fall in 2027 (not paid) and some regions give no cover, nothing is drawn as cover in 2027', () => {
    const result = run(scenario({ asOf: '2026-10-01', region: 'national', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-10-01', [2026], 0, 'planned')] }));
    const r = result.main.restoration;
    if (r.kind !== 'range') throw new Error(`expected a range, got ${r.kind}`);
    expect(r.latest > '2026-12-31').toBe(true);
    const layout = layoutTimeline(result);
    for (const s of layout.segments) if (s.kind === 'maybeNoCover' || s.kind === 'restored' || s.kind === 'uncertain') expect(s.to <= '2026-12-31', `${s.kind} ${s.from}–${s.to}`).toBe(true);
  });

  it('W32 (Gansu, after its supplementary period): no cover this year is drawn from the payment to 31 Dec, with no restart marker', () => {
    const result = run(payer2026('2026-03-05', 'gansu'));
    expect(result.main.restoration).toEqual({ kind: 'noCover', year: 2026 });
    const layout = layoutTimeline(result);
    expect(layout.segments.find((s) => s.kind === 'noCover')).toMatchObject({ from: '2026-03-05', to: '2026-12-31' });
    expect(layout.markers.filter((m) => m.kind.startsWith('restoration'))).toEqual([]);
    expect(layout.to).toBe('2026-12-31');
  });

  it('national, paid in March: where some region gives no cover, the rest of the year after the latest restart is marked so', () => {
    const result = run(payer2026('2026-03-05'));
    const r = result.main.restoration;
    if (r.kind !== 'range' || !r.noCoverPossible) throw new Error('expected a range that includes no cover');
    const layout = layoutTimeline(result);
    expect(layout.segments.find((s) => s.kind === 'maybeNoCover')).toMatchObject({ from: r.latest, to: '2026-12-31' });
    expect(layout.segments.some((s) => s.kind === 'restored' && s.from >= r.latest)).toBe(false);
    // The status depends on the region to the year's end (result.periods); drawn as uncertain up to
    // the latest restart, then as covered except where the region gives none: never both at once.
    expect(result.periods.some((p) => p.kind === 'uncertain' && p.to === '2026-12-31')).toBe(true);
    expect(layout.segments.find((s) => s.kind === 'uncertain')?.to).toBe(addDays(r.latest, -1));
  });

  it('national, 2025 lapsed, 2026 paid on 15 Mar 2026 (seen 7 Dec 2026), where 甘肃 no longer took 2026 payments: a lapse to 14 Mar, the wait only where the payment was accepted, then the days that depend on the region to the headline\'s wait end', () => {
    const result = run(scenario({ asOf: '2026-12-07', years: { 2023: 'resident', 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-03-15', [2026])] }));
    const r = result.main.restoration;
    if (r.kind !== 'range' || !r.noCoverPossible) throw new Error('expected a range that includes no cover');
    // The headline's wait (the latest case) ends the day before the latest restart: 15 Jul.
    expect(addDays(r.latest, -1)).toBe('2026-07-15');
    const shown = visibleSegments(layoutTimeline(result)).map((s) => [s.kind, s.from, s.to, s.ifAcceptedFor]);
    expect(shown.filter(([, from]) => (from as string) >= '2026-01-01')).toEqual([
      ['lapse', '2026-01-01', '2026-03-14', undefined],
      ['maybeWaiting', '2026-03-15', '2026-05-31', 2026],
      ['uncertain', '2026-06-01', '2026-07-15', undefined],
      ['maybeNoCover', '2026-07-16', '2026-12-31', undefined],
    ]);
  });

  it('the same payment under 江西 (accepted, a range without a no-cover outcome) is drawn as before: before cover to 14 Mar, the wait, then the region\'s days', () => {
    const result = run(scenario({ asOf: '2026-12-07', region: 'jiangxi', years: { 2023: 'resident', 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-03-15', [2026])] }));
    expect(visibleSegments(layoutTimeline(result)).filter((s) => s.from >= '2026-01-01').map((s) => [s.kind, s.from, s.to])).toEqual([
      ['beforeCover', '2026-01-01', '2026-03-14'],
      ['waiting', '2026-03-15', '2026-05-31'],
      ['uncertain', '2026-06-01', '2026-07-15'],
      ['restored', '2026-07-16', '2026-12-31'],
    ]);
  });

  it('W23 (河北, 2025 paid on 30 Dec 2024 after the window closed): the wait runs from the payment by the rules, but 2024 is covered to 31 Dec, so "no reimbursement" starts on 1 Jan', () => {
    const result = run(scenario({ asOf: '2024-12-30', region: 'hebei', years: { 2024: 'resident' }, payments: [residentPay('2024-12-30', [2025])] }));
    expect(result.main.waiting).toMatchObject({ start: '2024-12-30' });
    const layout = layoutTimeline(result);
    const waits = layout.segments.filter((s) => s.kind === 'waiting');
    expect(waits.length).toBeGreaterThan(0);
    for (const w of waits) expect(w.from >= '2025-01-01').toBe(true);
    expect(visibleSegments(layout).filter((s) => s.kind === 'covered').map((s) => [s.from, s.to])).toEqual([['2024-01-01', '2024-12-31']]);
  });

  it('W31 (Hunan): a wait counted in days keeps its unit', () => {
    const layout = layoutTimeline(run(payer2026('2026-03-10', 'hunan')));
    expect(layout.waiting).toMatchObject({ unit: 'days', total: 90 });
    const waiting = layout.segments.find((s) => s.kind === 'waiting');
    expect(waiting?.from).toBe('2026-03-10');
  });
});

describe('short periods keep a readable width', () => {
  // Employee cover 2021 to Aug 2026, two months' gap, paid 10 Nov 2026: a six-year drawing.
  const shortGap = () => run(scenario({ asOf: '2026-11-25', employeePeriods: [{ from: '2021-01', to: '2026-08' }], payments: [employeePay('2026-11-10', false)] }));

  it('linear without a minimum: the two-month gap is a sliver of the width', () => {
    const lapse = layoutTimeline(shortGap()).segments.find((s) => s.kind === 'lapse');
    expect(lapse?.width).toBeLessThan(WIDTH / 30);
  });

  it('with a minimum, every period is at least that wide, in date order, and the drawing still fills the width', () => {
    const min = WIDTH / 20;
    const layout = layoutTimeline(shortGap(), min);
    const lapse = layout.segments.find((s) => s.kind === 'lapse');
    expect(lapse?.width).toBeGreaterThanOrEqual(min - 1e-6);
    for (const s of layout.segments) expect(s.width).toBeGreaterThanOrEqual(min - 1e-6);
    const years = layout.years;
    expect(years[0]?.x).toBe(0);
    expect((years.at(-1)?.x ?? 0) + (years.at(-1)?.width ?? 0)).toBeCloseTo(WIDTH, 6);
    for (let i = 1; i < years.length; i++) expect(years[i]?.x).toBeCloseTo((years[i - 1]?.x ?? 0) + (years[i - 1]?.width ?? 0), 6);
    // Markers keep their order by date.
    const byDate = [...layout.markers].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    for (let i = 1; i < byDate.length; i++) expect(byDate[i]?.x).toBeGreaterThanOrEqual(byDate[i - 1]?.x ?? 0);
  });

  it('a wait across New Year is one stretch: the day it starts is drawn where it falls in its year, not pushed back by a widened December', () => {
    // 河北, covered 2023-2025, 2026 planned on 5 Dec 2026: a wait from 5 Dec to the end of February.
    // Cut at 1 Jan, December's 27 days alone were widened to the floor (28 px of a 607 px drawing),
    // and 5 Dec sat 79% of the way through 2026, where October ends.
    const s = scenario({ asOf: '2026-12-05', region: 'hebei', years: { 2023: 'resident', 2024: 'resident', 2025: 'resident' }, payments: [residentPay('2026-12-05', [2026], 0, 'planned')] });
    const layout = layoutTimeline(run(s), (28 / 607) * WIDTH);
    const y2026 = layout.years.find((y) => y.year === 2026);
    const today = layout.markers.find((m) => m.kind === 'today');
    if (!y2026 || !today) throw new Error('missing');
    // 338 of 365 days: 0.926.
    expect((today.x - y2026.x) / y2026.width).toBeCloseTo(338 / 365, 2);
  });

  it('a minimum the width cannot give to every period is shared out, never past the edge', () => {
    const layout = layoutTimeline(shortGap(), WIDTH);
    for (const s of layout.segments) expect(s.x + s.width).toBeLessThanOrEqual(WIDTH + 1e-6);
  });
});

describe('timeline layout: window starts and back-paid months', () => {
  it('marks a window start only where the region pack states it (南通 2026: the end only; 福建: both)', () => {
    const paid = (region: string) => run(scenario({ asOf: '2025-12-20', region, years: { 2025: 'resident' }, payments: [residentPay('2025-12-10', [2026])] }));
    const nantong = paid('jiangsu-nantong');
    // The calculator still gives the window the run used, its start the national pack's typical day.
    expect(nantong.window).toMatchObject({ start: '2025-09-01', end: '2025-12-28', startStated: false });
    expect(layoutTimeline(nantong).markers.map((m) => m.kind)).not.toContain('windowStart');
    expect(paid('fujian').window).toMatchObject({ start: '2025-09-01', startStated: true });
    expect(layoutTimeline(paid('fujian')).markers.map((m) => m.kind)).toContain('windowStart');
  });

  it('the months an employee-scheme payment back-pays replace its lapse: not covered (青岛), covered (武汉), depends on the region (national)', () => {
    const gap = (region: string, backPay: boolean) => scenario({ asOf: '2026-03-10', region, employeePeriods: [{ from: '2020-01', to: '2025-12' }], payments: [employeePay('2026-03-10', backPay, 'flexible')] });
    const spans = (region: string, backPay = true) => {
      const s = gap(region, backPay);
      return layoutTimeline(run(s), 0, null, s.payments)
        .segments.filter((seg) => seg.from >= '2026-01-01' && seg.from < '2026-03-10')
        .map((seg) => [seg.kind, seg.from, seg.to]);
    };
    // March, the payment month, is no gap month (E4): paid, before cover starts, as one stretch with the days after the payment.
    expect(spans('shandong-qingdao')).toEqual([
      ['backPaidNotCovered', '2026-01-01', '2026-02-28'],
      ['beforeCover', '2026-03-01', '2026-03-31'],
    ]);
    expect(spans('hubei-wuhan')).toEqual([['backPaid', '2026-01-01', '2026-02-28'], ['restored', '2026-03-01', expect.any(String)]]);
    expect(spans('national')).toContainEqual(['backPaidMaybe', '2026-01-01', '2026-02-28']);
    expect(spans('national').map(([kind]) => kind)).not.toContain('lapse');
    expect(spans('shandong-qingdao', false)).toEqual([
      ['lapse', '2026-01-01', '2026-02-28'],
      ['beforeCover', '2026-03-01', '2026-03-09'],
    ]);
  });
});

describe('timeline layout: what the legend names (drawnSegments)', () => {
  const seg = (kind: Segment['kind'], from: string, to: string): Segment => ({ kind, from, to, openEnded: false, x: 0, width: 1 });
  /** Drawing order (layout.ts Z): later segments are drawn over earlier ones. */
  const layoutOf = (segments: Segment[]) => ({ segments }) as unknown as TimelineLayout;

  it('a period drawn wholly under another is not named; one a thinner retroactive bar sits on still shows at its edges', () => {
    const hidden = layoutOf([seg('lapse', '2026-01-01', '2026-12-31'), seg('restored', '2026-01-01', '2026-12-31')]);
    expect(drawnSegments(hidden).map((s) => s.kind)).toEqual(['restored']);
    const underRetro = layoutOf([seg('lapse', '2025-04-01', '2025-06-30'), seg('retroactive', '2025-04-01', '2025-06-30')]);
    expect(drawnSegments(underRetro).map((s) => s.kind).sort()).toEqual(['lapse', 'retroactive']);
    // The table lists the retroactive cover alone there, as before.
    expect(visibleSegments(underRetro).map((s) => s.kind)).toEqual(['retroactive']);
  });

  it('昆明, 2025 paid on 10 Apr 2025 after a 2024 lapse: the days of 2025 before the payment are drawn as before cover, not left blank', () => {
    const layout = layoutTimeline(run(scenario({ asOf: '2025-04-10', region: 'yunnan-kunming', years: { 2024: 'none' }, payments: [residentPay('2025-04-10', [2025])] })));
    expect(visibleSegments(layout).map((s) => [s.kind, s.from, s.to])).toEqual([
      ['beforeCover', '2025-01-01', '2025-04-09'],
      ['waiting', '2025-04-10', '2025-06-30'],
      ['uncertain', '2025-07-01', '2025-07-10'],
      ['restored', '2025-07-11', '2025-12-31'],
    ]);
  });

  it('W36 (阜新): the 2026 payment buys no cover, so its wait ends with 2026 on the drawing; 2027 before its payment on 1 Jun is before cover', () => {
    const result = run(scenario({ asOf: '2026-12-01', region: 'liaoning-fuxin', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-12-01', [2026]), residentPay('2027-06-01', [2027], 0, 'planned')] }));
    expect(result.main.restoration).toEqual({ kind: 'date', date: '2027-10-01' });
    const shown = visibleSegments(layoutTimeline(result)).map((s) => [s.kind, s.from, s.to]);
    // The 2026 payment's wait (from 1 Dec 2026) would end on 28 Feb 2027 only with 2027 paid by then: it is drawn to 31 Dec 2026.
    expect(shown).toContainEqual(['waiting', '2026-12-01', '2026-12-31']);
    expect(shown).toContainEqual(['beforeCover', '2027-01-01', '2027-05-31']);
    expect(shown).toContainEqual(['waiting', '2027-06-01', '2027-09-30']);
  });

  it('W22-like (江西, paid 15 Jan 2026 in the extended period, cover from the next day): the payment day is drawn too, not left blank', () => {
    const result = run(scenario({ asOf: '2026-01-15', region: 'jiangxi', years: { 2025: 'resident' }, payments: [residentPay('2026-01-15', [2026])] }));
    expect(result.main.restoration).toEqual({ kind: 'date', date: '2026-01-16' });
    const shown = visibleSegments(layoutTimeline(result)).map((s) => [s.kind, s.from, s.to]);
    expect(shown).toContainEqual(['beforeCover', '2026-01-01', '2026-01-15']);
    expect(shown).toContainEqual(['restored', '2026-01-16', '2026-12-31']);
  });

  it('a wait a later payment continues (2027 paid on 15 Jan, before the 2026 wait ends): drawn in full to 28 Feb 2027', () => {
    const result = run(scenario({ asOf: '2026-12-01', region: 'liaoning-fuxin', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-12-01', [2026]), residentPay('2027-01-15', [2027], 0, 'planned')] }));
    expect(result.main.restoration).toEqual({ kind: 'date', date: '2027-03-01' });
    const shown = visibleSegments(layoutTimeline(result)).map((s) => [s.kind, s.from, s.to]);
    expect(shown).toContainEqual(['waiting', '2026-12-01', '2027-02-28']);
    // 2026 was paid late, on 1 Dec: no cover before; 2027 is the wait's, then cover.
    expect(shown.filter(([kind]) => kind === 'beforeCover')).toEqual([['beforeCover', '2026-01-01', '2026-11-30']]);
  });

  it('W32 (甘肃, continuous, 2026 paid on 5 Mar 2026 after payments closed): 2026 before the payment is a lapse, then no cover; nothing blank', () => {
    const result = run(scenario({ asOf: '2026-03-05', region: 'gansu', years: { 2025: 'resident' }, payments: [residentPay('2026-03-05', [2026])] }));
    expect(result.main.restoration).toEqual({ kind: 'noCover', year: 2026 });
    expect(visibleSegments(layoutTimeline(result)).map((s) => [s.kind, s.from, s.to])).toEqual([
      ['covered', '2025-01-01', '2025-12-31'],
      ['lapse', '2026-01-01', '2026-03-04'],
      ['noCover', '2026-03-05', '2026-12-31'],
    ]);
  });
});
