// A planned payment whose "pay today" option restores cover sooner than the plan in every region:
// the headline says so, as the one thing the person should know before waiting to pay (武汉, a
// flexible worker whose employer stopped paying in June: paying in January gives 1 July, paying
// today 1 January; the option alone, unmarked at the foot of the page, was easy to miss).
import { addDays, firstDay, surelyCoveredFrom } from '../../calc';
import type { EnrolmentResult, IsoDate, OptionResult, PeriodKind, Result } from '../../calc';

/**
 * The first day the plan covers, its back-paid gap included: a payment that back-pays the gap
 * months covers them retroactively (E1, \`retroactive\` of the run shown), so its cover starts with
 * the gap, not on its restoration day (广州, a flexible worker 3 months behind, back-paying on 10
 * January: covered from 1 October, though "restarts" on 1 January). Null where it gives no cover.
 */
export function planCoveredFrom(main: EnrolmentResult): IsoDate | null {
  const first = firstDay(main.restoration);
  const retro = main.retroactive?.from;
  return first !== null && retro !== undefined && retro < first ? retro : first;
}

/** Periods of cover, whichever way it came: held, restored after a wait, or covered retroactively. */
const COVER_KINDS: ReadonlySet<PeriodKind> = new Set<PeriodKind>(['covered', 'employeeCovered', 'restored', 'retroactive']);

export interface SoonerToday {
  /** The option's payment date (today, or the result's as-of date). */
  date: IsoDate;
  /** The day cover starts if paid then: its date, or a range's latest (`byLatest`). */
  restart: IsoDate;
  byLatest: boolean;
  /**
   * Cover the person has runs to the day before `restart` (江苏: 2026 covered, 2027 planned after
   * its window; paid today, in it, from 1 January 2027): cover goes on, nothing "restarts". Cover
   * restored by an earlier payment counts too (广州: 2026 paid late, restored from 16 June).
   */
  continues: boolean;
}

/**
 * The soonest "pay today" option of a planned payment (`made` false) for the plan's own years
 * that gives cover, in every region, before the plan can give any: its date and first covered day. Null for a made payment,
 * or where no such option is. A plan that gives no cover at all is beaten by any option that does.
 */
export function soonerToday(result: Result, made: boolean): SoonerToday | null {
  // The employer pays the employee scheme: "pay today" is not the person's to do.
  if (made || result.main.scheme === 'employee') return null;
  // Its back-paid gap counts as cover: paying it today instead covers the same days (no gain to announce).
  const plan = planCoveredFrom(result.main);
  const planYears = result.main.years.join();
  const planRepair = Math.min(...result.options.filter((o) => o.kind === 'payToday').map((o) => o.repairYears));
  let best: { option: OptionResult; by: IsoDate } | null = null;
  for (const option of result.options) {
    if (option.kind !== 'payToday' || option.onTop) continue;
    // The plan's own years, today: not another year that gives up the one planned (2026 today instead of 2027 in its window).
    if (option.years.join() !== planYears || (option.givesUpYears?.length ?? 0) > 0) continue;
    // Nor paying today with more repair years than the plan (offered beside paying today as
    // planned, which keeps the plan's): the headline speaks of paying the plan sooner, not of
    // paying more; that option's card says what it costs.
    if (option.repairYears > planRepair) continue;
    const by = surelyCoveredFrom(option.restoration);
    if (by === null || (plan !== null && by >= plan)) continue;
    // Of two as soon, the one without back-paying (it costs less).
    if (!best || by < best.by || (by === best.by && !option.backPay && best.option.backPay)) best = { option, by };
  }
  if (!best) return null;
  const dayBefore = addDays(best.by, -1);
  const continues = result.periods.some((p) => COVER_KINDS.has(p.kind) && p.to === dayBefore);
  return { date: best.option.paymentDate, restart: best.by, byLatest: best.option.restoration.kind === 'range', continues };
}
