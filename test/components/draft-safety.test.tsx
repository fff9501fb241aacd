// Nothing the person entered is lost (issue 13): a shared link asks before replacing a draft
// and can be undone; a huge or unknown-region link says what is wrong; a failed save, another
// tab's change and a newer version's draft are each told, never silently overwritten.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProviders, createQueryClient } from '../../src/app/app';
import { CalculatorPage } from '../../src/app/calculator-page';
import type { Scenario } from '../../src/calc';
import { encodeShare } from '../../src/features/result/share-link';
import { DRAFT_KEY } from '../../src/features/wizard/draft-peek';
import { loadTyped, saveTyped } from '../../src/features/wizard/draft-storage';
import { historyValues } from '../../src/features/wizard/step-forms';
import { toScenario } from '../../src/features/wizard/to-scenario';
import { REPLACED_DRAFT_KEY } from '../../src/features/wizard/draft-undo';
import { createI18n } from '../../src/i18n/setup';
import { answersWith, draftAt, serveRules } from './wizard/harness';

function renderPage(language: 'zh-CN' | 'en' = 'en') {
  const i18n = createI18n({ language });
  return render(
    <AppProviders i18n={i18n} queryClient={createQueryClient()}>
      <CalculatorPage />
    </AppProviders>,
  );
}

const shared: Scenario = {
  v: 2,
  asOf: '2026-11-15',
  region: 'fujian',
  history: { years: [{ year: 2025, cover: 'resident' }], employeePeriods: [] },
  payments: [{ scheme: 'resident', date: '2026-11-20', status: 'planned', years: [2027], repairYears: 0 }],
  circumstances: {},
};
const ownDraft = () => JSON.stringify(draftAt('history', answersWith({ region: 'hebei' }), ['where']));

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
  vi.stubGlobal('fetch', serveRules());
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-15T12:00:00+08:00') });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Opens `link` as a fresh page over the answers stored now, chooses "Open the shared answers" and waits for its result. */
async function openLink(user: ReturnType<typeof userEvent.setup>, link: Scenario) {
  window.history.replaceState(null, '', `/#${encodeShare(link)}`);
  const view = renderPage();
  await user.click(await screen.findByRole('button', { name: 'Open the shared answers' }, { timeout: 8000 }));
  expect(await screen.findByRole('heading', { name: 'Your result' }, { timeout: 8000 })).toBeVisible();
  return view;
}

describe('a shared link over a draft under way', () => {
  it('asks first; the draft is replaced only after "Open the shared answers", and can be brought back', async () => {
    const user = userEvent.setup();
    const own = ownDraft();
    localStorage.setItem(DRAFT_KEY, own);
    window.history.replaceState(null, '', `/#${encodeShare(shared)}`);
    renderPage();
    expect(await screen.findByRole('heading', { level: 1, name: 'Open the shared answers?' }, { timeout: 8000 })).toBeVisible();
    expect(localStorage.getItem(DRAFT_KEY)).toBe(own);
    expect(window.location.hash).not.toContain('s=');
    await user.click(screen.getByRole('button', { name: 'Open the shared answers' }));
    expect(await screen.findByRole('heading', { name: 'Your result' }, { timeout: 8000 })).toBeVisible();
    expect(localStorage.getItem(DRAFT_KEY)).toContain('"region":"fujian"');
    expect(localStorage.getItem(REPLACED_DRAFT_KEY)).toContain('"region":"hebei"');
    await user.click(screen.getByRole('button', { name: 'Bring back my answers' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your cover so far' })).toBeVisible();
    expect(screen.getByText('Your own answers are back.')).toBeVisible();
    expect(localStorage.getItem(DRAFT_KEY)).toContain('"region":"hebei"');
    expect(localStorage.getItem(REPLACED_DRAFT_KEY)).toBeNull();
  }, 30_000);

  // Data-safety walk: what was typed on the person's step and not yet submitted was gone after
  // "Bring back my answers", although the notice said their answers were back.
  it('"Bring back my answers" brings back what was typed on their step and not yet submitted, too', async () => {
    const user = userEvent.setup();
    localStorage.setItem(DRAFT_KEY, ownDraft());
    const typed = historyValues(answersWith({ region: 'hebei' }), '2026-11-15');
    typed.years = typed.years.map((r) => (r.year === 2024 ? { ...r, cover: 'employee' } : r));
    saveTyped({ history: typed }, localStorage);
    await openLink(user, shared);
    expect(loadTyped(localStorage)).toEqual({});
    await user.click(screen.getByRole('button', { name: 'Bring back my answers' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your cover so far' })).toBeVisible();
    expect(within(screen.getByRole('group', { name: 'Benefit year 2024' })).getByRole('radio', { name: 'Employee scheme' })).toBeChecked();
    expect(loadTyped(localStorage)).toEqual({ history: typed });
  }, 30_000);

  // The question promised "you can bring them back afterwards": kept for the tab only, they went
  // with it, and the next visit showed the shared result with no way back (newcomer walk, 5 Dec 2026).
  it('the tab closed after opening the link: on the next visit the person’s own answers can still be brought back', async () => {
    const user = userEvent.setup();
    localStorage.setItem(DRAFT_KEY, ownDraft());
    (await openLink(user, shared)).unmount();
    // The tab is closed: its session storage goes; the site is opened again at its address.
    sessionStorage.clear();
    window.history.replaceState(null, '', '/');
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Bring back my answers' }, { timeout: 8000 }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your cover so far' })).toBeVisible();
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY) ?? 'null').answers.region).toBe('hebei');
    expect(localStorage.getItem(REPLACED_DRAFT_KEY)).toBeNull();
  }, 40_000);

  it('"Start again" clears the person’s own answers kept beside the shared ones too: nothing to bring back on the next visit', async () => {
    const user = userEvent.setup();
    localStorage.setItem(DRAFT_KEY, ownDraft());
    await openLink(user, shared);
    expect(localStorage.getItem(REPLACED_DRAFT_KEY)).toContain('"region":"hebei"');
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    await user.click(screen.getByRole('button', { name: 'Yes, clear and start again' }));
    await waitFor(() => expect(localStorage.getItem(REPLACED_DRAFT_KEY)).toBeNull());
  }, 30_000);

  it('"Keep the shared answers" lets the person’s own go only then, and says so', async () => {
    const user = userEvent.setup();
    localStorage.setItem(DRAFT_KEY, ownDraft());
    await openLink(user, shared);
    expect(screen.getByText('The shared answers are open. Yours are kept until you bring them back or keep the shared ones.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Keep the shared answers' }));
    expect(screen.getByText('Your earlier answers have been deleted.')).toBeVisible();
    // The button pressed is gone: focus goes to the notice, not to the page's start (keyboard walk, 6 Dec 2026).
    expect(screen.getByText('Your earlier answers have been deleted.')).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Bring back my answers' })).toBeNull();
    expect(localStorage.getItem(REPLACED_DRAFT_KEY)).toBeNull();
    expect(localStorage.getItem(DRAFT_KEY)).toContain('"region":"fujian"');
  }, 30_000);

  it('a second shared link opened over the first: "Bring back my answers" still brings back the person’s own, not the first link’s', async () => {
    const user = userEvent.setup();
    localStorage.setItem(DRAFT_KEY, ownDraft());
    (await openLink(user, shared)).unmount();
    // The second link, opened in the same tab (a reload with the new address).
    await openLink(user, { ...shared, region: 'gansu' });
    expect(localStorage.getItem(DRAFT_KEY)).toContain('"region":"gansu"');
    expect(localStorage.getItem(REPLACED_DRAFT_KEY)).toContain('"region":"hebei"');
    await user.click(screen.getByRole('button', { name: 'Bring back my answers' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your cover so far' })).toBeVisible();
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY) ?? 'null').answers.region).toBe('hebei');
  }, 40_000);

  it('a second shared link after the person made new answers of their own: those new answers are the ones brought back', async () => {
    const user = userEvent.setup();
    localStorage.setItem(DRAFT_KEY, ownDraft());
    (await openLink(user, shared)).unmount();
    // Since then, the person has answered afresh (Beijing); then a second link.
    localStorage.setItem(DRAFT_KEY, JSON.stringify(draftAt('history', answersWith({ region: 'beijing' }), ['where'])));
    await openLink(user, { ...shared, region: 'gansu' });
    await user.click(screen.getByRole('button', { name: 'Bring back my answers' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your cover so far' })).toBeVisible();
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY) ?? 'null').answers.region).toBe('beijing');
  }, 40_000);

  it('the person’s own link, opened again on this device, shows their answers without asking', async () => {
    // Answered to the end, as when the link was copied from the result.
    const answers = answersWith({ region: 'fujian', payment: { status: 'planned', date: '2026-11-20', years: [2027], repairYears: 0, backPay: true } }, { 2025: 'resident' });
    const draft = draftAt('result', answers, ['where', 'history', 'payment', 'circumstances', 'check']);
    localStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
    window.history.replaceState(null, '', `/#${encodeShare(toScenario(answers, '2026-11-15'))}`);
    renderPage('zh-CN');
    expect(await screen.findByRole('heading', { name: '计算结果' }, { timeout: 8000 })).toBeVisible();
    expect(screen.queryByRole('heading', { name: '是否打开分享的回答？' })).toBeNull();
    expect(screen.queryByText(/他人的回答/)).toBeNull();
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY) ?? 'null').answers).toEqual(answers);
  }, 15_000);

  it('different answers are asked about without calling them someone else’s', async () => {
    localStorage.setItem(DRAFT_KEY, ownDraft());
    window.history.replaceState(null, '', `/#${encodeShare(shared)}`);
    renderPage('zh-CN');
    expect(await screen.findByRole('heading', { name: '是否打开分享的回答？' }, { timeout: 8000 })).toBeVisible();
    expect(screen.getByText(/这个链接中的回答与您在本设备上保存的回答不同/)).toBeVisible();
    expect(screen.queryByText(/他人/)).toBeNull();
  }, 15_000);

  it('"Keep my answers" leaves the draft and its step as they were', async () => {
    const user = userEvent.setup();
    const own = ownDraft();
    localStorage.setItem(DRAFT_KEY, own);
    window.history.replaceState(null, '', `/#${encodeShare(shared)}`);
    renderPage('zh-CN');
    await user.click(await screen.findByRole('button', { name: '保留我的回答' }, { timeout: 8000 }));
    const step = await screen.findByRole('heading', { level: 1, name: '以往参保情况' });
    expect(step).toBeVisible();
    // The button pressed is gone with the question: focus goes to the step's heading, not the page's start (accessibility audit, 6 Dec 2026).
    await waitFor(() => expect(step).toHaveFocus());
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY) ?? 'null').answers.region).toBe('hebei');
  }, 15_000);

  // Accessibility audit (6 Dec 2026): the notice came with its live region already filled, which
  // screen readers do not read out, above the heading that takes the focus.
  it('the notice that the shared answers are open comes in a live region that was on the page before it', async () => {
    const user = userEvent.setup();
    localStorage.setItem(DRAFT_KEY, ownDraft());
    window.history.replaceState(null, '', `/#${encodeShare(shared)}`);
    renderPage();
    const open = await screen.findByRole('button', { name: 'Open the shared answers' }, { timeout: 8000 });
    const region = screen.getAllByRole('status').find((r) => r.classList.contains('share-undo-live')) as HTMLElement;
    expect(region).toBeEmptyDOMElement();
    await user.click(open);
    expect(region).toBeInTheDocument();
    expect(await within(region).findByText(/The shared answers are open/, {}, { timeout: 8000 })).toBeVisible();
    expect(within(region).getByRole('button', { name: 'Bring back my answers' })).toBeVisible();
  }, 15_000);

  it('a huge link (130,000 entries) gives a clear message, no crash, and keeps the draft', async () => {
    const own = ownDraft();
    localStorage.setItem(DRAFT_KEY, own);
    const huge = { ...shared, criticalIllness: { originalCapYuan: 1, noClaimYears: Array.from({ length: 130_000 }, () => 2020), bonusUsedYears: [] } };
    window.history.replaceState(null, '', `/#s=1.${Buffer.from(JSON.stringify(huge)).toString('base64url')}`);
    renderPage();
    expect(await screen.findByText(/This shared link is too long/, {}, { timeout: 8000 })).toBeVisible();
    expect(await screen.findByRole('heading', { level: 1, name: 'Your cover so far' })).toBeVisible();
    expect(localStorage.getItem(DRAFT_KEY)).toBe(own);
  }, 20_000);

  it('a link for a region with no rules says so, not that the network failed, and offers the region question (not a retry that cannot help)', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', `/#${encodeShare({ ...shared, region: 'atlantis' })}`);
    renderPage();
    const alert = await screen.findByText(/not one this calculator has rules for/, {}, { timeout: 8000 });
    expect(alert).toBeVisible();
    expect(screen.queryByText(/Check your connection/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Choose your region' }));
    expect(await screen.findByRole('heading', { level: 1, name: /Which scheme/ }, { timeout: 8000 })).toBeVisible();
  }, 20_000);
});

describe('storage faults and other tabs', () => {
  it('a failed save is told, with "Copy my answers as a link" as the way out', async () => {
    const user = userEvent.setup();
    localStorage.setItem(DRAFT_KEY, ownDraft());
    renderPage();
    await screen.findByRole('heading', { level: 1, name: 'Your cover so far' });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await user.click(screen.getByRole('button', { name: 'Back' }));
    const alert = await screen.findByText(/could not be saved on this device/);
    expect(alert).toBeVisible();
    expect(screen.getByRole('button', { name: 'Copy my answers as a link' })).toBeVisible();
  });

  it("another tab's change is noticed; this tab neither overwrites it nor loses its own until the person chooses", async () => {
    const user = userEvent.setup();
    localStorage.setItem(DRAFT_KEY, ownDraft());
    renderPage();
    await screen.findByRole('heading', { level: 1, name: 'Your cover so far' });
    const theirs = JSON.stringify(draftAt('where', answersWith({ region: 'fujian' }), []));
    localStorage.setItem(DRAFT_KEY, theirs);
    act(() => window.dispatchEvent(new StorageEvent('storage', { key: DRAFT_KEY, newValue: theirs, storageArea: localStorage })));
    expect(await screen.findByText('Your answers were changed in another tab or window.')).toBeVisible();
    // Moving on here does not write over the other tab's answers while the question is open.
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(localStorage.getItem(DRAFT_KEY)).toBe(theirs);
    await user.click(screen.getByRole('button', { name: 'Keep the answers on this page' }));
    await waitFor(() => expect(localStorage.getItem(DRAFT_KEY)).toContain('"region":"hebei"'));
    expect(screen.queryByText('Your answers were changed in another tab or window.')).not.toBeInTheDocument();
  });

  it("loads the other tab's answers when asked", async () => {
    const user = userEvent.setup();
    localStorage.setItem(DRAFT_KEY, ownDraft());
    renderPage();
    await screen.findByRole('heading', { level: 1, name: 'Your cover so far' });
    const theirs = JSON.stringify(draftAt('history', answersWith({ region: 'fujian' }), ['where']));
    localStorage.setItem(DRAFT_KEY, theirs);
    act(() => window.dispatchEvent(new StorageEvent('storage', { key: DRAFT_KEY, newValue: theirs, storageArea: localStorage })));
    await user.click(await screen.findByRole('button', { name: 'Use the answers from the other tab' }));
    expect(screen.queryByText('Your answers were changed in another tab or window.')).not.toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY) ?? 'null').answers.region).toBe('fujian');
  });

  it('a draft from a newer version is kept when Start is pressed, and the person is told', async () => {
    const user = userEvent.setup();
    const newer = JSON.stringify({ version: 99, step: 'payment', answers: { region: 'hebei', future: true }, done: ['where'] });
    localStorage.setItem(DRAFT_KEY, newer);
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Start now' }));
    expect(await screen.findByText(/Answers saved by a newer version of this calculator/)).toBeVisible();
    await screen.findByRole('heading', { level: 1, name: 'Which scheme, and where are you insured?' });
    expect(localStorage.getItem(DRAFT_KEY)).toBe(newer);
  });
});
