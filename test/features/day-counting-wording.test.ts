// How the first covered day is counted (R7), as a range condition: the day on which the wait,
// counted from the payment date, is complete (sameDay), or the day after it (nextDay). The Chinese
// said the payment date twice and stiffly ("等待期从缴费之日算起，待遇自缴费日起满等待期之日开始享受");
// it now says each once, and the two stay apart by 当天 / 次日 (a bare "等待期满的次日" would read as
// the sameDay date too: the app shows a wait's last day as the day before the payment date plus the wait).
import { describe, expect, it } from 'vitest';
import type { Clause } from '../../src/features/result/range-lines';
import { wordsFor } from '../fixtures/calendar';
import { chainFor } from '../fixtures/packs';

const counted = (...answers: string[]): Clause[][] => [[{ param: 'resident.dateConvention', year: 2026, answers }]];

describe('day-counting conditions', () => {
  it('in Chinese', async () => {
    const { wording: w } = await wordsFor('zh-CN', chainFor('national'));
    expect(w.conditions(counted('sameDay'))).toBe('如果自缴费之日起满等待期的当天开始享受待遇');
    expect(w.conditions(counted('nextDay'))).toBe('如果自缴费之日起满等待期的次日开始享受待遇');
    expect(w.conditions(counted('sameDay', 'nextDay'))).toBe('如果自缴费之日起满等待期的当天或次日开始享受待遇');
    expect(w.conditions(counted('monthStart', 'sameDay'))).toBe('如果等待期从缴费当月算起，或自缴费之日起满等待期的当天开始享受待遇');
    expect(w.conditions(counted('monthStart', 'nextDay'))).toBe('如果等待期从缴费当月算起，或自缴费之日起满等待期的次日开始享受待遇');
    expect(w.conditions(counted('monthStart', 'nextDay', 'sameDay'))).toBe('如果无论当地如何计算等待期（从缴费当月算起，或自缴费之日起满等待期的当天或次日开始享受待遇）');
  });

  it('in English (unchanged)', async () => {
    const { wording: w } = await wordsFor('en', chainFor('national'));
    expect(w.conditions(counted('sameDay'))).toBe('if cover starts on the payment date plus the wait');
    expect(w.conditions(counted('nextDay'))).toBe('if cover starts the day after the payment date plus the wait');
    expect(w.conditions(counted('sameDay', 'nextDay'))).toBe('if cover starts on the payment date plus the wait, or the day after');
  });
});
