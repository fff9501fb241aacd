// Answers of one rule that lead to the same date are said as one: "exempts your group" whatever day
// each region's text starts cover from (newcomer walk, 6 Dec 2026: national, medical aid, 2027 paid on
// 20 Dec 2026, read "if your region exempts your group, with cover from the day after payment or your
// region exempts your group, and its text does not say from which day", beside 1 January 2027).
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const medicalAid = scenario({ asOf: '2026-12-06', years: { 2025: 'none', 2026: 'none' }, payments: [residentPay('2026-12-20', [2027], 0, 'planned')], circumstances: { exemptGroup: { group: 'medicalAid' } } });

describe('an exempt group’s lines', () => {
  it('national, medical aid, 2027 paid on 20 Dec 2026: one clause for each date', async () => {
    await renderResultScreen(medicalAid, { today: '2026-12-06' });
    const lines = within(screen.getByRole('list', { name: 'Which date applies where' })).getAllByRole('listitem');
    expect(lines[0]).toHaveTextContent(/^January 1, 2027 — if your region exempts your group from the wait \(regions: /);
    expect(lines[1]).toHaveTextContent('your region does not exempt your group from the wait, or exempts only people newly added to it (动态新增)');
    cleanup();
    await renderResultScreen(medicalAid, { today: '2026-12-06', language: 'zh-CN' });
    const zh = within(screen.getByRole('list', { name: '各地适用的日期' })).getAllByRole('listitem');
    expect(zh[0]).toHaveTextContent(/^2027年1月1日：如果当地对您所属人群免等待期（适用地区：/);
  });
});
