// RULES.md §8.3 with a bounded list: the ways (each a list of conditions) that lead to one answer,
// kept up to a bound and then only while they name something new. A long history reaches one
// outcome in thousands of ways; the explanation simplifies at most MAX_TO_SIMPLIFY (256,
// range-lines.ts) of them and above that names the rules and regions, which the kept ways still
// all name. Used for a range's outcomes (merge-restorations.ts) and for an option's repair help
// (options.ts), so neither list can grow without bound.
import type { Condition } from './result';
import { regionsOf } from './way-regions';

/** Ways kept before only those naming a condition or region not yet kept are added: one more than 256, so more still reads as more. */
export const MAX_OUTCOME_WAYS = 257;

/**
 * Each distinct condition (parameter, year, answer) as two characters, given in the order first
 * met. A cache, not state: keys are only ever compared, never read, so which code a condition gets
 * changes no result. Its size is bounded by the packs' parameters, years and answers. Looked up by
 * its parts, not by the object: each run makes its own condition objects.
 */
const conditionCodes = new Map<string, Map<number, Map<string, string>>>();
let codesGiven = 0;
function conditionCode(c: Condition): string {
  let byYear = conditionCodes.get(c.param);
  if (!byYear) conditionCodes.set(c.param, (byYear = new Map()));
  let byAnswer = byYear.get(c.year);
  if (!byAnswer) byYear.set(c.year, (byAnswer = new Map()));
  let code = byAnswer.get(c.answer);
  if (code === undefined) {
    // Fixed width, so that a list's codes read back one way only; 2^28 codes.
    const n = codesGiven++;
    code = String.fromCharCode(0x100 + (n & 0x3fff), 0x100 + (n >> 14));
    byAnswer.set(c.answer, code);
  }
  return code;
}

/**
 * The conditions as a short text, equal exactly for the same conditions (parameter, year, answer)
 * in the same order. Short because ways are keyed by the thousand in a long history: a key of
 * the conditions' full texts was most of the time spent.
 */
export function conditionsKey(list: readonly Condition[]): string {
  let key = '';
  for (const c of list) key += conditionCode(c);
  return key;
}

/** A condition as text with the variants it stands for (its regions and sources follow from them). */
const conditionTexts = new WeakMap<Condition, string>();
function conditionText(c: Condition): string {
  let text = conditionTexts.get(c);
  if (text === undefined) {
    text = `${c.param}@${c.year}=${c.answer}:${c.variants?.join() ?? ''}`;
    conditionTexts.set(c, text);
  }
  return text;
}

/**
 * The distinct ways to one answer, in the order first met, at most `maxWays` of them, then only
 * those that name a condition (with its variants) or a region no kept way names. `ways` is the
 * list itself (shared with the outcome that shows it); `cut` says whether some way was left out.
 */
export class WayList {
  readonly ways: Condition[][];
  cut = false;
  private readonly seen = new Set<string>();
  private named: Set<string> | null = null;
  private regions: Set<string> | null = null;

  constructor(
    private readonly maxWays = MAX_OUTCOME_WAYS,
    ways: Condition[][] = [],
  ) {
    this.ways = ways;
  }

  /** Adds `when` unless it is there already or adds nothing past the bound; `key` is conditionsKey(when) where the caller has it. */
  add(when: Condition[], key: string = conditionsKey(when)): void {
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const ways = this.ways;
    if (ways.length < this.maxWays) {
      ways.push(when);
      return;
    }
    if (!this.named || !this.regions) {
      this.named = new Set();
      this.regions = new Set();
      for (const w of ways) {
        for (const c of w) this.named.add(conditionText(c));
        for (const r of regionsOf(w)) this.regions.add(r);
      }
    }
    let fresh = false;
    for (const c of when) {
      const text = conditionText(c);
      if (!this.named.has(text)) {
        this.named.add(text);
        fresh = true;
      }
    }
    for (const r of regionsOf(when)) {
      if (!this.regions.has(r)) {
        this.regions.add(r);
        fresh = true;
      }
    }
    if (fresh) ways.push(when);
    else this.cut = true;
  }
}
