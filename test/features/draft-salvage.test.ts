// A stored draft with one damaged answer keeps every other answer (draft-storage.ts readDraft):
// the damaged group is blank again, its step is no longer done, and the wizard is told which.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersSchema, defaultAnswers } from '../../src/features/wizard/answers';
import type { Answers } from '../../src/features/wizard/answers';
import { DRAFT_VERSION } from '../../src/features/wizard/draft-peek';
import { readDraft, readDraftAt } from '../../src/features/wizard/draft-storage';
import { createWizardStore } from '../../src/features/wizard/wizard-store';

const TODAY = '2026-11-25';
const ALL_DONE = ['where', 'history', 'payment', 'circumstances', 'check'];

function answered(): Answers {
  const a = defaultAnswers(TODAY, 'hebei');
  return {
    ...a,
    history: { ...a.history, years: a.history.years.map((r) => (r.year === 2025 ? { ...r, cover: 'none' } : r)) },
    payment: { status: 'made', date: '2026-03-01', years: [2026], repairYears: 1, backPay: true },
    circumstances: { ...a.circumstances, newborn: true, birthDate: '2026-01-10' },
  };
}

/** A stored draft on `step` whose answers have `damage` applied to their JSON form. */
// Stored JSON, edited freely: the test damages it as storage tools or a disk error could.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function damaged(damage: (answers: Json) => void, step = 'result'): unknown {
  const answers = JSON.parse(JSON.stringify(answered())) as Json;
  damage(answers);
  return { version: DRAFT_VERSION, step, answers, done: ALL_DONE };
}

describe('reading a damaged draft', () => {
  it('keeps every other answer when one history row is damaged, and asks that step again', () => {
    const read = readDraft(damaged((a) => (a.history.years[1].cover = 'bogus')), defaultAnswers(TODAY));
    expect(read?.unread).toEqual(['history']);
    const kept = answered();
    expect(read?.draft.answers).toMatchObject({ region: 'hebei', scheme: 'resident', payment: kept.payment, circumstances: kept.circumstances });
    // The damaged list is as on a fresh draft, and the step is to answer again.
    expect(read?.draft.answers.history.years).toEqual(defaultAnswers(TODAY).history.years);
    expect(read?.draft.done).toEqual(['where', 'payment', 'circumstances']);
    // It was on the result: nothing after the history can be shown without it.
    expect(read?.draft.step).toBe('history');
  });

  it('blanks only the damaged field of a group, and leaves an earlier stored step where it was', () => {
    const read = readDraft(damaged((a) => (a.payment.date = '2026-02-31'), 'where'), defaultAnswers(TODAY));
    expect(read?.unread).toEqual(['payment']);
    // Only the date is blank again (today's, as on a fresh draft); the rest of the payment is kept.
    expect(read?.draft.answers.payment).toEqual({ status: 'made', date: TODAY, years: [2026], repairYears: 1, backPay: true });
    expect(read?.draft.step).toBe('where');
    expect(read?.draft.done).toEqual(['where', 'history', 'circumstances']);
  });

  it('lists every step with a damaged answer, in the order the wizard asks them', () => {
    const read = readDraft(
      damaged((a) => {
        a.criticalIllness.noClaimYears = 'all';
        a.region = '';
      }),
      defaultAnswers(TODAY),
    );
    expect(read?.unread).toEqual(['where', 'circumstances']);
    expect(read?.draft.answers.region).toBe('national');
    expect(read?.draft.step).toBe('where');
    expect(read?.draft.done).toEqual(['history', 'payment']);
  });

  it('a damaged date of birth is asked again on the history step, where it is asked (not the circumstances step)', () => {
    const read = readDraft(damaged((a) => (a.circumstances.birthDate = '2026-13-40')), defaultAnswers(TODAY));
    expect(read?.unread).toEqual(['history']);
    expect(read?.draft.answers.circumstances.birthDate).toBeUndefined();
    expect(read?.draft.answers.circumstances.newborn).toBe(true);
    expect(read?.draft.step).toBe('history');
    expect(read?.draft.done).toEqual(['where', 'payment', 'circumstances']);
  });

  it('a scheme that cannot be read leaves every step to go through again (their answers were for that scheme), listing only where', () => {
    const read = readDraft(damaged((a) => (a.scheme = 'gold')), defaultAnswers(TODAY));
    expect(read?.unread).toEqual(['where']);
    expect(read?.draft.answers.scheme).toBe('resident');
    expect(read?.draft.answers.payment.date).toBe('2026-03-01');
    expect(read?.draft.done).toEqual([]);
    expect(read?.draft.step).toBe('where');
  });

  it('still reads nothing from a draft that is not one, a future version, or without a fallback to blank to', () => {
    const fallback = defaultAnswers(TODAY);
    expect(readDraft(null, fallback)).toBeNull();
    expect(readDraft('text', fallback)).toBeNull();
    expect(readDraft({ version: DRAFT_VERSION + 1, step: 'where', answers: answered() }, fallback)).toBeNull();
    expect(readDraft(damaged((a) => (a.region = 5)))).toBeNull();
    // A readable draft is read whole, with nothing to tell.
    expect(readDraft({ version: DRAFT_VERSION, step: 'check', answers: answered(), done: ALL_DONE }, fallback)).toEqual({ draft: { version: DRAFT_VERSION, step: 'check', answers: answered(), done: ALL_DONE }, unread: [] });
  });

  it('never throws, and whatever it reads fits the answers schema, with every unread step left to answer', () => {
    const fallback = defaultAnswers(TODAY);
    const stored = fc.record({ version: fc.constantFrom(1, DRAFT_VERSION), step: fc.string(), done: fc.anything(), answers: fc.oneof(fc.anything(), fc.constant(answered()).chain((a) => fc.record({ ...Object.fromEntries(Object.entries(a).map(([k, v]) => [k, fc.oneof(fc.constant(v), fc.anything())])) }))) });
    fc.assert(
      fc.property(stored, (raw) => {
        const read = readDraft(raw, fallback);
        if (!read) return;
        expect(answersSchema.safeParse(read.draft.answers).success).toBe(true);
        for (const step of read.unread) expect(read.draft.done).not.toContain(step);
        if (read.unread.length > 0) expect(read.draft.done).not.toContain('check');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the store on a damaged draft', () => {
  function storageWith(raw: unknown): Storage {
    const items = new Map<string, string>([['yibao-lapse:draft', JSON.stringify(raw)]]);
    return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k), clear: () => items.clear(), key: () => null, length: 0 } as Storage;
  }

  it('opens with the readable answers and the steps to answer again, and stops saying so once dismissed', () => {
    const storage = storageWith(damaged((a) => (a.history.years[0].year = 'x')));
    const store = createWizardStore({ today: TODAY, storage });
    const state = store.getState();
    expect(state.unreadSteps).toEqual(['history']);
    expect(state.draft.step).toBe('history');
    expect(state.draft.answers.region).toBe('hebei');
    // The history step's rows are there to answer again, as on a fresh draft.
    expect(state.draft.answers.history.years.map((r) => r.year)).toEqual(defaultAnswers(TODAY).history.years.map((r) => r.year));
    // Nothing is written over the stored draft until the person changes something.
    expect(readDraftAt('yibao-lapse:draft', storage)).toBeNull();
    store.dismissUnread();
    expect(store.getState().unreadSteps).toEqual([]);
  });

  it('forgets the list when the answers are replaced', () => {
    const store = createWizardStore({ today: TODAY, storage: storageWith(damaged((a) => (a.payment.years = null))) });
    expect(store.getState().unreadSteps).toEqual(['payment']);
    store.reset();
    expect(store.getState().unreadSteps).toEqual([]);
  });
});

describe('the Change button to focus on the check page', () => {
  it('is the step just left on a return, and forgotten when the answers are replaced', () => {
    const store = createWizardStore({ today: TODAY, storage: null, initial: { version: DRAFT_VERSION, step: 'check', answers: answered(), done: ALL_DONE as never } });
    store.goTo('payment', { returnTo: 'check' });
    store.next();
    expect(store.getState().draft.step).toBe('check');
    expect(store.getState().returnedFrom).toBe('payment');
    store.reset();
    expect(store.getState().returnedFrom).toBeNull();
  });
});

