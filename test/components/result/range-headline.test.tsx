// Results that depend on the region (RULES.md §8), by role and label: the headline's lines
// with their conditions and regions in both languages, "choose your region for one date"
// recalculating in place, no cover this year, waits counted in days, costs, and words (never
// ids) for notes and grades. Every expected date comes from the real calculator with the
// shipped packs, never written down here.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProviders, createQueryClient } from '../../../src/app/app';
import { calculate } from '../../../src/calc';
import type { Condition, Note, Restoration, Result, Scenario, Source } from '../../../src/calc';
import { Citation } from '../../../src/features/result/citation';
import { NotesList } from '../../../src/features/result/notes-list';
import { OptionsList } from '../../../src/features/result/options-list';
import { RangeOutcomes } from '../../../src/features/result/range-outcomes';
import { ResultLoader } from '../../../src/features/result/result-loader';
import type { SupportedLanguage } from '../../../src/i18n/languages';
import { chainFor } from '../../fixtures/packs';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { makeI18n, renderResultScreen, serveRules } from '../wizard/harness';

/** Covered 2025, pays 2026 on `date` (W34 on 2026-01-20 under the national rules). */
const payer2026 = (date: string, region = 'national') => scenario({ asOf: date, region, years: { 2025: 'resident' }, payments: [residentPay(date, [2026])] });
const W34 = payer2026('2026-01-20');

function run(s: Scenario): Result {
  const outcome = calculate(s, chainFor(s.region));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
}

const longDate = (language: SupportedLanguage, iso: string) =>
  new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

const regionNames = chainFor('national').at(-1)?.regionNames ?? {};

/** The headline's lines for a range: the list's own items, not the clauses listed under a date. */
function outcomeLines(name: string): HTMLElement[] {
  const list = screen.getByRole('list', { name });
  return within(list).getAllByRole('listitem').filter((item) => item.parentElement === list);
}

const cite = (container: HTMLElement) => container.querySelector('cite') as HTMLElement;

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

async function renderScreen(s: Scenario, language: SupportedLanguage = 'en', onChooseRegion?: (region: string) => void) {
  return (await renderResultScreen(s, { language, ...(onChooseRegion ? { onChooseRegion } : {}) })).user;
}

/** The result as the app shows it: the answers (here, just the scenario) change when a region is chosen. */
function Flow({ initial }: { initial: Scenario }) {
  const [s, setS] = useState(initial);
  return <ResultLoader scenario={s} focusOnMount={false} onStartAgain={() => {}} onEdit={() => {}} onChooseRegion={(region) => setS({ ...s, region })} />;
}

/** The result in English with "choose your region" working in place (Flow); the region list, once shown. */
async function renderFlow(initial: Scenario) {
  const i18n = await makeI18n('en');
  render(
    <AppProviders i18n={i18n} queryClient={createQueryClient()}>
      <Flow initial={initial} />
    </AppProviders>,
  );
  return { user: userEvent.setup(), region: await screen.findByRole('combobox', { name: 'Your region' }) };
}

describe('a range in the headline', () => {
  it('W34 in English: the span, then at most four lines, dated first, each "date — if …" with the regions known for it', async () => {
    const r = run(W34).main.restoration;
    if (r.kind !== 'range') throw new Error(`expected a range, got ${r.kind}`);
    await renderScreen(W34, 'en', () => {});
    expect(screen.getByTestId('headline')).toHaveTextContent(
      // Covered in 2025: no lapse, so cover "starts" (continuing-cover.test.tsx), not "restarts"; paid and seen after
      // the earliest day and before the latest, so partly past.
      `Depending on your region's rules, your cover has already started (on ${longDate('en', r.earliest)} at the earliest) or will start by ${longDate('en', r.latest)}.`,
    );
    const lines = outcomeLines('Which date applies where');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.length).toBeLessThanOrEqual(4);
    // The earliest outcome first: the window still open on the payment date, with its regions by name.
    const first = r.outcomes[0];
    expect(lines[0]).toHaveTextContent(new RegExp(`^${longDate('en', r.earliest)} — if your region's 2026 enrolment window was still open on your payment date \\(regions: `));
    const firstRegion = first?.when[0]?.[0]?.regions[0] as string;
    expect(lines[0]).toHaveTextContent(regionNames[firstRegion]?.en as string);
    if (r.outcomes.length > 4) {
      const dated = r.outcomes.filter((o) => o.restoration.kind !== 'noCover').map((o) => (o.restoration as { date: string }).date);
      expect(lines).toHaveLength(4);
      // The rest in one line, with what leads to its dates (never a bare "other regions").
      expect(lines[3]).toHaveTextContent(new RegExp(`^Between ${longDate('en', dated[3] as string)} and ${longDate('en', r.latest)} — (if|depends on)`));
      expect(lines[3]).not.toHaveTextContent('Other regions');
    }
    // Words, never ids.
    for (const line of lines) expect(line.textContent).not.toMatch(/resident\.|windowEnd|afterWindow|noExtension|[a-z]+-[a-z]+/);
    expect(screen.getByRole('heading', { level: 2, name: 'Choose your region to see if it gives one date' })).toBeInTheDocument();
  });

  it('W34 in Chinese: plain words, the regions by their Chinese names', async () => {
    const r = run(W34).main.restoration;
    if (r.kind !== 'range') throw new Error(`expected a range, got ${r.kind}`);
    await renderScreen(W34, 'zh-CN', () => {});
    expect(screen.getByTestId('headline')).toHaveTextContent(`根据当地规定，您的医保待遇已经开始享受（最早自${longDate('zh-CN', r.earliest)}起），或最晚将自${longDate('zh-CN', r.latest)}起享受。`);
    const lines = outcomeLines('各地适用的日期');
    expect(lines.length).toBeLessThanOrEqual(4);
    expect(lines[0]).toHaveTextContent(new RegExp(`^${longDate('zh-CN', r.earliest)}：如果您缴费时当地2026年度集中参保期尚未结束（适用地区：`));
    const firstRegion = r.outcomes[0]?.when[0]?.[0]?.regions[0] as string;
    expect(lines[0]).toHaveTextContent(regionNames[firstRegion]?.['zh-CN'] as string);
    for (const line of lines) expect(line.textContent).not.toMatch(/规则包|数值来自|[a-z]{3,}/);
    expect(screen.getByRole('heading', { name: '选择您所在的地区，看看能否得出确切日期' })).toBeInTheDocument();
    // The "why" names each rule that differs between regions in words.
    const why = screen.getByRole('region', { name: '计算依据（逐步说明）' });
    expect(why).toHaveTextContent(/结果取决于各地不同的(一项|几项)规定：(.+、)?集中参保期的截止日期（2026年度的规定）/);
    expect(why).not.toHaveTextContent('resident.windowEnd');
  });

  // RULES.md §10 W34: the last line's dates (1 to 21 April) come from the waiting period counted in
  // months or days, the same day, the next or the month's start. Every such rule leads into the line,
  // so the line says only what decides that the date falls there, as one sentence (it had the unit
  // and the convention as a nested list of alternatives, one of them redundant).
  it.each([
    ['en', 'Which date applies where', "Between April 1, 2026 and April 21, 2026 — if your region's 2026 enrolment window had already ended on your payment date and your region has no extended payment period, or has one in which the wait still applies (regions: Gansu by our reading of its rules; Nantong, Jiangsu by our reading of its rules; Xinjiang Production and Construction Corps)"],
    ['zh-CN', '各地适用的日期', '2026年4月1日至2026年4月21日之间：如果您缴费时当地2026年度集中参保期已经结束，且当地没有延长缴费期，或在延长缴费期内缴费仍需经过待遇等待期（适用地区：甘肃（按我们对当地规定的理解）、江苏·南通（按我们对当地规定的理解）、新疆生产建设兵团）'],
  ] as const)('W34 [%s]: four lines, the last two plain conditions in one sentence with the regions known for them', async (language, label, last) => {
    await renderScreen(W34, language, () => {});
    const lines = outcomeLines(label);
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(within(line).queryByRole('list')).not.toBeInTheDocument();
    expect(lines[2]).toHaveTextContent(language === 'en' ? /^January 21, 2026 — .*from the day after payment \(region: Jiangxi\)$/ : /^2026年1月21日：.*自缴费次日起享受待遇（适用地区：江西）$/);
    expect(lines[3]?.textContent).toBe(last);
  });

  it('the region list is grouped by province in pinyin order, a province with cities listed as its other places', async () => {
    await renderScreen(W34, 'zh-CN', () => {});
    const select = await screen.findByRole('combobox', { name: '您所在的地区' });
    await waitFor(() => expect(select).toBeEnabled());
    // Top level in pinyin order: 北京 (B), 福建 with 厦门 (F), 甘肃 (G) …; a province without cities is a plain option.
    const top = [...select.children].map((c) => (c instanceof HTMLOptGroupElement ? `[${c.label}]` : c.textContent));
    expect(top.slice(0, 4)).toEqual(['请选择地区', '北京市', '[福建省]', '甘肃省']);
    expect(new Set(top).size).toBe(top.length);
    const guangdong = [...select.querySelectorAll('optgroup')].find((g) => g.label === '广东省') as HTMLOptGroupElement;
    // The province's own rules, for its places without rules of their own: named as the result then
    // names them (广东省), with the places in plain words, not 辖区内 (an office's word).
    expect([...guangdong.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['广东省其他地区', '广东·广州']);
    // An autonomous region is no 省: its own rules are for the other places in its area, not "in the province".
    const neimenggu = [...select.querySelectorAll('optgroup')].find((g) => g.label === '内蒙古自治区') as HTMLOptGroupElement;
    expect(neimenggu.querySelector('option')?.textContent).toBe('内蒙古自治区其他地区');
    // 河南 has only a city's pack: its group is named in full like every other.
    expect([...select.querySelectorAll('optgroup')].map((g) => g.label)).toContain('河南省');
  });

  it('"choose your region" recalculates in place to one date, moves focus to it and announces it', async () => {
    const expected = run({ ...W34, region: 'beijing' }).main.restoration;
    if (expected.kind !== 'date') throw new Error(`expected one date for Beijing, got ${expected.kind}`);
    const { user, region } = await renderFlow(W34);
    // Asking without a choice says what to do.
    await user.click(screen.getByRole('button', { name: 'Show my date' }));
    expect(screen.getByText('Choose a region from the list first.')).toBeInTheDocument();
    await waitFor(() => expect(within(region).getByRole('option', { name: 'Beijing Municipality' })).toBeInTheDocument());
    await user.selectOptions(region, 'Beijing Municipality');
    await user.click(screen.getByRole('button', { name: 'Show my date' }));
    const headline = screen.getByTestId('headline');
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Which date applies where' })).not.toBeInTheDocument());
    expect(headline).toHaveTextContent(longDate('en', expected.date));
    expect(headline).not.toHaveTextContent('between');
    // Focus moves in an effect after the recalculated answer commits: on a loaded machine that can be a
    // tick after the list has gone, so wait for it rather than race it.
    await waitFor(() => expect(headline).toHaveFocus());
    expect(screen.getByTestId('headline-announcement')).toHaveTextContent('Answer updated for Beijing Municipality.');
    // Seen, not only announced: the chooser now lists only the other regions.
    expect(screen.getByTestId('headline-announcement')).not.toHaveClass('visually-hidden');
    // The person can still look at another region.
    expect(screen.getByRole('heading', { name: 'Check another region' })).toBeInTheDocument();
    // No dates are left above to ask the office about.
    expect(screen.getByText('To compare, choose another region whose rules we have.')).toBeInTheDocument();
    expect(screen.queryByText(/which of the dates above/)).not.toBeInTheDocument();
  });
  it('a province with cities is offered as its other places and then named as its rules are: "Rest of Fujian Province", then "Fujian Province"', async () => {
    const { user, region } = await renderFlow(W34);
    await waitFor(() => expect(within(region).getByRole('option', { name: 'Rest of Fujian Province' })).toBeInTheDocument());
    expect(within(region).queryByRole('option', { name: /other places in this region/ })).toBeNull();
    await user.selectOptions(region, 'Rest of Fujian Province');
    await user.click(screen.getByRole('button', { name: 'Show my date' }));
    await waitFor(() => expect(screen.getByTestId('headline-announcement')).toHaveTextContent('Answer updated for Fujian Province.'));
  });
});

describe('conditions of three or more clauses', () => {
  // Paid 5 Mar 2026 under the national rules: lines of one clause and of three.
  const march = payer2026('2026-03-05');

  it('are a list under the date they give, one clause an item; a one-clause line stays one sentence', async () => {
    await renderScreen(march, 'en', () => {});
    const lines = outcomeLines('Which date applies where');
    const long = lines.find((l) => within(l).queryByRole('list') !== null) as HTMLElement;
    expect(long).toBeDefined();
    expect(long).toHaveTextContent(/ — if all of these apply:/);
    const clauses = within(within(long).getByRole('list')).getAllByRole('listitem');
    expect(clauses.length).toBeGreaterThanOrEqual(3);
    expect(clauses[0]).toHaveTextContent(/^your region still accepted payments for 2026 on the day you paid$/);
    // No clause is still joined to another with "and".
    for (const clause of clauses) expect(clause.textContent).not.toMatch(/, | and /);
    const noCover = lines.find((l) => l.textContent?.startsWith('No cover in 2026')) as HTMLElement;
    expect(noCover).toHaveTextContent(/ — if your region no longer accepted payments for 2026 on the day you paid/);
    expect(within(noCover).queryByRole('list')).not.toBeInTheDocument();
  });

  it('in Chinese: 如果同时符合以下情形, then one clause an item', async () => {
    await renderScreen(march, 'zh-CN', () => {});
    const long = outcomeLines('各地适用的日期').find((l) => within(l).queryByRole('list') !== null) as HTMLElement;
    expect(long).toHaveTextContent(/：如果同时符合以下情形：/);
    const clauses = within(within(long).getByRole('list')).getAllByRole('listitem');
    expect(clauses[0]).toHaveTextContent(/^您缴费时当地仍办理2026年度参保缴费$/);
    for (const clause of clauses) expect(clause.textContent).not.toMatch(/，且/);
  });

  it('what every alternative shares is listed once, then "and one of these:" with the alternatives as a list of their own', async () => {
    // Made up: no shipped range has this shape once the simplifier counts variants (the one this
    // test used, a 2026 payment in March then 2027 planned, now reads as one condition).
    const c = (param: Condition['param'], answer: string): Condition => ({ param, year: 2026, answer, regions: [], sources: ['S4'] });
    const after = c('resident.windowEnd', 'afterWindow');
    const range: Extract<Restoration, { kind: 'range' }> = {
      kind: 'range',
      earliest: '2026-01-01',
      latest: '2026-04-21',
      noCoverPossible: false,
      outcomes: [
        { restoration: { kind: 'date', date: '2026-01-01' }, when: [[c('resident.windowEnd', 'window')]] },
        { restoration: { kind: 'date', date: '2026-04-01' }, when: [[after, c('resident.extension', 'noExtension'), c('resident.waitUnit', 'months')], [after, c('resident.extension', 'fixedWait'), c('resident.dateConvention', 'nextDay')]] },
        { restoration: { kind: 'date', date: '2026-04-21' }, when: [[after, c('resident.extension', 'noExtension'), c('resident.waitUnit', 'days')], [after, c('resident.extension', 'fixedWait'), c('resident.dateConvention', 'sameDay')]] },
      ],
    };
    render(
      <AppProviders i18n={await makeI18n('en')} queryClient={createQueryClient()}>
        <RangeOutcomes range={range} chain={chainFor('national')} />
      </AppProviders>,
    );
    const second = outcomeLines('Which date applies where')[1] as HTMLElement;
    const clauses = within(second).getAllByRole('list')[0] as HTMLElement;
    const items = within(clauses).getAllByRole('listitem').filter((item) => item.parentElement === clauses);
    expect(items[0]).toHaveTextContent(/^your region's 2026 enrolment window had already ended/);
    const oneOf = items.find((item) => item.textContent?.startsWith('and one of these:')) as HTMLElement;
    expect(oneOf).toBeDefined();
    expect(within(within(oneOf).getByRole('list')).getAllByRole('listitem')).toHaveLength(2);
  });
});

describe('a range under a region\'s own rules', () => {
  it('W21 (Beijing, after its window): says that even this region\'s rules leave the date open', async () => {
    const s = payer2026('2026-03-10', 'beijing');
    if (run(s).main.restoration.kind !== 'range') throw new Error('expected a range for W21');
    await renderScreen(s, 'en', () => {});
    expect(screen.getByText(/^The rules we have for Beijing Municipality do not settle this date:/)).toBeInTheDocument();
  });
});

describe('a region chosen from the result whose own rules still give a range', () => {
  it('W21 from the national rules: the chooser no longer promises one date, and the region says why', async () => {
    const s = payer2026('2026-03-10');
    if (run({ ...s, region: 'beijing' }).main.restoration.kind !== 'range') throw new Error('expected a range for W21 under Beijing');
    const { user, region } = await renderFlow(s);
    await waitFor(() => expect(within(region).getByRole('option', { name: 'Beijing Municipality' })).toBeInTheDocument());
    expect(screen.getByRole('heading', { name: 'Choose your region to see if it gives one date' })).toBeInTheDocument();
    await user.selectOptions(region, 'Beijing Municipality');
    await user.click(screen.getByRole('button', { name: 'Show my date' }));
    await waitFor(() => expect(screen.getByTestId('headline-announcement')).toHaveTextContent('Answer updated for Beijing Municipality.'));
    expect(screen.getByText(/^The rules we have for Beijing Municipality do not settle this date:/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Check another region' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Choose your region to see if it gives one date' })).not.toBeInTheDocument();
  });
});

describe('single answers that are not a plain date', () => {
  it('W32 (Gansu, after the supplementary period): no cover this year, in words and in the timeline table', async () => {
    const s = payer2026('2026-03-05', 'gansu');
    expect(run(s).main.restoration).toEqual({ kind: 'noCover', year: 2026 });
    await renderScreen(s);
    expect(screen.getByTestId('headline')).toHaveTextContent('This payment brings no cover in 2026: by the day you paid, your region no longer accepted payments for that year.');
    expect(screen.getByTestId('headline')).toHaveTextContent('Pay in the next enrolment window.');
    const table = screen.getByRole('table', { name: 'The timeline as a table' });
    const row = within(table).getByRole('rowheader', { name: 'No cover this year from this payment: pay in the next enrolment window' }).closest('tr') as HTMLElement;
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['March 5, 2026', 'December 31, 2026']);
    expect(within(table).queryByRole('rowheader', { name: 'Reimbursement restarts' })).not.toBeInTheDocument();
    expect(screen.getByRole('img', { name: /this payment brings no cover in 2026/ })).toBeInTheDocument();
  });

  it('W32 in Chinese', async () => {
    await renderScreen(payer2026('2026-03-05', 'gansu'), 'zh-CN');
    expect(screen.getByTestId('headline')).toHaveTextContent('这笔已缴的费用在2026年度享受不到医保待遇：您缴费时，当地已停止办理该年度的参保缴费。');
    expect(screen.getByTestId('headline')).toHaveTextContent('请在下一个集中参保期缴费。');
  });

  it('a range that includes no cover says so in the headline and keeps that line in view', async () => {
    const s = payer2026('2026-03-05');
    const r = run(s).main.restoration;
    if (r.kind !== 'range' || !r.noCoverPossible) throw new Error('expected a range that includes no cover');
    await renderScreen(s, 'en', () => {});
    expect(screen.getByTestId('headline')).toHaveTextContent('or this payment brings no cover in 2026');
    const lines = outcomeLines('Which date applies where');
    expect(lines.length).toBeLessThanOrEqual(4);
    expect(lines.some((l) => l.textContent?.startsWith('No cover in 2026; pay in the next enrolment window — if '))).toBe(true);
  });

  it('W31 (Hunan): a wait in days, in both languages, with the full premium charged after the window', async () => {
    const s = payer2026('2026-03-10', 'hunan');
    const result = run(s);
    expect(result.main.waiting).toMatchObject({ unit: 'days', total: 90 });
    await renderScreen(s);
    const facts = screen.getByTestId('headline').closest('section') as HTMLElement;
    expect(within(facts).getByText(/\(90 days\)$/)).toBeInTheDocument();
    expect(within(facts).getByText(/^CN¥1,100 a year: the full premium, which your region charges for payments from February 1, 2026$/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'The timeline as a table' });
    expect(within(table).getByRole('rowheader', { name: 'Waiting period: no reimbursement (90 days)' })).toBeInTheDocument();
    const why = screen.getByRole('region', { name: 'Why: step by step' });
    expect(why).toHaveTextContent('a fixed waiting period of 90 days applies (your region counts the wait in days)');
    expect(why).toHaveTextContent('You pay CN¥1,100 for the year: the full premium');
  });

  it('W31 in Chinese: 90天', async () => {
    await renderScreen(payer2026('2026-03-10', 'hunan'), 'zh-CN');
    const facts = screen.getByTestId('headline').closest('section') as HTMLElement;
    expect(within(facts).getByText(/（90天）$/)).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: '时间线（表格）' })).getByRole('rowheader', { name: '待遇等待期：不能报销（90天）' })).toBeInTheDocument();
  });
});

describe('options, notes and sources', () => {
  it('options show a range as a range and the cost in yuan where the region prices it', async () => {
    // 北京 prices 2026 (its pack has no 2027 premium, so a 2027 payment would cost "years of premium").
    const s = scenario({ asOf: '2026-03-01', region: 'beijing', years: { 2024: 'none', 2025: 'none' }, payments: [residentPay('2026-03-10', [2026], 0, 'planned')], circumstances: { premiumTier: 'workingAge' } });
    const result = run(s);
    const options = result.options;
    const priced = options.find((o) => o.kind === 'repair' && o.costYuan !== null && o.extraCostYuan !== null);
    if (!priced) throw new Error('expected a priced repair option');
    const i18n = await makeI18n('en');
    render(
      <AppProviders i18n={i18n} queryClient={createQueryClient()}>
        <OptionsList options={options} asOf={s.asOf} made={false} plan={result.main.restoration} />
      </AppProviders>,
    );
    const yuan = (n: number) => new Intl.NumberFormat('en', { style: 'currency', currency: 'CNY', maximumFractionDigits: 0 }).format(n);
    const card = screen.getByRole('heading', { name: `Repair ${priced.repairYears} year${priced.repairYears === 1 ? '' : 's'} with the payment you plan on March 10, 2026` }).closest('li') as HTMLElement;
    expect(within(card).getByText('Premium compared with your plan').nextElementSibling).toHaveTextContent(`${yuan(priced.extraCostYuan as number)} more`);
    expect(within(card).getByText('Cost of this payment').nextElementSibling).toHaveTextContent(yuan(priced.costYuan as number));
    const r = priced.restoration;
    if (r.kind === 'range') expect(card).toHaveTextContent(`between ${longDate('en', r.earliest)} and ${longDate('en', r.latest)}, depending on your region`);
  });

  it('a note without a sentence of its own still reads as words, never as its id', async () => {
    const i18n = await makeI18n('en');
    const notes: Note[] = [
      { id: 'resident.extension', kind: 'unconfirmed', rule: 'R1a', affects: 'restoration', sources: [], params: { value: '{"end":"02-28"}' } },
      { id: 'X9.notYetWorded', kind: 'regional', rule: 'X2', affects: 'restoration', sources: [], params: {} },
      { id: 'R7.daysSameDay', kind: 'interpretation', rule: 'R7', affects: 'restoration', sources: [], params: {} },
      // One regional variant's value (national rules): some regions' rule, not one "we use".
      { id: 'resident.windowEnd', kind: 'unconfirmed', rule: 'R1', affects: 'restoration', sources: [], params: {}, variant: true },
    ];
    render(
      <AppProviders i18n={i18n} queryClient={createQueryClient()}>
        <NotesList notes={notes} title="Please note" />
      </AppProviders>,
    );
    const items = within(screen.getByRole('complementary', { name: 'Please note' })).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Unconfirmed: What we use for the extended payment period and when its cover starts is not yet confirmed');
    expect(items[1]).toHaveTextContent('Regional: Regions differ on this rule');
    expect(items[2]).toHaveTextContent('we read it as cover from the payment date plus 90 days');
    expect(items[3]).toHaveTextContent(/^Unconfirmed: Some regions' rule on .+, as used here, is not yet confirmed by an official source/);
    for (const item of items) expect(item.textContent).not.toMatch(/resident\.extension|X9|notYetWorded|daysSameDay|\{/);
  });

  it('a state newspaper quoting the bureau is labelled as such', async () => {
    const i18n = await makeI18n('zh-CN');
    const source: Source = { id: 'P-HN1', title: '湖南居民医保集中征缴', issuer: '湖南日报', date: '2025-10-01', grade: 'B(news)' };
    render(
      <AppProviders i18n={i18n} queryClient={createQueryClient()}>
        <Citation source={source} />
      </AppProviders>,
    );
    expect(screen.getByText('（官方媒体转述的地方医保局说法）')).toBeInTheDocument();
  });

  it('in English, a source’s Chinese title, number and issuer are marked as Chinese, and the gloss and grade as the page’s English', async () => {
    const i18n = await makeI18n('en');
    const source: Source = { id: 'S1', title: '关于做好医保工作的通知', titleEn: 'Notice on medical insurance work', number: '医保发〔2025〕1号', issuer: '国家医保局', date: '2025-01-01', grade: 'A', url: 'https://www.nhsa.gov.cn/' };
    const { container } = render(
      <AppProviders i18n={i18n} queryClient={createQueryClient()}>
        <Citation source={source} />
      </AppProviders>,
    );
    // The title is Chinese; the words that it opens in a new tab are the page's.
    const link = screen.getByRole('link', { name: '《关于做好医保工作的通知》(opens in a new tab)' });
    expect(within(link).getByText('《关于做好医保工作的通知》')).toHaveAttribute('lang', 'zh-CN');
    expect(within(link).getByText('(opens in a new tab)')).not.toHaveAttribute('lang');
    expect(screen.getByText('医保发〔2025〕1号')).toHaveAttribute('lang', 'zh-CN');
    expect(screen.getByText('国家医保局')).toHaveAttribute('lang', 'zh-CN');
    // The comma between them is the page's: no full-width comma on an English page.
    expect(cite(container)).toHaveTextContent('医保发〔2025〕1号, 国家医保局');
    expect(cite(container).textContent).not.toContain('，');
    // Its date in the page's one date style, outside the Chinese part.
    expect(cite(container)).toHaveTextContent('国家医保局, January 1, 2025');
    expect(cite(container)).toHaveTextContent('(Notice on medical insurance work)');
    // Everything English in the citation is outside the Chinese parts.
    for (const part of cite(container).querySelectorAll('[lang="zh-CN"]')) expect(part.textContent).not.toMatch(/Notice|official|January/i);
    // The grade is a word of its own, not run into the date.
    expect(cite(container).textContent).toMatch(/January 1, 2025 \S/);
  });

  it('in English, a gloss with parentheses of its own nests them as brackets, not as parentheses in parentheses', async () => {
    const source: Source = { id: 'P-HB1', title: '2026年度城乡居民医保参保缴费指南（荆州新闻网）', titleEn: 'Guide to the 2026 resident premium (Jingzhou news)', issuer: '荆州市医疗保障局（荆州新闻网）', issuerEn: 'Jingzhou Healthcare Security Administration (Jingzhou News)', date: '2025-10', grade: 'B(news)' };
    const en = render(
      <AppProviders i18n={await makeI18n('en')} queryClient={createQueryClient()}>
        <Citation source={source} />
      </AppProviders>,
    );
    expect(cite(en.container)).toHaveTextContent('(Guide to the 2026 resident premium [Jingzhou news])');
    expect(cite(en.container)).toHaveTextContent('荆州市医疗保障局（荆州新闻网） (Jingzhou Healthcare Security Administration [Jingzhou News]), October 2025');
    en.unmount();
  });

  it('in English, the issuer is followed by its English gloss, outside the Chinese part; in Chinese, no gloss', async () => {
    const source: Source = { id: 'S3', title: '关于医保工作的通知', titleEn: 'Notice on medical insurance', issuer: '国家医疗保障局', issuerEn: 'National Healthcare Security Administration', date: '2025-01-01', grade: 'A' };
    const en = render(
      <AppProviders i18n={await makeI18n('en')} queryClient={createQueryClient()}>
        <Citation source={source} />
      </AppProviders>,
    );
    expect(cite(en.container)).toHaveTextContent('国家医疗保障局 (National Healthcare Security Administration), January 1, 2025');
    expect(screen.getByText('国家医疗保障局')).toHaveAttribute('lang', 'zh-CN');
    en.unmount();
    const zh = render(
      <AppProviders i18n={await makeI18n('zh-CN')} queryClient={createQueryClient()}>
        <Citation source={source} />
      </AppProviders>,
    );
    expect(cite(zh.container)).toHaveTextContent('国家医疗保障局，2025年1月1日');
    expect(cite(zh.container).textContent).not.toContain('Administration');
  });

  it('a source dated by its year alone: 2021年 in Chinese, 2021 in English', async () => {
    const source: Source = { id: 'S4', title: '关于医保工作的通知', titleEn: 'Notice', issuer: '国家医疗保障局办公室', date: '2021', grade: 'A' };
    const zh = render(
      <AppProviders i18n={await makeI18n('zh-CN')} queryClient={createQueryClient()}>
        <Citation source={source} />
      </AppProviders>,
    );
    expect(cite(zh.container)).toHaveTextContent('国家医疗保障局办公室，2021年');
    zh.unmount();
    const en = render(
      <AppProviders i18n={await makeI18n('en')} queryClient={createQueryClient()}>
        <Citation source={source} />
      </AppProviders>,
    );
    expect(cite(en.container)).toHaveTextContent(/国家医疗保障局办公室, 2021 \S/);
  });

  it('in Chinese, the number and the issuer are joined by a full-width comma', async () => {
    const i18n = await makeI18n('zh-CN');
    const source: Source = { id: 'S1', title: '关于做好医保工作的通知', number: '医保发〔2025〕1号', issuer: '国家医保局', date: '2025-01-01', grade: 'A' };
    const { container } = render(
      <AppProviders i18n={i18n} queryClient={createQueryClient()}>
        <Citation source={source} />
      </AppProviders>,
    );
    expect(cite(container)).toHaveTextContent('医保发〔2025〕1号，国家医保局，2025年1月1日');
  });

  it('in English, an unchecked document number is followed by an English comma, never a full-width one', async () => {
    const i18n = await makeI18n('en');
    const source: Source = { id: 'S2', title: '关于医保工作的通知', number: '医保办发〔2021〕43号', numberUnverified: true, issuer: '国家医疗保障局办公室', grade: 'A' };
    const { container } = render(
      <AppProviders i18n={i18n} queryClient={createQueryClient()}>
        <Citation source={source} />
      </AppProviders>,
    );
    const text = cite(container).textContent ?? '';
    expect(text).toContain(', 国家医疗保障局办公室');
    expect(text).not.toMatch(/[a-z)]，/);
  });
});
