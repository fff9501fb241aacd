// Locale formatting of the calculator's plain data: ISO dates and months, month, day and year
// counts (with i18next plurals), yuan, lists. Dates are formatted in UTC from their Y-M-D parts,
// so no reader's time zone can move a date by a day.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^\d{4}-\d{2}$/;

export interface Formatters {
  date: (iso: string) => string;
  /**
   * The dates of a table (the timeline's): the same long style as the text ("September 1, 2026"),
   * so English reads one way wherever a date appears.
   */
  shortDate: (iso: string) => string;
  month: (iso: string) => string;
  months: (n: number) => string;
  days: (n: number) => string;
  /** A waiting period's length in its own unit: "3 months", "90 days". */
  duration: (n: number, unit: 'months' | 'days') => string;
  years: (n: number) => string;
  yuan: (n: number) => string;
  /** "2025 and 2026" / "2025和2026": the language's own list punctuation. */
  list: (items: (string | number)[]) => string;
  /** "2025 or 2026" / "2025或2026". */
  orList: (items: (string | number)[]) => string;
  /** Names in a row, no "and": "Beijing, Hubei, Jilin" / "北京、湖北、吉林". */
  names: (items: string[]) => string;
  /**
   * Formats a trace/notes parameter by its name and shape. `unit` is the unit of the step's
   * waiting-period lengths, for the names that take it (UNIT_PARAMS); months by default.
   */
  param: (name: string, value: string | number | boolean | null, unit?: 'months' | 'days') => string;
}

const MONTH_PARAMS = new Set(['fixedMonths', 'variableMonths', 'totalMonths', 'floorMonths', 'maxMonths', 'minMonths', 'months', 'gapMonths', 'continuousMonths']);
/** Waits counted in days (R3 waitUnit "days"). */
const DAY_PARAMS = new Set(['fixedDays', 'variableDays', 'totalDays', 'floorDays']);
/** Lengths in the unit of the step they belong to (months, or days in a "…Days" step). */
const UNIT_PARAMS = new Set(['removed', 'perYear']);
const YEAR_PARAMS = new Set(['lapseYears', 'repairYears', 'useful', 'triggerYears', 'requiredYears', 'consecutiveYears', 'qualifyYears']);

function utc(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number?];
  return new Date(Date.UTC(y, m - 1, d ?? 1));
}

/**
 * The Intl formatters of one language, each made on first use and kept: making one costs far
 * more than formatting with it (locale data is loaded), and every component that formats
 * would otherwise make its own set when it mounts, on each step and on the result.
 */
class IntlSet {
  private made = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();
  constructor(private readonly language: string) {}

  private get<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(key: string, make: (language: string) => T): T {
    let f = this.made.get(key) as T | undefined;
    if (!f) {
      f = make(this.language);
      this.made.set(key, f);
    }
    return f;
  }

  date = () => this.get('date', (l) => new Intl.DateTimeFormat(l, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }));
  month = () => this.get('month', (l) => new Intl.DateTimeFormat(l, { year: 'numeric', month: 'long', timeZone: 'UTC' }));
  yuan = () => this.get('yuan', (l) => new Intl.NumberFormat(l, { style: 'currency', currency: 'CNY', maximumFractionDigits: 0 }));
  list = () => this.get('list', (l) => new Intl.ListFormat(l, { type: 'conjunction' }));
  or = () => this.get('or', (l) => new Intl.ListFormat(l, { type: 'disjunction' }));
  names = () => this.get('names', (l) => new Intl.ListFormat(l, { type: 'conjunction', style: 'narrow' }));
}

const intlSets = new Map<string, IntlSet>();

function intlFor(language: string): IntlSet {
  let set = intlSets.get(language);
  if (!set) {
    set = new IntlSet(language);
    intlSets.set(language, set);
  }
  return set;
}

export function makeFormatters(language: string, t: TFunction): Formatters {
  const intl = intlFor(language);
  const f: Formatters = {
    date: (iso) => (ISO_DATE.test(iso) ? intl.date().format(utc(iso)) : iso),
    shortDate: (iso) => f.date(iso),
    month: (iso) => (ISO_MONTH.test(iso) ? intl.month().format(utc(iso)) : iso),
    months: (n) => t('units.months', { count: n }),
    days: (n) => t('units.days', { count: n }),
    duration: (n, unit) => (unit === 'days' ? f.days(n) : f.months(n)),
    years: (n) => t('units.years', { count: n }),
    yuan: (n) => intl.yuan().format(n),
    list: (items) => intl.list().format(items.map(String)),
    orList: (items) => intl.or().format(items.map(String)),
    // "Fuxin, Liaoning; Qingdao, Shandong": names that hold a comma are kept apart by semicolons,
    // or four names would read as one list of four places.
    names: (items) => (items.some((item) => item.includes(',')) ? items.join('; ') : intl.names().format(items)),
    param: (name, value, unit = 'months') => {
      if (value === null) return '—';
      if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
      if (typeof value === 'number') {
        if (MONTH_PARAMS.has(name)) return f.months(value);
        if (DAY_PARAMS.has(name)) return f.days(value);
        if (UNIT_PARAMS.has(name)) return f.duration(value, unit);
        if (YEAR_PARAMS.has(name)) return f.years(value);
        if (name === 'yuan' || name.endsWith('Yuan')) return f.yuan(value);
        if (name === 'ratio') return `${Math.round(value * 100)}%`;
        return String(value);
      }
      if (name === 'unit') return t(value === 'days' ? 'units.unitName.days' : 'units.unitName.months');
      if (ISO_DATE.test(value)) return f.date(value);
      if (ISO_MONTH.test(value)) return f.month(value);
      return value;
    },
  };
  return f;
}

export function useFormat(): Formatters {
  const { t, i18n } = useTranslation();
  return useMemo(() => makeFormatters(i18n.language, t), [i18n.language, t]);
}

/** All params of a trace step, note or warning, formatted for interpolation. */
export function formatParams(f: Formatters, params: Record<string, string | number | boolean | null>, unit?: 'months' | 'days'): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, f.param(k, v, unit)]));
}
