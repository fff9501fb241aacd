// The stored answers checked again with each step's own form checks, for the check page: a
// change on one step can leave another step's answer missing or wrong (a new scheme's "last month
// paid", a group's date another region asks for), and the calculator's checks cannot see an
// answer that is simply absent. Pure; messages are the steps' own (step-forms.ts errorMessage).
import { birthYearOf, employeeMonthsPaidTo } from './answers';
import type { Answers } from './answers';
import type { QuestionRelevance } from './question-relevance';
import {
  birthDateOf,
  circumstancesContext,
  circumstancesSchema,
  circumstancesValues,
  historySchema,
  historyValues,
  paymentSchema,
  paymentValues,
} from './step-forms';
import type { RevisitStep } from './step-dependencies';

export interface AnswerProblem {
  step: RevisitStep;
  /** An error message as the step's form gives it (an i18n key, maybe with parameters). */
  message: string;
}

export interface AnswerProblemsContext {
  today: string;
  /** The benefit years the region's rules cover; null while unknown. */
  packYears: { from: number; to: number } | null;
  /** What the region's rules can use; null while they load (the regional questions then wait). */
  relevance: QuestionRelevance | null;
  /** The first day the region's rules take a payment for a year (historySchema); absent while unknown. */
  takenFrom?: ((year: number) => string | null) | null;
  /** The payment is a free birth year's enrolment (enrolmentOnly): its date's problems are said of the enrolment, as on the payment step. */
  enrolOnly?: boolean;
}

function messages(outcome: { success: boolean; error?: { issues: readonly { message: string }[] } | undefined }): string[] {
  return outcome.success ? [] : [...new Set((outcome.error?.issues ?? []).map((i) => i.message))];
}

/** Every answer a step's form would refuse as it is stored now, by step, in the wizard's order. */
export function answerProblems(a: Answers, { today, packYears, relevance, takenFrom = null, enrolOnly = false }: AnswerProblemsContext): AnswerProblem[] {
  const scheme = a.scheme;
  const history = messages(historySchema({ scheme, today, takenFrom }).safeParse(historyValues(a, today)));
  // Repair usefulness is the payment step's own question (it needs the calculator): not asked again here.
  const payment = messages(
    paymentSchema({ today, scheme, usefulRepair: null, lastPaidMonth: employeeMonthsPaidTo(a), packYears, birthYear: birthYearOf(a.circumstances), birthDate: birthDateOf(a), takenFrom, enrolOnly }).safeParse(paymentValues(a)),
  );
  const circumstances = messages(circumstancesSchema(circumstancesContext(a, today, relevance)).safeParse(circumstancesValues(a)));
  return [
    ...history.map((message) => ({ step: 'history' as const, message })),
    ...payment.map((message) => ({ step: 'payment' as const, message })),
    ...circumstances.map((message) => ({ step: 'circumstances' as const, message })),
  ];
}
