// Which of the person's answers a shared link keeps for "Bring back my answers" (draft-undo.ts).
import { describe, expect, it } from 'vitest';
import { answersText, draftToKeep } from '../../../src/features/wizard/draft-undo';
import { refreshDraft } from '../../../src/features/wizard/wizard-store';
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
  const asIs = (d: typeof own) => d;

  it('keeps the current draft when no link was opened before', () => {
    expect(draftToKeep(own, null, null, asIs)).toBe(own);
  });

  it('over a link whose answers are on screen unchanged, keeps the person’s draft from before that link', () => {
    expect(draftToKeep(fromLink, own, fromLink, asIs)).toBe(own);
  });

  it('over a link whose answers the person has changed since, keeps what is on screen now', () => {
    const changed = { ...fromLink, answers: { ...fromLink.answers, region: 'gansu' } };
    expect(draftToKeep(changed, own, fromLink, asIs)).toBe(changed);
  });

  it('over a link from an earlier year, reloaded since (which added a history row), still keeps the person’s own draft', () => {
    const today = '2027-11-15';
    const opened = draftAt('result', answersWith({ region: 'fujian' }), ['where']);
    const reloaded = refreshDraft(opened, today);
    expect(reloaded.answers.history.years.length).toBeGreaterThan(opened.answers.history.years.length);
    expect(draftToKeep(reloaded, own, opened, (d) => refreshDraft(d, today))).toBe(own);
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
