// The result's next window (the one not closed on the as-of date), read past a year whose window
// the packs leave to the region but which has closed in every region: 江西 pins its 2026 window
// (P-JX2), not 2025's. A newcomer walk (6 Dec 2026) saw "no dates for your region's next window"
// beside an option to pay for 2026 in that window from 15 Oct 2025.
import { describe, expect, it } from 'vitest';
import { runShipped as run } from '../fixtures/packs';
import { residentPay, scenario } from '../fixtures/scenarios';

describe('next window past a closed regional one', () => {
  it('江西 on 20 Sep 2025: the 2026 window, 15 Oct to 31 Dec 2025', () => {
    const r = run(scenario({ asOf: '2025-09-20', region: 'jiangxi', years: { 2023: 'none', 2024: 'none' }, payments: [residentPay('2025-10-05', [2025], 0, 'planned')] }));
    expect(r.nextWindow).toMatchObject({ year: 2026, start: '2025-10-15', end: '2025-12-31', startStated: true });
  });

  it('the national rules alone on the same day: the 2026 window is the region’s, so none is given', () => {
    const r = run(scenario({ asOf: '2025-09-20', region: 'national', years: { 2023: 'none', 2024: 'none' }, payments: [residentPay('2025-10-05', [2025], 0, 'planned')] }));
    expect(r.nextWindow).toBeNull();
  });

  it('a regional window some region may still hold open is not skipped (national, 10 Jan 2025: 2025 open to 28 Feb in some regions)', () => {
    const r = run(scenario({ asOf: '2025-01-10', region: 'national', years: { 2023: 'resident', 2024: 'resident' }, payments: [residentPay('2025-01-10', [2025], 0, 'planned')] }));
    expect(r.nextWindow).toBeNull();
  });
});
