// The why steps cite the same notice step after step (湖南: S1 at six steps): each citation is
// shown, and each is a link, but the Tab key stops at each source's link once, at its first step,
// instead of passing the same link again and again on the way to the buttons below (WCAG 2.4.3).
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

/** 湖南, covered 2023-2024, no cover in 2025; 2026 planned on 2 Dec 2026, seen that day. */
const hunan = scenario({ asOf: '2026-12-02', region: 'hunan', years: { 2023: 'resident', 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-12-02', [2026], 0, 'planned')] });

const S1 = '《关于健全基本医疗保险参保长效机制的指导意见》';
const YUEYANG = '《2026年湖南省城乡居民医保集中缴费期1月31日截止（岳阳日报）》';
const NOTICE = '《2026年度城乡居民医保参保缴费通知》';

/** The links the Tab key stops at inside `region`, in order, from the first. */
async function tabStops(region: HTMLElement): Promise<string[]> {
  const user = userEvent.setup();
  const first = within(region).getAllByRole('link')[0] as HTMLElement;
  first.focus();
  const stops: string[] = [];
  while (region.contains(document.activeElement)) {
    // The title (the link's first part), without the words that say it opens a new tab.
    stops.push(document.activeElement?.querySelector('[lang="zh-CN"]')?.textContent ?? '');
    await user.tab();
  }
  return stops;
}

describe('why steps: one Tab stop per source, every citation shown', () => {
  for (const [language, title, newTab] of [
    ['zh-CN', '计算依据（逐步说明）', '（在新标签页中打开）'],
    ['en', 'Why: step by step', '(opens in a new tab)'],
  ] as const) {
    /** The links to a source, by their full name: its title, then that it opens in a new tab. */
    const named = (why: HTMLElement, source: string) => within(why).getAllByRole('link', { name: (name) => name.replace(/\s/g, '') === `${source}${newTab}`.replace(/\s/g, '') });
    it(`湖南, 2026 planned on 2 Dec 2026 (${language}): S1 cited at six steps, one Tab stop; the region's two notices one stop each`, async () => {
      await renderResultScreen(hunan, { today: '2026-12-02', language });
      await screen.findByTestId('headline');
      const why = screen.getByRole('region', { name: title });
      const s1 = named(why, S1);
      expect(s1).toHaveLength(6);
      for (const link of s1) expect(link).toHaveAttribute('href', s1[0]?.getAttribute('href'));
      expect(named(why, YUEYANG)).toHaveLength(2);
      expect(named(why, NOTICE)).toHaveLength(3);
      expect(await tabStops(why)).toEqual([YUEYANG, NOTICE, S1]);
    });
  }
});
