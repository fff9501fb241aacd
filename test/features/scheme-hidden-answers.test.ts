// Answers to the resident-scheme questions (newborn, exempt groups, university entrant, premium
// tier, the bonus) are kept while the employee schemes do not ask them, for a switch back; the
// calculator is not given them meanwhile.
import { describe, expect, it } from 'vitest';
import { defaultAnswers, noCircumstances } from '../../src/features/wizard/answers';
import type { Answers } from '../../src/features/wizard/answers';
import { questionRelevance } from '../../src/features/wizard/question-relevance';
import { regionalToAnswers, regionalValues } from '../../src/features/wizard/regional-form';
import { toScenario } from '../../src/features/wizard/to-scenario';
import { chainFor } from '../fixtures/packs';

const relevance = questionRelevance(chainFor('national'), [2026]);
const c: Answers['circumstances'] = { ...noCircumstances(), exemptGroup: 'medicalAid', universityEntrant: true, premiumTier: 'studentChild' };

describe('answers the scheme does not ask', () => {
  it('are kept for the employee schemes', () => {
    for (const scheme of ['employee', 'flexible'] as const) {
      expect(regionalToAnswers(regionalValues(c), { scheme, newborn: false, birthDate: '', relevance })).toMatchObject({ exemptGroup: 'medicalAid', universityEntrant: true, premiumTier: 'studentChild' });
    }
  });

  it('the move between cities is kept for the resident scheme', () => {
    expect(regionalToAnswers(regionalValues({ ...noCircumstances(), movedRegion: true }), { scheme: 'resident', newborn: false, birthDate: '', relevance }).movedRegion).toBe(true);
  });

  it('are not given to the calculator for an employee-scheme payment', () => {
    const base = defaultAnswers('2026-11-15', 'national');
    const a: Answers = {
      ...base,
      scheme: 'flexible',
      history: { years: base.history.years, employeeLastMonth: '2026-08' },
      circumstances: { ...c, newborn: true, birthDate: '2026-03-01', lowIncomeNotByChoice: true, newVeteran: true, veteranDischargeDate: '2026-01-01' },
      criticalIllness: { enabled: true, originalCapYuan: 400000, noClaimYears: [], bonusUsedYears: [] },
    };
    const s = toScenario(a, '2026-11-15');
    expect(s.circumstances).toEqual({});
    expect(s.criticalIllness).toBeUndefined();
  });
});
