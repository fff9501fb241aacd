// "Only N of your repair years shorten the wait", where regions differ on N (湖南, 3 repair years
// planned after a six-year lapse: 1 where the wait counts additional years, 2 where it counts
// every year): said once with both counts, not as two notes that read as contradicting each other.
import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProviders, createQueryClient } from '../../../src/app/app';
import { calculate } from '../../../src/calc';
import type { Result, Warning } from '../../../src/calc';
import { WarningsList } from '../../../src/features/result/warnings-list';
import type { SupportedLanguage } from '../../../src/i18n/languages';
import { chainFor } from '../../fixtures/packs';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { makeI18n, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const hunan = scenario({
  asOf: '2026-11-15',
  region: 'hunan',
  years: { 2019: 'resident', 2020: 'none', 2021: 'none', 2022: 'none', 2023: 'none', 2024: 'none', 2025: 'none', 2026: 'none' },
  payments: [residentPay('2026-12-10', [2027], 3, 'planned')],
});

function run(): Result {
  const outcome = calculate(hunan, chainFor('hunan'));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
}

async function renderWarnings(warnings: Warning[], language: SupportedLanguage) {
  render(
    <AppProviders i18n={await makeI18n(language)} queryClient={createQueryClient()}>
      <WarningsList warnings={warnings} />
    </AppProviders>,
  );
  return screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
}

describe('repair years that help in some regions only', () => {
  it('the calculator raises it twice, in some regions each: 1 and 2 useful years', () => {
    const repair = run().warnings.filter((w) => w.id === 'repairRemovesNothing');
    expect(repair.map((w) => [w.params.useful, w.someRegions])).toEqual([
      [1, true],
      [2, true],
    ]);
  });

  it('in English, one note naming both counts', async () => {
    const lines = (await renderWarnings(run().warnings, 'en')).filter((l) => l.includes('repair'));
    expect(lines).toEqual(['Depending on your region, the following may apply. You plan 3 years of repair, but only 1 or 2 years can shorten your wait. The rest buys nothing.']);
  });

  it('in Chinese', async () => {
    const lines = (await renderWarnings(run().warnings, 'zh-CN')).filter((l) => l.includes('修复'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('您计划修复3年，但只有1或2年能缩短等待期，其余部分没有作用。');
  });

  it('a count every region shares is said as it is', async () => {
    const one: Warning = { id: 'repairRemovesNothing', params: { repairYears: 3, useful: 1 } } as Warning;
    expect(await renderWarnings([one], 'en')).toEqual(['You plan 3 years of repair, but only 1 year can shorten your wait. The rest buys nothing.']);
  });
});
