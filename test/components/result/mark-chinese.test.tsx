// WCAG 3.1.2: Chinese names in the English "How to pay" list are marked as Chinese; on the Chinese
// page nothing is marked apart.
import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { markChinese } from '../../../src/features/result/mark-chinese';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

describe('Chinese names in English text', () => {
  it('wraps each run of Han characters in a span with lang="zh-CN", in English only', () => {
    const { container } = render(<p>{markChinese('Your local office (医保经办机构) or the app (国家医保服务平台).', 'en')}</p>);
    expect([...container.querySelectorAll('span[lang="zh-CN"]')].map((s) => s.textContent)).toEqual(['医保经办机构', '国家医保服务平台']);
    expect(container.textContent).toBe('Your local office (医保经办机构) or the app (国家医保服务平台).');
    expect(markChinese('到医保经办机构办理', 'zh-CN')).toBe('到医保经办机构办理');
    expect(markChinese('No Chinese here', 'en')).toBe('No Chinese here');
  });

  it('the English "How to pay" marks 国家医保服务平台 and 医保经办机构 as Chinese', async () => {
    await renderResultScreen(scenario({ asOf: '2026-11-15', years: { 2025: 'resident' }, payments: [residentPay('2026-11-10', [2027])] }));
    const how = await screen.findByRole('region', { name: 'How to pay' });
    const marked = [...within(how).getAllByRole('listitem').flatMap((li) => [...li.querySelectorAll('span[lang="zh-CN"]')])].map((s) => s.textContent);
    expect(marked).toEqual(expect.arrayContaining(['国家医保服务平台', '医保经办机构']));
  });
});
