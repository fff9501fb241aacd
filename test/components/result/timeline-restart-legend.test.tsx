// One name for the day reimbursement restarts, in the timeline's legend and its table. The table
// says a single restart date in the row of the cover it begins ("Covered again, June 1, 2026,
// ongoing" / 「医保报销恢复，2026年6月1日，持续」); the legend named the same diamond "Reimbursement
// restarts" / 「医保报销将恢复」, a name no row had. The diamond is now drawn in the legend entry of
// that period, beside its swatch, under the row's name. Where no period starts on the day (阜新: a
// restart that needs 2027 paid too), the marker keeps its own row, and the legend its own name.
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../../src/calc';
import type { SupportedLanguage } from '../../../src/i18n/languages';
import { employeePay, residentPay, scenario } from '../../fixtures/scenarios';
import { renderTimelineRows, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

/**
 * The legend's name for the single-date restart diamond (the legend is hidden from assistive
 * technology, so read from the page), every name the legend gives, and the table's rows as
 * [what, from, until].
 */
async function timeline(s: Scenario, language: SupportedLanguage) {
  const rows = await renderTimelineRows(s, language);
  const entries = [...document.querySelectorAll('.timeline__legend li')];
  const restart = entries.filter((li) => li.querySelector('.marker--restoration')).map((li) => li.textContent);
  return { restart, legend: entries.map((li) => li.textContent), rows };
}

/** The legend names the restart diamond exactly as the table names the row of its day. */
async function expectOneName(s: Scenario, language: SupportedLanguage, day: string, name: string, until: string) {
  const { restart, legend, rows } = await timeline(s, language);
  expect(rows.filter((r) => r[1] === day)).toEqual([[name, day, until]]);
  expect(restart).toEqual([name]);
  // Once: the diamond shares its period's entry instead of a second entry of the same name.
  expect(legend.filter((l) => l === name)).toHaveLength(1);
  cleanup();
  return legend;
}

/** 青岛 flexible worker, employee cover to June 2025, paid on 10 Mar 2026 without back-pay: a 3-month wait, reimbursement restarts on 1 Jun 2026. */
const qingdao = (asOf: string) => scenario({ asOf, region: 'shandong-qingdao', employeePeriods: [{ from: '2020-01', to: '2025-06' }], payments: [employeePay('2026-03-10', false, 'flexible')] });

describe('the restart diamond is named as the table row of its day', () => {
  it('青岛, seen on the day of payment: "Covered again" / 医保报销恢复, never "Reimbursement restarts" / 医保报销将恢复', async () => {
    const en = await expectOneName(qingdao('2026-03-10'), 'en', 'June 1, 2026', 'Covered again', 'ongoing');
    expect(en).not.toContain('Reimbursement restarts');
    const zh = await expectOneName(qingdao('2026-03-10'), 'zh-CN', '2026年6月1日', '医保报销恢复', '持续');
    expect(zh).not.toContain('医保报销将恢复');
  });

  it('青岛, seen on 1 Jul 2026, after the restart: the same names, no past-tense marker name beside them', async () => {
    const en = await expectOneName(qingdao('2026-07-01'), 'en', 'June 1, 2026', 'Covered again', 'ongoing');
    expect(en).not.toContain('Reimbursement restarted');
    const zh = await expectOneName(qingdao('2026-07-01'), 'zh-CN', '2026年6月1日', '医保报销恢复', '持续');
    expect(zh).not.toContain('医保报销已恢复');
  });

  it('阜新, the restart needing 2027 paid too: no period starts on its day, so the diamond keeps its own name, the same as its row', async () => {
    const fuxin = scenario({ asOf: '2026-10-10', region: 'liaoning-fuxin', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-10-10', [2026])] });
    await expectOneName(fuxin, 'en', 'January 10, 2027', 'Reimbursement restarts', '');
    await expectOneName(fuxin, 'zh-CN', '2027年1月10日', '医保报销将恢复', '');
  });
});
