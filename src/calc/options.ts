// What-if options, computed by the same engine on variants of the scenario: pay today,
// pay in the next enrolment window, each useful number of repair years, back-pay a gap, and
// after a made payment that buys no date, the next year paid on top of it. Each is a whole plan.
import { addDays, monthIndex, monthOf, yearOf } from './dates';
import type { IsoDate } from './dates';
import type { RunWays } from './explore-payments';
import { firstDay, lastDay, surelyCoveredFrom } from './restoration-days';
import { WayList } from './way-list';
import type { Condition, DaySpan, EnrolmentResult, OptionResult, RepairHelp, Restoration } from './result';
import type { PackChain } from './rule-pack';
import { OptionPrices } from './option-prices';
import type { PricedPlan } from './option-prices';
import { employeeVariant, residentVariant } from './payment-variant';
import { fullPremiumStart } from './premium';
import type { EmployeePayment, Payment, ResidentPayment, Scenario } from './scenario-schema';
import { windowKnownOpen, windowStartStated } from './freshness';
import { dayOf, windowStart } from './window';

/** Runs the rules, without options, with the scenario's last payment replaced by a variant. */
export interface Runner {
  /** The variant's restoration (a range where regional values decide it); null when the variant makes the scenario invalid. */
  run(payment: Payment): Restoration | null;
  /** The restoration of `extra`, paid after the scenario's last payment as it stands; absent where not supported. */
  runAfter?(extra: Payment): Restoration | null;
  /**
   * R1c: the premium of the first benefit year of `payment`, run in place of the last payment
   * (EnrolmentResult.premium, null where unknown); undefined where it differs by region or the
   * variant is invalid. Asked only where a region's year-end switch may keep it personal.
   */
  premium?(payment: ResidentPayment): EnrolmentResult['premium'] | undefined;
  /**
   * The first covered day of benefit year `year` when `payment` is run in place of the last one:
   * the span over every region; null where some region gives no cover in it or the variant is invalid.
   */
  coverFrom?(payment: ResidentPayment, year: number): DaySpan | null;
  /**
   * R5 under regional values (§8): each run of `payment` in place of the last one, with its useful
   * repair years and the ways to it; null where the variant is invalid. Absent where the runner
   * cannot tell them apart.
   */
  repairRuns?(payment: ResidentPayment): readonly PlanRun[] | null;
}

function pushResident(options: OptionResult[], prices: OptionPrices, kind: OptionResult['kind'], variant: ResidentPayment, plan: PricedPlan, restoration: Restoration | null): void {
  if (!restoration) return;
  // Years of premium beyond the plan's (negative where it pays fewer): benefit and repair years
  // alike, so every option states its cost on one basis; a year known to cost nothing is none.
  const extraYears = prices.premiumYears(variant) - plan.premiumYears;
  const costYuan = prices.payment(variant);
  options.push({
    kind,
    paymentDate: variant.date,
    years: variant.years,
    repairYears: variant.repairYears,
    restoration,
    extraPremiumYears: extraYears,
    extraCostYuan: prices.extra(variant, plan, extraYears, costYuan),
    costYuan,
    sameAsPlan: false,
  });
}

/**
 * §8.5: whether some regions open benefit year `year`'s window only after `date` (the latest known
 * start is later). Never where the region's own packs state the start: then `date` is its own.
 */
function opensLater(chain: PackChain, year: number, date: string): boolean {
  if (windowStartStated(chain, year)) return false;
  const latest = chain.find('resident.latestWindowStart', year);
  return latest !== null && date < dayOf(year, latest.value);
}

/** One run of the plan's last payment under regional values: its useful repair years (R5) and the ways to it. */
export interface PlanRun extends RunWays {
  useful: number;
}

/**
 * R5 under regional values (§8): how many of the repair years `r` adds to the plan's `planned`
 * shorten the wait in each run of the plan (each run's own useful repair years), grouped by that
 * count, most first; null where every run gains from every added year (or `r` adds none). Reads
 * the plan's runs only: the repair years paid change no value the wait is read from.
 */
export function repairHelp(runs: readonly PlanRun[], planned: number, r: number): RepairHelp[] | null {
  const added = r - planned;
  if (added <= 0) return null;
  const gained = (u: number) => Math.max(0, Math.min(r, u) - Math.min(planned, u));
  if (runs.every((run) => gained(run.useful) === added)) return null;
  const byYears = new Map<number, { help: RepairHelp; ways: WayList }>();
  for (const run of runs) {
    const years = gained(run.useful);
    let held = byYears.get(years);
    if (!held) {
      const ways = new WayList();
      held = { help: { years, when: ways.ways }, ways };
      byYears.set(years, held);
    }
    for (const when of run.when) held.ways.add(when as Condition[]);
    if (run.incomplete) held.help.incomplete = true;
  }
  return [...byYears.values()].map((h) => h.help).sort((a, b) => b.years - a.years);
}

function residentOptions(scenario: Scenario, chain: PackChain, prices: OptionPrices, payment: ResidentPayment, useful: number, runner: Runner, runs: readonly PlanRun[] | undefined): OptionResult[] {
  const options: OptionResult[] = [];
  const plan = prices.plan(payment);

  // R5: each repair year that actually shortens the wait; beyond that a payment buys nothing.
  // Under regional values, the most any run allows: an option whose years do not all help in
  // every run says where they do.
  for (let r = 0; r <= useful; r++) {
    if (r === payment.repairYears) continue;
    const variant = residentVariant(payment, { repairYears: r });
    pushResident(options, prices, 'repair', variant, plan, runner.run(variant));
    const pushed = options.at(-1);
    const help = runs && pushed?.kind === 'repair' && pushed.repairYears === r ? repairHelp(runs, payment.repairYears, r) : null;
    if (pushed && help) pushed.repairHelp = help;
  }

  if (payment.status !== 'planned') return options;
  const today = scenario.asOf;
  if (payment.date !== today) {
    // The planned years if they can be paid today, otherwise the current benefit year.
    const planned = residentVariant(payment, { date: today });
    const plannedResult = runner.run(planned);
    const variant = plannedResult ? planned : residentVariant(payment, { date: today, years: [yearOf(today)] });
    pushResident(options, prices, 'payToday', variant, plan, plannedResult ?? runner.run(variant));
    const payToday = options.at(-1);
    // R5 with R1c: paying today with repair years too, where that is sooner than either alone
    // (national rules, 2027 planned for 15 Jan 2027 after two lapse years: paying today or repairing
    // on the day planned each leave some regions later than both together). With the fewest repair
    // years that give its dates: a further year would cost without bringing anything forward.
    if (plannedResult && payToday?.kind === 'payToday' && useful > payment.repairYears) {
      const most = residentVariant(payment, { date: today, repairYears: useful });
      const soonest = runner.run(most);
      const repairAlone = options.find((o) => o.kind === 'repair' && o.repairYears === useful)?.restoration ?? null;
      // Only then are fewer repair years tried (each a run, explored under regional values).
      if (soonest && sooner(soonest, payToday.restoration) && sooner(soonest, repairAlone)) {
        let both = { variant: most, restoration: soonest };
        for (let r = useful - 1; r > payment.repairYears; r--) {
          const fewer = residentVariant(payment, { date: today, repairYears: r });
          const restoration = runner.run(fewer);
          if (!restoration || !sameDays(restoration, soonest)) break;
          both = { variant: fewer, restoration };
        }
        pushResident(options, prices, 'payToday', both.variant, plan, both.restoration);
        // Its repair years may shorten the wait only in some regions (R4's reading), as a repair
        // option's may: said from the runs of paying today with the plan's own repair years (the
        // plan's runs are of another day). Not from the runs with the added years: a year repaid
        // can leave no lapse year to count (湖北, a first enrolment paid in the window), so those
        // runs would say it helps nowhere when it brought the date forward.
        const pushed = options.at(-1);
        const todayRuns = pushed?.kind === 'payToday' && pushed.repairYears === both.variant.repairYears ? runner.repairRuns?.(planned) : null;
        const help = todayRuns ? repairHelp(todayRuns, payment.repairYears, both.variant.repairYears) : null;
        if (pushed && help) pushed.repairHelp = help;
      }
    }
  }
  // The next benefit year's window, paid on the day it opens (or today if already open).
  const y = yearOf(today) + 1;
  if (y <= chain.years.to) {
    const opens = windowStart(chain, y).date;
    const date = opens > today ? opens : today;
    if (date !== payment.date || payment.years[0] !== y) {
      // A plan of its own: that year alone, no repair years borrowed from the person's plan
      // (with them it would show a date this payment alone does not give). Its own useful repair
      // years are the repair options' business.
      const variant = residentVariant(payment, { date, years: [y], repairYears: 0 });
      pushResident(options, prices, 'nextWindow', variant, plan, runner.run(variant));
      const pushed = options.at(-1);
      if (pushed?.kind === 'nextWindow' && opensLater(chain, y, date)) pushed.opensLater = true;
      if (pushed?.kind === 'nextWindow' && windowKnownOpen(chain, y, date)) pushed.windowOpen = true;
    }
  }
  return options;
}

/**
 * A made payment whose restoration is no date (the year it paid gives no cover, or the wait ends
 * in a year not paid), in every region or in some: the plan that does give one is the next benefit year, paid in its window
 * on top of what was paid. Only where the runner can run a payment after the last one.
 */
function followUpOption(scenario: Scenario, chain: PackChain, prices: OptionPrices, payment: ResidentPayment, own: Restoration | null, runner: Runner): OptionResult | null {
  if (payment.status !== 'made' || !runner.runAfter || !own) return null;
  // A range counts where some regions give no cover, or cover only once the next year is paid too.
  const someWithout = own.kind === 'range' && (own.noCoverPossible || own.outcomes.some((o) => o.restoration.kind === 'needsNextYear'));
  if (own.kind !== 'noCover' && own.kind !== 'needsNextYear' && !someWithout) return null;
  const today = scenario.asOf;
  const last = payment.years.at(-1) ?? yearOf(payment.date);
  const y = Math.max(last + 1, yearOf(today));
  if (y > chain.years.to) return null;
  const opens = windowStart(chain, y).date;
  const date = opens > today ? opens : today;
  const variant: ResidentPayment = { scheme: 'resident', status: 'planned', date, years: [y], repairYears: 0 };
  const restoration = runner.runAfter(variant);
  if (!restoration) return null;
  // Paid after the last payment, not instead of it: the runner's premium is not this payment's.
  const priced = prices.payment(variant, false);
  // The flags are set only where they hold, after building (a conditional spread of them is slow).
  const option: OptionResult = { kind: 'nextWindow', paymentDate: date, years: [y], repairYears: 0, restoration, extraPremiumYears: 1, extraCostYuan: priced, costYuan: priced, sameAsPlan: false, onTop: true };
  if (opensLater(chain, y, date)) option.opensLater = true;
  if (windowKnownOpen(chain, y, date)) option.windowOpen = true;
  return option;
}

/**
 * Benefit years the plan pays, and may give cover in (its restart falls in or before that year),
 * that the option does not pay: cover the option gives up for what it saves (R1c, R8).
 */
function yearsGivenUp(o: OptionResult, payment: ResidentPayment, plan: Restoration): number[] {
  if (o.onTop) return [];
  const first = firstDay(plan);
  if (first === null) return [];
  // A year before the option's own years that it covers all the same, from no later than the plan
  // would, is not given up: 海南's newborn enrolled in time for the next year alone is covered from
  // birth in the birth year too (X1 cross-year cover). A start date says nothing of later years:
  // cover from a 2026 payment ends with 2026.
  const own = surelyCoveredFrom(o.restoration);
  const firstOwn = Math.min(...o.years);
  const excused = (y: number) => y < firstOwn && own !== null && own <= (first > `${y}-01-01` ? first : `${y}-01-01`);
  return payment.years.filter((y) => !o.years.includes(y) && first <= `${y}-12-31` && !excused(y));
}

/** Whether two restorations tell the person the same thing (same dates, same no-cover year). */
export function sameRestoration(a: Restoration, b: Restoration): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'date':
      return a.date === (b as typeof a).date;
    case 'needsNextYear':
      return a.date === (b as typeof a).date && a.year === (b as typeof a).year;
    case 'noCover':
      return a.year === (b as typeof a).year;
    case 'range': {
      const r = b as typeof a;
      return a.earliest === r.earliest && a.latest === r.latest && a.noCoverPossible === r.noCoverPossible;
    }
  }
}

/**
 * sameRestoration, and for ranges the same days in between too: the same span is not the same
 * answer to an option, as paying earlier can bring the day forward in some regions (常州 covers
 * from the day after payment, E1) while the earliest and latest stay.
 */
function sameDays(a: Restoration, b: Restoration): boolean {
  if (!sameRestoration(a, b)) return false;
  if (a.kind !== 'range' || b.kind !== 'range') return true;
  const days = (x: typeof a) => x.outcomes.map((o) => (o.restoration.kind === 'noCover' ? `noCover:${o.restoration.year}` : `${o.restoration.kind}:${o.restoration.date}`)).sort().join();
  return days(a) === days(b);
}

/** `gapPay`: the option back-pays the gap where the plan does not ('backPay'), or leaves out the plan's back-payment ('noBackPay'). */
function pushEmployee(options: OptionResult[], kind: OptionResult['kind'], variant: EmployeePayment, extra: number, restoration: Restoration | null, gapPay: 'backPay' | 'noBackPay' | null = null): void {
  if (!restoration) return;
  // The flags only where they hold, set after building (a conditional spread of them is slow).
  const option: OptionResult = { kind, paymentDate: variant.date, years: [], repairYears: 0, restoration, extraPremiumYears: extra, extraCostYuan: null, costYuan: null, sameAsPlan: false };
  if (gapPay === 'backPay') option.backPay = true;
  if (gapPay === 'noBackPay') option.noBackPay = true;
  options.push(option);
}

/**
 * Whether `a` gives cover sooner than `b`: no later at either end of its range (first and last
 * possible day; a single date is both) and earlier at one of them, or `b` gives none.
 */
function sooner(a: Restoration, b: Restoration | null): boolean {
  const first = firstDay(a);
  if (first === null) return false;
  const otherFirst = b ? firstDay(b) : null;
  if (b === null || otherFirst === null) return true;
  const last = lastDay(a);
  const otherLast = lastDay(b);
  return first <= otherFirst && last <= otherLast && (first < otherFirst || last < otherLast);
}

/** The months of an employee-scheme gap (E4), or 0. */
export function gapMonths(e: EnrolmentResult): number {
  return e.lapse && 'count' in e.lapse ? e.lapse.count : 0;
}

/**
 * Whether the rules themselves leave a back-payment of a `gap`-month gap without effect in `year`:
 * a gap longer than S5's limit (E3: the region's wait, back-paid or not), or past the first tier of
 * tiers the chain pins (E3a, 武汉: month gap + 1 beyond 「三个月（含办理当月）内」). Within the limit
 * the rules tie the date to the back-payment (E1, E2) or leave it to the region with no variant
 * known to read it (E2 without the two years: the 'ordinary' variant is an interpretation), so two
 * runs giving the same days there prove nothing a person should act on.
 */
function backPayBuysNothing(chain: PackChain, gap: number, year: number): boolean {
  if (chain.isRegional('employee.noWaitGapMonths', year)) return false;
  if (gap > chain.get('employee.noWaitGapMonths', year).value) return true;
  if (chain.isRegional('flexible.afterEmployer', year)) return false;
  const tiers = chain.find('flexible.afterEmployer', year)?.value;
  return tiers !== null && tiers !== undefined && gap + 1 > tiers.gapCoveredWithinMonths;
}

/**
 * A flexible worker's planned back-payment that buys nothing on `date`: the missed months change
 * the restoration only where the gap is short enough (E1 and E2: up to 3 months; 武汉's tiers, E3a:
 * paid within the 3rd month since the employer stopped). After a longer gap the region's wait
 * applies whether or not they are back-paid (E3; E3a from the 4th month: 「从缴费的次月起」, then
 * the 7th month), so the same payment without them gives the same days for fewer months. Told by
 * running both, not by counting months, so each region's own rule decides (a range must match day
 * for day). Only the flexible worker's own payment: in the employer-paid scheme the back-payment is
 * the employer's, not the person's to leave out. `gapThen`: the months missed before `date` (E4).
 */
function withoutBackPay(chain: PackChain, payment: EmployeePayment, date: string, gapThen: number, withIt: Restoration | null, runner: Runner): { variant: EmployeePayment; restoration: Restoration } | null {
  if (payment.scheme !== 'flexible' || !payment.backPay || payment.status !== 'planned' || gapThen <= 0 || !withIt || !backPayBuysNothing(chain, gapThen, Number(date.slice(0, 4)))) return null;
  const variant = employeeVariant(payment, { date, backPay: false });
  const restoration = runner.run(variant);
  return restoration && sameDays(restoration, withIt) ? { variant, restoration } : null;
}

function employeeOptions(scenario: Scenario, chain: PackChain, payment: EmployeePayment, gap: number, runner: Runner, plan: Restoration | null): OptionResult[] {
  const options: OptionResult[] = [];
  if (!payment.backPay && gap > 0) {
    const variant = employeeVariant(payment, { backPay: true });
    pushEmployee(options, 'backPay', variant, gap, runner.run(variant));
  }
  // The plan's back-payment buys nothing (E3, E3a): the same payment without it, the gap's months saved.
  const planWithout = withoutBackPay(chain, payment, payment.date, gap, plan, runner);
  if (planWithout) pushEmployee(options, 'noBackPay', planWithout.variant, -gap, planWithout.restoration, 'noBackPay');
  if (payment.status === 'planned' && payment.date !== scenario.asOf) {
    const variant = employeeVariant(payment, { date: scenario.asOf });
    // Contributions run monthly from the month paid (R1c has no employee-scheme amounts, so the
    // cost is said in months): without back-pay, paying today starts them that many months
    // earlier; a back-payment pays the months up to the plan either way.
    const monthsEarlier = Math.max(0, monthIndex(monthOf(payment.date)) - monthIndex(monthOf(scenario.asOf)));
    const earlier = payment.backPay ? 0 : monthsEarlier;
    const plain = runner.run(variant);
    // A plan that back-pays, paid today: where back-paying buys nothing today either (武汉, cover
    // to May 2026, back-paying on 15 December in the 7th month, from 1 June 2027; paid on 1 October,
    // the 5th month, from 1 November with or without June to September), it is left out, and the
    // option pays from today's month: the months before it, which the plan back-pays, are saved.
    // In the plan's own month the option saving them is the one above.
    const gapToday = gap - monthsEarlier;
    const todayWithout = monthsEarlier > 0 ? withoutBackPay(chain, payment, scenario.asOf, gapToday, plain, runner) : null;
    if (todayWithout) pushEmployee(options, 'payToday', todayWithout.variant, -gapToday, todayWithout.restoration, 'noBackPay');
    else pushEmployee(options, 'payToday', variant, earlier, plain);
    // E1, E4: paying in an earlier month shortens the gap, and a gap too long to back-pay on the
    // plan's date (over 3 months) may be short enough today. Where back-paying today gives cover
    // sooner than paying today without, that is a choice of its own, costing every month from the
    // gap's first to the plan's (the months paid earlier and the missed months back-paid). In the
    // plan's own month it is the back-payment option above, so it is not offered twice.
    if (!payment.backPay && earlier > 0 && gap > earlier) {
      const withBackPay = employeeVariant(variant, { backPay: true });
      const backPaid = runner.run(withBackPay);
      if (backPaid && sooner(backPaid, plain)) pushEmployee(options, 'payToday', withBackPay, gap, backPaid, 'backPay');
    }
  }
  return options;
}

/**
 * A plan that buys no cover without the next year (needsNextYear: the headline says to pay that
 * year too, and gives the day): the option of paying that year alone is left out where it starts
 * no earlier than the plan with that year added, for no less money. 武汉, a baby born in March
 * 2026 registered in December: 2026 is free and its cover would start in January, so 2026 + 2027
 * covers from 1 Jan 2027; 2027 alone costs the same and waits until April (a lapse year before it).
 * Where it saves a premium (an adult's ¥400 for 2026), it stays: a real choice.
 */
function dropBeatenNextYearAlone(options: OptionResult[], prices: OptionPrices, payment: ResidentPayment, plan: Extract<Restoration, { kind: 'needsNextYear' }>, runner: Runner): void {
  const at = options.findIndex((o) => o.kind === 'nextWindow' && o.years.length === 1 && o.years[0] === plan.year);
  const alone = options[at];
  if (!alone || payment.years.includes(plan.year)) return;
  const withNext = residentVariant(payment, { years: [...payment.years, plan.year] });
  // The costs first: they need no run (a run explores every regional value).
  const aloneVariant = residentVariant(payment, { date: alone.paymentDate, years: alone.years, repairYears: alone.repairYears });
  const cheaper = prices.premiumYears(aloneVariant) < prices.premiumYears(withNext) || (alone.costYuan !== null && (prices.payment(withNext) ?? Infinity) > alone.costYuan);
  if (cheaper) return;
  const both = runner.run(withNext);
  const sure = both ? surelyCoveredFrom(both) : null;
  // No cover at all from the year alone counts as no earlier.
  const aloneFirst = firstDay(alone.restoration);
  if (sure === null || (aloneFirst !== null && aloneFirst < sure)) return;
  options.splice(at, 1);
}

/**
 * For each option that pays the plan's own years, the first later year it covers sooner than the
 * plan in every region: no later at either end of the span, earlier at one (laterYearSooner).
 */
function laterYearsCompared(options: OptionResult[], payment: ResidentPayment, runner: Runner): void {
  if (!runner.coverFrom) return;
  const later = [...payment.years].sort((a, b) => a - b).slice(1);
  const planFrom = new Map<number, DaySpan | null>();
  for (const o of options) {
    if (o.onTop || o.years.join() !== payment.years.join()) continue;
    const variant = residentVariant(payment, { date: o.paymentDate, years: o.years, repairYears: o.repairYears });
    for (const year of later) {
      if (!planFrom.has(year)) planFrom.set(year, runner.coverFrom(payment, year));
      const plan = planFrom.get(year) ?? null;
      const from = runner.coverFrom(variant, year);
      if (plan === null || from === null) continue;
      if (from.earliest <= plan.earliest && from.latest <= plan.latest && (from.earliest < plan.earliest || from.latest < plan.latest)) {
        o.laterYearSooner = { year, from, plan };
        break;
      }
    }
  }
}

/**
 * X1: a newborn's plan covered from birth pays the birth year (or years) only; the next benefit year
 * is then unpaid, or covered only where the region extends a newborn's cover (海南, 兵团): the
 * headline can give only a range for the end of cover. The same plan with that year added, on the
 * plan's own day, covers it in every region, from 1 January where paid in its window (福建, born
 * 20 Oct 2026, 2026 planned on 7 Dec: 2027 from 1 Jan 2027). Offered only where that day is no
 * earlier than the earliest known start of that year's window, where the plan alone does not
 * cover the year in every region, and where the birth stays the first covered day.
 */
function addNextYearOption(chain: PackChain, prices: OptionPrices, payment: ResidentPayment, plan: Restoration, runner: Runner): OptionResult | null {
  if (payment.status !== 'planned' || payment.years.length === 0 || !runner.coverFrom) return null;
  const year = Math.max(...payment.years) + 1;
  if (year > chain.years.to || windowStart(chain, year).date > payment.date) return null;
  // The plan alone covers that year everywhere: adding it buys nothing.
  if (runner.coverFrom(payment, year) !== null) return null;
  const variant = residentVariant(payment, { years: [...payment.years, year] });
  const restoration = runner.run(variant);
  const from = restoration && sameDays(restoration, plan) ? runner.coverFrom(variant, year) : null;
  if (!restoration || !from) return null;
  const costYuan = prices.payment(variant);
  const planned = prices.plan(payment);
  const extraYears = prices.premiumYears(variant) - planned.premiumYears;
  return {
    kind: 'nextWindow',
    paymentDate: payment.date,
    years: variant.years,
    repairYears: variant.repairYears,
    restoration,
    extraPremiumYears: extraYears,
    extraCostYuan: prices.extra(variant, planned, extraYears, costYuan),
    costYuan,
    sameAsPlan: false,
    addsNextYear: { year, from, windowOpen: windowKnownOpen(chain, year, payment.date) },
  };
}

/**
 * R1c: each option that pays a year of the plan's before the day this person's full premium starts,
 * where the plan pays it on or after that day (湖南 2026: the personal contribution to 31 January,
 * then the full ¥1,100, P-HN1; 青海 2026: ¥400 to 30 June, then ¥1,100, P-QH1), is marked: paying
 * then avoids the full premium, which its cost alone does not say where the packs do not know the
 * personal amount (湖南: "the amount may differ"). The day is this person's (fullPremiumStart), as
 * the warning gives it.
 */
function markFullPremiumAvoided(options: OptionResult[], scenario: Scenario, chain: PackChain, payment: ResidentPayment, runner: Runner): void {
  const memo = new Map<number, IsoDate | null>();
  for (const o of options) {
    // Only an earlier payment can come before the day the plan's year turns full.
    if (o.onTop || o.paymentDate >= payment.date) continue;
    for (const year of o.years) {
      if (!payment.years.includes(year)) continue;
      const from = fullPremiumStart(scenario, chain, year, runner, payment, o, memo);
      if (from === null || o.paymentDate >= from || payment.date < from) continue;
      const fullYuan = chain.get('resident.premium', year).value?.full?.yuan;
      if (fullYuan !== undefined) o.fullPremiumAvoided = { year, lastDay: addDays(from, -1), fullYuan };
      break;
    }
  }
}

/**
 * The options worth showing. `reach`: the repair years that could shorten the wait (R5) and the
 * gap months a back-payment could cover (E1); under regional values, the most any run allows, and
 * `runs`, each run of the plan's last payment (which repair years help in which regions).
 * `own`: the restoration of the person's own plan where the caller has it already (the main
 * run's); otherwise the runner runs the plan again.
 */
export function computeOptions(scenario: Scenario, chain: PackChain, runner: Runner, reach: { useful: number; gap: number; runs?: readonly PlanRun[] }, own?: Restoration): OptionResult[] {
  const payment = scenario.payments.at(-1);
  if (!payment) return [];
  const prices = new OptionPrices(chain, scenario, runner);
  // The person's own plan (the main run's answer, or run here as the variants are), so each
  // option can say whether it changes the date at all (five more months of contributions for
  // the same range is no gain). The main run's answer has the same dates as a variant run of
  // the plan: only the conditions listed for a range can differ, and sameRestoration and the
  // follow-up read the dates.
  const plan = own ?? runner.run(payment);
  const options = payment.scheme === 'resident' ? residentOptions(scenario, chain, prices, payment, reach.useful, runner, reach.runs) : employeeOptions(scenario, chain, payment, reach.gap, runner, plan);
  const birth = scenario.circumstances.birthDate;
  // X1: the plan enrols a newborn in time, covered from birth (in some regions at least).
  const fromBirth = payment.scheme === 'resident' && plan !== null && birth !== undefined && firstDay(plan) === birth;
  // Such a payment that also pays the next year: an option's first day is the birth all the same,
  // but that year's start may move (resident.ts newbornBirthYearOnly), which the dates compared
  // here do not show; "the same as your plan" would not be known.
  const laterYearsUnseen = fromBirth && payment.scheme === 'resident' && payment.years.length > 1;
  if (plan && !laterYearsUnseen) for (const o of options) o.sameAsPlan = sameDays(o.restoration, plan);
  // Those later years compared as they are: paying in the next year's window can cover it from
  // 1 January where the plan, paid after it, waits (青岛, a baby born in October, 2026 and 2027 paid
  // in January: 2027 from a day up to 13 April, or from 1 January if paid today).
  if (laterYearsUnseen && payment.scheme === 'resident') laterYearsCompared(options, payment, runner);
  if (payment.scheme === 'resident' && plan) {
    for (let i = options.length - 1; i >= 0; i--) {
      const o = options[i] as OptionResult;
      const lost = yearsGivenUp(o, payment, plan);
      if (lost.length === 0) continue;
      // Such a newborn is not offered to skip the birth year (uncovered from birth to the year's
      // end, to save one premium), nor the first year paid, where its enrolment is what covers
      // the birth year (海南, 兵团: the next year's, within the newborn period); any other option
      // that drops a covered year says so.
      if (fromBirth && (lost.includes(yearOf(birth as string)) || lost.includes(Math.min(...payment.years)))) options.splice(i, 1);
      else o.givesUpYears = lost;
    }
  }
  if (payment.scheme === 'resident' && plan?.kind === 'needsNextYear' && payment.status === 'planned') dropBeatenNextYearAlone(options, prices, payment, plan, runner);
  // After the same-as-plan marks: its first day is the plan's, its gain the year it adds.
  if (fromBirth && payment.scheme === 'resident' && plan) {
    const withNext = addNextYearOption(chain, prices, payment, plan, runner);
    if (withNext) options.push(withNext);
  }
  if (payment.scheme === 'resident' && payment.status === 'planned') markFullPremiumAvoided(options, scenario, chain, payment, runner);
  if (payment.scheme === 'resident') {
    const followUp = followUpOption(scenario, chain, prices, payment, plan, runner);
    if (followUp && !options.some((o) => o.kind === 'nextWindow' && o.paymentDate === followUp.paymentDate && o.years.join() === followUp.years.join())) options.push(followUp);
  }
  return options;
}
