// The app's calculator page: the start page a new visitor sees, the way into the lazily loaded
// wizard and back, and what a stored draft or a shared link opens on.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProviders, createQueryClient } from '../../src/app/app';
import { CalculatorPage } from '../../src/app/calculator-page';
import type { StartIntent } from '../../src/app/static-start-page';
import type { Scenario } from '../../src/calc';
import { encodeShare } from '../../src/features/result/share-link';
import { DRAFT_KEY } from '../../src/features/wizard/draft-peek';
import { draftFromScenario } from '../../src/features/wizard/wizard-store';
import { createI18n } from '../../src/i18n/setup';
import { V1_LINKS } from '../fixtures/v1-links';
import { NATIONAL_VERSION } from '../fixtures/packs';
import { answersWith, draftAt, findRegion, serveRules } from './wizard/harness';

function renderPage(language: 'zh-CN' | 'en' = 'zh-CN', intent?: StartIntent) {
  // The app's own i18n: first-screen texts only, the rest arrives with the wizard.
  const i18n = createI18n({ language });
  return render(
    <AppProviders i18n={i18n} queryClient={createQueryClient()}>
      <CalculatorPage intent={intent} />
    </AppProviders>,
  );
}

const missingKeys = () => vi.mocked(console.error).mock.calls.filter(([message]) => String(message).startsWith('Missing i18n key'));

beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '/');
  vi.stubGlobal('fetch', serveRules());
  vi.spyOn(console, 'error');
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('start page', () => {
  it('tells a new visitor what the calculator does and what to have at hand, from the first-screen texts alone', async () => {
    renderPage();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('断保后，医保报销什么时候恢复？');
    expect(screen.getByRole('heading', { name: '您需要准备' })).toBeVisible();
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByText(/只保存在这台设备上/)).toBeVisible();
    expect(screen.getByRole('button', { name: '开始计算' })).toBeEnabled();
    expect(await screen.findByTestId('pack-version')).toHaveTextContent(NATIONAL_VERSION);
    expect(missingKeys()).toEqual([]);
  });

  it('Start opens the first step with its heading focused, after loading the wizard and its texts', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(screen.getByRole('button', { name: '开始计算' }));
    const heading = await screen.findByRole('heading', { level: 1, name: '参加哪种医保？在哪里参保？' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(await findRegion('全国基准（国家规定）')).toBeChecked();
    expect(missingKeys()).toEqual([]);
  });

  it('Start pressed on the static page before the app arrived opens the first step straight away, focused', async () => {
    renderPage('zh-CN', { kind: 'start' });
    expect(screen.queryByRole('button', { name: '开始计算' })).not.toBeInTheDocument();
    const heading = await screen.findByRole('heading', { level: 1, name: '参加哪种医保？在哪里参保？' });
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('Back on the first step returns to the start page and focuses its title; Start again comes back', async () => {
    const user = userEvent.setup();
    renderPage('en');
    await user.click(await screen.findByRole('button', { name: 'Start now' }));
    await user.click(await findRegion('Rest of Fujian Province'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'Your cover so far' });
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.click(await screen.findByRole('button', { name: 'Back' }));
    const title = await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(title).toHaveFocus());
    // The start page shows the rules of the region chosen so far.
    expect(await screen.findByTestId('pack-name')).toHaveTextContent('Fujian');
    await user.click(screen.getByRole('button', { name: 'Start now' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Which scheme, and where are you insured?' })).toBeVisible();
  });
});

describe('returning and shared links', () => {
  it('a draft under way reopens on its step, skipping the start page', async () => {
    localStorage.setItem(DRAFT_KEY, JSON.stringify(draftAt('history', answersWith({ region: 'hebei' }), ['where'])));
    renderPage('en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Your cover so far' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Start now' })).not.toBeInTheDocument();
  });

  it('a shared link opens its result, and leaves the address', async () => {
    // The flow's "today" is the browser's clock: fix it, or the planned payment would be past.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-15T12:00:00+08:00') });
    const scenario: Scenario = {
      v: 2,
      asOf: '2026-11-15',
      region: 'fujian',
      history: { years: [{ year: 2025, cover: 'resident' }], employeePeriods: [] },
      payments: [{ scheme: 'resident', date: '2026-11-20', status: 'planned', years: [2027], repairYears: 0 }],
      circumstances: {},
    };
    window.history.replaceState(null, '', `/#${encodeShare(scenario)}`);
    renderPage('en');
    expect(await screen.findByRole('heading', { name: 'Your result' }, { timeout: 8000 })).toBeVisible();
    // The answers leave the address, which shows the step instead.
    expect(window.location.hash).toBe('#/result');
  }, 10_000);

  it('a shared link opened months later is worked out for the day it was made, says so, and offers today', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-03-15T12:00:00+08:00') });
    // Made on 2026-11-15 after paying 2027 in its window; opened on 2027-03-15.
    const scenario: Scenario = {
      v: 2,
      asOf: '2026-11-15',
      region: 'fujian',
      history: { years: [{ year: 2025, cover: 'resident' }, { year: 2026, cover: 'resident' }], employeePeriods: [] },
      payments: [{ scheme: 'resident', date: '2026-11-10', status: 'made', years: [2027], repairYears: 0 }],
      circumstances: {},
    };
    window.history.replaceState(null, '', `/#${encodeShare(scenario)}`);
    renderPage('en');
    expect(await screen.findByRole('heading', { name: 'Your result' }, { timeout: 8000 })).toBeVisible();
    const notice = screen.getByRole('note', { name: 'Work it out again for today' });
    expect(notice).toHaveTextContent('November 15, 2026');
    await userEvent.setup({ advanceTimers: vi.advanceTimersByTime }).click(within(notice).getByRole('button', { name: 'Work it out again for today' }));
    expect(await screen.findByText('Worked out again for today, March 15, 2027, with the same answers.')).toBeVisible();
  }, 20_000);

  // Made on 2026-11-15 after paying 2027 in its window (Fujian); opened on 2027-03-15.
  const madeInNovember: Scenario = {
    v: 2,
    asOf: '2026-11-15',
    region: 'fujian',
    history: { years: [{ year: 2025, cover: 'resident' }, { year: 2026, cover: 'resident' }], employeePeriods: [] },
    payments: [{ scheme: 'resident', date: '2026-11-10', status: 'made', years: [2027], repairYears: 0 }],
    circumstances: {},
  };
  const NOVEMBER_NOTICE = 'This result is worked out for November 15, 2026, the date the link was made. Today is March 15, 2027;';
  const recomputeButton = () => screen.queryByRole('button', { name: 'Work it out again for today' });

  /** The result on screen: its headline, and the notice of an earlier day (null if none). */
  async function shownResult() {
    const headline = await screen.findByTestId('headline', {}, { timeout: 8000 });
    return { headline: headline.textContent, notice: screen.queryByRole('note', { name: 'Work it out again for today' })?.textContent ?? null };
  }

  it('a shared link opened months later keeps its day across a reload; worked out again for today, a reload stays on today', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-03-15T12:00:00+08:00') });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    window.history.replaceState(null, '', `/#${encodeShare(madeInNovember)}`);
    const first = renderPage('en');
    const before = await shownResult();
    expect(before.notice).toContain(NOVEMBER_NOTICE);
    // The answer as it stood on the link's day: the cover from 1 January 2027 still to come.
    expect(before.headline).toBe('Your cover continues without a break: this payment covers you from January 1, 2027.');
    first.unmount();

    // A reload: the page drawn again from the stored draft, the address on the result.
    expect(window.location.hash).toBe('#/result');
    const second = renderPage('en');
    expect(await shownResult()).toEqual(before);
    await user.click(recomputeButton()!);
    expect(await screen.findByText('Worked out again for today, March 15, 2027, with the same answers.')).toBeVisible();
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Your result' })).toHaveFocus());
    const today = await shownResult();
    expect(today.notice).toBeNull();
    expect(today.headline).toBe('Your cover has continued without a break: this payment has covered you since January 1, 2027.');
    second.unmount();

    // Reloaded after that: today's answer, with neither the notice nor the confirmation.
    renderPage('en');
    expect(await shownResult()).toEqual(today);
    expect(recomputeButton()).toBeNull();
    expect(screen.queryByText(/Worked out again for today/)).toBeNull();
  }, 30_000);

  it('a shared link opened over answers of ones own ("Open the shared answers") keeps its day across a reload', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-03-15T12:00:00+08:00') });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    localStorage.setItem(DRAFT_KEY, JSON.stringify(draftAt('history', answersWith({ region: 'hebei' }), ['where'])));
    window.history.replaceState(null, '', `/#${encodeShare(madeInNovember)}`);
    const first = renderPage('en');
    await user.click(await screen.findByRole('button', { name: 'Open the shared answers' }, { timeout: 8000 }));
    const before = await shownResult();
    expect(before.notice).toContain(NOVEMBER_NOTICE);
    first.unmount();
    renderPage('en');
    expect(await shownResult()).toEqual(before);
  }, 30_000);

  it('a day kept with the answers that is not before today (the clock put back since) gives today’s answer, with no notice', async () => {
    // The link was opened on 15 March 2027; the device's clock now says 12 November 2026.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-12T12:00:00+08:00') });
    const draft = draftFromScenario(madeInNovember, 'result');
    window.history.replaceState(null, '', '/#/result');
    // Today's answer for these answers: the draft with no link day.
    localStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
    const plain = renderPage('en');
    const today = await shownResult();
    expect(today.notice).toBeNull();
    expect(today.headline).toBe('Your cover continues without a break: this payment covers you from January 1, 2027.');
    plain.unmount();
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ ...draft, linkDay: '2027-03-15' }));
    renderPage('en');
    expect(await shownResult()).toEqual(today);
    expect(recomputeButton()).toBeNull();
  }, 20_000);

  it('a link made by the earlier version opens its result, and says the rules have changed since', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-15T12:00:00+08:00') });
    window.history.replaceState(null, '', `/${V1_LINKS.w5Qingdao.hash}`);
    renderPage('en');
    expect(await screen.findByRole('heading', { name: 'Your result' }, { timeout: 8000 })).toBeVisible();
    const notice = screen.getAllByRole('status').find((el) => el.textContent?.includes('earlier version'));
    expect(notice).toHaveTextContent('This shared link was made with an earlier version of the calculator. The answers are the same, but the rules have been updated since');
    expect(notice).toContainElement(screen.getByRole('button', { name: 'Close this message' }));
    expect(window.location.hash).toBe('#/result');
    // Closed, the notice takes its button with it: focus goes to the page's heading, not to the document's start.
    await userEvent.setup().click(screen.getByRole('button', { name: 'Close this message' }));
    expect(screen.queryByRole('button', { name: 'Close this message' })).toBeNull();
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  }, 10_000);

  it('a link from a newer version says to reload, and leaves a draft under way as it was', async () => {
    const draft = JSON.stringify(draftAt('history', answersWith({ region: 'hebei' }), ['where']));
    localStorage.setItem(DRAFT_KEY, draft);
    window.history.replaceState(null, '', `/#s=1.${btoa(JSON.stringify({ v: 3 })).replace(/=+$/, '')}`);
    renderPage('en');
    // The person stays on their own step (whose form has its own, empty, error summary).
    expect(await screen.findByText(/This shared link comes from a newer version of the calculator. Reload the page/, {}, { timeout: 8000 })).toBeVisible();
    expect(localStorage.getItem(DRAFT_KEY)).toContain('"region":"hebei"');
    // The link's answers leave the address, which shows the person's own step.
    expect(window.location.hash).toBe('#/history');
  });

  it('a malformed shared link says so and shows a clean start page', async () => {
    window.history.replaceState(null, '', '/#s=1.not-base64!');
    renderPage('en');
    expect(await screen.findByRole('alert')).toHaveTextContent(/link/i);
    expect(screen.getByRole('button', { name: 'Start now' })).toBeVisible();
    expect(window.location.hash).toBe('');
  });
});
