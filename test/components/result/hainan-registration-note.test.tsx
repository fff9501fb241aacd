// 海南 covers a child enrolled late from the registration date; a registration given before the
// payment is taken to cover from the payment (our reading). A newcomer walk (6 Dec 2026) found the
// reading only in the explanation, below an answer stated without it.
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

describe('海南, born 1 Mar 2025, registered 1 Jul, paid 5 Jul 2025', () => {
  const s = scenario({ asOf: '2025-07-10', region: 'hainan', payments: [residentPay('2025-07-05', [2025])], circumstances: { birthDate: '2025-03-01', newbornRegistrationDate: '2025-07-01' } });

  it('says the reading under "Please note", beside the answer (zh)', async () => {
    await renderResultScreen(s, { language: 'zh-CN', today: '2025-07-10' });
    await screen.findByTestId('headline');
    const notes = screen.getByRole('complementary', { name: '请注意' });
    expect(notes).toHaveTextContent('您填写的参保登记日期（2025年7月1日）早于缴费日，我们按自缴费之日（2025年7月5日）起享受待遇计算，不会更早。');
  });

  it('and in English', async () => {
    await renderResultScreen(s, { today: '2025-07-10' });
    await screen.findByTestId('headline');
    const notes = screen.getByRole('complementary', { name: 'Please note' });
    expect(notes).toHaveTextContent('The registration date you gave (July 1, 2025) is before the payment date: we take cover to start when the money arrives (July 5, 2025), not earlier.');
  });
});
