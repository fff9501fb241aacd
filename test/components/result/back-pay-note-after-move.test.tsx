// The note beside the back-pay hint (E1) says who decides what back-paying gives: the region only
// within one region; after a move between pooling regions, or a switch of scheme after two years,
// the national rules (S5). A newcomer whose cover had moved city read "differ by region" there.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { calculate } from '../../../src/calc';
import { chainFor } from '../../fixtures/packs';
import { employeePay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

/** National rules: employee cover 2020-01 to 2026-09, a planned payment on 2026-12-07 without back-paying October–November. */
const gap = (movedRegion: boolean) =>
  scenario({ asOf: '2026-12-07', employeePeriods: [{ from: '2020-01', to: '2026-09' }], payments: [employeePay('2026-12-07', false, 'employee', 'planned')], circumstances: movedRegion ? { movedRegion } : {} });

const noteIds = (movedRegion: boolean) => {
  const outcome = calculate(gap(movedRegion), chainFor('national'));
  if (!outcome.ok) throw new Error('invalid');
  return outcome.result.notes.map((n) => n.id);
};

const notes = (name: string) => within(screen.getByRole('complementary', { name })).getAllByRole('listitem').map((li) => li.textContent ?? '');

describe('the back-pay note (E1)', () => {
  it('within one region: the plain note; after a move: the national rule for a move', () => {
    expect(noteIds(false)).toContain('E1.backPayRequired');
    expect(noteIds(false)).not.toContain('E1.backPayRequiredMoved');
    expect(noteIds(true)).toContain('E1.backPayRequiredMoved');
    expect(noteIds(true)).not.toContain('E1.backPayRequired');
  });

  it('a switch from the resident scheme after two years (E2): its own note, with the years required', () => {
    const s = scenario({ asOf: '2027-03-10', years: { 2024: 'resident', 2025: 'resident', 2026: 'resident' }, payments: [employeePay('2027-03-10', false, 'employee', 'made')] });
    const outcome = calculate(s, chainFor('national'));
    if (!outcome.ok) throw new Error('invalid');
    const ids = outcome.result.notes.map((n) => n.id);
    expect(ids).toContain('E2.backPayRequired');
    expect(ids).not.toContain('E1.backPayRequired');
    expect(outcome.result.notes.find((n) => n.id === 'E2.backPayRequired')?.params).toEqual({ requiredYears: 2 });
  });

  it('after a move, in English: the national rules cover the gap, never "differ by region"', async () => {
    await renderResultScreen(gap(true), { today: '2026-12-07' });
    const note = notes('Please note').find((n) => n.includes('Back-paying the gap months'));
    expect(note).toBe(
      'Our reading: Back-paying the gap months is the condition for cover from the payment month with the gap covered. As your employee cover moved here from another city\'s scheme, the national rules then cover you from the payment month, with the gap months covered too.',
    );
  });

  it('after a move, in Chinese: 按国家规定, never 各地规定不同', async () => {
    await renderResultScreen(gap(true), { language: 'zh-CN', today: '2026-12-07' });
    const note = notes('请注意').find((n) => n.includes('补缴断保月份'));
    expect(note).toContain('您的职工医保是从其他城市转入的，补缴后按国家规定自缴费当月起享受待遇，断保期间可追溯。');
    expect(note).not.toContain('各地规定不同');
  });
});
