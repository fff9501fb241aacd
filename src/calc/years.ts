// A resident payment lists its benefit years in any order (the schema does not sort them),
// but nearly always ascending already: then sorting, and for read-only uses even copying,
// can be skipped. Same result as [...years].sort((a, b) => a - b) for the integer years
// the schema admits.

/** The years in ascending order: `years` itself when already so, else a sorted copy. */
export function ascendingYears(years: readonly number[]): readonly number[] {
  for (let k = 1; k < years.length; k++) {
    if ((years[k - 1] as number) > (years[k] as number)) return [...years].sort((a, b) => a - b);
  }
  return years;
}

/** A new array of the years in ascending order. */
export function sortedYears(years: readonly number[]): number[] {
  const ascending = ascendingYears(years);
  return ascending === years ? years.slice() : (ascending as number[]);
}
