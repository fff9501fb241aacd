// 武汉 newborn born 1 Jan 2026, paid 1 Apr 2026 (day 91 counting the birth day, W26), seen on
// 1 May 2026: the step on the newborn period reads naturally ("after the 90 days for enrolling a
// newborn ended", once "after the period of 90 days ended"). 湖北 enrols a newborn free for the year
// of birth: the date is the day of enrolment, not a payment date, and the late rule counts from it.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const wuhanNewborn = scenario({ asOf: '2026-05-01', region: 'hubei-wuhan', payments: [residentPay('2026-04-01', [2026])], circumstances: { birthDate: '2026-01-01' } });

describe('a newborn enrolled after the newborn period', () => {
  it('in English', async () => {
    await renderResultScreen(wuhanNewborn, { today: '2026-05-01' });
    const why = screen.getByRole('region', { name: 'Why: step by step' });
    const step = within(why).getByText(/^The day of enrolment \(April 1, 2026\) is after the 90 days for enrolling a newborn \(to March 31, 2026\)\./);
    expect(step).toBeVisible();
    // Under the rule's name, not after a second one ("Newborns Newborn:").
    expect(step.textContent).toMatch(/^Newborns The day of enrolment/);
    expect(step).toHaveTextContent("Your region's rule for late newborn enrolment: cover from the first day of the month after enrolment.");
    expect(why).not.toHaveTextContent(/payment date/i);
    expect(why).not.toHaveTextContent('period of 90 days');
  });

  it('in Chinese', async () => {
    await renderResultScreen(wuhanNewborn, { language: 'zh-CN', today: '2026-05-01' });
    const why = screen.getByRole('region', { name: '计算依据（逐步说明）' });
    const step = within(why).getByText(/^办理参保的日期（2026年4月1日）已超过出生后90天的期限（截至2026年3月31日）。/);
    expect(step).toBeVisible();
    expect(step.textContent).toMatch(/^新生儿参保 办理参保的日期/);
    expect(step).toHaveTextContent('当地对超期参保新生儿的规定：自办理参保次月1日起享受待遇。');
    expect(why).not.toHaveTextContent('缴费日');
  });
});
