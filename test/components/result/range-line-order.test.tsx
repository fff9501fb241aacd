// A range with more outcomes than lines: the dates one by one, the line summing up the other
// dates, then the no-cover outcome last (newcomer walk, 6 Dec 2026: 江苏, 2027 planned for 15 Mar
// 2027, read June 1, June 13, "no cover in 2027", then "between June 14 and June 16").
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const jiangsu = scenario({ asOf: '2026-12-06', region: 'jiangsu', years: { 2025: 'resident', 2026: 'resident' }, payments: [residentPay('2027-03-15', [2027], 0, 'planned')] });

describe('the order of a range’s lines', () => {
  it('江苏, 2027 paid on 15 Mar 2027: June 1, June 13, the other June days, then no cover in 2027', async () => {
    await renderResultScreen(jiangsu, { today: '2026-12-06' });
    const list = screen.getByRole('list', { name: 'Which date applies in which case' });
    const firsts = within(list)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement === list)
      .map((li) => li.querySelector('.headline__when')?.textContent);
    expect(firsts).toEqual(['June 1, 2027', 'June 13, 2027', 'Between June 14, 2027 and June 16, 2027', expect.stringMatching(/^No cover in 2027/)]);
  });
});
