// §8.3: a line names the regions known to use what it says. Under the national rules, a low-income
// person paying on 15 Mar 2025 (W24 without a region) is covered from the payment date or the next
// day. No region is known to cover exempt people from the payment date (an interpretation): that
// line names none, where it used to name the regions of the late-enrolment rule beside it (阜新,
// 广州, 河北 …). The next-day line names 江西, whose notice says so (P-JX4).
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const w24 = scenario({ asOf: '2025-03-15', region: 'national', circumstances: { lowIncomeNotByChoice: true }, payments: [residentPay('2025-03-15', [2025])] });

describe('regions named beside a condition no region is known to use', () => {
  it('in English: the payment-date line names none, the next-day line names Jiangxi', async () => {
    await renderResultScreen(w24, { today: '2025-03-15' });
    await screen.findByTestId('headline');
    const items = within(screen.getByRole('list', { name: 'Which date applies where' })).getAllByRole('listitem');
    const paymentDay = items.find((li) => /March 15, 2025/.test(li.textContent ?? ''));
    const nextDay = items.find((li) => /March 16, 2025/.test(li.textContent ?? ''));
    expect(paymentDay?.textContent).toMatch(/covered from the payment date/);
    expect(paymentDay?.textContent).not.toMatch(/Fuxin|Guangzhou|Hebei|Xuchang|Hohhot|more/);
    expect(nextDay?.textContent).toMatch(/Jiangxi/);
  });

  it('in Chinese too', async () => {
    await renderResultScreen(w24, { language: 'zh-CN', today: '2025-03-15' });
    await screen.findByTestId('headline');
    const items = within(screen.getByRole('list', { name: '各地适用的日期' })).getAllByRole('listitem');
    const paymentDay = items.find((li) => /2025年3月15日/.test(li.textContent ?? ''));
    expect(paymentDay?.textContent).not.toMatch(/阜新|广州|河北|许昌|呼和浩特|其他/);
    expect(items.find((li) => /2025年3月16日/.test(li.textContent ?? ''))?.textContent).toMatch(/江西/);
  });
});
