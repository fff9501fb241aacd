// The payer of the payment step (payment-payer.ts) for stored answers, with the region's rules
// as they arrive: until then a newborn's free year of birth is not known, and the step is named a payment.
import { useRulePackChain } from '../../rules/rule-pack-chain';
import type { Answers } from './answers';
import { answersPayer } from './payment-payer';
import type { Payer } from '../payer';

export function useStepPayer(answers: Answers, today: string): Payer {
  const chain = useRulePackChain(answers.region);
  return answersPayer(answers, today, chain.status === 'success' ? chain.chain : null);
}
