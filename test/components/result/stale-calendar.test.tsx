// A share link opened after the day its answers are for (made 5 Dec 2026, opened 15 Feb 2027): the
// calendar file and the list of its reminders leave out what is already past (a newcomer's walk:
// reminders for 1 Jan and 10 Jan 2027 were still offered on 15 Feb 2027).
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

  it('opened on 15 Feb 2027: both days are past, so no file is offered, and the page says why', async () => {
    await renderResultScreen(flexible, { today: '2027-02-15' });
    await screen.findByTestId('headline');
    expect(screen.queryByRole('button', { name: /^Add to calendar/ })).not.toBeInTheDocument();
    expect(screen.getByText('There is no date to put in a calendar: this result has no fixed date still to come.')).toBeInTheDocument();
  });

  it('opened on 5 Jan 2027: only the payment day on 10 January is left', async () => {
    const { user } = await renderResultScreen(flexible, { today: '2027-01-05' });
    await screen.findByTestId('headline');
    expect(dates(await calendarFile(user))).toEqual(['20270110']);
  });
});
