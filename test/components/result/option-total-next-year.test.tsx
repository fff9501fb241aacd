// 北京, working age, 2024 paid, 2025 not, 2026 planned on 5 Dec 2026: a repair year shortens the wait past the
// end of 2026, so that option's dates also need 2027 paid (I4). Its amount is the payment's own
// years (2026 and the repair year), and says it leaves 2027 out, or it reads as all it takes.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const beijing = scenario({ asOf: '2026-12-05', region: 'beijing', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-12-05', [2026], 0, 'planned')], circumstances: { premiumTier: 'workingAge' } });

/** The option card whose title starts with `title`. */
function card(list: HTMLElement, title: RegExp): HTMLElement {
  const found = within(list)
    .getAllByRole('listitem')
    .find((li) => li.classList.contains('option') && title.test(li.textContent ?? ''));
  if (!found) throw new Error(`no option ${title}`);
  return found;
}

describe("an option whose dates also need the next year paid: its amount says it leaves that year out", () => {
  it('in Chinese', async () => {
    await renderResultScreen(beijing, { language: 'zh-CN', today: '2026-12-05' });
    const list = screen.getByRole('list', { name: '各种做法及医保报销恢复日期' });
    const repair = card(list, /修复1年/);
    expect(repair).toHaveTextContent('须同时缴纳2027年度保费');
    expect(repair).toHaveTextContent(/本次缴费金额¥1,590（不含须同时缴纳的2027年度保费）/);
  });

  it('in English', async () => {
    await renderResultScreen(beijing, { today: '2026-12-05' });
    const list = screen.getByRole('list', { name: 'Options and when reimbursement restarts under each' });
    const repair = card(list, /repair 1 year/i);
    expect(repair).toHaveTextContent(/Cost of this payment\s*CN¥1,590 \(without the 2027 premium you would also need to pay\)/);
  });
});
