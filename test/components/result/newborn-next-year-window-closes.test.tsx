// The "pay soon" note (window-close.ts) on an option that pays today a year whose window may close
// within days in some regions (R1, §8.5). A newborn's plan with the next year added pays the birth
// year first, whose window is long over: the note must read the year whose window is still open
// (2027), not only the option's first year. National rules, born 20 Oct 2026, 2026 planned on
// 7 Dec 2026, seen 7 Dec 2026: the 2027 window may close on 25 Dec 2026 in some regions.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const baby = () => scenario({ asOf: '2026-12-07', circumstances: { birthDate: '2026-10-20' }, payments: [residentPay('2026-12-07', [2026], 0, 'planned')] });

describe('a newborn’s plan with 2027 added, paid today under the national rules', () => {
  it('the card says the 2027 window may close as early as 25 Dec 2026, in both languages', async () => {
    for (const [language, listName, title, note] of [
      ['en', /options/i, /^Pay for 2027 as well, on December 7, 2026/, "Pay soon: in some regions the 2027 enrolment window may close as early as December 25, 2026. Check your region's notice for its own date."],
      ['zh-CN', /各种做法/, /^2026年12月7日缴费时，一并缴纳2027年度保费/, '请尽早缴费：有的地区2027年度集中参保期最早可能于2026年12月25日截止。当地的截止日期请以当地通知为准。'],
    ] as const) {
      await renderResultScreen(baby(), { language, today: '2026-12-07' });
      await screen.findByTestId('headline');
      const card = within(screen.getByRole('list', { name: listName })).getByRole('listitem', { name: title });
      expect(within(card).getByText(note), language).toBeInTheDocument();
      cleanup();
    }
  });
});
