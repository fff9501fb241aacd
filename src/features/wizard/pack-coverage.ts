// What a region's rules settle, read from its pack chain, for the one line under the region
// picker ("北京：已知2026年度集中参保期；未说明是否按天计算等待期——日期可能是一个范围"):
// the benefit years whose enrolment window the region has announced, whether its waits
// count months or days, and how many other key date rules it still leaves to the national
// range for the scheme chosen. Pure: the words are the component's.
import type { PackChain, ParamKey, Scheme } from '../../calc';

/**
 * Rules that move the date for most people of each scheme, besides the window and the wait
 * unit (which the line names on their own). Rules for a few groups (newborns, exempt groups,
 * new students) are left out: the line is a summary; the result names each rule it used.
 */
export const KEY_RULES: Readonly<Record<Scheme, readonly ParamKey[]>> = {
  resident: ['resident.variableReading', 'resident.extension', 'resident.lateEnrolmentUntil', 'resident.dateConvention'],
  employee: ['employee.shortGapWithinRegion', 'employee.longGapWaitMonths', 'switch.shortGapWithoutTwoYears'],
  flexible: ['employee.shortGapWithinRegion', 'flexible.longGapWaitMonths', 'flexible.afterEmployer', 'switch.shortGapWithoutTwoYears'],
};

export interface PackCoverage {
  /** The baseline itself: it leaves every regional value open by design. */
  baseline: boolean;
  /** The scheme the line is for: the window and the wait unit are the resident scheme's only. */
  scheme: Scheme;
  /** Benefit years whose window end the chain pins (not the national range), ascending. */
  windowYears: number[];
  /** The benefit year the rest describes: the latest with a window, else the current one. */
  year: number;
  /** How the wait is counted in `year`; null where it is still the national range. */
  waitUnit: 'months' | 'days' | null;
  /** The scheme's KEY_RULES still left to the national range in `year`. */
  openRules: ParamKey[];
}

/** Whether the chain pins a value for `key` in `year` (regional lookups are never read: they would branch). */
function pinned(chain: PackChain, key: ParamKey, year: number): boolean {
  return !chain.isRegional(key, year) && chain.find(key, year) !== null;
}

/** A rule the calculator reads in place of another where no pack sets it (employee.ts). */
const FALLS_BACK_TO: Partial<Record<ParamKey, ParamKey>> = { 'flexible.longGapWaitMonths': 'employee.longGapWaitMonths' };

function leftOpen(chain: PackChain, key: ParamKey, year: number): boolean {
  if (chain.isRegional(key, year)) return true;
  const fallback = FALLS_BACK_TO[key];
  return fallback !== undefined && chain.find(key, year) === null && chain.isRegional(fallback, year);
}

export function packCoverage(chain: PackChain, scheme: Scheme, currentYear: number): PackCoverage {
  const { from, to } = chain.years;
  const windowYears: number[] = [];
  for (let y = from; y <= to; y++) if (pinned(chain, 'resident.windowEnd', y)) windowYears.push(y);
  const year = windowYears.at(-1) ?? Math.min(Math.max(currentYear, from), to);
  const waitUnit = pinned(chain, 'resident.waitUnit', year) ? (chain.find('resident.waitUnit', year)?.value ?? null) : null;
  return {
    baseline: chain.primary.parent === null,
    scheme,
    windowYears,
    year,
    waitUnit,
    openRules: KEY_RULES[scheme].filter((key) => leftOpen(chain, key, year)),
  };
}

/** Whether a date this region's rules give may still be a range rather than one date. */
export function mayBeRange(coverage: PackCoverage): boolean {
  if (coverage.baseline || coverage.openRules.length > 0) return true;
  // An employee-scheme or flexible payer's date does not depend on the resident window or wait unit.
  return coverage.scheme === 'resident' && (coverage.windowYears.length === 0 || coverage.waitUnit === null);
}

/**
 * How much of what sets the dates the region's documents state, for the plain line under the
 * picker: `all` where its date is one date (no rule left to the national range), `none` where
 * they state nothing the scheme's date rests on, else `most` or `some` as more or fewer than
 * half of the rules are stated (for the resident scheme the window and the wait unit count too).
 */
export function coverageLevel(coverage: PackCoverage): 'all' | 'most' | 'some' | 'none' {
  const rules = KEY_RULES[coverage.scheme].length;
  const resident = coverage.scheme === 'resident';
  const total = rules + (resident ? 2 : 0);
  const stated = rules - coverage.openRules.length + (resident ? Number(coverage.windowYears.length > 0) + Number(coverage.waitUnit !== null) : 0);
  if (!mayBeRange(coverage)) return 'all';
  if (stated === 0) return 'none';
  return stated * 2 > total ? 'most' : 'some';
}
