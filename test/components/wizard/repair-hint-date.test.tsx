// The repair hint on the payment step while the date typed is one the step refuses (outside the
// rules' benefit years 2025-2032, or a planned day already past): the outlook waits for the date,
// so the hint says to put the date right, not "tick the year" beside a year already ticked.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answersWith, draftAt, renderWizard, serveRules } from './harness';

beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal('fetch', serveRules());
});
afterEach(() => vi.unstubAllGlobals());

/** 湖南, covered 2023 and 2024, 2027 ticked, planned on 20 Nov 2026 with 1 repair year typed (so the field stays). */
const hunanPlanned = answersWith({ region: 'hunan', payment: { status: 'planned', date: '2026-11-20', years: [2027], repairYears: 1, backPay: true } }, { 2023: 'resident', 2024: 'resident' });
/** 湖南, covered 2023 and 2024, no cover in 2025, 2026 paid on 20 Jan 2026. */
const hunanPaid = answersWith({ region: 'hunan', payment: { status: 'made', date: '2026-01-20', years: [2026], repairYears: 0, backPay: true } }, { 2023: 'resident', 2024: 'resident' });

const EN_DATE = 'Once the payment date above is corrected, this will show how many repair years can help. If you paid repair years, enter them as paid.';
const EN_TICK = 'Tick the year you pay for to see how many repair years can help. If you paid repair years, enter them as paid.';

describe('payment step: the repair hint while the date is refused', () => {
  it('English, 2027 ticked: a date in 2040 or 2033 asks for the date to be put right; 10 Dec 2032 (no box ticked) asks for the year; 20 Nov 2026 gives the outlook again', async () => {
    await renderWizard({ initial: draftAt('payment', hunanPlanned) });
    const repair = await screen.findByRole('spinbutton', { name: 'Extra years to repair the waiting period' });
    await waitFor(() => expect(repair).toHaveAccessibleDescription(/shortens it by 30 days/));
    const date = screen.getByLabelText('Date you plan to pay');
    for (const typed of ['2040-01-10', '2033-01-05', '1999-11-01']) {
      fireEvent.change(date, { target: { value: typed } });
      expect(screen.getByRole('checkbox', { name: '2027' })).toBeChecked();
      await waitFor(() => expect(repair).toHaveAccessibleDescription(EN_DATE));
    }
    // A date the rules cover, whose year (2032) is not ticked: ticking it is what is missing.
    fireEvent.change(date, { target: { value: '2032-12-10' } });
    await waitFor(() => expect(repair).toHaveAccessibleDescription(EN_TICK));
    fireEvent.change(date, { target: { value: '2026-11-20' } });
    await waitFor(() => expect(repair).toHaveAccessibleDescription(/^The lapse in your cover adds a variable waiting period/));
  });

  it('Chinese, a payment made on a date in 1999 (before 2025) with 2026 ticked: asks for the date to be put right, not for a year', async () => {
    await renderWizard({ language: 'zh-CN', initial: draftAt('payment', hunanPaid) });
    const repair = await screen.findByRole('spinbutton', { name: '为修复待遇等待期额外缴费的年数' });
    await waitFor(() => expect(repair).toHaveAccessibleDescription(/减少30天/));
    fireEvent.change(screen.getByLabelText('缴费到账日期'), { target: { value: '1999-11-01' } });
    expect(screen.getByRole('checkbox', { name: '2026年度' })).toBeChecked();
    await waitFor(() => expect(repair).toHaveAccessibleDescription('请先改正上面的缴费日期，改正后这里会显示修复几年有用。如您已缴纳修复年数，请按实际缴纳的年数填写。'));
  });
});
