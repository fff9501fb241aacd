// The day a shared link's answers were worked out for is kept with the draft (Draft.linkDay):
// set where a link's answers are opened, read back by a reload (a new store on the same storage),
// and dropped by a change of answer, Start again and "Work it out again for today". Stored text
// is input like any other: an older draft without the field, or a malformed value, reads as none.
import { describe, expect, it } from 'vitest';
import { openSharedLink } from '../../src/app/open-shared-link';
import type { Scenario } from '../../src/calc';
import { encodeShare } from '../../src/features/result/share-link';
import { defaultAnswers } from '../../src/features/wizard/answers';
import { DRAFT_KEY, DRAFT_VERSION } from '../../src/features/wizard/draft-peek';
import { linkDayOf, loadDraft, migrateDraft, withLinkDay } from '../../src/features/wizard/draft-storage';
import { createWizardStore, draftFromScenario } from '../../src/features/wizard/wizard-store';

/** The day the link is opened on: months after it was made. */
const TODAY = '2027-03-15';
const LINK_DAY = '2026-11-15';

/** Made on 15 Nov 2026 after paying 2027 in its window (Fujian). */
const shared: Scenario = {
  v: 2,
  asOf: LINK_DAY,
  region: 'fujian',
  history: { years: [{ year: 2025, cover: 'resident' }, { year: 2026, cover: 'resident' }], employeePeriods: [] },
  payments: [{ scheme: 'resident', date: '2026-11-10', status: 'made', years: [2027], repairYears: 0 }],
  circumstances: {},
};

function memory() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) };
}

/** A store with the link opened at once, on a device with no answers of its own. */
function opened() {
  const storage = memory();
  const store = createWizardStore({ today: TODAY, storage, firstStep: 'start' });
  openSharedLink(store, `#${encodeShare(shared)}`);
  return { storage, store };
}

/** What a reload reads: a new store on the same storage. */
const reload = (storage: ReturnType<typeof memory>) => createWizardStore({ today: TODAY, storage, firstStep: 'start' });

describe('the stored link day', () => {
  it('reads a draft written before the field was kept as no link day, and keeps a real day', () => {
    const base = { version: DRAFT_VERSION, step: 'result', answers: defaultAnswers('2026-11-25'), done: ['where', 'history', 'payment', 'circumstances', 'check'] };
    expect(migrateDraft(base)).not.toHaveProperty('linkDay');
    expect(linkDayOf(migrateDraft(base)!)).toBeNull();
    expect(migrateDraft({ ...base, linkDay: '2026-11-15' })?.linkDay).toBe('2026-11-15');
    // A version-1 draft (upgraded on load) never had one.
    expect(migrateDraft({ ...base, version: 1 })).not.toHaveProperty('linkDay');
  });

  it('ignores a malformed day, never failing the rest of the draft', () => {
    const base = { version: DRAFT_VERSION, step: 'result', answers: defaultAnswers('2026-11-25'), done: ['where', 'history', 'payment', 'circumstances', 'check'] };
    for (const linkDay of ['2026-02-30', '2026-11-15x', '15/11/2026', '2026-1-5', '', 5, 20261115, null, true, {}, ['2026-11-15'], '2026-11-15'.repeat(1e4)]) {
      const read = migrateDraft({ ...base, linkDay });
      expect(read).not.toHaveProperty('linkDay');
      expect(read).toMatchObject({ step: 'result', answers: base.answers, done: base.done });
    }
  });

  it('goes with answers that could not be read: those set back to blank are no longer the link’s', () => {
    const answers = { ...draftFromScenario(shared, 'result').answers, payment: { status: 'made', date: 'garbage', years: [2027], repairYears: 0, backPay: true } };
    const read = migrateDraft({ version: DRAFT_VERSION, step: 'result', answers, done: ['where', 'history', 'payment', 'circumstances', 'check'], linkDay: LINK_DAY }, defaultAnswers(TODAY));
    expect(read?.step).toBe('payment');
    expect(read).not.toHaveProperty('linkDay');
  });

  it('withLinkDay keeps only a calendar day, and null removes it', () => {
    const draft = draftFromScenario(shared, 'result');
    expect(withLinkDay(draft, '2026-11-15').linkDay).toBe('2026-11-15');
    expect(withLinkDay(withLinkDay(draft, '2026-11-15'), null)).not.toHaveProperty('linkDay');
    expect(withLinkDay(draft, '2026-13-01')).not.toHaveProperty('linkDay');
  });
});

describe('a link day through the store', () => {
  it('is set where a link’s answers open at once, and a reload reads it back', () => {
    const { storage, store } = opened();
    expect(store.getState().draft).toMatchObject({ step: 'result', linkDay: LINK_DAY, answers: { region: 'fujian' } });
    expect(loadDraft(storage)?.linkDay).toBe(LINK_DAY);
    const reloaded = reload(storage);
    expect(reloaded.getState().draft).toMatchObject({ step: 'result', linkDay: LINK_DAY, answers: { region: 'fujian' } });
  });

  it('is set for the person’s own answers in their own link (nothing replaced, nothing asked)', () => {
    const storage = memory();
    storage.setItem(DRAFT_KEY, JSON.stringify({ ...draftFromScenario(shared, 'check'), done: ['where', 'history', 'payment', 'circumstances'] }));
    const store = createWizardStore({ today: TODAY, storage, firstStep: 'start' });
    const outcome = openSharedLink(store, `#${encodeShare(shared)}`);
    expect(outcome.pending).toBeNull();
    expect(reload(storage).getState().draft).toMatchObject({ step: 'result', linkDay: LINK_DAY });
  });

  it('is not set while the person is asked whether to open a link over their own answers', () => {
    const storage = memory();
    storage.setItem(DRAFT_KEY, JSON.stringify({ version: DRAFT_VERSION, step: 'history', answers: { ...defaultAnswers(TODAY), region: 'hebei' }, done: ['where'] }));
    const store = createWizardStore({ today: TODAY, storage, firstStep: 'start' });
    expect(openSharedLink(store, `#${encodeShare(shared)}`).pending).toEqual(shared);
    expect(loadDraft(storage)).not.toHaveProperty('linkDay');
    // "Open the shared answers" (calculator-flow.tsx): the answers replaced, then the day kept.
    store.startFromScenario(shared, 'result');
    store.keepLinkDay(shared.asOf);
    expect(reload(storage).getState().draft).toMatchObject({ linkDay: LINK_DAY, answers: { region: 'fujian' } });
  });

  it('survives moves and steps submitted unchanged, as the answers are still the link’s', () => {
    const { storage, store } = opened();
    store.goTo('check');
    store.completeStep('check', {}, 'result');
    store.setAnswers({ region: 'fujian' });
    store.completeStep('payment', { payment: { ...store.getState().draft.answers.payment } }, 'result');
    expect(store.getState().draft).toMatchObject({ step: 'result', linkDay: LINK_DAY });
    expect(reload(storage).getState().draft.linkDay).toBe(LINK_DAY);
  });

  it('ends with a change of answer, on the result or on a step, and the stored draft says so', () => {
    const onResult = opened();
    onResult.store.setAnswers({ region: 'fujian-fuzhou' });
    expect(onResult.store.getState().draft).not.toHaveProperty('linkDay');
    expect(reload(onResult.storage).getState().draft).not.toHaveProperty('linkDay');

    const onStep = opened();
    onStep.store.goTo('history', { returnTo: 'check' });
    const { history } = onStep.store.getState().draft.answers;
    onStep.store.completeStep('history', { history: { ...history, years: history.years.map((r) => (r.year === 2025 ? { ...r, cover: 'none' as const } : r)) } });
    expect(loadDraft(onStep.storage)).not.toHaveProperty('linkDay');
    // Changing the answer back does not make them the link's again.
    onStep.store.completeStep('history', { history });
    expect(loadDraft(onStep.storage)).not.toHaveProperty('linkDay');
  });

  it('ends with Start again', () => {
    const { storage, store } = opened();
    store.reset();
    expect(store.getState().draft).not.toHaveProperty('linkDay');
    expect(reload(storage).getState().draft).toMatchObject({ step: 'start', done: [] });
    expect(reload(storage).getState().draft).not.toHaveProperty('linkDay');
  });

  it('ends with "Work it out again for today", which reads the answers as a reload today would', () => {
    const { storage, store } = opened();
    store.workOutForToday();
    const draft = store.getState().draft;
    expect(draft).not.toHaveProperty('linkDay');
    expect(draft.step).toBe('result');
    // The history now reaches this year, as a load today makes it: a reload changes nothing more.
    expect(draft.answers.history.years.map((r) => r.year).at(-1)).toBe(2027);
    expect(reload(storage).getState().draft).toEqual(draft);
  });

  it('keeps nothing for a value that is not a calendar day', () => {
    const { storage, store } = opened();
    store.keepLinkDay('2026-11-31');
    expect(store.getState().draft).not.toHaveProperty('linkDay');
    expect(loadDraft(storage)).not.toHaveProperty('linkDay');
  });
});
