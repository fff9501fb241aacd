// A region whose own rules we only read as using a value (its pack takes it as an interpretation)
// is named for it as our reading, never beside the regions that state it (RULES §8.3, §2). Under the
// national rules, 2024 covered, 2025 not, 2026 paid on 10 Mar 2026 with one repair year: 湖南 counts
// waits in days (P-HN2, 「3个月(按90天计算)」) and its pack reads the wait as running from the payment
// date, giving 8 Jun 2026. The 8 June line named no region at all (a newcomer's walk); now it names
// 湖南, marked as our reading (甘肃, read the same way, no longer takes 2026 payments then: not named).
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { calculate } from '../../../src/calc';
import { chainFor } from '../../fixtures/packs';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const late = scenario({ asOf: '2026-03-10', region: 'national', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-03-10', [2026], 1)] });

/** The headline's line for a date, as shown. */
async function lineFor(date: RegExp): Promise<string> {
  const headline = await screen.findByTestId('headline');
  const items = within(headline.closest('section') ?? document.body).getAllByRole('listitem').filter((li) => li.classList.contains('headline__outcome'));
  return items.find((li) => date.test(li.textContent ?? ''))?.textContent ?? '';
}

describe('regions named as we read their rules', () => {
  it('湖南\'s own rules give 8 Jun 2026 (a date of the national range)', () => {
    const own = calculate({ ...late, region: 'hunan' }, chainFor('hunan'));
    if (!own.ok) throw new Error('invalid');
    expect(own.result.main.restoration).toEqual({ kind: 'date', date: '2026-06-08' });
    const national = calculate(late, chainFor('national'));
    if (!national.ok) throw new Error('invalid');
    const r = national.result.main.restoration;
    expect(r.kind === 'range' && r.outcomes.map((o) => (o.restoration.kind === 'date' ? o.restoration.date : null))).toContain('2026-06-08');
  });

  it('in Chinese: the 8 June line names 湖南 as our reading', async () => {
    await renderResultScreen(late, { language: 'zh-CN', today: '2026-03-10' });
    await screen.findByTestId('headline');
    const line = await lineFor(/2026年6月8日/);
    expect(line).toMatch(/（适用地区：湖南（按我们对当地规定的理解））$/);
  });

  it('in English', async () => {
    await renderResultScreen(late, { today: '2026-03-10' });
    await screen.findByTestId('headline');
    const line = await lineFor(/June 8, 2026/);
    expect(line).toMatch(/\(region: Hunan by our reading of its rules\)$/);
  });
});
