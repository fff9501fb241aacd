// The calculator's public entry: the only module the rest of the app imports from src/calc.
export { calculate } from './calculate';
export { sameRestoration } from './options';
export { COVER_START_WARNINGS, warningFactKey } from './explore-payments';
export { repairYearsReach, usefulRepairYears } from './useful-repair';
export type { RepairReach } from './useful-repair';
export { enrolmentWindow } from './enrolment-window';
export { parseScenario, validateScenario } from './validate';
export { migrateScenario, OLDEST_SCENARIO_VERSION, type MigrateOutcome } from './migrate-scenario';
export { checkAgainstBaseline, parseRulePack, PackChain } from './rule-pack';
export { lastKnownWindow, windowYears, type KnownWindow } from './freshness';
export { scenarioSchema, SCENARIO_VERSION, isoDateSchema, isoMonthSchema } from './scenario-schema';
export type { Scenario, Payment, ResidentPayment, EmployeePayment, Scheme, YearCover, Circumstances, CriticalIllnessInput, EmployeePeriod } from './scenario-schema';
export { rulePackSchema, PACK_SCHEMA_VERSION } from './pack-schema';
export type { RulePack, Source, ParamKey, Grade, ExemptGroup, PremiumTier } from './pack-schema';
export { exemptGroupSchema, premiumTierSchema } from './pack-schema';
export type * from './result';
export type { IsoDate, IsoMonth } from './dates';
export { addDays, addMonths, daysBetween, endOfYear, isIsoDate, isIsoMonth, startOfYear, toDayNumber, yearOf } from './dates';
