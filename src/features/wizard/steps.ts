// The wizard as a list of steps; screens get data and onNext/onBack, never each other.
// 'start' is the app's start page (no form); the widget opens on 'where' instead.
export const STEP_IDS = ['start', 'where', 'history', 'payment', 'circumstances', 'check', 'result'] as const;
export type StepId = (typeof STEP_IDS)[number];

/** The steps with a form: what the progress indicator counts, and what a shared scenario completes. */
export const FORM_STEPS = ['where', 'history', 'payment', 'circumstances', 'check'] as const satisfies readonly StepId[];
export type FormStepId = (typeof FORM_STEPS)[number];

export function nextStep(step: StepId): StepId {
  return STEP_IDS[Math.min(STEP_IDS.indexOf(step) + 1, STEP_IDS.length - 1)] as StepId;
}

export function previousStep(step: StepId): StepId {
  return STEP_IDS[Math.max(STEP_IDS.indexOf(step) - 1, 0)] as StepId;
}
