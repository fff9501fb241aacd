// R5 under regional values (§8), on screen: a repair option whose years shorten the wait only
// where every lapse year counts (呼和浩特) says so, naming the condition and the regions as the
// headline's lines do, and says that elsewhere the extra premium buys nothing (or no more than
// fewer repair years). A region that pins the reading shows no such words.
import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProviders, createQueryClient } from '../../../src/app/app';
import { calculate } from '../../../src/calc';
import type { Result, Scenario } from '../../../src/calc';
import { OptionsList } from '../../../src/features/result/options-list';
import type { SupportedLanguage } from '../../../src/i18n/languages';
import { chainFor } from '../../fixtures/packs';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { makeI18n, serveRules } from '../wizard/harness';

function run(s: Scenario): Result {
  const outcome = calculate(s, chainFor(s.region));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
}

async function renderOptions(s: Scenario, language: SupportedLanguage, made = false) {
  const i18n = await makeI18n(language);
  const result = run(s);
  render(
    <AppProviders i18n={i18n} queryClient={createQueryClient()}>
      <OptionsList options={result.options} asOf={s.asOf} made={made} plan={result.main.restoration} chain={chainFor(s.region)} />
    </AppProviders>,
  );
}

/** Covered 2025, not 2026; plans 2027 on 2026-12-02. */
const oneYear = (region = 'national') => scenario({ asOf: '2026-12-02', region, years: { 2025: 'resident', 2026: 'none' }, payments: [residentPay('2026-12-02', [2027], 0, 'planned')] });
/** Covered 2024, not 2025–2026; plans 2027 on 2026-12-10. */
const twoYears = (region = 'national') => scenario({ asOf: '2026-12-02', region, years: { 2024: 'resident', 2025: 'none', 2026: 'none' }, payments: [residentPay('2026-12-10', [2027], 0, 'planned')] });

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

describe('a repair option that helps only in some regions (R4, R5, §8)', () => {
  it('zh-CN, one lapse year: the card names 呼和浩特 as where it helps, and says it buys nothing elsewhere', async () => {
    await renderOptions(oneYear(), 'zh-CN');
    const card = screen.getByRole('listitem', { name: '在计划缴费日（2026年12月2日）修复1年' });
    expect(card).toHaveTextContent('2027年4月1日');
    const note = within(card).getByText(/^这一做法只在部分地区有用/);
    expect(note).toHaveTextContent(
      '这一做法只在部分地区有用：如果每个断保年度（含第一年）都增加等待期（适用地区：内蒙古·呼和浩特），修复1年能缩短等待期，让医保报销更早恢复。' +
        '在其他地区（适用地区：辽宁·阜新、山东·青岛、甘肃（按我们对当地规定的理解）、吉林（按我们对当地规定的理解）、湖北及其他2个地区），修复不会缩短等待期，多缴的个人缴费不会让医保报销更早恢复。',
    );
  });

  it('en, two lapse years: 2 repair years help fully only in Hohhot; elsewhere 1 does as much. 1 repair year has no caveat', async () => {
    await renderOptions(twoYears(), 'en');
    const two = screen.getByRole('listitem', { name: 'Repair 2 years with the payment you plan on December 10, 2026' });
    expect(within(two).getByText(/^This helps fully only in some regions/)).toHaveTextContent(
      'This helps fully only in some regions: if every lapse year, the first included, lengthens the wait (region: Hohhot, Inner Mongolia), each of the 2 repair years shortens your wait and brings your reimbursement forward. ' +
        'Elsewhere (regions: Fuxin, Liaoning; Qingdao, Shandong; Gansu by our reading of its rules; Jilin by our reading of its rules; Hubei; and 2 more), repairing 1 year shortens your wait just as much: the further repair years do not bring your reimbursement forward.',
    );
    const one = screen.getByRole('listitem', { name: 'Repair 1 year with the payment you plan on December 10, 2026' });
    expect(within(one).queryByText(/only in some regions/)).toBeNull();
  });

  it('en, one lapse year, the payment already made: the "what if" with a repair year says the same', async () => {
    const s = oneYear();
    await renderOptions({ ...s, payments: [residentPay('2026-12-02', [2027], 0, 'made')] }, 'en', true);
    const card = screen.getByRole('listitem', { name: 'If your payment of December 2, 2026 (already made) had included 1 repair year' });
    expect(within(card).getByText(/^This helps only in some regions/)).toHaveTextContent(
      'This helps only in some regions: if every lapse year, the first included, lengthens the wait (region: Hohhot, Inner Mongolia), repairing 1 year shortens your wait and brings your reimbursement forward. ' +
        'Elsewhere (regions: Fuxin, Liaoning; Qingdao, Shandong; Gansu by our reading of its rules; Jilin by our reading of its rules; Hubei; and 2 more), repair does not shorten your wait: the extra premium does not bring your reimbursement forward.',
    );
  });

  it('paying today with a repair year says the same (one lapse year, 2027 planned for 15 Jan 2027, seen 2 Dec 2026)', async () => {
    // Paid today: 1 April 2027, or 1 May where every lapse year counts; with the repair year too, 1 April
    // everywhere. Elsewhere the year's premium brings nothing forward: the card must not imply it does.
    const s = scenario({ asOf: '2026-12-02', years: { 2025: 'resident', 2026: 'none' }, payments: [residentPay('2027-01-15', [2027], 0, 'planned')] });
    await renderOptions(s, 'en');
    const card = screen.getByRole('listitem', { name: 'Pay today (December 2, 2026) for 2027, with 1 repair year' });
    expect(card).toHaveTextContent('April 1, 2027');
    expect(within(card).getByText(/^This helps only in some regions/)).toHaveTextContent(
      'This helps only in some regions: if every lapse year, the first included, lengthens the wait (region: Hohhot, Inner Mongolia), repairing 1 year shortens your wait and brings your reimbursement forward. ' +
        'Elsewhere (regions: Fuxin, Liaoning; Qingdao, Shandong; Gansu by our reading of its rules; Jilin by our reading of its rules; Hubei; and 2 more), repair does not shorten your wait: the extra premium does not bring your reimbursement forward.',
    );
  });

  it('zh-CN: paying today with a repair year says where it helps', async () => {
    const s = scenario({ asOf: '2026-12-02', years: { 2025: 'resident', 2026: 'none' }, payments: [residentPay('2027-01-15', [2027], 0, 'planned')] });
    await renderOptions(s, 'zh-CN');
    const card = screen.getByRole('listitem', { name: '今天（2026年12月2日）缴纳2027年度保费，并修复1年' });
    expect(within(card).getByText(/^这一做法只在部分地区有用/)).toHaveTextContent(
      '这一做法只在部分地区有用：如果每个断保年度（含第一年）都增加等待期（适用地区：内蒙古·呼和浩特），修复1年能缩短等待期，让医保报销更早恢复。' +
        '在其他地区（适用地区：辽宁·阜新、山东·青岛、甘肃（按我们对当地规定的理解）、吉林（按我们对当地规定的理解）、湖北及其他2个地区），修复不会缩短等待期，多缴的个人缴费不会让医保报销更早恢复。',
    );
  });

  it('北京, which does not state the reading, zh-CN: the card says it depends on the region\'s rules, not "only in some regions"', async () => {
    // Covered 2023-24, lapsed 2025; 2026 and 2027 planned for today, 7 Dec 2026 (a newcomer's walk: the
    // card said 只在部分地区有用 and 在其他地区 under 北京's own rules, and its dates were 各地适用的).
    const s = scenario({ asOf: '2026-12-07', region: 'beijing', years: { 2023: 'resident', 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-12-07', [2026, 2027], 0, 'planned')] });
    await renderOptions(s, 'zh-CN');
    const card = screen.getByRole('listitem', { name: '在计划缴费日（2026年12月7日）修复1年' });
    expect(within(card).getByText(/^这一做法是否有用/)).toHaveTextContent(
      '这一做法是否有用，取决于当地规定：如果每个断保年度（含第一年）都增加等待期，修复1年能缩短等待期，让医保报销更早恢复。否则，修复不会缩短等待期，多缴的个人缴费不会让医保报销更早恢复。',
    );
    expect(within(card).getByText('此做法下各种情形对应的日期')).toBeInTheDocument();
    expect(screen.queryByText(/部分地区|其他地区|各地适用/)).toBeNull();
  });

  it('北京, en: "Whether this helps depends on your region\'s rules … Otherwise …"', async () => {
    const s = scenario({ asOf: '2026-12-07', region: 'beijing', years: { 2023: 'resident', 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-12-07', [2026, 2027], 0, 'planned')] });
    await renderOptions(s, 'en');
    const card = screen.getByRole('listitem', { name: 'Repair 1 year with the payment you plan on December 7, 2026' });
    expect(within(card).getByText(/^Whether this helps/)).toHaveTextContent(
      "Whether this helps depends on your region's rules: if every lapse year, the first included, lengthens the wait, repairing 1 year shortens your wait and brings your reimbursement forward. Otherwise, repair does not shorten your wait: the extra premium does not bring your reimbursement forward.",
    );
    expect(within(card).getByText('Which date applies in which case under this option')).toBeInTheDocument();
    expect(screen.queryByText(/some regions|Elsewhere|applies where/)).toBeNull();
  });

  it('呼和浩特 and 青岛 pin the reading: no card says it helps only in some regions', async () => {
    await renderOptions(twoYears('neimenggu-hohhot'), 'en');
    expect(screen.getByRole('listitem', { name: 'Repair 2 years with the payment you plan on December 10, 2026' })).toBeInTheDocument();
    expect(screen.queryByText(/only in some regions/)).toBeNull();
  });

  it('青岛, two lapse years, zh-CN: its one repair option has no such words', async () => {
    await renderOptions(twoYears('shandong-qingdao'), 'zh-CN');
    expect(screen.getByRole('listitem', { name: '在计划缴费日（2026年12月10日）修复1年' })).toBeInTheDocument();
    expect(screen.queryByText(/只在部分地区/)).toBeNull();
  });

  it('W36 under the national rules, en: where no repair year helps (甘肃: no 2027 cover after its late enrolment closes) is said apart from where fewer help', async () => {
    // Lapsed 2025; 2026 paid late on 2026-12-01; 2027 planned for 2027-06-01 (RULES.md §10 W36).
    const w36 = scenario({ asOf: '2026-12-04', years: { 2025: 'none' }, payments: [residentPay('2026-12-01', [2026]), residentPay('2027-06-01', [2027], 0, 'planned')] });
    await renderOptions(w36, 'en');
    const two = screen.getByRole('listitem', { name: 'Repair 2 years with the payment you plan on June 1, 2027' });
    const note = within(two).getByText(/^This helps fully only in some regions/).textContent ?? '';
    const fewer = /Elsewhere \(([^)]*)\), repairing 1 year shortens your wait just as much/.exec(note);
    // The second group is "in yet other regions", not a second "elsewhere".
    const none = /In yet other regions \(([^)]*)\), repair does not shorten your wait/.exec(note);
    expect(note.match(/Elsewhere/g)).toHaveLength(1);
    expect(fewer?.[1]).toContain('Fuxin, Liaoning');
    expect(fewer?.[1]).not.toContain('Gansu');
    expect(none?.[1]).toContain('Gansu');
    // The 1-year option says the same of 甘肃.
    const one = screen.getByRole('listitem', { name: 'Repair 1 year with the payment you plan on June 1, 2027' });
    expect(within(one).getByText(/^This helps only in some regions/).textContent).toMatch(/Elsewhere \([^)]*Gansu[^)]*\), repair does not shorten your wait/);
  });
});
