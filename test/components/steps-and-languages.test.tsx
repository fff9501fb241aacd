// The calculator page as people use it: the language switch redraws every screen in the
// language chosen, dates included, both ways; each step is an entry in the browser's history,
// shown in the address; a reload keeps what was typed on a step. The page is rendered as the
// app renders it: first-screen texts only, the rest arriving with the wizard's chunk.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App, createQueryClient } from '../../src/app/app';
import type { StartIntent } from '../../src/app/static-start-page';
import { DRAFT_KEY } from '../../src/features/wizard/draft-peek';
import type { StepId } from '../../src/features/wizard/steps';
import { createI18n } from '../../src/i18n/setup';
import { answersWith, draftAt, serveRules } from './wizard/harness';

const LOAD = { timeout: 8000 };
const CJK = /[\u3400-\u9fff]/;
const LATIN_MONTH = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/;

function renderPage(language: 'zh-CN' | 'en' = 'zh-CN', intent?: StartIntent) {
  return render(<App i18n={createI18n({ language })} queryClient={createQueryClient()} {...(intent ? { intent } : {})} />);
}

/** A draft of a resident who paid for 2026 on 15 June 2026 after a lapse in 2025. */
function storeDraft(step: StepId, done: StepId[]) {
  const answers = answersWith({ payment: { status: 'made', date: '2026-06-15', years: [2026], repairYears: 0, backPay: false } }, { 2023: 'resident', 2024: 'resident' });
  localStorage.setItem(DRAFT_KEY, JSON.stringify(draftAt(step, answers, done)));
}

const stepHeading = (name: string) => screen.findByRole('heading', { level: 1, name }, LOAD);

/** Lets `ms` of timers and React's work run (a stale effect, a late load) before looking. */
const pause = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

/** The result stays in Chinese: its heading, the pressed button and <html lang> agree. */
function expectResultInChinese() {
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('计算结果');
  expect(screen.getByRole('button', { name: '中文' })).toHaveAttribute('aria-pressed', 'true');
  expect(document.documentElement.lang).toBe('zh-CN');
}

/** The browser's Back or Forward, and the popstate it sends. */
async function traverse(delta: -1 | 1) {
  await act(async () => {
    const moved = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    window.history.go(delta);
    await moved;
  });
}

beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '/');
  // The flow's "today" is the browser's clock: 15 Nov 2026 in China.
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-15T12:00:00+08:00') });
  vi.stubGlobal('fetch', serveRules());
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('language switch', () => {
  it('a language pressed on the static start page is applied once: 中文 pressed afterwards switches back and stays', async () => {
    const user = userEvent.setup();
    renderPage('zh-CN', { kind: 'language', language: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'After a lapse, when does reimbursement restart?' }, LOAD)).toBeVisible();
    await user.click(screen.getByRole('button', { name: '中文' }));
    expect(await screen.findByRole('heading', { level: 1, name: '断保后，医保报销什么时候恢复？' })).toBeVisible();
    // Give a stale effect every chance to switch back.
    await pause(50);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('断保后，医保报销什么时候恢复？');
    expect(screen.getByRole('button', { name: '中文' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('zh-CN');
  }, 20_000);

  it('switches a step under way from 中文 to English and back, its month included, with nothing left in the other language', async () => {
    const user = userEvent.setup();
    localStorage.setItem(DRAFT_KEY, JSON.stringify(draftAt('history', answersWith({ scheme: 'employee' }), ['where'])));
    renderPage('zh-CN');
    const step = () => screen.getByRole('heading', { level: 1, name: /以往参保情况|Your cover so far/ }).closest('section')!;
    await stepHeading('以往参保情况');
    expect(within(step()).getByText(/2026年9月/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'English' }));
    await stepHeading('Your cover so far');
    expect(within(step()).getByText('Step 2 of 5')).toBeInTheDocument();
    expect(within(step()).getByText(/September 2026/)).toBeInTheDocument();
    expect(step().textContent).not.toMatch(CJK);
    expect(document.documentElement.lang).toBe('en');

    await user.click(screen.getByRole('button', { name: '中文' }));
    await stepHeading('以往参保情况');
    expect(within(step()).getByText('第2步，共5步')).toBeInTheDocument();
    expect(step().textContent).not.toMatch(LATIN_MONTH);
    expect(step().textContent).not.toMatch(/\b(Step|Continue|Back)\b/);
    expect(document.documentElement.lang).toBe('zh-CN');
  }, 30_000);

  it('shows the language pressed as chosen at once, and redraws the page in it only after that frame', async () => {
    const user = userEvent.setup();
    storeDraft('result', ['where', 'history', 'payment', 'circumstances', 'check']);
    renderPage('zh-CN');
    await screen.findByRole('heading', { level: 1, name: '计算结果' }, LOAD);
    await user.click(screen.getByRole('button', { name: 'English' }));
    await screen.findByRole('heading', { level: 1, name: 'Your result' }, LOAD);
    // Both languages' texts are here now: the press is still answered before the redraw.
    const chinese = screen.getByRole('button', { name: '中文' });
    fireEvent.click(chinese);
    expect(chinese).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Your result');
    await screen.findByRole('heading', { level: 1, name: '计算结果' }, LOAD);
    expect(chinese).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('zh-CN');
  }, 30_000);

  it('two presses in one moment: the second wins', async () => {
    storeDraft('result', ['where', 'history', 'payment', 'circumstances', 'check']);
    renderPage('zh-CN');
    await screen.findByRole('heading', { level: 1, name: '计算结果' }, LOAD);
    const english = screen.getByRole('button', { name: 'English' });
    const chinese = screen.getByRole('button', { name: '中文' });
    // Both in one task, before React draws the first.
    act(() => {
      english.click();
      chinese.click();
    });
    await pause(300);
    expectResultInChinese();
    act(() => {
      chinese.click();
      english.click();
    });
    await screen.findByRole('heading', { level: 1, name: 'Your result' }, LOAD);
    expect(english).toHaveAttribute('aria-pressed', 'true');
  }, 30_000);

  /** The page in Chinese with English texts held back until `release()`; `fail` makes them never arrive. */
  async function withEnglishHeldBack(fail = false) {
    storeDraft('result', ['where', 'history', 'payment', 'circumstances', 'check']);
    const i18n = createI18n({ language: 'zh-CN' });
    let release = () => {};
    const load = i18n.loadLanguages.bind(i18n);
    // i18next resolves even when the texts could not be fetched: so does this.
    i18n.loadLanguages = ((languages: string | readonly string[]) =>
      new Promise<void>((resolve) => (release = () => void (fail ? Promise.resolve() : load(languages as string)).then(() => resolve())))) as typeof i18n.loadLanguages;
    render(<App i18n={i18n} queryClient={createQueryClient()} />);
    await screen.findByRole('heading', { level: 1, name: '计算结果' }, LOAD);
    return () => act(() => release());
  }

  it('while the texts load: the press shows at once; a press on 中文 meanwhile wins over the slower English', async () => {
    const user = userEvent.setup();
    const release = await withEnglishHeldBack();
    const english = screen.getByRole('button', { name: 'English' });
    await user.click(english);
    expect(english).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('计算结果');
    await user.click(screen.getByRole('button', { name: '中文' }));
    expect(screen.getByRole('button', { name: '中文' })).toHaveAttribute('aria-pressed', 'true');
    await pause(50);
    await release();
    await pause(100);
    expectResultInChinese();
  }, 30_000);

  it('texts that cannot be fetched: the language on screen shows as chosen again, and the page stays in it', async () => {
    const user = userEvent.setup();
    const release = await withEnglishHeldBack(true);
    const english = screen.getByRole('button', { name: 'English' });
    await user.click(english);
    expect(english).toHaveAttribute('aria-pressed', 'true');
    await pause(50);
    await release();
    await waitFor(() => expect(english).toHaveAttribute('aria-pressed', 'false'));
    expectResultInChinese();
  }, 30_000);

  it('switches the result from 中文 to English and back, every date in the language of its sentence', async () => {
    const user = userEvent.setup();
    storeDraft('result', ['where', 'history', 'payment', 'circumstances', 'check']);
    renderPage('zh-CN');
    await screen.findByRole('heading', { level: 1, name: '计算结果' }, LOAD);
    expect(screen.getByTestId('status')).toHaveTextContent('2026年11月15日的状态');

    await user.click(screen.getByRole('button', { name: 'English' }));
    await screen.findByRole('heading', { level: 1, name: 'Your result' }, LOAD);
    expect(screen.getByTestId('status')).toHaveTextContent('Status on November 15, 2026');
    expect(screen.getByTestId('headline').textContent).not.toMatch(CJK);
    expect(screen.getByTestId('status').textContent).not.toMatch(CJK);

    await user.click(screen.getByRole('button', { name: '中文' }));
    await screen.findByRole('heading', { level: 1, name: '计算结果' });
    expect(screen.getByTestId('status')).toHaveTextContent('2026年11月15日的状态');
    expect(screen.getByRole('article').textContent).not.toMatch(LATIN_MONTH);
  }, 30_000);
});

/** The draft's region, as saved. */
const regionOfDraft = () => JSON.parse(localStorage.getItem(DRAFT_KEY) ?? 'null')?.answers.region;

/** From the check page of storeDraft's answers (national rules: a range), to the result. */
async function rangeResult(user: ReturnType<typeof userEvent.setup>) {
  storeDraft('check', ['where', 'history', 'payment', 'circumstances']);
  renderPage('en');
  await stepHeading('Check your answers');
  await user.click(screen.getByRole('button', { name: 'See the result' }));
  await screen.findByRole('heading', { level: 1, name: 'Your result' }, LOAD);
  return screen.findByRole('list', { name: 'Which date applies where' }, LOAD);
}

/** "Choose your region" on the result, until the answer is announced for it. */
async function chooseOnResult(user: ReturnType<typeof userEvent.setup>, name: string) {
  const region = screen.getByRole('combobox', { name: 'Your region' });
  await waitFor(() => expect(within(region).getByRole('option', { name })).toBeInTheDocument(), LOAD);
  await user.selectOptions(region, name);
  await user.click(screen.getByRole('button', { name: 'Show my date' }));
  await waitFor(() => expect(screen.getByTestId('headline-announcement')).toHaveTextContent(`Answer updated for ${name}.`), LOAD);
}

describe('steps in the browser history', () => {
  it('Back and Forward move between the steps and the result; the address shows the step; focus goes to the heading', async () => {
    const user = userEvent.setup();
    storeDraft('circumstances', ['where', 'history', 'payment']);
    renderPage('en');
    await stepHeading('Your circumstances');
    expect(window.location.hash).toBe('#/circumstances');

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Check your answers' })).toHaveFocus());
    expect(window.location.hash).toBe('#/check');
    await user.click(screen.getByRole('button', { name: 'See the result' }));
    const title = await screen.findByRole('heading', { level: 1, name: 'Your result' }, LOAD);
    await waitFor(() => expect(title).toHaveFocus());
    expect(window.location.hash).toBe('#/result');

    await traverse(-1);
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Check your answers' })).toHaveFocus());
    expect(window.location.hash).toBe('#/check');
    await traverse(-1);
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Your circumstances' })).toHaveFocus());

    await traverse(1);
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Check your answers' })).toHaveFocus());
    await traverse(1);
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Your result' })).toHaveFocus());
    expect(window.location.hash).toBe('#/result');
  }, 30_000);

  // A region chosen on a range result is a page of its own: Back returns to the range it was
  // chosen from, Forward to the region's date (a keyboard walk, 6 Dec 2026: Back went to the check
  // page with the region changed, and after a reload the way back to the range was gone).
  it('a region chosen on a range result: Back shows the range again, Forward the region’s date', async () => {
    const user = userEvent.setup();
    // National rules: 2023 and 2024 covered, 2025 lapsed, 2026 paid on 15 June 2026 (a range).
    const range = (await rangeResult(user)).textContent;
    await chooseOnResult(user, 'Beijing Municipality');
    expect(window.location.hash).toBe('#/result');
    const beijing = screen.getByTestId('headline').textContent;
    await waitFor(() => expect(regionOfDraft()).toBe('beijing'));

    await traverse(-1);
    expect(window.location.hash).toBe('#/result');
    await waitFor(() => expect(screen.getByRole('list', { name: 'Which date applies where' })).toHaveTextContent(range ?? ''), LOAD);
    expect(regionOfDraft()).toBe('national');
    expect(screen.getByRole('heading', { level: 1, name: 'Your result' })).toBeInTheDocument();

    await traverse(1);
    await waitFor(() => expect(regionOfDraft()).toBe('beijing'), LOAD);
    await waitFor(() => expect(screen.getByTestId('headline').textContent).toBe(beijing), LOAD);

    // From the range, Back goes on to the check page, with the answers' own region.
    await traverse(-1);
    await screen.findByRole('list', { name: 'Which date applies where' }, LOAD);
    await traverse(-1);
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeInTheDocument(), LOAD);
    expect(regionOfDraft()).toBe('national');
  }, 40_000);

  // A fresh-eyes review: Back over a chosen region put the range's region back even after the person
  // had changed region in the wizard since (answers of their own, silently rolled back).
  it('a region chosen on the result, then another chosen in the wizard: Back through the history never puts the old one back', async () => {
    const user = userEvent.setup();
    await rangeResult(user);
    await chooseOnResult(user, 'Gansu Province');
    // The wizard: Change your answers, then another region, saved through to the result.
    await user.click(screen.getByRole('button', { name: 'Change your answers' }));
    await stepHeading('Check your answers');
    await user.click(screen.getByRole('button', { name: 'Change scheme and region' }));
    await user.click(await screen.findByRole('radio', { name: 'Beijing Municipality' }, LOAD));
    for (let i = 0; i < 5 && !screen.queryByRole('button', { name: 'See the result' }); i++) {
      const save = screen.queryByRole('button', { name: 'Save and return to the check page' }) ?? screen.getByRole('button', { name: 'Continue' });
      await user.click(save);
      await pause(50);
    }
    await user.click(await screen.findByRole('button', { name: 'See the result' }, LOAD));
    await screen.findByRole('heading', { level: 1, name: 'Your result' }, LOAD);
    await waitFor(() => expect(regionOfDraft()).toBe('beijing'));
    // Back, step by step, over the wizard's steps and both earlier results: Beijing stays.
    for (let i = 0; i < 12 && window.history.state?.yibaoStep?.at > 0; i++) {
      await traverse(-1);
      await pause(20);
      expect(regionOfDraft()).toBe('beijing');
    }
  }, 60_000);

  it("the page's own Back goes back in the history too, so Forward returns to the step it left", async () => {
    const user = userEvent.setup();
    storeDraft('payment', ['where', 'history']);
    renderPage('en');
    await stepHeading('The payment');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await stepHeading('Your circumstances');
    const length = window.history.length;

    const moved = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await act(async () => void (await moved));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'The payment' })).toHaveFocus());
    expect(window.location.hash).toBe('#/payment');
    expect(window.history.length).toBe(length);

    await traverse(1);
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Your circumstances' })).toHaveFocus());
  }, 30_000);

  it('a change made after Back and left with Forward, without Continue, is said on the check page (kept, not used); saved, the note goes', async () => {
    const user = userEvent.setup();
    storeDraft('payment', ['where', 'history']);
    renderPage('en');
    await stepHeading('The payment');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await stepHeading('Your circumstances');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await stepHeading('Check your answers');
    expect(screen.queryByTestId('unsaved-steps')).toBeNull();

    await traverse(-1);
    await stepHeading('Your circumstances');
    await traverse(-1);
    await stepHeading('The payment');
    const date = screen.getByLabelText('Date the money arrived');
    await user.clear(date);
    await user.type(date, '2026-06-20');
    await traverse(1);
    await stepHeading('Your circumstances');
    await traverse(1);
    await stepHeading('Check your answers');
    expect(screen.getByTestId('unsaved-steps')).toHaveTextContent('You changed answers in “The payment” and left without pressing Continue, so those changes are not used');
    // The answers shown are the saved ones.
    const main = () => screen.getByRole('heading', { level: 1, name: 'Check your answers' }).closest('main');
    expect(main()).toHaveTextContent('June 15, 2026');

    await user.click(within(screen.getByRole('region', { name: 'The payment' })).getByRole('button', { name: /^Change/ }));
    await stepHeading('The payment');
    expect(screen.getByLabelText('Date the money arrived')).toHaveValue('2026-06-20');
    await user.click(screen.getByRole('button', { name: 'Save and return to the check page' }));
    await stepHeading('Check your answers');
    expect(screen.queryByTestId('unsaved-steps')).toBeNull();
    expect(main()).toHaveTextContent('June 20, 2026');
  }, 30_000);

  it('Back from the first step returns to the start page, and Forward to the step', async () => {
    const user = userEvent.setup();
    renderPage('en');
    await user.click(await screen.findByRole('button', { name: 'Start now' }));
    await stepHeading('Which scheme, and where are you insured?');
    expect(window.location.hash).toBe('#/where');

    await traverse(-1);
    const title = await screen.findByRole('heading', { level: 1, name: 'After a lapse, when does reimbursement restart?' });
    await waitFor(() => expect(title).toHaveFocus());
    expect(window.location.hash).toBe('');

    await traverse(1);
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Which scheme, and where are you insured?' })).toHaveFocus());
  }, 30_000);

  it('an address opens its step when the answers allow it, else the first step not yet answered', async () => {
    storeDraft('where', ['where', 'history']);
    window.history.replaceState(null, '', '/#/payment');
    const first = renderPage('en');
    await stepHeading('The payment');
    first.unmount();

    window.history.replaceState(null, '', '/#/result');
    renderPage('en');
    await stepHeading('The payment');
    expect(window.location.hash).toBe('#/payment');
  }, 30_000);
});

describe('a reload mid-step', () => {
  it('keeps every value typed on the step, one not yet valid included', async () => {
    const user = userEvent.setup();
    storeDraft('payment', ['where', 'history']);
    const first = renderPage('en');
    await stepHeading('The payment');
    await user.click(screen.getByRole('radio', { name: 'No, I plan to pay' }));
    const date = screen.getByLabelText('Date you plan to pay');
    await user.clear(date);
    // A planned payment before today: not valid, but what the person typed.
    await user.type(date, '2026-03-01');
    first.unmount();

    renderPage('en');
    await stepHeading('The payment');
    expect(screen.getByRole('radio', { name: 'No, I plan to pay' })).toBeChecked();
    expect(screen.getByLabelText('Date you plan to pay')).toHaveValue('2026-03-01');
    // Nothing was submitted: the answers are as they were.
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).answers.payment).toMatchObject({ status: 'made', date: '2026-06-15' });
  }, 30_000);
});
