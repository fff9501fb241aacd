// A newborn's plan for the birth year alone (X1): the end of cover is a range where some regions
// extend a newborn's cover into the next year (海南, 兵团), and a parent skimming "may last to
// 31 Dec 2027" could skip that year's premium. The headline says the safe step beside the range,
// and the options offer the plan with the next year added, which covers it everywhere from 1 Jan
// (福建, born 20 Oct 2026, 2026 planned on 7 Dec 2026; newcomer walk, 7 Dec 2026).
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const baby = (status: 'made' | 'planned' = 'planned', years = [2026]) =>
  scenario({ asOf: '2026-12-07', region: 'fujian', circumstances: { birthDate: '2026-10-20' }, payments: [residentPay('2026-12-07', years, 0, status)] });

describe('a newborn’s next year, beside a benefit period that may or may not run into it', () => {
  it('the headline fact gives the range and the safe step: pay 2027 in its window, in both languages', async () => {
    for (const [language, term, said] of [
      ['en', 'Benefit period ends', 'December 31, 2026 (or December 31, 2027: the rules we have for Fujian Province do not settle this). To be safe, pay the premium for 2027 in its enrolment window.'],
      ['zh-CN', '待遇享受期截至', '2026年12月31日（也可能至2027年12月31日：我们收录的福建省规定没有明确这一点）。为稳妥起见，请在集中参保期内缴纳2027年度的保费。'],
    ] as const) {
      await renderResultScreen(baby(), { language, today: '2026-12-07' });
      await screen.findByTestId('headline');
      expect(screen.getByText(term, { selector: 'dt' }).nextElementSibling, language).toHaveTextContent(new RegExp(`^${said.replace(/[()]/g, '\\$&')}$`));
      cleanup();
    }
  });

  it('2027 paid too: a firm end, no step to add', async () => {
    await renderResultScreen(baby('planned', [2026, 2027]), { today: '2026-12-07' });
    await screen.findByTestId('headline');
    expect(screen.getByText('Benefit period ends', { selector: 'dt' }).nextElementSibling).toHaveTextContent(/^December 31, 2027$/);
    expect(screen.queryByText(/To be safe, pay the premium/)).toBeNull();
  });

  it('the options offer 2026 and 2027 together on the plan’s day, 2027 then covered from 1 Jan 2027, in both languages', async () => {
    for (const [language, listName, title, note, noneText] of [
      [
        'en',
        /options/i,
        "Pay for 2027 as well, on December 7, 2026, if your region's 2027 enrolment window is open on that day",
        'This way, 2027 is covered from January 1, 2027. Your plan pays for 2026 only, so cover in 2027 is not assured.',
        /no other way of paying that would change/i,
      ],
      ['zh-CN', /各种做法/, '2026年12月7日缴费时，一并缴纳2027年度保费（如该日在当地2027年度集中参保期内）', '这样缴费，2027年度自2027年1月1日起享受待遇。您的计划只缴纳2026年度的保费，2027年度的待遇没有保证。', /没有找到能改变这一结果的其他缴费方式/],
    ] as const) {
      await renderResultScreen(baby(), { language, today: '2026-12-07' });
      await screen.findByTestId('headline');
      const options = screen.getByRole('list', { name: listName });
      const card = within(options).getByRole('listitem', { name: title });
      expect(within(card).getByRole('heading', { name: title })).toBeInTheDocument();
      expect(within(card).getByText(note)).toBeInTheDocument();
      expect(document.body).not.toHaveTextContent(noneText);
      cleanup();
    }
  });
});
