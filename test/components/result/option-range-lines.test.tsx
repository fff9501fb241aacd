// An option whose answer is a span of dates says which date applies where, as the headline does:
// "between January 1, 2027 and June 1, 2027" alone read as if paying 2027 today could bring June
// (newcomer walk, 6 Dec 2026), where June comes only in regions whose window had closed for the
// payment already made.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

// Covered 2024, lapsed 2025, 2026 paid on 15 Mar 2026 (late in some regions): seen on 6 Dec 2026, under the national rules.
const late2026 = scenario({ asOf: '2026-12-06', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-03-15', [2026])] });

describe('an option with a span of dates', () => {
  it('in English: the dates of paying 2027 today, each with where it applies, behind "Which date applies where under this option"', async () => {
    await renderResultScreen(late2026);
    const options = screen.getByRole('list', { name: 'Options and when reimbursement restarts under each' });
    const option = within(options).getByRole('listitem', { name: /^Also pay for 2027 today/ });
    // Cover goes on from 1 January; the later days are said as the exception (finding 7, 2026-12-07).
    expect(option).toHaveTextContent('Cover continuesfrom January 1, 2027, with no break');
    expect(option).toHaveTextContent('restart later, between May 1, 2027 and June 1, 2027');
    const details = within(option).getByText('Which date applies where under this option').closest('details') as HTMLDetailsElement;
    // Closed until asked for: the options are compared by their facts first.
    expect(details.open).toBe(false);
    await userEvent.click(within(option).getByText('Which date applies where under this option'));
    expect(details.open).toBe(true);
    const lines = within(within(option).getByRole('list', { name: /^Also pay for 2027 today.* Which date applies where under this option$/ })).getAllByRole('listitem').filter((li) => li.classList.contains('headline__outcome'));
    expect(lines.map((li) => li.querySelector('.headline__when')?.textContent)).toEqual(['January 1, 2027', 'May 1, 2027', 'May 31, 2027', 'June 1, 2027']);
    // 1 January where the payment made was still taken for 2026; June only where it was not.
    expect(lines[0]).toHaveTextContent('January 1, 2027 — if your region still accepted payments for 2026 on the day you paid');
    expect(lines[3]).toHaveTextContent('your region no longer accepted payments for 2026 on the day you paid');
    expect(lines[3]).toHaveTextContent('the wait is counted in months');
  });

  it('in Chinese', async () => {
    await renderResultScreen(late2026, { language: 'zh-CN' });
    const options = screen.getByRole('list', { name: '各种做法及医保报销恢复日期' });
    const option = within(options).getByRole('listitem', { name: /^在已缴费用之外.*2027年度保费/ });
    await userEvent.click(within(option).getByText('此做法下各地适用的日期'));
    const list = within(option).getByRole('list', { name: /^在已缴费用之外.*2027年度保费.* 此做法下各地适用的日期$/ });
    expect(list).toHaveTextContent('2027年1月1日：如果您缴费时当地仍办理2026年度参保缴费');
    expect(list).toHaveTextContent('2027年6月1日');
  });

  // On paper a closed list prints as its summary alone, a "▶" nobody can open: printing opens it, and
  // closes again after what was closed (one opened by the reader stays open).
  it('is printed open, and closed again after printing', async () => {
    await renderResultScreen(late2026);
    const options = screen.getByRole('list', { name: 'Options and when reimbursement restarts under each' });
    const summary = within(options).getByText('Which date applies where under this option');
    const details = summary.closest('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    window.dispatchEvent(new Event('beforeprint'));
    expect(details.open).toBe(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(details.open).toBe(false);
    // Opened by the reader: left open after printing.
    await userEvent.click(summary);
    window.dispatchEvent(new Event('beforeprint'));
    window.dispatchEvent(new Event('afterprint'));
    expect(details.open).toBe(true);
  });

  it('an option with one date has no such list', async () => {
    // 阜新, lapsed 2025 and 2026, 2027 planned in the window: its own rules give each option one date.
    await renderResultScreen(scenario({ asOf: '2026-11-20', region: 'liaoning-fuxin', years: { 2023: 'resident', 2024: 'resident' }, payments: [{ ...residentPay('2026-11-20', [2027]), status: 'planned' }] }));
    const options = within(screen.getByRole('list', { name: 'Options and when reimbursement restarts under each' })).getAllByRole('listitem', { name: /./ });
    expect(options.length).toBeGreaterThan(0);
    for (const option of options) expect(within(option).queryByText('Which date applies where under this option')).toBeNull();
  });
});
