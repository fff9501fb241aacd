// The rules-v2 questions the chosen region's rules can use, from the pack chain the wizard
// already loads (cached by react-query, so every step shares one download).
import { useMemo } from 'react';
import { useRulePackChain } from '../../rules/rule-pack-chain';
import type { Answers } from './answers';
import { birthYearOf } from './answers';
import { paidBirthYear, questionRelevance, yearsOfPayment } from './question-relevance';
import type { QuestionRelevance } from './question-relevance';

export interface RelevanceState {
  /** Null while the rules load or when they failed: steps then keep earlier answers as they are. */
  relevance: QuestionRelevance | null;
  loading: boolean;
}

/** What the rules of the answers' region can use, for the years of the payment asked about. */
export function useQuestionRelevance(answers: Pick<Answers, 'region' | 'payment' | 'scheme' | 'circumstances'>): RelevanceState {
  const chain = useRulePackChain(answers.region);
  const packs = chain.status === 'success' ? chain.packs : null;
  const yearsKey = yearsOfPayment(answers.payment).join(',');
  const birthYear = paidBirthYear(answers.scheme, birthYearOf(answers.circumstances), answers.payment);
  const relevance = useMemo(() => (packs ? questionRelevance(packs, yearsKey === '' ? [] : yearsKey.split(',').map(Number), birthYear) : null), [packs, yearsKey, birthYear]);
  return { relevance, loading: chain.status === 'pending' };
}
