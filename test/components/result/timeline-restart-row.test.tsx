// The timeline's table (the drawing's text equivalent) says a single date's restart once: the row of
// the cover it begins, "Covered again, June 1, 2026, ongoing" / 「医保报销恢复，2026年6月1日，持续」. A
// second row, "Reimbursement restarts, June 1, 2026" / 「医保报销将恢复」, told the same fact again. The
// drawing keeps its diamond, on the first day of that period. Where no period starts on the day (a
// restart that needs the next year paid too), the marker keeps its row.
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { employeePay, residentPay, scenario } from '../../fixtures/scenarios';
import { renderTimelineRows, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

/** The table's rows as [what, from, until] (renderTimelineRows). */
const rows = renderTimelineRows;

/** 青岛 flexible worker, employee cover to June 2025, paid on 10 Mar 2026 without back-pay: a 3-month wait, covered again from 1 Jun 2026. */
const qingdao = scenario({ asOf: '2026-03-10', region: 'shandong-qingdao', employeePeriods: [{ from: '2020-01', to: '2025-06' }], payments: [employeePay('2026-03-10', false, 'flexible')] });

describe('a single restart date is one row of the table', () => {
  it('in English: "Covered again, June 1, 2026, ongoing", and no "Reimbursement restarts" row', async () => {
    const table = await rows(qingdao);
    expect(table.filter((r) => r[1] === 'June 1, 2026')).toEqual([['Covered again', 'June 1, 2026', 'ongoing']]);
    expect(table.map((r) => r[0])).not.toContain('Reimbursement restarts');
    // The drawing still marks the day: its diamond stands where the restored cover starts.
    const drawing = screen.getByRole('img', { name: /^Timeline/ });
    const diamond = drawing.querySelector('path.marker--restoration') as SVGPathElement;
    const restored = drawing.querySelector('rect.seg--restored') as SVGRectElement;
    expect(Number(/^M([\d.]+)/.exec(diamond.getAttribute('d') ?? '')?.[1])).toBeCloseTo(Number(restored.getAttribute('x')), 3);
    expect(drawing.getAttribute('aria-label')).toContain('reimbursement restarts on June 1, 2026.');
  });

  it('in Chinese: 医保报销恢复，2026年6月1日，持续, and no 医保报销将恢复 row', async () => {
    const table = await rows(qingdao, 'zh-CN');
    expect(table.filter((r) => r[1] === '2026年6月1日')).toEqual([['医保报销恢复', '2026年6月1日', '持续']]);
    expect(table.map((r) => r[0])).not.toContain('医保报销将恢复');
  });

  it('a restart that needs the next year paid (阜新, 2026 paid on 10 Oct 2026): no period starts on its day, so its row stays', async () => {
    const fuxin = scenario({ asOf: '2026-10-10', region: 'liaoning-fuxin', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-10-10', [2026])] });
    expect(await rows(fuxin)).toContainEqual(['Reimbursement restarts', 'January 10, 2027', '']);
    cleanup();
    expect(await rows(fuxin, 'zh-CN')).toContainEqual(['医保报销将恢复', '2027年1月10日', '']);
  });
});
