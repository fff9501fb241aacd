// Copies of a payment with some fields changed, for the what-if options and the split of a
// multi-year payment. Built field by field, not with an object spread: V8's spread copy was a
// measurable share of the calculator's time in these hot paths (bench A/B), and listing the
// fields keeps every copy the same shape as readScenario's.
import type { EmployeePayment, ResidentPayment } from './scenario-schema';

/** `payment` with the given fields replaced (dates ISO, years benefit years, repairYears years). */
export function residentVariant(payment: ResidentPayment, change: Partial<Pick<ResidentPayment, 'date' | 'years' | 'repairYears'>>): ResidentPayment {
  return { date: change.date ?? payment.date, status: payment.status, scheme: 'resident', years: change.years ?? payment.years, repairYears: change.repairYears ?? payment.repairYears };
}

/** `payment` with the given fields replaced (date ISO). */
export function employeeVariant(payment: EmployeePayment, change: Partial<Pick<EmployeePayment, 'date' | 'backPay'>>): EmployeePayment {
  return { date: change.date ?? payment.date, status: payment.status, scheme: payment.scheme, backPay: change.backPay ?? payment.backPay };
}
