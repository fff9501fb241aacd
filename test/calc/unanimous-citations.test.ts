// A step whose regional values every variant answers alike holds in every region: it cites its
// rule's sources (and any value the chain pins), never one region's notice picked because its
// variant came first. 兵团 (which pins no window end): paid 2024-12-01, inside every region's
// window for 2025, and the window step cited 甘肃's and 江苏's notices under 全国基准.
import { describe, expect, it } from 'vitest';
import { RULE_SOURCES } from '../../src/calc/trace';
import { loadPack, runShipped as run } from '../fixtures/packs';
import { residentPay, scenario } from '../fixtures/scenarios';

/** Every source id the shipped national pack cites for `key` in `year`: pinned, or per variant. */
function nationalSources(key: string, year: number): { pinned: string[]; variants: string[] } {
  const entries = (loadPack('national').parameters as Record<string, { from: number; to?: number; sources?: string[]; regional?: { sources: string[] }[] }[]>)[key] ?? [];
  const entry = entries.find((e) => e.from <= year && (e.to === undefined || e.to >= year));
  if (!entry) return { pinned: [], variants: [] };
  return entry.regional ? { pinned: [], variants: entry.regional.flatMap((v) => v.sources) } : { pinned: entry.sources ?? [], variants: [] };
}

describe('citations where every variant answers alike', () => {
  it('兵团, paid 2024-12-01 for 2025 (in every window): the window step cites R1 and the pinned window start, no window-end variant', () => {
    const r = run(scenario({ asOf: '2025-11-01', region: 'xinjiang-bingtuan', years: { 2024: 'resident' }, payments: [residentPay('2024-12-01', [2025])] }));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2025-01-01' });
    const step = r.trace.find((t) => t.rule === 'R1');
    expect(step).toBeDefined();
    expect(step?.variantPackIds).toBeUndefined();
    const allowed = new Set([...RULE_SOURCES.R1, ...nationalSources('resident.windowStart', 2025).pinned]);
    const endVariants = nationalSources('resident.windowEnd', 2025).variants.filter((id) => !allowed.has(id));
    // The national pack does list window ends with their own notices: the test would pass vacuously without them.
    expect(endVariants.length).toBeGreaterThan(0);
    expect(step?.sources.filter((id) => endVariants.includes(id))).toEqual([]);
    expect(step?.sources.every((id) => allowed.has(id))).toBe(true);
  });

  it('national, paid 2026-01-20 after a 2025 lapse: where variants differ, the step still names the chosen variant’s sources', () => {
    const r = run(scenario({ asOf: '2026-02-01', region: 'national', years: { 2025: 'none' }, payments: [residentPay('2026-01-20', [2026])] }));
    const step = r.trace.find((t) => t.rule === 'R1');
    expect(step?.variantPackIds).toEqual(['national']);
    const endVariants = nationalSources('resident.windowEnd', 2026).variants;
    expect(step?.sources.some((id) => endVariants.includes(id) && !RULE_SOURCES.R1.includes(id))).toBe(true);
  });
});

describe('a payment after every region’s window end', () => {
  it('W3 阜新, 2025 and 2026 paid on 2025-11-06: the window step says the 2025 window had closed everywhere, not "if"', () => {
    const r = run(scenario({ asOf: '2025-11-06', region: 'liaoning-fuxin', years: { 2024: 'resident' }, payments: [residentPay('2025-11-06', [2025, 2026])] }));
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2026-02-06' });
    const step = r.trace.find((t) => t.rule === 'R1');
    expect(step).toMatchObject({ step: 'outside', params: { end: null, everywhere: true } });
  });

  it('national, paid 2026-01-20 for 2026: some regions’ windows were still open, so no "everywhere"', () => {
    const r = run(scenario({ asOf: '2026-02-01', region: 'national', years: { 2025: 'none' }, payments: [residentPay('2026-01-20', [2026])] }));
    const step = r.trace.find((t) => t.rule === 'R1');
    expect(step?.params.everywhere).toBeUndefined();
  });
});

describe('"everywhere" only for a year whose windows are announced (R1, §8.6)', () => {
  it('青岛, 2027 paid on 2027-03-01: after every end carried forward from 2026, but no region has announced 2027', () => {
    const r = run(scenario({ asOf: '2027-03-10', region: 'shandong-qingdao', years: { 2025: 'none', 2026: 'none' }, payments: [residentPay('2027-03-01', [2027])] }));
    const step = r.trace.find((t) => t.rule === 'R1');
    expect(step?.step).toBe('outside');
    expect(step?.params.everywhere).toBeUndefined();
    expect(r.notes.some((n) => n.id === 'R1.windowNotAnnounced')).toBe(true);
  });
});

describe('a choice of several variants cites them all', () => {
  it('national, paid 2026-01-20: the window step (windows ended on 26, 28 or 31 December) cites the notices of every such window end, not the first only', () => {
    const r = run(scenario({ asOf: '2026-02-01', region: 'national', years: { 2025: 'none' }, payments: [residentPay('2026-01-20', [2026])] }));
    const step = r.trace.find((t) => t.rule === 'R1');
    const entries = (loadPack('national').parameters as unknown as Record<string, { from: number; to?: number; regional?: { value: { yearOffset: number; monthDay: string }; sources: string[] }[] }[]>)['resident.windowEnd'] ?? [];
    const entry = entries.find((e) => e.from <= 2026 && (e.to === undefined || e.to >= 2026));
    // The ends before the payment date: 2025-12-xx (yearOffset -1) or a day in January before the 20th.
    const ended = (entry?.regional ?? []).filter((v) => (v.value.yearOffset < 0 ? true : v.value.monthDay < '01-20'));
    expect(ended.length).toBeGreaterThan(1);
    for (const v of ended) for (const id of v.sources) expect(step?.sources, id).toContain(id);
  });
});
