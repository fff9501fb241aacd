// A range's days are the regions' own, not every day between the first and the last. Where
// they are two, the headline, the timeline's summary, the options and the calendar file say
// "on X or Y" / 「X或Y」, as the warnings do (two-cover-start-days.test.tsx): "between X and Y"
// would offer the days in between, which no region gives. From three days on, "between" stays.
// National rules, 2024 covered, 2025 lapsed, 2026 planned: paid on 20 Dec 2025, the wait ends on
// 1 Apr or 1 May 2026 (whether the first lapse year lengthens it); paid on 20 Jan 2026, after
// some regions' windows have closed, six days from 1 Apr to 21 May 2026.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { calendarFile, renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const two = scenario({ asOf: '2025-12-10', years: { 2024: 'resident' }, payments: [residentPay('2025-12-20', [2026], 0, 'planned')] });
const six = scenario({ asOf: '2026-01-10', years: { 2024: 'resident' }, payments: [residentPay('2026-01-20', [2026], 0, 'planned')] });
const timeline = () => screen.getByRole('img', { name: /^(Timeline|时间线)/ }).getAttribute('aria-label') ?? '';
const unfolded = (ics: string) => ics.replace(/\r\n /g, '').replace(/\\,/g, ',');

describe('a range of two days says "X or Y"', () => {
  it('in English: the headline, the timeline, the option and the calendar file', async () => {
    const { user } = await renderResultScreen(two, { today: '2025-12-10' });
    expect(await screen.findByTestId('headline')).toHaveTextContent(/^Your reimbursement restarts on April 1, 2026 or May 1, 2026, depending on your region's rules\.$/);
    expect(timeline()).toContain('depending on your region, reimbursement restarts on April 1, 2026 or May 1, 2026.');
    const options = screen.getByRole('list', { name: 'Options and when reimbursement restarts under each' });
    expect(within(options).getByText("April 1, 2026 or May 1, 2026, depending on your region's rules")).toBeInTheDocument();
    const ics = unfolded(await calendarFile(user));
    expect(ics).toContain("Depending on your region's rules, reimbursement restarts on April 1, 2026 or May 1, 2026. This reminder is on the earlier of the two dates");
    expect(ics).toContain("Depending on your region's rules, reimbursement restarts on April 1, 2026 or May 1, 2026. This reminder is on the later of the two dates");
    expect(screen.getByTestId('headline').textContent).not.toMatch(/between/);
    expect(timeline()).not.toMatch(/between/);
    expect(ics).not.toMatch(/restarts between/);
  });

  it('in Chinese: 2026年4月1日或2026年5月1日, not 之间', async () => {
    const { user } = await renderResultScreen(two, { language: 'zh-CN', today: '2025-12-10' });
    expect(await screen.findByTestId('headline')).toHaveTextContent(/^您的医保报销将在2026年4月1日或2026年5月1日恢复，具体日期取决于当地规定。$/);
    expect(timeline()).toContain('根据当地规定，医保报销将在2026年4月1日或2026年5月1日恢复。');
    expect(screen.getByText('2026年4月1日或2026年5月1日，取决于当地规定')).toBeInTheDocument();
    const ics = unfolded(await calendarFile(user));
    expect(ics).toContain('根据当地规定不同，医保报销在2026年4月1日或2026年5月1日恢复。本提醒设在两个日期中较早的一个');
    expect(screen.getByTestId('headline').textContent).not.toMatch(/之间/);
    expect(timeline()).not.toMatch(/之间/);
  });
});

describe('a range of three days or more still says "between X and Y"', () => {
  it('in English', async () => {
    const { user } = await renderResultScreen(six, { today: '2026-01-10' });
    expect(await screen.findByTestId('headline')).toHaveTextContent(/^Your reimbursement restarts between April 1, 2026 and May 21, 2026, depending on your region's rules\.$/);
    expect(timeline()).toContain('depending on your region, reimbursement restarts between April 1, 2026 and May 21, 2026.');
    expect(unfolded(await calendarFile(user))).toContain("Depending on your region's rules, reimbursement restarts between April 1, 2026 and May 21, 2026.");
  });

  it('in Chinese: 之间', async () => {
    await renderResultScreen(six, { language: 'zh-CN', today: '2026-01-10' });
    expect(await screen.findByTestId('headline')).toHaveTextContent(/^您的医保报销将在2026年4月1日至2026年5月21日之间恢复，具体日期取决于当地规定。$/);
    expect(timeline()).toContain('根据当地规定，医保报销将在2026年4月1日至2026年5月21日之间恢复。');
  });
});
