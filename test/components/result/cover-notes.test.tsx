// During a lapse and a wait the pooled fund pays nothing in every region (R11, S1); only the
// personal account is left to regions, unconfirmed nationally. The note is marked unconfirmed
// (RULES R11) but leads with the personal account, so the national rule no longer reads as doubtful.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

/** 湖北: covered 2024, no cover in 2025, 2026 paid on 1 Dec 2025 (a 3-month wait). */
const lapsed = scenario({ asOf: '2025-12-01', region: 'hubei', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2025-12-01', [2026])] });

describe('the note on the lapse and the wait', () => {
  it('in English: unconfirmed, about the personal account, with no reimbursement anywhere', async () => {
    await renderResultScreen(lapsed, { today: '2025-12-01' });
    await screen.findByTestId('headline');
    const notes = screen.getByRole('complementary', { name: 'During the lapse and the wait' });
    expect(within(notes).getByRole('listitem')).toHaveTextContent('Unconfirmed: If you have a personal account, whether you can use it during the lapse and the wait depends on your region. Costs from that time are not reimbursed in any region.');
    expect(notes).not.toHaveTextContent('Unconfirmed: During a lapse or a wait the pooled fund pays nothing');
  });

  it('in Chinese', async () => {
    await renderResultScreen(lapsed, { language: 'zh-CN', today: '2025-12-01' });
    await screen.findByTestId('headline');
    const notes = screen.getByRole('complementary', { name: '断保期间和等待期内' });
    expect(within(notes).getByRole('listitem').textContent).toMatch(/^未核实：\s?如您有个人账户，断保期间和等待期内能否使用，由当地规定；这期间的费用在各地都不能报销。$/);
  });
});

/**
 * 甘肃: covered 2025 and 2026, 2027 paid on 10 Jan 2027, after the window (a wait, but no lapse).
 * The note speaks of the wait alone.
 */
const continuousLate = scenario({ asOf: '2026-12-06', region: 'gansu', years: { 2025: 'resident', 2026: 'resident' }, payments: [residentPay('2027-01-10', [2027], 0, 'planned')] });

/**
 * 湖北: a baby born 10 Mar 2026, enrolled on 10 Dec 2026 after its newborn period (2026 free, 2027
 * paid): some regions make it wait, but it never had cover to lose, nor a personal account.
 */
const lateNewborn = scenario({ asOf: '2026-12-05', region: 'hubei', circumstances: { birthDate: '2026-03-10', parentInsured: true }, payments: [residentPay('2026-12-10', [2026, 2027], 0, 'planned')] });

describe('the note where the answer shows no lapse, only a wait', () => {
  it('in English: the wait alone, not a lapse', async () => {
    await renderResultScreen(continuousLate, { today: '2026-12-06' });
    await screen.findByTestId('headline');
    expect(screen.queryByRole('complementary', { name: 'During the lapse and the wait' })).toBeNull();
    const notes = screen.getByRole('complementary', { name: 'During the wait' });
    expect(within(notes).getByRole('listitem')).toHaveTextContent('Unconfirmed: If you have a personal account, whether you can use it during the wait depends on your region. Costs from that time are not reimbursed in any region.');
  });

  it('in Chinese', async () => {
    await renderResultScreen(continuousLate, { language: 'zh-CN', today: '2026-12-06' });
    await screen.findByTestId('headline');
    const notes = screen.getByRole('complementary', { name: '等待期内' });
    expect(within(notes).getByRole('listitem').textContent).toMatch(/^未核实：\s?如您有个人账户，等待期内能否使用，由当地规定；等待期内的费用在各地都不能报销。$/);
    expect(notes).not.toHaveTextContent('断保');
  });

  it('a baby (a first enrolment in the resident scheme) has no personal account: no such note', async () => {
    await renderResultScreen(lateNewborn, { today: '2026-12-05' });
    await screen.findByTestId('headline');
    expect(screen.queryByRole('complementary', { name: /^During/ })).toBeNull();
    expect(screen.queryByText(/personal account/)).toBeNull();
  });
});
