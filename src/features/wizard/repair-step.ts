// What one repair year removes (R5), in the unit the region counts its wait in (R3 waitUnit):
// 1 month, or 30 days where the wait is counted in days (湖南 from 2026, 甘肃, 吉林). The payment
// step's repair hint says it in that unit, as the result does; where the rules leave the unit to
// each region (the national baseline), it names both.
import type { PackChain } from '../../calc';

/** What a repair year removes: `unit` as the rules give it ('either' where regions differ), with both lengths. */
export interface RepairStep {
  unit: 'months' | 'days' | 'either';
  months: number;
  days: number;
}

/**
 * What one repair year removes from the variable wait of benefit year `year` under `chain`
 * (a year outside the rules' years is read as the nearest they cover).
 */
export function repairStep(chain: PackChain, year: number): RepairStep {
  const y = Math.min(Math.max(year, chain.years.from), chain.years.to);
  const months = chain.get('resident.repairMonthsPerYear', y).value;
  const days = chain.get('resident.repairDaysPerYear', y).value;
  if (chain.isRegional('resident.waitUnit', y)) return { unit: 'either', months, days };
  return { unit: chain.get('resident.waitUnit', y).value, months, days };
}
