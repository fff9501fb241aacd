// The payment step's date checks that need the region's rules (R1: no payment for a year before
// its window opens) or the baby's date of birth: one message at the date at a time.
import { describe, expect, it } from 'vitest';
import { paymentSchema } from '../../src/features/wizard/step-forms';

const messages = (r: { success: boolean; error?: { issues: readonly { path: PropertyKey[]; message: string }[] } }) => (r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message.split('|')[0]]);

describe('payment date checks', () => {
  it('a made payment before the window of the year it pays for is refused at the date, with the year and the day the window opens', () => {
    const r = paymentSchema({ today: '2026-11-15', scheme: 'resident', usefulRepair: 0, takenFrom: () => '2025-09-01' }).safeParse({ status: 'made', date: '2025-03-01', years: [2026], repairYears: '0', backPay: true });
    expect(r.error?.issues.map((i) => i.message)).toEqual(['wizard.errors.paymentBeforeWindow|{"year":2026,"date":"2025-09-01"}']);
  });

  it('a date already refused for another reason gets no second message (a planned day past and before the window)', () => {
    const r = paymentSchema({ today: '2026-11-15', scheme: 'resident', usefulRepair: 0, takenFrom: () => '2026-11-10' }).safeParse({ status: 'planned', date: '2026-11-01', years: [2027], repairYears: '0', backPay: true });
    expect(messages(r)).toEqual([['date', 'errors.date.pastPlanned']]);
  });

  it('before a newborn’s birth: the birth, not the window', () => {
    const r = paymentSchema({ today: '2026-11-15', scheme: 'resident', usefulRepair: 0, birthDate: '2026-10-10', birthYear: 2026, takenFrom: () => '2025-09-01' }).safeParse({ status: 'made', date: '2025-03-01', years: [2026], repairYears: '0', backPay: true });
    expect(messages(r)).toEqual([['date', 'errors.date.beforeBirth']]);
  });

  it('without the rules (still loading) no window check is made', () => {
    const r = paymentSchema({ today: '2026-11-15', scheme: 'resident', usefulRepair: 0 }).safeParse({ status: 'made', date: '2025-03-01', years: [2026], repairYears: '0', backPay: true });
    expect(r.success).toBe(true);
  });
});
