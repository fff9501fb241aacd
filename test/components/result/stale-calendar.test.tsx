// A share link opened after the day its answers are for (made 5 Dec 2026, opened 15 Feb 2027): the
// calendar file leaves out what is already past and puts each reminder on the next possible day
// still ahead (a newcomer's walk: reminders for 1 Jan and 10 Jan 2027 were still offered on 15 Feb 2027).
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { employeePay, scenario } from '../../fixtures/scenarios';
import { calendarFile, renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

/** 江苏 flexible worker, last paid July 2026, planning to pay on 10 Jan 2027: restart 1 Jan to 1 Apr 2027. */
const flexible = scenario({ asOf: '2026-12-05', region: 'jiangsu', employeePeriods: [{ from: '2020-07', to: '2026-07' }], payments: [employeePay('2027-01-10', false, 'flexible', 'planned')] });

const dates = (ics: string) => [...ics.matchAll(/DTSTART;VALUE=DATE:(\d{8})/g)].map((m) => m[1]);

describe('the calendar of a link opened later', () => {
  it('on the day the answers are for: the payment day and the earliest restart', async () => {
    const { user } = await renderResultScreen(flexible, { today: '2026-12-05' });
    await screen.findByTestId('headline');
    expect(dates(await calendarFile(user))).toEqual(expect.arrayContaining(['20270101', '20270110']));
  });

  it('opened on 15 Feb 2027: both days are past; the next possible restart, 1 Apr 2027, is the one reminder', async () => {
    const { user } = await renderResultScreen(flexible, { today: '2027-02-15' });
    await screen.findByTestId('headline');
    const ics = await calendarFile(user, { readable: true });
    expect(dates(ics)).toEqual(['20270401']);
    // Two days in all: the one left is the later of them, not "the next possible" of a span.
    expect(ics).toContain('SUMMARY:Possible restart of medical insurance reimbursement: one of two dates');
    expect(ics).toContain('This reminder is on the later date');
  });

  it('opened on 5 Jan 2027: the payment day on 10 January, and the next possible restart still ahead (1 Jan has passed)', async () => {
    const { user } = await renderResultScreen(flexible, { today: '2027-01-05' });
    await screen.findByTestId('headline');
    const days = dates(await calendarFile(user));
    expect(days[0]).toBe('20270110');
    expect(days).toHaveLength(2);
    expect(days[1] && days[1] > '20270105' && days[1] <= '20270401').toBe(true);
  });
});
