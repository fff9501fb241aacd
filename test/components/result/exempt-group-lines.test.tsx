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

describe('a university entrant’s lines', () => {
  // Newcomer walk, 6 Dec 2026: 北京, a new student who paid 2027 on 15 Oct 2026 read "covers new
  // university students from September 1 … or covers new university students from the payment date".
  it('北京: "covers new students early (from September 1 … or from the payment date)" as one clause', async () => {
    const s = scenario({ asOf: '2026-12-06', region: 'beijing', years: { 2025: 'resident', 2026: 'none' }, payments: [residentPay('2026-10-15', [2027], 0, 'made')], circumstances: { universityEntrant: true } });
    await renderResultScreen(s, { today: '2026-12-06', language: 'zh-CN' });
    const lines = within(screen.getByRole('list', { name: '各种情形对应的日期' })).getAllByRole('listitem').filter((li) => li.classList.contains('headline__outcome'));
    expect(lines[2]).toHaveTextContent('当地新入学大学生可提前享受待遇（自入学当年9月1日或缴费之日起）');
    expect(lines[2]).not.toHaveTextContent('或当地新入学大学生自缴费之日起享受待遇');
  });
});

