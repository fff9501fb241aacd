// Why there is no wait, in the headline's facts: a newborn enrolled within the newborn period is
// "enrolled in time"; one enrolled after it, under a region's rule for late newborns (武汉: from
// the next month, W26), is not, and the facts must not say so beside "the newborn period ended";
// nor call its rule a reason for no wait, as it may still wait (W26: to the next month).
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

// Born 1 Jan 2026, paid 1 Apr 2026: 武汉 counts the birth day as day 1, so the 90 days ended on 31 Mar.
const late = scenario({ asOf: '2026-04-01', region: 'hubei-wuhan', circumstances: { birthDate: '2026-01-01' }, payments: [residentPay('2026-04-01', [2026])] });
// Born 1 Jan 2026, paid 20 Mar 2026: within the 90 days, covered from birth.
const inTime = scenario({ asOf: '2026-03-20', region: 'hubei-wuhan', circumstances: { birthDate: '2026-01-01' }, payments: [residentPay('2026-03-20', [2026])] });

const reason = () => screen.getByText(/^(Why there is no waiting period|不设等待期的原因|Cover starts on this date because|待遇开始日期的依据)$/).nextElementSibling?.textContent;

describe('the reason a newborn has no wait', () => {
  it('in English: enrolled late is not "enrolled in time"', async () => {
    await renderResultScreen(late);
    expect(screen.getByTestId('headline').textContent).toMatch(/May 1, 2026/);
    // 湖北 charges nothing for the year of birth: an enrolment, not a payment (newborn-free-enrolment-words.test.tsx).
    expect(reason()).toBe('Enrolment after the period for enrolling a newborn; the rule for late newborn enrolment applies');
    expect(screen.getByText('Cover starts on this date because')).toBeInTheDocument();
  });

  it('in Chinese', async () => {
    await renderResultScreen(late, { language: 'zh-CN' });
    expect(reason()).toBe('办理参保的日期超过新生儿参保期限，按超期参保新生儿的规定');
  });

  it('within the newborn period it stays "enrolled in time"', async () => {
    await renderResultScreen(inTime);
    expect(reason()).toBe('Newborn enrolled in time');
    expect(screen.getByText('Why there is no waiting period')).toBeInTheDocument();
  });
});
