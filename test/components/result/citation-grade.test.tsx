// A source's grade was a badge on screen: copied text and screen readers do not see its border,
// and read the date straight into it ("December 2021 local medical insurance bureau or
// government", a newcomer's walk). It is in brackets, as text.
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { employeePay, residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

describe('a citation read as text', () => {
  const ending = /\((national document|local medical insurance bureau or government|secondary summary|local bureau, as quoted by a state newspaper)\)$/;
  it.each(['en', 'zh-CN'] as const)('the grade comes in brackets after the date (%s)', async (language) => {
    await renderResultScreen(scenario({ asOf: '2026-02-20', region: 'jiangxi', years: { 2025: 'resident' }, payments: [residentPay('2026-02-20', [2026], 0, 'made')] }), { language, today: '2026-02-20' });
    await screen.findByTestId('headline');
    const cites = [...document.querySelectorAll('cite.citation')];
    expect(cites.length).toBeGreaterThan(0);
    for (const cite of cites) {
      const grade = cite.querySelector('.citation__grade') as HTMLElement;
      expect(grade.textContent).toMatch(language === 'en' ? /^\(.+\)$/ : /^（.+）$/);
      if (language === 'en') expect(cite.textContent?.trim()).toMatch(ending);
    }
  });

  it('a title inside a title takes the inner marks 〈〉', async () => {
    const flexible = scenario({ asOf: '2026-12-05', region: 'jiangsu', employeePeriods: [{ from: '2020-07', to: '2026-07' }], payments: [employeePay('2027-01-10', false, 'flexible', 'planned')] });
    await renderResultScreen(flexible, { language: 'zh-CN', today: '2026-12-05' });
    await screen.findByTestId('headline');
    const titles = [...document.querySelectorAll('cite.citation')].map((c) => c.textContent ?? '');
    expect(titles.some((t) => t.includes('《转发〈基本医疗保险关系转移接续暂行办法〉（职工医保等待期不超过3个月）》'))).toBe(true);
    expect(titles.some((t) => t.includes('《转发《'))).toBe(false);
  });
});
