// The headline of a newborn's year of birth enrolled free of charge (湖北; 湖南 with a parent
// insured: X1, R1c) where the answer is a range: said of the enrolment (the `_enrol` texts,
// payer-words.ts), never "this payment" or "the day you pay".
// - Some dates before the day of enrolment: 湖北, born 5 Jan 2026, enrolled on 5 Apr 2026, day 90
//   after the birth: in time where the birth day is not counted (from birth), late in 武汉's count.
// - Every date needs 2027 paid too: 湖南, the same child enrolled for 2026 on 2 Jan 2027; 湖北 on
//   1 Jan 2027, where some regions take no enrolment for 2026 by then (no cover in 2026).
// A made enrolment whose every date is still ahead comes from no shipped rules (their earliest date
// is the day of enrolment itself): that result is the calculator's, with that day's outcome left out.
import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProviders, createQueryClient } from '../../../src/app/app';
import { calculate } from '../../../src/calc';
import type { Result, Scenario } from '../../../src/calc';
import type { SupportedLanguage } from '../../../src/i18n/languages';
import { Headline } from '../../../src/features/result/headline';
import { chainFor } from '../../fixtures/packs';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { makeI18n, renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const baby = { birthDate: '2026-01-05', parentInsured: true };
const enrol = (region: string, date: string, asOf: string, status: 'made' | 'planned'): Scenario => scenario({ asOf, region, circumstances: baby, payments: [residentPay(date, [2026], 0, status)] });

const headline = async (s: Scenario, language: SupportedLanguage) => {
  await renderResultScreen(s, { language, today: s.asOf });
  return (await screen.findByTestId('headline')).textContent;
};

/** The made enrolment's result without the outcome on the day of enrolment: every date is after it. */
function allAhead(s: Scenario): Result {
  const outcome = calculate(s, chainFor(s.region));
  if (!outcome.ok || outcome.result.main.restoration.kind !== 'range') throw new Error('a range expected');
  const { result } = outcome;
  const r = result.main.restoration;
  if (r.kind !== 'range') throw new Error('a range expected');
  const outcomes = r.outcomes.filter((o) => o.restoration.kind === 'noCover' || o.restoration.date > result.main.paymentDate);
  const earliest = outcomes.flatMap((o) => (o.restoration.kind === 'noCover' ? [] : [o.restoration.date])).sort()[0] as string;
  return { ...result, main: { ...result.main, restoration: { ...r, outcomes, earliest } } };
}

async function renderHeadline(result: Result, region: string, language: SupportedLanguage) {
  render(
    <AppProviders i18n={await makeI18n(language)} queryClient={createQueryClient()}>
      <Headline result={result} chain={chainFor(region)} region={region} made cover="first" />
    </AppProviders>,
  );
  return screen.getByTestId('headline').textContent;
}

describe('dates before the day of enrolment are backdated (someBackdated_enrol)', () => {
  const planned = enrol('hubei', '2026-04-05', '2026-04-03', 'planned');
  const made = enrol('hubei', '2026-04-05', '2026-04-07', 'made');

  it('planned, in English', async () => {
    expect(await headline(planned, 'en')).toBe("Your child's reimbursement starts between January 5, 2026 and July 6, 2026, depending on your region's rules. Dates before the day of enrolment (April 5, 2026) are backdated: once your child is enrolled, cover counts from them.");
  });

  it('planned, in Chinese', async () => {
    expect(await headline(planned, 'zh-CN')).toBe('孩子的医保报销将在2026年1月5日至2026年7月6日之间开始，具体日期取决于当地规定。上述日期如早于办理参保的日期（2026年4月5日），表示为孩子办理参保后可追溯自该日起享受待遇。');
  });

  it('made, in English', async () => {
    expect(await headline(made, 'en')).toBe("Depending on your region's rules, your child's reimbursement has already started (on January 5, 2026 at the earliest) or will start by July 6, 2026. Dates before the day your child was enrolled (April 5, 2026) are backdated: the enrolment covered your child from them.");
  });

  it('made, in Chinese', async () => {
    expect(await headline(made, 'zh-CN')).toBe('根据当地规定，孩子的医保报销已经开始（最早于2026年1月5日开始），或最晚将于2026年7月6日开始。上述日期如早于办理参保的日期（2026年4月5日），表示孩子可追溯自该日起享受待遇。');
  });
});

describe('every date needs 2027 paid too (rangeNeedsNextYear*_enrol)', () => {
  it('planned (湖南, 2 Jan 2027), in English', async () => {
    expect(await headline(enrol('hunan', '2027-01-02', '2027-01-01', 'planned'), 'en')).toBe("This enrolment alone brings no cover. If you also pay for 2027, your child's reimbursement starts between January 2, 2027 and April 2, 2027, depending on your region's rules.");
  });

  it('planned, in Chinese', async () => {
    expect(await headline(enrol('hunan', '2027-01-02', '2027-01-01', 'planned'), 'zh-CN')).toBe('仅办理这次参保不能让孩子享受待遇。如同时缴纳2027年度保费，孩子的医保报销将在2027年1月2日至2027年4月2日之间开始，具体日期取决于当地规定。');
  });

  it('made, seen after its earliest date, in English: told as what it would have taken', async () => {
    const since = enrol('hunan', '2027-01-02', '2027-01-10', 'made');
    expect(await headline(since, 'en')).toBe("This enrolment alone brought no cover. Had you also paid for 2027, your child's reimbursement would have started between January 2, 2027 and April 2, 2027, depending on your region's rules.");
  });

  it('made, seen after its earliest date, in Chinese', async () => {
    expect(await headline(enrol('hunan', '2027-01-02', '2027-01-10', 'made'), 'zh-CN')).toBe('仅办理这次参保没有让孩子享受到医保待遇。如当时同时缴纳了2027年度保费，孩子的医保报销本可在2027年1月2日至2027年4月2日之间开始，具体日期取决于当地规定。');
  });

  it('made, every date still ahead (a built result), in English', async () => {
    const result = allAhead(enrol('hunan', '2027-01-02', '2027-01-02', 'made'));
    expect(await renderHeadline(result, 'hunan', 'en')).toBe("The enrolment already made brings no cover on its own. If you also pay for 2027, your child's reimbursement starts between January 3, 2027 and April 2, 2027, depending on your region's rules.");
  });

  it('made, every date still ahead, in Chinese', async () => {
    const result = allAhead(enrol('hunan', '2027-01-02', '2027-01-02', 'made'));
    expect(await renderHeadline(result, 'hunan', 'zh-CN')).toBe('仅凭已办理的这次参保，孩子享受不到待遇。如再缴纳2027年度保费，孩子的医保报销将在2027年1月3日至2027年4月2日之间开始，具体日期取决于当地规定。');
  });
});

describe('every date needs 2027 paid too, or no cover where 2026 is no longer taken (rangeNeedsNextYearOrNoCover*_enrol)', () => {
  it('planned (湖北, 1 Jan 2027), in English: enrolments, not payments, no longer accepted', async () => {
    expect(await headline(enrol('hubei', '2027-01-01', '2026-12-30', 'planned'), 'en')).toBe(
      "This enrolment alone brings no cover: if enrolments for 2026 are no longer accepted, that year has no cover; if they still are and you also pay for 2027, your child's reimbursement starts between January 1, 2027 and April 2, 2027, depending on your region's rules.",
    );
  });

  it('planned, in Chinese', async () => {
    expect(await headline(enrol('hubei', '2027-01-01', '2026-12-30', 'planned'), 'zh-CN')).toBe('仅办理这次参保不能让孩子享受待遇：如当地已停止办理2026年度的参保，这一年享受不到待遇；如仍在办理，同时缴纳2027年度保费后，孩子的医保报销将在2027年1月1日至2027年4月2日之间开始。具体取决于当地规定。');
  });

  it('made, seen after its earliest date, in English', async () => {
    expect(await headline(enrol('hubei', '2027-01-01', '2027-01-03', 'made'), 'en')).toBe(
      "This enrolment alone brought no cover: if enrolments for 2026 were no longer accepted on the day your child was enrolled, that year had no cover; if they still were, had you also paid for 2027, your child's reimbursement would have started between January 1, 2027 and April 2, 2027, depending on your region's rules.",
    );
  });

  it('made, seen after its earliest date, in Chinese', async () => {
    expect(await headline(enrol('hubei', '2027-01-01', '2027-01-03', 'made'), 'zh-CN')).toBe('仅办理这次参保没有让孩子享受到医保待遇：如为孩子办理参保时当地已停止办理2026年度的参保，这一年享受不到待遇；如当时仍在办理并同时缴纳了2027年度保费，孩子的医保报销本可在2027年1月1日至2027年4月2日之间开始。具体取决于当地规定。');
  });

  it('made, every date still ahead (a built result), in English', async () => {
    const result = allAhead(enrol('hubei', '2027-01-01', '2027-01-01', 'made'));
    expect(await renderHeadline(result, 'hubei', 'en')).toBe(
      "The enrolment already made brings no cover on its own: if enrolments for 2026 were no longer accepted on the day your child was enrolled, that year has no cover; if they still were, once you also pay for 2027, your child's reimbursement starts between January 2, 2027 and April 2, 2027, depending on your region's rules.",
    );
  });

  it('made, every date still ahead, in Chinese', async () => {
    const result = allAhead(enrol('hubei', '2027-01-01', '2027-01-01', 'made'));
    expect(await renderHeadline(result, 'hubei', 'zh-CN')).toBe('仅凭已办理的这次参保，孩子享受不到待遇：如为孩子办理参保时当地已停止办理2026年度的参保，这一年享受不到待遇；如当时仍在办理，再缴纳2027年度保费后，孩子的医保报销将在2027年1月2日至2027年4月2日之间开始。具体取决于当地规定。');
  });
});
