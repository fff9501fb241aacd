// A payment for a year whose enrolment windows the rules do not have yet: the warning beside the
// answer says so, with the year and the windows allowed for; "Please note" does not say it again.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

// Covered 2025, lapsed 2026, 2027 to be paid on 20 Dec 2026: no region's 2027 window is in the rules.
const planned2027 = scenario({ asOf: '2026-12-06', years: { 2025: 'resident', 2026: 'none' }, payments: [{ ...residentPay('2026-12-20', [2027]), status: 'planned' }] });

describe('a window not yet in the rules is said once', () => {
  it('in English: the warning names 2027; the notes do not repeat it', async () => {
    await renderResultScreen(planned2027);
    expect(screen.getByRole('article')).toHaveTextContent("The rules in this calculator do not include your region's enrolment window for 2027.");
    const notes = screen.getByRole('complementary', { name: 'Please note' });
    expect(within(notes).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(notes).not.toHaveTextContent('do not yet include any region');
    // Nor the notes closed after the timeline.
    expect(screen.getByRole('article')).not.toHaveTextContent('do not yet include any region');
  });

  it('in Chinese', async () => {
    await renderResultScreen(planned2027, { language: 'zh-CN' });
    expect(screen.getByRole('article')).toHaveTextContent('本计算器的规则未收录您所在地区2027年度的集中参保期。');
    expect(screen.getByRole('complementary', { name: '请注意' })).not.toHaveTextContent('尚未收录任何地区的集中参保期');
    expect(screen.getByRole('article')).not.toHaveTextContent('尚未收录任何地区的集中参保期');
  });

  it('is said under Please note too where an option pays for a later year with no window in the rules (2028), which the warning does not name', async () => {
    const paid2027 = scenario({ asOf: '2027-03-10', years: { 2025: 'resident', 2026: 'resident' }, payments: [residentPay('2027-03-10', [2027])] });
    await renderResultScreen(paid2027);
    const options = within(screen.getByRole('list', { name: 'Options and when reimbursement restarts under each' })).getAllByRole('listitem', { name: /2028/ });
    expect(options.length).toBeGreaterThan(0);
    expect(screen.getByRole('article')).toHaveTextContent("enrolment window for 2027.");
    expect(screen.getByRole('article')).not.toHaveTextContent("enrolment window for 2028.");
    expect(screen.getByRole('complementary', { name: 'Please note' })).toHaveTextContent('do not yet include any region');
  });
});
