// R3-R6: how many months the resident waiting period lasts. Pure arithmetic on numbers
// the caller read from the pack, so the invariants can be property-tested directly.

export interface WaitingInputs {
  lapseYears: number; // N
  outsideWindow: boolean;
  repairYears: number;
  fixedMonths: number; // 3 (S1)
  variablePerYear: number; // 1 (S1)
  reading: 'additionalYears' | 'everyYear';
  repairMonthsPerYear: number; // 1 (S1)
  floorTriggerYears: number; // 4 (S1)
  floorMonths: number; // 6 (S1)
}

export interface WaitingMonths {
  fixed: number;
  variableBeforeRepair: number;
  variable: number;
  repairRemoved: number;
  total: number;
  floorApplies: boolean;
  usefulRepairYears: number;
}

export function waitingMonths(i: WaitingInputs): WaitingMonths {
  const lapsed = i.lapseYears >= 1;
  // R3: one fixed period per enrolment, whichever trigger (late payment, lapse) applies.
  const fixed = lapsed || i.outsideWindow ? i.fixedMonths : 0;
  // R4: "每多断保1年" read as each year beyond the first (default) or every year (Hohhot).
  const countedYears = i.reading === 'additionalYears' ? Math.max(i.lapseYears - 1, 0) : i.lapseYears;
  const variableBeforeRepair = lapsed ? countedYears * i.variablePerYear : 0;
  // R5: after repair, fixed + variable may not fall below the floor for long lapses.
  const floorApplies = i.lapseYears >= i.floorTriggerYears;
  const minVariable = floorApplies ? Math.max(0, i.floorMonths - fixed) : 0;
  const removable = Math.max(0, variableBeforeRepair - minVariable);
  const perYear = Math.max(i.repairMonthsPerYear, 0);
  const usefulRepairYears = perYear === 0 ? 0 : Math.ceil(removable / perYear);
  const repairRemoved = Math.min(removable, i.repairYears * perYear);
  const variable = variableBeforeRepair - repairRemoved;
  return { fixed, variableBeforeRepair, variable, repairRemoved, total: fixed + variable, floorApplies, usefulRepairYears };
}
