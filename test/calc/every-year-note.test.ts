// R4's note on regions that count every lapse year (the first too) is one regional variant's: it
// is said only where that reading changes the date shown (§8). Newcomer walk, 6 Dec 2026: 南通,
// 2025 and 2026 lapsed, 2027 paid with both years repaired, was told "1 April 2027" beside a note
// that such regions wait a month longer, which the repair cancels there too.
import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/calc';
import { residentPay, scenario } from '../fixtures/scenarios';
import { chainOf } from './arbitraries';

const nantong = (repairYears: number) => scenario({ asOf: '2026-12-06', region: 'jiangsu-nantong', years: { 2024: 'resident', 2025: 'none', 2026: 'none' }, payments: [residentPay('2026-12-20', [2027], repairYears, 'planned')] });

function outcome(repairYears: number) {
  const o = calculate(nantong(repairYears), chainOf('jiangsu-nantong'));
  if (!o.ok) throw new Error(JSON.stringify(o.errors));
  return o.result;
}

describe('R4.everyYear note under regional readings', () => {
  it('two lapse years, not repaired: the reading decides between 1 May and 1 June 2027, and the note says why', () => {
    const r = outcome(0);
    expect(r.main.restoration).toMatchObject({ kind: 'range', earliest: '2027-05-01', latest: '2027-06-01' });
    expect(r.notes.find((n) => n.id === 'R4.everyYear')).toMatchObject({ params: { perYear: 1, unit: 'months', param: 'resident.variableReading' }, variant: true });
  });

  it('both years repaired: 1 April 2027 under either reading, and no note', () => {
    const r = outcome(2);
    expect(r.main.restoration).toEqual({ kind: 'date', date: '2027-04-01' });
    expect(r.notes.map((n) => n.id)).not.toContain('R4.everyYear');
  });
});
