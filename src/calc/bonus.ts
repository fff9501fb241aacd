// B1-B4: the critical-illness payment cap uplift for continuity and for no-claim years.
import type { Coverage } from './coverage';
import type { BonusEstimate } from './result';
import { PerChainYear } from './per-chain-year';
import type { PackChain } from './rule-pack';
import type { CriticalIllnessInput } from './scenario-schema';
import type { Trace } from './trace';

/**
 * The values B1-B4 always read, looked up once per chain and year rather than per calculation.
 * The two regions set apart (B2's next year paid, B4's cut) are asked only where they decide
 * something: B2's is regional under the national rules (§8), and asking it regardless would
 * split every estimate on a rule that changes nothing; B4's cut is asked only with lapse years.
 */
const bonusParams = new PerChainYear((chain: PackChain, year: number) => ({
  stepP: chain.get('bonus.stepYuan', year),
  minimumP: chain.get('bonus.stepIsMinimum', year),
  qualifyP: chain.get('bonus.qualifyYears', year),
  ratioP: chain.get('bonus.capRatio', year),
  capP: chain.get('bonus.capYuan', year),
  fromP: chain.get('bonus.countFromYear', year),
  carryP: chain.get('bonus.noClaimCarryOver', year),
  employeeP: chain.get('resident.employeeYearsCountAsCovered', year),
}));

/**
 * B1-B4 for benefit year `year`: the critical-illness payment cap uplift (yuan) earned by the
 * resident cover in `coverage` and the no-claim / bonus-used years in `input`, with B3's limit and
 * B4's lapse cut; steps and notes go to `trace`. Never throws for a chain that passed
 * parseRulePack (every bonus value is in the national baseline).
 */
export function bonusEstimate(chain: PackChain, coverage: Coverage, input: CriticalIllnessInput, year: number, trace: Trace): BonusEstimate {
  const { stepP, minimumP, qualifyP, ratioP, capP, fromP, carryP, employeeP } = bonusParams.get(chain, year);
  // B2 (山东, 云南, 西藏): a no-claim year counts only with the next year paid; asked where a no-claim year is followed by a lapse.
  // Cited in B2's step once asked: under the national rules it is one region's answer, and the step says so.
  let nextPaidP: ReturnType<PackChain['get']> | undefined;
  const needsNextPaid = () => (nextPaidP ??= chain.get('bonus.noClaimRequiresNextYearPaid', year)).value;
  const step = stepP.value;
  // A few years each: searching the lists is cheaper than building sets.
  const noClaim = input.noClaimYears;
  const used = input.bonusUsedYears;

  let run = 0;
  let continuityYuan = 0;
  let noClaimYuan = 0;
  let lapsed = false;
  let lapseYears = 0;
  // B4 (S1): the last use of the bonus that cleared a no-claim amount, said in the trace, or a
  // person who ticked no-claim years reads a step of ¥1,000 a year and a total of ¥0 unexplained.
  let cleared: { usedYear: number; clearedYuan: number } | null = null;
  // B2: no-claim years that earn nothing because the next year has no cover (where the rules ask for it).
  const lostNoClaim: number[] = [];
  // A year is a lapse year only after some cover (断保): cover before the years counted counts too
  // (insured in 2024, nothing in 2025: 2025 is a lapse year).
  let everCovered = coverage.coveredBefore(fromP.value);
  for (let y = fromP.value; y <= year; y++) {
    if (!coverage.residentCovered(y)) {
      if (employeeP.value && coverage.employeeCovered(y)) {
        // I2: a year in the employee scheme is no lapse year, so it is not cut (B4); B1 counts
        // consecutive years in the resident scheme, so the count starts again after it.
        everCovered = true;
      } else {
        // B4: the consecutive count restarts; what was earned is kept.
        if (run > 0) lapsed = true;
        if (everCovered) lapseYears++;
      }
      run = 0;
      // B2 where the next year need not be paid: a no-claim year still counts when the next one lapses.
      if (noClaim.includes(y - 1) && coverage.residentCovered(y - 1)) {
        if (!needsNextPaid()) noClaimYuan += step;
        // Said on the estimate, not only in the trace: a ticked year that earns ¥0 unexplained reads as ignored.
        else lostNoClaim.push(y - 1);
      }
      continue;
    }
    everCovered = true;
    run++;
    if (run > qualifyP.value) continuityYuan += step; // B1
    if (noClaim.includes(y - 1) && coverage.residentCovered(y - 1)) noClaimYuan += step; // B2 (山东, 云南, 西藏: the next year paid)
    // B4: using the bonus clears the no-claim part
    if (used.includes(y) && y < year && noClaimYuan > 0) {
      cleared = { usedYear: y, clearedYuan: noClaimYuan };
      noClaimYuan = 0;
    }
  }

  const limit = Math.min(ratioP.value * input.originalCapYuan, capP.value ?? Infinity);
  const total = continuityYuan + noClaimYuan;
  const upliftYuan = Math.min(total, limit);
  // B4: a cut per lapse year where the region states one, within the same 20% limit; else "may be lowered".
  const cutP = lapseYears > 0 ? chain.get('bonus.lapseCapCutPerYear', year) : null;
  const cutYuan = cutP && cutP.value !== null ? Math.min(cutP.value * lapseYears, ratioP.value * input.originalCapYuan) : lapseYears > 0 ? null : 0;
  trace.add('B1', 'continuity', { consecutiveYears: run, qualifyYears: qualifyP.value, stepYuan: step, continuityYuan }, [stepP, qualifyP, fromP]);
  // Where the next year had to be paid, the step says so: "where the next year is paid normally".
  trace.add('B2', nextPaidP?.value ? 'noClaimNextPaid' : 'noClaim', { stepYuan: step, noClaimYuan }, nextPaidP ? [stepP, nextPaidP] : [stepP]);
  // Said under the no-claim bonus it explains (B4 states the rule, S1), not under "after a lapse".
  if (cleared) trace.add('B2', 'usedClears', cleared);
  trace.add('B3', total > limit ? 'capped' : 'withinCap', { limitYuan: limit, ratio: ratioP.value, capYuan: capP.value, upliftYuan }, [ratioP, capP]);
  // A lapse restarts the count, also one after cover before the years counted (then `run` never saw it).
  if (lapsed || lapseYears > 0) trace.add('B4', 'lapseRestart', { consecutiveYears: run });
  if (cutYuan === null) trace.note('B4.capReduction', 'unconfirmed', 'B4', 'bonus');
  if (cutP && cutYuan !== null && cutYuan > 0) trace.add('B4', 'lapseCut', { lapseYears, perYearYuan: cutP.value, cutYuan }, [cutP, ratioP]);
  if (carryP.value) trace.add('B2', 'carryOver', {}, [carryP]);
  trace.note('B.countFromYear', 'unconfirmed', 'B1', 'bonus', { value: fromP.value });
  if (minimumP.value) trace.note('B.stepMinimum', 'regional', 'B1', 'bonus', { stepYuan: step });

  return {
    year,
    continuityYuan,
    noClaimYuan,
    upliftYuan,
    capped: total > limit,
    originalCapYuan: input.originalCapYuan,
    capWithBonusYuan: input.originalCapYuan + upliftYuan - (cutYuan ?? 0),
    lapseYears,
    lapseCutYuan: cutYuan,
    noClaimNeedsNextYear: { years: lostNoClaim, regional: nextPaidP?.variant ?? false },
    consecutiveYears: run,
    stepYuan: step,
    stepIsMinimum: minimumP.value,
  };
}
