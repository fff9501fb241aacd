// R1c on the option cards: 湖南 charges the full ¥1,100 for a 2026 payment after the window ends on
// 31 January (P-HN1). A plan on 10 March pays it; paying today, 10 January, is still at the
// personal contribution, which the pack does not know, so the card's cost could only say "the
// amount may differ". The card says in words that paying then avoids the full premium.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

/** 湖南: covered 2025, plans to pay 2026 on 10 Mar 2026 (from 8 Jun, the full ¥1,100), seen on `asOf`. */
const hunan = (asOf: string) => scenario({ asOf, region: 'hunan', years: { 2025: 'resident' }, payments: [residentPay('2026-03-10', [2026], 0, 'planned')] });

/** An option's card by its title. */
const card = (title: string) => screen.getByRole('listitem', { name: title });

describe('湖南, seen on 10 January 2026, while the window is open', () => {
  it.each([
    [
      'en',
      'Pay today (January 10, 2026) for 2026',
      'This avoids the full premium: paid by January 31, 2026, the premium for 2026 is the personal contribution. Your plan pays after that day, when your region charges the full premium of CN¥1,100.',
      'January 1, 2026',
    ],
    ['zh-CN', '今天（2026年1月10日）缴纳2026年度保费', '这样缴费可以避免按全额保费缴纳：在2026年1月31日及之前缴纳，2026年度按个人缴费标准缴费；按原计划在此之后缴费，当地按全额保费¥1,100收取。', '2026年1月1日'],
  ] as const)('%s: paying today says it avoids the full premium', async (language, title, note, date) => {
    await renderResultScreen(hunan('2026-01-10'), { language, today: '2026-01-10' });
    await screen.findByTestId('headline');
    const today = card(title);
    expect(within(today).getByText(note)).toBeVisible();
    expect(within(today).getAllByRole('definition')[0]).toHaveTextContent(date);
    // Said once, on that card: paying for 2027 in its window pays another year.
    expect(screen.getAllByText(note)).toHaveLength(1);
  });
});

describe('湖南, seen on 5 March 2026, after the window', () => {
  it('paying today costs the full premium too: no such note', async () => {
    await renderResultScreen(hunan('2026-03-05'), { today: '2026-03-05' });
    await screen.findByTestId('headline');
    expect(card('Pay today (March 5, 2026) for 2026')).toBeVisible();
    expect(screen.queryByText(/avoids the full premium/)).toBeNull();
  });
});
