// The national range for a baby's premium for the year after its birth year (born 1 Aug 2025,
// 2026 paid 1 Jun 2026): 江西's rule to the first birthday gives the day after payment; every
// other region's newborn rule (from the payment date, from the next day, the ordinary wait…)
// stops at the birth year. That line names regions whose rule is the ordinary wait too, so it
// must say what holds for all of them, not "covers the birth year only".
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SupportedLanguage } from '../../../src/i18n/languages';
import { runShipped } from '../../fixtures/packs';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const baby = scenario({ asOf: '2026-06-01', region: 'national', circumstances: { birthDate: '2025-08-01' }, payments: [residentPay('2026-06-01', [2026])] });

async function conditionLines(language: SupportedLanguage, listName: string) {
  await renderResultScreen(baby, { language, today: '2026-06-01' });
  return within(await screen.findByRole('list', { name: listName })).getAllByRole('listitem').map((li) => li.textContent ?? '');
}

describe('the newborn rule that stops at the birth year, in words true for every region named', () => {
  it('the range turns on the rule to the first birthday', () => {
    const r = runShipped(baby).main.restoration;
    expect(r.kind).toBe('range');
    expect(r.kind === 'range' && r.outcomes.flatMap((o) => o.when.flat()).some((c) => c.param === 'newborn.afterWindow' && c.answer === 'birthYearOnly')).toBe(true);
  });

  it('in English', async () => {
    const lines = await conditionLines('en', 'Which date applies where');
    expect(lines.some((l) => l.includes('your region covers children enrolled before their first birthday from the day after payment'))).toBe(true);
    expect(lines.some((l) => l.includes("your region's newborn rules do not reach the year after the birth year"))).toBe(true);
    expect(lines.join('\n')).not.toContain('covers the birth year only');
  });

  it('in Chinese', async () => {
    const lines = await conditionLines('zh-CN', '各地适用的日期');
    expect(lines.some((l) => l.includes('当地的新生儿参保规定不适用于出生次年的参保'))).toBe(true);
    expect(lines.join('\n')).not.toContain('只适用于出生当年');
  });
});

// Born 1 Jan 2026, paid 1 Apr 2026: day 90 or 91 depending on how the region counts (X1). The
// condition says which way the count went, not that "the region's rule leads to this date".
const day90 = scenario({ asOf: '2026-04-01', region: 'national', circumstances: { birthDate: '2026-01-01' }, payments: [residentPay('2026-04-01', [2026])] });

describe("the newborn period's day counting, said as what it means for the payment", () => {
  it('the range turns on the day count', () => {
    const r = runShipped(day90).main.restoration;
    expect(r.kind === 'range' && r.outcomes.flatMap((o) => o.when.flat()).some((c) => c.param === 'newborn.dayCount' && c.answer === 'within')).toBe(true);
    expect(r.kind === 'range' && r.outcomes.flatMap((o) => o.when.flat()).some((c) => c.param === 'newborn.dayCount' && c.answer === 'after')).toBe(true);
  });

  it('in Chinese', async () => {
    await renderResultScreen(day90, { language: 'zh-CN', today: '2026-04-01' });
    const text = (await screen.findByRole('list', { name: '各地适用的日期' })).textContent ?? '';
    expect(text).toContain('按当地的计算方法，您是在新生儿参保期限内缴费的');
    expect(text).toContain('按当地的计算方法，您缴费时新生儿参保期限已经结束');
    expect(text).not.toContain('规定对应这个日期');
  });

  it('in English', async () => {
    await renderResultScreen(day90, { language: 'en', today: '2026-04-01' });
    const text = (await screen.findByRole('list', { name: 'Which date applies where' })).textContent ?? '';
    expect(text).toContain('your region counts the newborn enrolment period so that your payment was within it');
    expect(text).toContain('so that it had ended before your payment');
    expect(text).not.toContain('leads to this date');
  });
});
