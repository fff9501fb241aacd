// Which regional newborn rules are asked with the baby's birth year, so their year is said as
// "for children born in 2026": not newborn.exemptYears, which is asked with the benefit year paid
// (江西's subsidised newborns, exemptions.ts), where "born in 2027" would be false.
import { expect, it } from 'vitest';
import { bornParam } from '../../src/features/result/result-keys';

it('the birth-year newborn rules, and no other', () => {
  for (const p of ['newborn.dayCount', 'newborn.afterWindow', 'newborn.coversNextYear', 'newborn.enrolWithin']) expect(bornParam(p), p).toBe(true);
  for (const p of ['newborn.exemptYears', 'resident.windowEnd', undefined, 3]) expect(bornParam(p), String(p)).toBe(false);
});
