// The "other scheme" button and its way back (scheme-switch.ts) on a store holding a shared
// link's answers opened later than the link was made: the switched result and the restored one
// are both worked out for the link's day (a planned payment on that day is not "in the past"),
// and a second press from the switched result keeps the person's own answers for the way back.
import { describe, expect, it } from 'vitest';
import { openSharedLink } from '../../src/app/open-shared-link';
import { calculate } from '../../src/calc';
import { encodeShare } from '../../src/features/result/share-link';
import { otherSchemeAnswer } from '../../src/features/result/other-scheme';
import { linkDayOf } from '../../src/features/wizard/draft-storage';
import { switchScheme, undoSchemeSwitch } from '../../src/features/wizard/scheme-switch';
import { toScenario } from '../../src/features/wizard/to-scenario';
import { createWizardStore } from '../../src/features/wizard/wizard-store';
import { chainFor } from '../fixtures/packs';
import { employeePay, scenario } from '../fixtures/scenarios';

const LINK_DAY = '2026-11-25';
/** Opened two weeks after the link was made: the planned payment's day has passed. */
const TODAY = '2026-12-08';

/** A flexible worker whose employer stopped paying after June 2026 plans to pay on the link's day (national rules). */
const shared = scenario({
  asOf: LINK_DAY,
  years: { 2024: 'employee', 2025: 'employee' },
  employeePeriods: [{ from: '2020-01', to: '2026-06' }],
  payments: [employeePay(LINK_DAY, false, 'flexible', 'planned')],
});

function memory() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) };
}

function opened() {
  const store = createWizardStore({ today: TODAY, storage: memory(), firstStep: 'start' });
  openSharedLink(store, `#${encodeShare(shared)}`);
  return store;
}

/** The scenario the result shows: for the link's day while the draft keeps it, else for today. */
function shown(store: ReturnType<typeof opened>) {
  const draft = store.getState().draft;
  return toScenario(draft.answers, linkDayOf(draft) ?? TODAY);
}

/** The card's swapped scenario for what the store's answers show now. */
function card(store: ReturnType<typeof opened>) {
  const answer = otherSchemeAnswer(shown(store), chainFor('national'));
  if (!answer) throw new Error('no other-scheme card');
  return answer;
}

describe('switching the scheme from the result of a shared link opened later', () => {
  it('works the resident scheme out for the link day (2027 paid on 25 Nov 2026: 1 Jan to 1 Jul 2027), and the way back restores the own answers on that day', () => {
    const store = opened();
    const own = store.getState().draft.answers;
    expect(linkDayOf(store.getState().draft)).toBe(LINK_DAY);
    const toResident = card(store);
    expect(toResident.scheme).toBe('resident');
    expect(toResident.years).toEqual([2027]);

    const sw = switchScheme(store, null, toResident.scenario);
    expect(sw).toMatchObject({ from: 'flexible', to: 'resident', own, linkDay: LINK_DAY });
    expect(store.getState().draft.answers.scheme).toBe('resident');
    // Still the link's day: today the planned payment would be in the past, and nothing calculates.
    expect(linkDayOf(store.getState().draft)).toBe(LINK_DAY);
    const resident = calculate(shown(store), chainFor('national'));
    expect(resident.ok && resident.result.main.restoration).toMatchObject({ kind: 'range', earliest: '2027-01-01', latest: '2027-07-01' });
    expect(calculate(toScenario(store.getState().draft.answers, TODAY), chainFor('national')).ok).toBe(false);

    undoSchemeSwitch(store, sw!);
    expect(store.getState().draft.answers).toStrictEqual(own);
    expect(linkDayOf(store.getState().draft)).toBe(LINK_DAY);
    const back = calculate(shown(store), chainFor('national'));
    expect(back.ok && back.result.main.restoration).toMatchObject({ kind: 'range', earliest: '2026-11-01', latest: '2027-05-01' });
  });

  it("pressed again on the switched result, goes back to the person's own answers, not to a second switch whose way back would lose them", () => {
    const store = opened();
    const own = store.getState().draft.answers;
    const sw = switchScheme(store, null, card(store).scenario);
    const toFlexible = card(store);
    expect(toFlexible.scheme).toBe('flexible');
    expect(switchScheme(store, sw, toFlexible.scenario)).toBeNull();
    expect(store.getState().draft.answers).toStrictEqual(own);
    expect(linkDayOf(store.getState().draft)).toBe(LINK_DAY);
  });

  it('outside a shared link, keeps no day: the answers are for today', () => {
    const store = createWizardStore({ today: LINK_DAY, storage: memory(), firstStep: 'start' });
    store.startFromScenario({ ...shared }, 'result');
    expect(linkDayOf(store.getState().draft)).toBeNull();
    const sw = switchScheme(store, null, otherSchemeAnswer(toScenario(store.getState().draft.answers, LINK_DAY), chainFor('national'))!.scenario);
    expect(sw).toMatchObject({ from: 'flexible', to: 'resident', linkDay: null });
    expect(linkDayOf(store.getState().draft)).toBeNull();
  });
});
