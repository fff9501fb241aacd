// Who pays is decided once (src/features/payer.ts): the wizard's payment step and the result
// read the same answers the same way, so the step named "Your child's enrolment" leads to a
// result that says "once your child is enrolled", and "The contributions" to "once the
// contributions are paid".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PackChain } from '../../src/calc';
import { payerContext, payerOf } from '../../src/features/payer';
import { payerOfResult } from '../../src/features/result/payer-words';
import { answersPayer } from '../../src/features/wizard/payment-payer';
import { defaultAnswers, noCircumstances } from '../../src/features/wizard/answers';
import type { Answers } from '../../src/features/wizard/answers';
import { toScenario } from '../../src/features/wizard/to-scenario';
import { chainFor, runShipped } from '../fixtures/packs';

const TODAY = '2026-11-15';

function answers(patch: Partial<Answers>): Answers {
  return { ...defaultAnswers(TODAY), ...patch };
}

/** The payer the wizard names the step for, and the one the result speaks for. */
function bothPayers(a: Answers) {
  const packs = chainFor(a.region);
  return { step: answersPayer(a, TODAY, new PackChain(packs)), result: payerOfResult(runShipped(toScenario(a, TODAY), packs)) };
}

describe('who pays', () => {
  it('the employer for the employee scheme, nobody for a resident child\'s free enrolment, else the person', () => {
    expect(payerOf('employee')).toBe('employer');
    expect(payerOf('employee', true)).toBe('employer');
    expect(payerOf('flexible', true)).toBe('self');
    expect(payerOf('resident')).toBe('self');
    expect(payerOf('resident', true)).toBe('enrol');
    expect([payerContext('self'), payerContext('employer'), payerContext('enrol')]).toEqual([{}, { context: 'employer' }, { context: 'enrol' }]);
  });

  it('the wizard step and the result agree: a 武汉 newborn enrolled for the year of birth alone, an employee, a flexible worker', () => {
    const born = { ...noCircumstances(), newborn: true, birthDate: '2026-08-01' };
    const enrol = answers({ region: 'hubei-wuhan', payment: { status: 'planned', date: '2026-11-20', years: [2026], repairYears: 0, backPay: true }, circumstances: born });
    expect(bothPayers(enrol)).toEqual({ step: 'enrol', result: 'enrol' });
    const months = { ...defaultAnswers(TODAY).history, employeeLastMonth: '2026-08' };
    const planned = { status: 'planned' as const, date: '2026-11-20', years: [], repairYears: 0, backPay: true };
    expect(bothPayers(answers({ scheme: 'employee', history: months, payment: planned }))).toEqual({ step: 'employer', result: 'employer' });
    expect(bothPayers(answers({ scheme: 'flexible', history: months, payment: planned }))).toEqual({ step: 'self', result: 'self' });
  });

  it('is a module the wizard can load without the result: it imports types only', () => {
    const source = readFileSync(join(import.meta.dirname, '../../src/features/payer.ts'), 'utf8');
    const imports = source.split('\n').filter((line) => line.startsWith('import '));
    expect(imports.every((line) => line.startsWith('import type '))).toBe(true);
  });
});
