// On screen: a flexible worker's planned payment that must be made by the month's end to keep its
// date (warning payBy, E1-E3 and E3a), first among the warnings under the headline, in both
// languages; "no other way would change this result" then says "besides paying by that day".
// Under the national rules (§8) the deadline holds in some regions only, and says so.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { employeePay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const warnings = (name: string) => within(screen.getByRole('note', { name })).getAllByRole('listitem').map((li) => li.textContent);
const options = (name: string) => within(screen.getByRole('region', { name })).getByText(/.+/, { selector: 'p' }).textContent;

/** 武汉: the employer paid up to June 2026; as a flexible worker, paying 7 Dec 2026 (today), not back-paying. */
const wuhan = scenario({ asOf: '2026-12-07', region: 'hubei-wuhan', employeePeriods: [{ from: '2024-01', to: '2026-06', paidBy: 'employer' }], payments: [employeePay('2026-12-07', false, 'flexible', 'planned')] });
/** The national rules: own cover to Aug 2026, back-paying Sep-Nov on 7 Dec 2026. */
const national = scenario({ asOf: '2026-12-07', region: 'national', employeePeriods: [{ from: '2024-01', to: '2026-08', paidBy: 'self' }], payments: [employeePay('2026-12-07', true, 'flexible', 'planned')] });

describe('pay by the end of the month', () => {
  it('武汉 in English: pay by December 31, 2026, or July 1, 2027 instead of January 1, 2027; no other way besides that', async () => {
    await renderResultScreen(wuhan, { today: '2026-12-07' });
    expect(warnings('Warnings')[0]).toBe('Please pay by December 31, 2026. If you pay on or after January 1, 2027, the gap in your cover will be longer, and your reimbursement will restart only on July 1, 2027, not on January 1, 2027.');
    expect(options('What you can do')).toBe('Besides paying by December 31, 2026, as said above, we found no other way of paying that would change this result.');
  });

  it('武汉 in Chinese', async () => {
    await renderResultScreen(wuhan, { language: 'zh-CN', today: '2026-12-07' });
    expect(warnings('提示')[0]).toBe('请在2026年12月31日及之前缴费。如果在2027年1月1日或之后缴费，断保时间会更长，医保报销要到2027年7月1日才能恢复，而不是2027年1月1日。');
    expect(options('您可以怎么做')).toBe('除上面所说在2026年12月31日及之前缴费外，我们没有找到能改变这一结果的其他缴费方式。');
  });

  it('national rules in English: in some regions, with the latest days only', async () => {
    await renderResultScreen(national, { today: '2026-12-07' });
    expect(warnings('Warnings')).toContain(
      'Depending on your region, the following may apply. Please pay by December 31, 2026. If you pay on or after January 1, 2027, the gap in your cover will be longer, and your reimbursement may restart later, as late as July 1, 2027; paid by December 31, 2026, it restarts by January 1, 2027 at the latest.',
    );
  });

  it('national rules in Chinese', async () => {
    await renderResultScreen(national, { language: 'zh-CN', today: '2026-12-07' });
    expect(warnings('提示')).toContain('视当地规定，可能出现以下情况。请在2026年12月31日及之前缴费。如果在2027年1月1日或之后缴费，断保时间会更长，医保报销可能更晚恢复：最晚可能到2027年7月1日；在2026年12月31日及之前缴费，最晚2027年1月1日恢复。');
  });

  /** 青岛: own cover paid to November 2026, paying December on 15 Dec 2026, seen on 7 Dec 2026: no gap yet. */
  const qingdao = scenario({ asOf: '2026-12-07', region: 'shandong-qingdao', employeePeriods: [{ from: '2024-01', to: '2026-11', paidBy: 'self' }], payments: [employeePay('2026-12-15', true, 'flexible', 'planned')] });

  it('青岛 with no gap yet, in English: paying later makes a gap, not a longer one', async () => {
    await renderResultScreen(qingdao, { today: '2026-12-07' });
    expect(warnings('Warnings')[0]).toBe('Please pay by December 31, 2026. If you pay on or after January 1, 2027, there will be a gap in your cover, and your reimbursement will restart only on February 1, 2027, not on December 1, 2026.');
  });

  it('青岛 with no gap yet, in Chinese', async () => {
    await renderResultScreen(qingdao, { language: 'zh-CN', today: '2026-12-07' });
    expect(warnings('提示')[0]).toBe('请在2026年12月31日及之前缴费。如果在2027年1月1日或之后缴费，就会断保，医保报销要到2027年2月1日才能恢复，而不是2026年12月1日。');
  });

  /** 武汉: resident cover for 2026 only, switching as a flexible worker on 15 Dec 2026: no gap either way. */
  const switching = scenario({ asOf: '2026-12-07', region: 'hubei-wuhan', years: { 2026: 'resident' }, payments: [employeePay('2026-12-15', true, 'flexible', 'planned')] });

  it('a switch with no gap either way, in both languages: no gap is spoken of', async () => {
    await renderResultScreen(switching, { today: '2026-12-07' });
    // A switch without the two years is regional (E2, §8): the deadline holds in some regions.
    expect(warnings('Warnings')[0]).toBe('Depending on your region, the following may apply. Please pay by December 31, 2026. If you pay on or after January 1, 2027, your reimbursement may restart later, as late as July 1, 2027; paid by December 31, 2026, it restarts by December 1, 2026 at the latest.');
    cleanup();
    await renderResultScreen(switching, { language: 'zh-CN', today: '2026-12-07' });
    expect(warnings('提示')[0]).toBe('视当地规定，可能出现以下情况。请在2026年12月31日及之前缴费。如果在2027年1月1日或之后缴费，医保报销可能更晚恢复：最晚可能到2027年7月1日；在2026年12月31日及之前缴费，最晚2026年12月1日恢复。');
  });
});
