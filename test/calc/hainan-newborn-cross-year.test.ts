// 海南 (P-HI1): a newborn enrolled more than 90 days after birth is covered from the registration
// only when enrolled in the birth year (「90天(不含90天)后但在出生当年参加…享受自参保登记之日起至当年底」);
// registered in a later year, 「不予资助」: no newborn rule, the ordinary ones. A newcomer walk
// (6 Dec 2026) found such a child covered from the payment date in January.
import { describe, expect, it } from 'vitest';
import { outcomeDates as dates, runShipped as run } from '../fixtures/packs';
import { residentPay, scenario } from '../fixtures/scenarios';

const born = '2025-09-01';

describe('海南, born 1 Sep 2025, enrolled after the 90 days', () => {
  it('registered and paid on 15 Jan 2026 for 2025 and 2026: no newborn rule, the ordinary wait (never from 15 Jan)', () => {
    const r = run(scenario({ asOf: '2026-01-20', region: 'hainan', payments: [residentPay('2026-01-15', [2025, 2026])], circumstances: { birthDate: born } }));
    expect(r.trace.some((s) => s.rule === 'X1' && s.step === 'afterCrossYear')).toBe(true);
    expect(r.trace.some((s) => s.rule === 'X1' && s.step === 'after')).toBe(false);
    expect(dates(r.main.restoration)).not.toContain('2026-01-15');
    expect(r.main.restoration.kind === 'range' ? r.main.restoration.earliest : null).toBe('2026-04-01');
  });

  it('registered on 20 Dec 2025 but paid on 15 Jan 2026: cover could start only after the birth year (I7), so the ordinary rules apply too', () => {
    const r = run(scenario({ asOf: '2026-01-20', region: 'hainan', payments: [residentPay('2026-01-15', [2025, 2026])], circumstances: { birthDate: born, newbornRegistrationDate: '2025-12-20' } }));
    expect(r.trace.some((s) => s.rule === 'X1' && s.step === 'afterCrossYear')).toBe(true);
    expect(dates(r.main.restoration)).not.toContain('2026-01-15');
  });

  it('paid for 2025 alone on 15 Jan 2026: the ordinary late-enrolment rules (R1b), so no cover at all is possible in some regions', () => {
    const r = run(scenario({ asOf: '2026-01-20', region: 'hainan', payments: [residentPay('2026-01-15', [2025])], circumstances: { birthDate: born } }));
    expect(r.main.restoration.kind === 'range' && r.main.restoration.noCoverPossible).toBe(true);
    expect(r.trace.some((s) => s.rule === 'X1' && s.step === 'afterCrossYear')).toBe(true);
  });

  it('registered on 1 Jul and paid on 5 Jul 2025, in the birth year: from the payment date (our reading, I7), said beside the answer', () => {
    const r = run(scenario({ asOf: '2025-07-10', region: 'hainan', payments: [residentPay('2025-07-05', [2025])], circumstances: { birthDate: '2025-03-01', newbornRegistrationDate: '2025-07-01' } }));
    expect(r.trace.some((s) => s.rule === 'X1' && s.step === 'afterRegisteredEarlier')).toBe(true);
    expect(dates(r.main.restoration)).toEqual(['2025-07-05']);
    expect(r.notes).toContainEqual(expect.objectContaining({ id: 'X1.registeredEarlier', kind: 'interpretation', affects: 'restoration', params: { registrationDate: '2025-07-01', paymentDate: '2025-07-05' } }));
  });

  it('under the national rules the same answers make no such note: the reading is one region’s (the step says “if your region”)', () => {
    const r = run(scenario({ asOf: '2025-07-10', region: 'national', payments: [residentPay('2025-07-05', [2025])], circumstances: { birthDate: '2025-03-01', newbornRegistrationDate: '2025-07-01' } }));
    expect(r.notes.map((n) => n.id)).not.toContain('X1.registeredEarlier');
  });

  it('registered and paid in the birth year (10 Dec 2025): from that day, as before', () => {
    const r = run(scenario({ asOf: '2025-12-20', region: 'hainan', payments: [residentPay('2025-12-10', [2025])], circumstances: { birthDate: born } }));
    expect(r.trace.some((s) => s.rule === 'X1' && s.step === 'after')).toBe(true);
    expect(dates(r.main.restoration)).toEqual(['2025-12-10']);
  });
});
