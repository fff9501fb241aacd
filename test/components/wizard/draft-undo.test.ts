// Which of the person's answers a shared link keeps for "Bring back my answers" (draft-undo.ts).
import { describe, expect, it } from 'vitest';
import { answersText, draftToKeep } from '../../../src/features/wizard/draft-undo';
import { answersWith, draftAt } from './harness';

/** The same value with every object's keys in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)]));
}

const own = draftAt('history', answersWith({ region: 'hebei' }), ['where']);
const fromLink = draftAt('result', answersWith({ region: 'fujian' }), ['where', 'history']);

describe('draftToKeep', () => {
  it('keeps the current draft when no link was opened before', () => {
    expect(draftToKeep(own, null, null)).toBe(own);
  });

  it('over a link whose answers are on screen unchanged, keeps the person’s draft from before that link', () => {
    expect(draftToKeep(fromLink, own, answersText(fromLink.answers))).toBe(own);
  });

  it('over a link whose answers the person has changed since, keeps what is on screen now', () => {
    const changed = { ...fromLink, answers: { ...fromLink.answers, region: 'gansu' } };
    expect(draftToKeep(changed, own, answersText(fromLink.answers))).toBe(changed);
  });
});

describe('answersText', () => {
  it('is the same for the same answers whatever the order of their keys (a draft read back from storage)', () => {
    const reordered = reverseKeys(fromLink.answers) as typeof fromLink.answers;
    expect(Object.keys(reordered)).not.toEqual(Object.keys(fromLink.answers));
    expect(answersText(reordered)).toBe(answersText(fromLink.answers));
    expect(answersText({ ...fromLink.answers, region: 'gansu' })).not.toBe(answersText(fromLink.answers));
  });
});
