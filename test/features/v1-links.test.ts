// Links and drafts written by version 1 of the app keep working after rules v2: each decodes
// to the v2 scenario (or answers) with the same answers and nothing invented; where it cannot,
// the reason is one the page can put in words. Under a pack whose rules did not change, the
// upgraded scenario gives the v1 date.
import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/calc';
import type { Scenario } from '../../src/calc';
import { decodeShare, shareNotice } from '../../src/features/result/share-link';
import type { ShareDecode } from '../../src/features/result/share-link';
import { defaultAnswers, noCircumstances } from '../../src/features/wizard/answers';
import type { Answers } from '../../src/features/wizard/answers';
import { DRAFT_KEY, DRAFT_VERSION, peekDraft } from '../../src/features/wizard/draft-peek';
import { loadDraft, migrateDraft } from '../../src/features/wizard/draft-storage';
import { fromScenario } from '../../src/features/wizard/from-scenario';
import { toScenario } from '../../src/features/wizard/to-scenario';
import { createWizardStore } from '../../src/features/wizard/wizard-store';
import { V1_LINKS } from '../fixtures/v1-links';
import { chainFor } from '../fixtures/packs';
import { v1DefaultsChain } from '../fixtures/v1-defaults';

const base = (asOf: string, region: string, history: Scenario['history'], payments: Scenario['payments']): Scenario => ({ v: 2, asOf, region, history, payments, circumstances: {} });

/** What each v1 link must decode to: the same answers, as a v2 scenario. */
const EXPECTED: Record<keyof typeof V1_LINKS, Scenario> = {
  w5Qingdao: base(
    '2026-11-15',
    'shandong-qingdao',
    { years: [{ year: 2023, cover: 'resident' }, { year: 2024, cover: 'resident' }, { year: 2025, cover: 'none' }, { year: 2026, cover: 'none' }], employeePeriods: [] },
    [{ scheme: 'resident', date: '2026-11-20', status: 'planned', years: [2027], repairYears: 0 }],
  ),
  w2FuxinLate: base('2025-11-20', 'liaoning-fuxin', { years: [{ year: 2023, cover: 'none' }, { year: 2024, cover: 'none' }], employeePeriods: [] }, [
    { scheme: 'resident', date: '2025-07-03', status: 'made', years: [2025], repairYears: 0 },
    { scheme: 'resident', date: '2025-11-20', status: 'made', years: [2026], repairYears: 0 },
  ]),
  w14Employee: base(
    '2025-07-20',
    'national',
    { years: [{ year: 2023, cover: 'none' }, { year: 2024, cover: 'none' }, { year: 2025, cover: 'none' }], employeePeriods: [{ from: '2021-01', to: '2025-03' }] },
    [{ scheme: 'employee', date: '2025-07-15', status: 'made', backPay: true }],
  ),
  w27Flexible: base(
    '2026-05-20',
    'hubei-wuhan',
    { years: [2023, 2024, 2025, 2026].map((year) => ({ year, cover: 'none' as const })), employeePeriods: [{ from: '2025-12', to: '2025-12' }] },
    [{ scheme: 'flexible', date: '2026-05-15', status: 'made', backPay: false }],
  ),
  newbornBonus: {
    ...base('2026-01-20', 'fujian', { years: [{ year: 2023, cover: 'none' }, { year: 2024, cover: 'none' }, { year: 2026, cover: 'none' }], employeePeriods: [] }, [
      { scheme: 'resident', date: '2026-01-10', status: 'made', years: [2025], repairYears: 0 },
    ]),
    circumstances: { birthDate: '2025-11-20' },
    criticalIllness: { originalCapYuan: 400000, noClaimYears: [2025], bonusUsedYears: [] },
  },
  lowIncomeVeteran: {
    ...base('2025-06-10', 'jiangsu', { years: [{ year: 2023, cover: 'resident' }, { year: 2024, cover: 'none' }], employeePeriods: [] }, [
      { scheme: 'resident', date: '2025-06-10', status: 'made', years: [2025], repairYears: 0 },
    ]),
    circumstances: { lowIncomeNotByChoice: true, newVeteran: true, veteranDischargeDate: '2025-03-01' },
  },
};

const cases = Object.entries(V1_LINKS) as [keyof typeof V1_LINKS, (typeof V1_LINKS)[keyof typeof V1_LINKS]][];

function memory(entries: Record<string, string> = {}) {
  const data = new Map(Object.entries(entries));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k), data };
}

/**
 * A v1 employee-scheme link carries a "none" row for every year (the form's default: the wizard
 * never asks the rows of the employee schemes): the wizard now leaves them out, so the timeline
 * does not draw years of lapse nobody told it of, nor "no cover" beside the months of cover given.
 */
function withoutUnasked(s: Scenario): Scenario {
  const main = s.payments.at(-1);
  if (!main || main.scheme === 'resident') return s;
  const spanned = (year: number) => s.history.employeePeriods.some((p) => Number(p.from.slice(0, 4)) <= year && year <= Number(p.to.slice(0, 4)));
  return { ...s, history: { ...s.history, years: s.history.years.filter((r) => r.cover !== 'none' && !spanned(r.year)) } };
}

describe('v1 share links', () => {
  it.each(cases)('%s decodes to the same answers as a v2 scenario, marked as upgraded', (name, { hash }) => {
    const decoded = decodeShare(hash);
    expect(decoded).toEqual({ kind: 'ok', scenario: EXPECTED[name], fromVersion: 1 });
    expect(shareNotice(decoded)).toEqual({ kind: 'upgraded', fromVersion: 1 });
  });

  it.each(cases)('%s opens in the wizard with every rules-v2 question unanswered, and round-trips', (name, { hash }) => {
    const decoded = decodeShare(hash);
    if (decoded.kind !== 'ok') throw new Error(name);
    const answers = fromScenario(decoded.scenario);
    expect(answers.circumstances).toMatchObject({ universityEntrant: false, subsidisedNewborn: false, movedRegion: false });
    expect(answers.circumstances).not.toHaveProperty('exemptGroup');
    expect(answers.circumstances).not.toHaveProperty('premiumTier');
    const again = toScenario(answers, decoded.scenario.asOf);
    expect(again).toEqual(withoutUnasked(decoded.scenario));
    // Dropping those rows changes no answer, only the years of lapse the timeline drew.
    const chain = chainFor(decoded.scenario.region);
    const [now, before] = [calculate(again, chain), calculate(decoded.scenario, chain)];
    if (!now.ok || !before.ok) throw new Error(`${name}: ${JSON.stringify(now.ok ? before : now)}`);
    const lapseYears = (r: typeof now.result) => r.periods.filter((p) => p.kind === 'lapse' && p.from.endsWith('-01-01') && p.to?.endsWith('-12-31') === true);
    expect({ ...now.result, periods: now.result.periods.filter((p) => !lapseYears(now.result).includes(p)) }).toEqual({
      ...before.result,
      periods: before.result.periods.filter((p) => !lapseYears(before.result).includes(p)),
    });
    if (withoutUnasked(decoded.scenario) !== decoded.scenario) expect(lapseYears(now.result)).toEqual([]);
  });

  it('a current link is not marked', () => {
    const decoded = decodeShare(`#s=1.${Buffer.from(JSON.stringify(EXPECTED.w5Qingdao)).toString('base64url')}`);
    expect(decoded).toEqual({ kind: 'ok', scenario: EXPECTED.w5Qingdao, fromVersion: 2 });
    expect(shareNotice(decoded)).toBeNull();
  });

  const link = (json: unknown) => `#s=1.${Buffer.from(JSON.stringify(json)).toString('base64url')}`;
  it.each<[string, string, ShareDecode]>([
    ['a link from a newer app', link({ ...EXPECTED.w5Qingdao, v: 3 }), { kind: 'error', reason: 'newer' }],
    ['a newer envelope', '#s=2.e30', { kind: 'error', reason: 'newer' }],
    ['a version that never existed', link({ ...EXPECTED.w5Qingdao, v: 0 }), { kind: 'error', reason: 'outdated' }],
    ['no version at all', link({ ...EXPECTED.w5Qingdao, v: undefined }), { kind: 'error', reason: 'invalid' }],
    ['a v1 link with answers v1 could not use either', link({ ...EXPECTED.w5Qingdao, v: 1, asOf: '2026-02-30' }), { kind: 'error', reason: 'invalid' }],
    ['a v1 link cut short', V1_LINKS.w5Qingdao.hash.slice(0, 60), { kind: 'error', reason: 'malformed' }],
  ])('%s gives a reason the page can say, never a throw', (_name, hash, expected) => {
    const decoded = decodeShare(hash);
    expect(decoded).toEqual(expected);
    expect(shareNotice(decoded)).toEqual({ kind: 'problem', reason: (expected as { reason: string }).reason });
  });
});

describe('v1 drafts', () => {
  it.each(cases)('%s is read, upgraded and kept: the same answers, the new questions unanswered', (name, { draft }) => {
    const stored = JSON.parse(draft) as { answers: Answers; step: string; done: string[] };
    const loaded = loadDraft(memory({ [DRAFT_KEY]: draft }));
    expect(loaded).toEqual({
      version: DRAFT_VERSION,
      step: 'check',
      done: stored.done,
      answers: { ...stored.answers, circumstances: { ...noCircumstances(), ...stored.answers.circumstances } },
    });
    // And the calculator sees what v1 would have sent it. A first month left blank is now marked
    // so (fromUnknown: the timeline does not give the last month as the start); the rules read the same months.
    const sent = toScenario(loaded!.answers, EXPECTED[name].asOf);
    const months = sent.history.employeePeriods.map(({ fromUnknown, ...p }) => {
      expect(fromUnknown).toBe(loaded!.answers.history.employeeSince === undefined && !loaded!.answers.history.years.some((r) => r.cover === 'employee') ? true : undefined);
      return p;
    });
    expect({ ...sent, history: { ...sent.history, employeePeriods: months } }).toEqual(withoutUnasked(EXPECTED[name]));
  });

  it('the start page sees a v1 draft under way', () => {
    expect(peekDraft(memory({ [DRAFT_KEY]: V1_LINKS.w5Qingdao.draft }))).toEqual({ step: 'check', region: 'shandong-qingdao' });
  });

  it('the wizard opens a v1 draft where it was, and saves it back as the current version only when something changes', () => {
    const storage = memory({ [DRAFT_KEY]: V1_LINKS.w2FuxinLate.draft });
    const store = createWizardStore({ today: '2025-11-20', storage });
    expect(store.getState().draft).toMatchObject({ step: 'check', answers: { region: 'liaoning-fuxin' } });
    expect(storage.data.get(DRAFT_KEY)).toBe(V1_LINKS.w2FuxinLate.draft);
    store.goTo('circumstances');
    expect(JSON.parse(storage.data.get(DRAFT_KEY)!)).toMatchObject({ version: DRAFT_VERSION, step: 'circumstances', answers: { region: 'liaoning-fuxin' } });
  });

  it('keys a v1 draft could not have held are not taken as answers', () => {
    const stored = JSON.parse(V1_LINKS.w5Qingdao.draft) as { answers: Answers };
    const tampered = { ...stored, answers: { ...stored.answers, circumstances: { ...stored.answers.circumstances, movedRegion: true, exemptGroup: 'clergy' } } };
    expect(migrateDraft(tampered)?.answers.circumstances).toEqual(noCircumstances());
  });

  it.each<[string, unknown]>([
    ['from a newer app', { version: DRAFT_VERSION + 1, step: 'where', answers: defaultAnswers('2026-11-15') }],
    ['with answers v1 could not read either', { version: 1, step: 'where', answers: { region: 5 } }],
    ['with answers that are not an object', { version: 1, step: 'where', answers: 'all' }],
    ['with a year list past any bound', { version: 1, step: 'where', answers: { ...defaultAnswers('2026-11-15'), history: { years: Array.from({ length: 500 }, (_, i) => ({ year: 2023 + i, cover: 'none' })) } } }],
  ])('a draft %s is not read, and never throws', (_name, raw) => {
    expect(migrateDraft(raw)).toBeNull();
  });
});

describe('the same answer where the rules did not change', () => {
  // Under the fixture that pins the v1 national defaults (RULES.md §10), the upgraded v1 links give
  // the v1 dates: W14 (back-paid gap, covered from the payment month) and W19 (low income).
  const rehome = (s: Scenario): Scenario => ({ ...s, region: 'test-v1-defaults' });

  it('W14 as a v1 link: cover from 2025-07-01, April to June covered retroactively', () => {
    const decoded = decodeShare(V1_LINKS.w14Employee.hash);
    if (decoded.kind !== 'ok') throw new Error('w14');
    const outcome = calculate(rehome(decoded.scenario), v1DefaultsChain());
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    expect(outcome.result.main.restoration).toEqual({ kind: 'date', date: '2025-07-01' });
    expect(outcome.result.main.retroactive).toEqual({ from: '2025-04-01', to: '2025-06-30' });
  });

  it('a low-income v1 link: covered from the payment date, 2025-06-10', () => {
    const decoded = decodeShare(V1_LINKS.lowIncomeVeteran.hash);
    if (decoded.kind !== 'ok') throw new Error('low income');
    const outcome = calculate(rehome(decoded.scenario), v1DefaultsChain());
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    expect(outcome.result.main.restoration).toEqual({ kind: 'date', date: '2025-06-10' });
  });
});
