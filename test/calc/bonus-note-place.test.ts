// A note on a critical-illness bonus value (B1-B4) goes with the bonus, not with the date: the
// result screen shows notes by what they affect, and a 吉林 reader was told beside the headline date
// that the bonus cap and the lapse cut come from a secondary source (data audit, 5 Dec 2026).
import { describe, expect, it } from 'vitest';
import { runShipped as run } from '../fixtures/packs';
import { residentPay, scenario } from '../fixtures/scenarios';

describe('notes on bonus values', () => {
  it('吉林, three lapse years, 2029 paid: the secondary-source notes on the bonus cap and the lapse cut affect the bonus; those on the wait, the date', () => {
    const r = run(scenario({ asOf: '2028-12-01', region: 'jilin', years: { 2025: 'resident', 2026: 'none', 2027: 'none', 2028: 'none' }, payments: [residentPay('2028-12-01', [2029], 0)], criticalIllness: { originalCapYuan: 400000, noClaimYears: [], bonusUsedYears: [] } }));
    const affects = (param: string) => r.notes.find((n) => n.params.param === param)?.affects;
    expect(affects('bonus.capYuan')).toBe('bonus');
    expect(affects('bonus.lapseCapCutPerYear')).toBe('bonus');
    expect(affects('resident.fixedWaitDays')).toBe('restoration');
  });
});
