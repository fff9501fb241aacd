// A payment already made by someone whose cover continues (R2 in the window, or a wait elsewhere),
// with the date left to the region: the headline read "Your cover has run from a date between …", odd
// English for when cover began (a reviewer's walk: national, 2024–25 covered, 2026 paid 10 Feb 2026).
// It says the cover started, as the planned twin says it starts.
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import en from '../../../src/i18n/locales/en.json';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const paid = scenario({ asOf: '2026-12-06', years: { 2024: 'resident', 2025: 'resident' }, payments: [residentPay('2026-02-10', [2026])] });

describe('national rules, 2024–25 covered, 2026 paid on 10 Feb 2026, seen on 6 Dec 2026', () => {
  it('in English: "Your cover started on a day between …", in the headline and the timeline', async () => {
    await renderResultScreen(paid, { today: '2026-12-06' });
    expect(await screen.findByTestId('headline')).toHaveTextContent(
      /^Your cover started on a day between January 1, 2026 and May 12, 2026, depending on your region's rules\. Dates before the day you paid \(February 10, 2026\) are backdated: your payment covered you from them\.$/,
    );
    expect(screen.getByRole('img', { name: /^Timeline/ }).getAttribute('aria-label')).toContain('depending on your region, your cover started on a day between January 1, 2026 and May 12, 2026.');
    expect(document.body).not.toHaveTextContent('has run from');
    cleanup();
  });

  it('in Chinese: 已自……之间的某一天起享受, as the planned 将自……', async () => {
    await renderResultScreen(paid, { language: 'zh-CN', today: '2026-12-06' });
    expect(await screen.findByTestId('headline')).toHaveTextContent(
      /^您的医保待遇已自2026年1月1日至2026年5月12日之间的某一天起享受，具体日期取决于当地规定。上述日期如早于缴费日（2026年2月10日），表示您可追溯自该日起享受待遇。$/,
    );
    expect(screen.getByRole('img', { name: /^时间线/ }).getAttribute('aria-label')).toContain('根据当地规定，医保待遇已自2026年1月1日至2026年5月12日之间的某一天起享受。');
  });

  it('every past-tense headline of continuing cover says it started, never "has run from"', () => {
    const headline = en.result.headline;
    expect(headline.rangeSince_continuing).toBe("Your cover started on {{day}}, depending on your region's rules.");
    expect(headline.rangeOrNoCoverSince_continuing).toBe("Your cover started on {{day}}, or this payment brought no cover in {{year}}, depending on your region's rules.");
    expect(headline.oneDateOrNoCoverSince_continuing).toBe("Your cover started on {{date}}, or this payment brought no cover in {{year}}, depending on your region's rules.");
    expect(en.timeline.summaryRange_continuing).toContain('your cover starts on {{day}}.');
  });
});
