// A warning only some regions' rules raise is introduced by a sentence of its own. It was
// introduced by a colon ("视当地规定，可能适用：…"), and most warnings have a colon of their own, so
// the line read "视当地规定，可能适用：当地已停止办理2026年度的参保缴费：这笔缴费…" with two colons.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

/** National rules: covered in 2025, planning to pay for 2026 on 25 September 2026, when some regions (甘肃) no longer take it. */
const lateIn2026 = scenario({ asOf: '2026-09-20', years: { 2025: 'resident' }, payments: [residentPay('2026-09-25', [2026], 0, 'planned')] });

describe('a warning raised in some regions only: one colon, not two', () => {
  it.each([
    ['en', 'Warnings', 'Depending on your region, the following may apply. ', 'Your region no longer accepts payments that buy cover for 2026: this payment brings no cover in 2026. Pay in the next enrolment window.', ':'],
    ['zh-CN', '提示', '视当地规定，可能出现以下情况。', '当地已停止办理2026年度的参保缴费：这笔缴费在2026年度享受不到待遇。请在下一个集中参保期缴费。', '：'],
  ] as const)('%s', async (language, name, hedge, warning, colon) => {
    await renderResultScreen(lateIn2026, { language, today: '2026-09-20' });
    await screen.findByTestId('headline');
    const lines = within(screen.getByRole('note', { name })).getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(lines).toContain(hedge + warning);
    // Every hedged line: the warning's own colon only.
    for (const line of lines.filter((l) => l.startsWith(hedge))) expect(line.split(colon).length).toBeLessThanOrEqual(2);
  });
});
