// A 成都 flexible worker after employer-paid cover: 成都's rules leave the wait open, and one of
// the known local rules (counting the months since the employer stopped paying) is 武汉's. Its
// note ties the rule to the line that names it, so someone in 成都 reads why 武汉 is mentioned.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { employeePay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const chengdu = scenario({ asOf: '2026-12-05', region: 'sichuan-chengdu', employeePeriods: [{ from: '2020-01', to: '2026-03', paidBy: 'employer' }], payments: [employeePay('2026-12-01', true, 'flexible')] });

describe("another region's rule behind one line of a range", () => {
  it('in English, the note names the rule as the line does, then whose it is', async () => {
    await renderResultScreen(chengdu, { today: '2026-12-05' });
    expect(screen.getByTestId('headline').parentElement).toHaveTextContent('your region counts the months since the employer stopped paying');
    const notes = screen.getByRole('complementary', { name: 'Please note' });
    expect(within(notes).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(notes).toHaveTextContent("Wuhan's rule for flexible workers after employer-paid cover, which counts the months since the employer stopped paying, comes from a secondary summary");
  });

  it('in Chinese', async () => {
    await renderResultScreen(chengdu, { language: 'zh-CN', today: '2026-12-05' });
    const notes = screen.getByRole('complementary', { name: '请注意' });
    expect(notes).toHaveTextContent('单位停止缴费后以灵活就业人员身份缴费的，按停缴后的月数分档的规定（武汉的做法）来自二手资料');
  });
});
