// A share link holding the draft's own answers (the person's link opened again) is told apart
// from one holding other answers, whatever the draft carries that the scenario does not.
import { describe, expect, it } from 'vitest';
import { answersWith, draftAt } from '../components/wizard/harness';
import { draftHoldsScenario } from '../../src/features/wizard/same-answers';
import { toScenario } from '../../src/features/wizard/to-scenario';
import { FORM_STEPS } from '../../src/features/wizard/steps';
import { decodeShare, encodeShare } from '../../src/features/result/share-link';

const answers = answersWith({ region: 'fujian', payment: { status: 'made', date: '2026-03-01', years: [2026], repairYears: 0, backPay: true } }, { 2024: 'resident' });
const link = () => {
  const decoded = decodeShare(encodeShare(toScenario(answers, '2026-11-15')));
  if (decoded.kind !== 'ok') throw new Error('the link does not decode');
  return decoded.scenario;
};

describe('draftHoldsScenario', () => {
  it('is true for the draft the link was made from, through encoding and decoding', () => {
    expect(draftHoldsScenario(draftAt('result', answers, [...FORM_STEPS]), link())).toBe(true);
  });
  it('is false for other answers, and for a draft not answered to the end', () => {
    const other = { ...answers, payment: { ...answers.payment, date: '2026-03-02' } };
    expect(draftHoldsScenario(draftAt('result', other, [...FORM_STEPS]), link())).toBe(false);
    expect(draftHoldsScenario(draftAt('payment', answers, ['where', 'history']), link())).toBe(false);
  });
});
