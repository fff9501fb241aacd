// Words for a range (RULES.md §8.3): what each regional condition means ("if your region's
// enrolment window was still open on your payment date"), the names of the regions known to
// give an outcome, and each outcome's restoration. Parameter ids and answers never reach the
// reader: an unknown one gets a plain sentence naming the rule in words.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction, i18n as I18n } from 'i18next';
import type { RulePack, SingleRestoration } from '../../calc';
import type en from '../../i18n/locales/en.json';
import { useFormat } from '../../i18n/use-format';
import type { Formatters } from '../../i18n/use-format';
import type { Clause, DependsOn, OtherLine, OutcomeLine } from './range-lines';
import type { Payer } from '../payer';
import { bornParam, calendarYearParam } from './result-keys';

type Locale = typeof en;
type Leaves<T, P extends string> = { [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`> }[keyof T & string];
type RegionalKey = Leaves<Locale['regional'], 'regional.'>;

/** How many region names a line lists before "and N more". */
export const MAX_NAMES = 5;

export type RegionNames = NonNullable<RulePack['regionNames']>;

/** Whether `key` leads to a sentence (not a group, not missing) in the current language. */
export function hasText(i18n: I18n, key: string): boolean {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return typeof i18n.getResource(language, 'translation', key) === 'string';
}

/**
 * A line's conditions told as a list under a lead-in ("if all of these apply:"), one clause an
 * item: a sentence of three or more clauses is hard to read. An item may hold a list of its own
 * ("and one of these:", then the alternatives, after the clauses every one of them shares).
 */
export interface ConditionList {
  lead: string;
  items: { text: string; sub?: string[] }[];
}

/** Conditions with fewer clauses than this read as one sentence; from this many on, as a list. */
export const LIST_FROM_CLAUSES = 3;

export interface RangeWording {
  /** "the end of the enrolment window": a regional parameter named in words. */
  paramName: (param: string) => string;
  /** One condition: "your region's enrolment window for 2026 was still open on your payment date". */
  answer: (param: string, answer: string, year: number) => string;
  clause: (clause: Clause) => string;
  /**
   * The first covered day for people exempt from the wait (exempt.startDay) said as the day of the
   * exemption just before it ("… exempts your group from the wait and cover starts on the payment
   * date"), where that exemption leaves the day to it (dayAfterExemption).
   */
  followingDay: (clause: Clause) => string;
  /** "if A and B; or if C": the conditions of one outcome. */
  conditions: (alternatives: Clause[][]) => string;
  /** "depends on these rules of your region: A (2026); B (2026, 2027)": conditions too many to list; `more`: "…, among others: …". */
  dependsOn: (rules: DependsOn[], more?: boolean) => string;
  /** The conditions of a headline line, in whichever of the two forms it has. */
  lineConditions: (line: LineConditions) => string;
  /** The same conditions as a list where they have LIST_FROM_CLAUSES clauses or more; null where one sentence reads better. */
  conditionList: (line: LineConditions) => ConditionList | null;
  regionName: (code: string) => string;
  /**
   * " (regions: Beijing, Hubei, Jilin and 3 more)" (with its own leading space where the language has one), or ''; under a
   * region's own chain only its province and cities (namedRegions). Those in `read` are named "as we read their rules".
   */
  regions: (codes: string[], read?: readonly string[]) => string;
  /** The outcome itself: a date, a date if next year is paid, or no cover that year. */
  restoration: (r: SingleRestoration) => string;
  /** "date — if …": one headline line as plain text (the calendar file, announcements). */
  lineText: (line: OutcomeLine) => string;
  /** The dates of the outcomes summed up in one line: "between X and Y", or "X or Y" where they are two days (with the next year where they need it). */
  othersWhen: (others: OtherLine) => string;
  /** That line as plain text, with the conditions that lead to its dates and the regions known for them. */
  othersText: (others: OtherLine) => string;
}

/** What a line's conditions are read from: an outcome's line, or the line summing up the rest. */
export type LineConditions = Pick<OutcomeLine, 'alternatives' | 'spoken' | 'dependsOn' | 'incomplete'>;

/**
 * The day the words are for, and whether the payment is still planned: a condition about the
 * payment date then reads "on the day you plan to pay", and a date already past in the past tense.
 * Without it, the words are those of a payment made.
 */
export interface Tense {
  asOf: string;
  planned: boolean;
  /**
   * Benefit years paid by payments already made: a condition about one of them is about that
   * payment ("on the day you paid"), even where the payment the answer is about is planned.
   */
  madeYears?: readonly number[] | undefined;
  /**
   * The payment is the person's first enrolment (first-cover.ts `firstSelf`): the employee-scheme
   * waits are said of a first enrolment (E3: the long-gap wait applies to it, 无锡, 烟台), not
   * "after a longer gap", and 武汉's tiers (E3a) by their first-enrolment tier.
   */
  first?: boolean | undefined;
  /**
   * The employee-scheme wait is not after a longer gap (first-cover.ts `waitsAfterShortGap`; the
   * options, whose gaps differ, always): its value is said as the scheme's wait, without "after a
   * longer gap".
   */
  shortGap?: boolean | undefined;
  /**
   * Who makes the payment the conditions speak of (payer-words.ts): where only a child is enrolled
   * for a free year of birth, a condition about "your payment date" reads "the day your child was
   * enrolled" (the `_enrol` texts), as the headline above it does. A text without that form is shared.
   */
  payer?: Payer | undefined;
  /**
   * The conditions are a what-if option's, whose payment is on its own day (the option's title
   * says which): a condition about the payment date reads "on that day" (regional.answersOption),
   * not "on the day you plan to pay", which a reader takes for the day of their own plan.
   */
  option?: boolean | undefined;
}

/**
 * The region codes a line names for a person whose chosen region is `home` (a region pack's id):
 * only that region's own province and its cities. A 北京 person is not shown 呼和浩特 as "the"
 * example of a value 北京 has not stated; the conditions name the value itself. Every code for
 * the national rules (home null).
 */
export function namedRegions(codes: readonly string[], home: string | null | undefined): string[] {
  if (!home) return [...codes];
  const province = home.split('-')[0] as string;
  return codes.filter((c) => c === province || c.startsWith(`${province}-`));
}

/**
 * The text key naming regional parameter `param`. `wait`: the employee-scheme wait of a first
 * enrolment or a short gap (E3's value read where no gap over 3 months is) is named as that wait,
 * not "after a gap of more than 3 months", which it is not.
 */
export function paramNameKey(i18n: I18n, param: string, wait?: Pick<Tense, 'first' | 'shortGap'>): string {
  if ((param === 'employee.longGapWaitMonths' || param === 'flexible.longGapWaitMonths') && (wait?.first || wait?.shortGap)) {
    return `regional.waitNames.${param === 'flexible.longGapWaitMonths' ? 'flexible' : 'employee'}.${wait.first ? 'first' : 'scheme'}`;
  }
  const key = `regional.params.${param}`;
  return hasText(i18n, key) ? key : 'regional.params.unknown';
}

export function makeRangeWording(t: TFunction, i18n: I18n, f: Formatters, regionNames: RegionNames | undefined, tense?: Tense, home?: string | null): RangeWording {
  const language = i18n.resolvedLanguage === 'en' || i18n.language === 'en' ? 'en' : 'zh-CN';
  const text = (key: string, options?: Record<string, unknown>): string => t(key as RegionalKey, options ?? {});
  const join = (items: string[], how: 'and' | 'or' | 'either'): string => {
    if (items.length <= 1) return items[0] ?? '';
    // Alternatives hold commas and "and" of their own: each is set apart by "; or if", not a comma.
    const first = items.slice(0, -1).join(text(how === 'either' ? 'regional.join.orIf' : 'regional.join.comma'));
    return text(`regional.join.${how}`, { first, last: items.at(-1) });
  };
  /** The payer's own form of a condition's text (`key_enrol`, `key_employer`) where it has one. */
  const payerKey = (key: string): string => {
    const payer = tense?.payer;
    return payer && payer !== 'self' && hasText(i18n, `${key}_${payer}`) ? `${key}_${payer}` : key;
  };
  /**
   * An option's words where the answer has some (regional.answersOption), the planned payment's
   * (regional.answersPlanned), else the made payment's; a condition about a year a made payment paid reads as about that payment.
   */
  const answerKey = (key: string, year: number): string => {
    if (!tense?.planned || tense.madeYears?.includes(year)) return payerKey(key);
    if (tense.option) {
      const option = key.replace(/^regional\.answers\./, 'regional.answersOption.');
      if (hasText(i18n, option)) return payerKey(option);
    }
    const planned = key.replace(/^regional\.answers\./, 'regional.answersPlanned.');
    return payerKey(hasText(i18n, planned) ? planned : key);
  };
  /** "name (years)" for each rule, each name once: rules without a name of their own all read "a rule your region sets". */
  const dependsOnItems = (rules: DependsOn[]): string[] => {
    const named = new Map<string, { years: number[]; born: boolean; calendar: boolean }>();
    for (const r of rules) {
      const name = w.paramName(r.param);
      const held = named.get(name) ?? { years: [], born: bornParam(r.param), calendar: calendarYearParam(r.param) };
      for (const y of r.years) if (!held.years.includes(y)) held.years.push(y);
      named.set(name, held);
    }
    // A newborn rule's year is the birth year (X1), said as such.
    // An employee-scheme rule's year is the calendar year of the payment (no benefit years there).
    return [...named].map(([name, { years, born, calendar }]) => text(born ? 'result.range.dependsOnRuleBorn' : calendar ? 'result.range.dependsOnRuleYear' : 'result.range.dependsOnRule', { name, years: [...years].sort((a, b) => a - b).join(text('result.range.dependsOnYears')) }));
  };
  /**
   * Each clause of a list as text, for the lists `sets` of one line. A rule chosen for more than one
   * year in the line (values are chosen per benefit year, §8) is said with its year, since "does not
   * exempt your group" beside "exempts your group" reads as a contradiction; the same answer for
   * several years is said once with them all ("for 2026 and 2027"), and a text said already is not repeated.
   */
  const clauseTexts = (sets: readonly Clause[][]) => {
    const years = new Map<string, Set<number>>();
    for (const set of sets) for (const c of set) (years.get(c.param) ?? years.set(c.param, new Set()).get(c.param))?.add(c.year);
    return (set: readonly Clause[]): string[] => {
      const out: { text: string; param: string; years: number[] }[] = [];
      for (const { clause: c, follows } of dayAfterExemption(set)) {
        const said = follows ? w.followingDay(c) : w.clause(c);
        const held = out.find((o) => o.param === c.param && o.text === said);
        if (held) {
          if (!held.years.includes(c.year)) held.years.push(c.year);
          continue;
        }
        out.push({ text: said, param: c.param, years: [c.year] });
      }
      // A text that names its year already ("the 2026 window had closed") needs no other.
      const named = (o: (typeof out)[number]) => o.years.every((y) => o.text.includes(String(y)));
      return out.map((o) => ((years.get(o.param)?.size ?? 0) > 1 && !named(o) ? text(calendarYearParam(o.param) ? 'result.range.forCalendarYear' : 'result.range.forYear', { clause: o.text, years: f.list([...o.years].sort((a, b) => a - b)) }) : o.text));
    };
  };
  /**
   * Each alternative once, as said: two ways the calculator keeps apart can read alike (a group
   * whose source names the payment date; a group whose source names no day, in a region whose
   * day for people exempt from the wait is the payment date): compared as whole sentences, since
   * one clause can say what two say together. `said` is clauseTexts of every alternative, so the
   * years a clause names stay those of the whole line.
   */
  const distinctSets = (sets: Clause[][], said: (set: readonly Clause[]) => string[]): Clause[][] => {
    const seen = new Set<string>();
    return sets.filter((set) => {
      const key = join(said(set), 'and');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  };
  const w: RangeWording = {
    paramName: (param) => text(payerKey(paramNameKey(i18n, param, tense))),
    answer: (param, answer, year) => {
      const base = `regional.answers.${param}`;
      if (param === 'newborn.dayCount') {
        // The answer is the verdict alone ("within" or "after"): regions that count alike are one answer.
        const key = answerKey(`${base}.${answer}`, year);
        if (hasText(i18n, key)) return text(key);
      } else if (param === 'employee.longGapWaitMonths' || param === 'flexible.longGapWaitMonths') {
        const months = Number(answer);
        if (Number.isInteger(months) && months >= 0) return text(`regional.answers.${tense?.first ? 'firstEnrolmentWait' : tense?.shortGap ? 'employeeWait' : 'longGapWait'}.${months === 0 ? 'none' : 'months'}`, { months: f.months(months) });
      } else if (param === 'switch.longGapWaitMonths') {
        const months = Number(answer);
        if (Number.isInteger(months) && months >= 0) return text(`regional.answers.switchWait.${months === 0 ? 'none' : 'months'}`, { months: f.months(months) });
      } else if (param === 'flexible.afterEmployer') {
        // E3a: no rule of its own (null), or tiers by the months since the employer stopped; the answer is the value as JSON.
        const tiers = answer === 'null' ? null : (JSON.parse(answer) as { gapCoveredWithinMonths: number; nextMonthWithinMonths: number; laterWaitMonths: number });
        if (tiers === null) return text(tense?.first ? 'regional.answers.afterEmployer.noneFirst' : 'regional.answers.afterEmployer.none');
        // A first enrolment is the tiers' last case: a wait of that many months (武汉: from the 7th month).
        if (tense?.first) return text('regional.answers.afterEmployer.tiersFirst', { later: f.months(tiers.laterWaitMonths) });
        return text('regional.answers.afterEmployer.tiers', { covered: f.months(tiers.gapCoveredWithinMonths), next: f.months(tiers.nextMonthWithinMonths), later: f.months(tiers.laterWaitMonths) });
      } else {
        // "none" was "noExtension" while rules v2 took shape: both mean no extension applies.
        const key = answerKey(`${base}.${param === 'resident.extension' && answer === 'noExtension' ? 'none' : answer}`, year);
        if (hasText(i18n, key)) return text(key, { year });
      }
      return text('regional.answers.generic', { param: w.paramName(param), year });
    },
    clause: (clause) => {
      // Answers that together mean one thing have words of their own ("still has the waiting period":
      // no extension, or one whose payments wait too), where "A or B" inside "C and …" would not say which goes with which.
      if (clause.answers.length > 1) {
        const together = [...new Set(clause.answers.map((a) => (clause.param === 'resident.extension' && a === 'noExtension' ? 'none' : a)))].sort().join('+');
        const key = answerKey(`regional.answers.${clause.param}.${together}`, clause.year);
        if (hasText(i18n, key)) return text(key, { year: clause.year });
      }
      return join(clause.answers.map((a) => w.answer(clause.param, a, clause.year)), 'or');
    },
    followingDay: (clause) => {
      const said = clause.answers.map((a) => payerKey(`regional.answersFollowing.${clause.param}.${a}`));
      return said.every((key) => hasText(i18n, key)) ? join(said.map((key) => text(key)), 'or') : w.clause(clause);
    },
    conditions: (alternatives) => {
      const given = alternatives.filter((a) => a.length > 0);
      if (given.length === 0) return text('result.range.otherwise');
      const said = clauseTexts(given);
      const sets = distinctSets(given, said);
      // What every alternative shares is said once, then the alternatives: "if C, and one of these holds: A; or B".
      const { common, rest } = splitCommon(sets);
      if (common.length > 0 && rest.every((r) => r.length > 0)) {
        return text('result.range.ifCommon', {
          common: join(said(common), 'and'),
          rest: rest.map((r) => join(said(r), 'and')).join(text('result.range.ifCommonJoin')),
        });
      }
      return text('result.range.if', { conditions: join(sets.map((set) => join(said(set), 'and')), 'either') });
    },
    dependsOn: (rules, more = false) => text(more ? 'result.range.dependsOnMore' : 'result.range.dependsOn', { rules: dependsOnItems(rules).join(text('result.range.dependsOnJoin')) }),
    lineConditions: (line) => (line.dependsOn ? w.dependsOn(line.dependsOn, line.incomplete) : w.conditions(line.spoken ?? line.alternatives)),
    conditionList: (line) => {
      if (line.dependsOn) {
        const rules = dependsOnItems(line.dependsOn);
        if (rules.length < LIST_FROM_CLAUSES) return null;
        return { lead: text(line.incomplete ? 'result.range.dependsOnMoreList' : 'result.range.dependsOnList'), items: rules.map((r) => ({ text: r })) };
      }
      const given = (line.spoken ?? line.alternatives).filter((a) => a.length > 0);
      const said = clauseTexts(given);
      const sets = distinctSets(given, said);
      if (sets.reduce((n, set) => n + set.length, 0) < LIST_FROM_CLAUSES) return null;
      const all = (set: Clause[]) => join(said(set), 'and');
      if (sets.length === 1) return { lead: text('result.range.ifAllList'), items: said(sets[0] as Clause[]).map((c) => ({ text: c })) };
      const { common, rest } = splitCommon(sets);
      if (common.length > 0 && rest.every((r) => r.length > 0)) {
        return {
          lead: text('result.range.ifAllList'),
          items: [...said(common).map((c) => ({ text: c })), { text: text('result.range.oneOfList'), sub: rest.map(all) }],
        };
      }
      return { lead: text('result.range.ifOneOfList'), items: sets.map((set) => ({ text: all(set) })) };
    },
    // The baseline names every region its variants list (parseRulePack checks it).
    regionName: (code) => regionNames?.[code]?.[language] ?? code,
    regions: (given, read) => {
      const codes = namedRegions(given, home);
      if (codes.length === 0) return '';
      // A region named for a value only as we read its rules says so (Condition.readRegions).
      const nameOf = (code: string) => (read?.includes(code) ? text('result.range.regionRead', { name: w.regionName(code) }) : w.regionName(code));
      // Two codes may name one region (a province's two sources): each name once.
      const all = [...new Set(codes.map(nameOf))];
      // "and 1 more" takes as much room as the name it hides: six are named, not five and one more.
      const names = all.length === MAX_NAMES + 1 ? all : all.slice(0, MAX_NAMES);
      const more = all.length - names.length;
      // Names kept apart by semicolons (one holds a comma: "Guangzhou, Guangdong") keep the tail apart too.
      if (more > 0) return text(names.some((n) => n.includes(',')) ? 'result.range.regionsMoreSemicolons' : 'result.range.regionsMore', { names: f.names(names), more });
      // "region: Jiangxi", "regions: Hebei, Fujian".
      return text('result.range.regions', { names: f.names(names), count: names.length });
    },
    restoration: (r) => {
      if (r.kind === 'date') return f.date(r.date);
      if (r.kind === 'needsNextYear') return text(tense && r.date <= tense.asOf ? 'result.range.needsNextYearPast' : 'result.range.needsNextYear', { date: f.date(r.date), year: r.year });
      return text('result.range.noCover', { year: r.year });
    },
    lineText: (line) => {
      const regions = w.regions(line.regions, line.readRegions);
      return `${w.restoration(line.restoration)}${text('result.range.separator')}${w.lineConditions(line)}${regions}`;
    },
    othersText: (others) => `${w.othersWhen(others)}${text('result.range.separator')}${w.lineConditions(others)}${w.regions(others.regions, others.readRegions)}`,
    othersWhen: (others) => {
      const span =
        others.earliest && others.latest && others.earliest !== others.latest
          ? text(others.days === 2 ? 'result.rangeDays.either' : 'result.range.others', { earliest: f.date(others.earliest), latest: f.date(others.latest) })
          : text('result.range.othersOne', { date: others.earliest ? f.date(others.earliest) : '' });
      const next = others.nextYear;
      if (!next) return span;
      // Dates that come only with the next year paid say so, as the lines for one date do.
      const past = tense !== undefined && others.latest !== null && others.latest <= tense.asOf;
      if (!next.all) return `${span}${text(past ? 'result.range.othersPartlyNextYearPast' : 'result.range.othersPartlyNextYear', { year: next.year, from: f.date(`${next.year}-01-01`) })}`;
      return `${span}${text(past ? 'result.range.othersNextYearPast' : 'result.range.othersNextYear', { year: next.year })}`;
    },
  };
  return w;
}

/**
 * Exemptions whose source names who is exempt but not the first day (answer `startDay`), so the
 * region's day for people exempt from the wait (exempt.startDay) decides it (X2, E2).
 */
const LEAVES_DAY_TO_START_DAY: readonly string[] = ['exempt.groups', 'switch.shortGapWithoutTwoYears'];

/**
 * The clauses of one alternative in the order they are said: the region's start day for people
 * exempt from the wait right after the exemption that leaves the day to it, and said as that
 * exemption's day (`follows`), so the two read as one rule: "当地对您所属人群免等待期，且自缴费之日起享受
 * 待遇", not a group exempt "without a day" and then a day for "people exempt from the wait".
 */
export function dayAfterExemption(set: readonly Clause[]): { clause: Clause; follows: boolean }[] {
  const day = set.findIndex((c) => c.param === 'exempt.startDay');
  const exemption = day < 0 ? -1 : set.findIndex((c) => LEAVES_DAY_TO_START_DAY.includes(c.param) && c.answers.includes('startDay') && c.year === set[day]?.year);
  if (exemption < 0) return set.map((clause) => ({ clause, follows: false }));
  const rest = set.filter((_, i) => i !== day);
  const at = rest.indexOf(set[exemption] as Clause) + 1;
  return [...rest.slice(0, at).map((clause) => ({ clause, follows: false })), { clause: set[day] as Clause, follows: true }, ...rest.slice(at).map((clause) => ({ clause, follows: false }))];
}

/** The clauses every alternative shares (said once), and what is left of each alternative. */
function splitCommon(sets: Clause[][]): { common: Clause[]; rest: Clause[][] } {
  const same = (a: Clause, b: Clause) => a.param === b.param && a.year === b.year && a.answers.join('|') === b.answers.join('|');
  const first = sets[0] as Clause[];
  const common = sets.length > 1 ? first.filter((c) => sets.every((set) => set.some((d) => same(c, d)))) : [];
  return { common, rest: sets.map((set) => set.filter((c) => !common.some((d) => same(c, d)))) };
}

/** The wording for the current language, with the region names of the national pack (the chain's last). */
export function useRangeWording(chain: readonly RulePack[], tense?: Tense): RangeWording {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const regionNames = chain.at(-1)?.regionNames;
  // A region's own chain: lines name only that region's province and its cities (namedRegions).
  const home = chain.length > 1 ? (chain[0]?.id ?? null) : null;
  const asOf = tense?.asOf;
  const planned = tense?.planned;
  const madeYears = tense?.madeYears?.join();
  const first = tense?.first === true;
  const shortGap = tense?.shortGap === true;
  const payer = tense?.payer;
  const option = tense?.option === true;
  // f is remade when the language changes, so the words follow it.
  return useMemo(
    () => makeRangeWording(t, i18n, f, regionNames, asOf === undefined ? undefined : { asOf, planned: planned ?? false, madeYears: madeYears ? madeYears.split(',').map(Number) : [], first, shortGap, payer, option }, home),
    [t, i18n, f, regionNames, asOf, planned, madeYears, first, shortGap, payer, option, home],
  );
}
