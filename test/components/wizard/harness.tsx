// Renders the wizard the way the app does: real i18n, a QueryClient, and the real rule packs
// from public/ served through a mocked fetch. "Today" is fixed, never the machine's clock.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { AppProviders, createQueryClient } from '../../../src/app/app';
import type { Scenario } from '../../../src/calc';
import { createI18n } from '../../../src/i18n/setup';
import type { SupportedLanguage } from '../../../src/i18n/languages';
import { ResultScreen } from '../../../src/features/result/result-screen';
import { defaultAnswers } from '../../../src/features/wizard/answers';
import type { Answers } from '../../../src/features/wizard/answers';
import { DRAFT_VERSION } from '../../../src/features/wizard/draft-peek';
import type { Draft } from '../../../src/features/wizard/draft-storage';
import type { StepId } from '../../../src/features/wizard/steps';
import { Wizard } from '../../../src/features/wizard/wizard';
import { createWizardStore, WizardProvider } from '../../../src/features/wizard/wizard-store';
import type { WizardStore } from '../../../src/features/wizard/wizard-store';
import { chainFor } from '../../fixtures/packs';

export const TODAY = '2026-11-15';

const publicDir = join(import.meta.dirname, '../../../public');

/** Serves public/ as vite does. */
export function serveRules() {
  return vi.fn(async (input: RequestInfo | URL) => {
    const path = new URL(String(input), 'http://localhost/').pathname;
    try {
      return new Response(await readFile(join(publicDir, path)), { headers: { 'content-type': 'application/json' } });
    } catch {
      return new Response('not found', { status: 404 });
    }
  });
}

export async function makeI18n(language: SupportedLanguage = 'en') {
  const i18n = createI18n({ language, allTexts: true });
  // English is a lazily loaded chunk: wait for it before the first render.
  await i18n.changeLanguage(language);
  return i18n;
}

export interface ResultRenderOptions {
  language?: SupportedLanguage;
  /** The local day the screen takes as today (ResultScreen's own default where not given). */
  today?: string;
  onChooseRegion?: (region: string) => void;
}

/**
 * The result screen for `s` under its region's real packs, as the app shows it; with the
 * callbacks it was given, to check what the buttons call.
 */
export async function renderResultScreen(s: Scenario, { language = 'en', today, onChooseRegion }: ResultRenderOptions = {}) {
  const i18n = await makeI18n(language);
  const onStartAgain = vi.fn();
  const onEdit = vi.fn();
  const user = userEvent.setup();
  render(
    <AppProviders i18n={i18n} queryClient={createQueryClient()}>
      <ResultScreen scenario={s} chain={chainFor(s.region)} onStartAgain={onStartAgain} onEdit={onEdit} {...(today ? { today } : {})} {...(onChooseRegion ? { onChooseRegion } : {})} />
    </AppProviders>,
  );
  return { user, onStartAgain, onEdit };
}

/** Answers at "today" with the given resident cover per year. */
/**
 * The result screen of `s` rendered as of its own date, and its timeline table's rows as
 * [what, from, until] (the row header, then the cells).
 */
export async function renderTimelineRows(s: Scenario, language: SupportedLanguage = 'en'): Promise<(string | null)[][]> {
  await renderResultScreen(s, { language, today: s.asOf });
  const table = await screen.findByRole('table', { name: language === 'en' ? 'The timeline as a table' : '时间线（表格）' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [within(row).getByRole('rowheader').textContent, ...within(row).getAllByRole('cell').map((c) => c.textContent)]);
}

export function answersWith(patch: Partial<Answers>, covers: Record<number, Answers['history']['years'][number]['cover']> = {}): Answers {
  const base = defaultAnswers(TODAY);
  const a = { ...base, ...patch };
  return { ...a, history: { ...a.history, years: a.history.years.map((r) => (covers[r.year] ? { ...r, cover: covers[r.year]! } : r)) } };
}

export function draftAt(step: StepId, answers: Answers, done: StepId[] = []): Draft {
  return { version: DRAFT_VERSION, step, answers, done };
}

export interface RenderOptions {
  language?: SupportedLanguage;
  /** Start from this draft instead of localStorage. */
  initial?: Draft;
  renderResult?: (scenario: Scenario) => ReactNode;
}

export async function renderWizard({ language = 'en', initial, renderResult }: RenderOptions = {}) {
  const i18n = await makeI18n(language);
  const store: WizardStore = createWizardStore({ today: TODAY, ...(initial ? { initial } : {}) });
  const user = userEvent.setup();
  const view = render(
    <AppProviders i18n={i18n} queryClient={createQueryClient()}>
      <WizardProvider store={store}>
        <Wizard {...(renderResult ? { renderResult } : {})} />
      </WizardProvider>
    </AppProviders>,
  );
  return { ...view, store, user, i18n };
}

export const heading = () => screen.getByRole('heading', { level: 1 });

/**
 * A region's radio on the first step, once the pack index has arrived: 30-odd radios make the
 * role query slower than the old single select, so allow a busy machine more than a second.
 */
export const findRegion = (name: string) => screen.findByRole('radio', { name }, { timeout: 5000 });

/** The error summary at the top of the step (role="alert" with a heading). */
export function findErrorSummary(): Promise<HTMLElement> {
  return waitFor(() => {
    const summary = screen.queryAllByRole('alert').find((el) => within(el).queryByRole('heading'));
    if (!summary) throw new Error('no error summary');
    return summary;
  });
}

export const continueButton = () => screen.getByRole('button', { name: /^(Continue|Save and return to the check page|See the result)$/ });

/**
 * The .ics file the result's "Add to calendar" button downloads, as text (jsdom has no object
 * URLs: the file handed over is kept instead). `readable`: lines unfolded and the text escapes
 * undone, for assertions on the words.
 */
export async function calendarFile(user: ReturnType<typeof userEvent.setup>, { readable = false }: { readable?: boolean } = {}): Promise<string> {
  let file: Blob | undefined;
  Object.assign(URL, { createObjectURL: (blob: Blob) => ((file = blob), 'blob:calendar'), revokeObjectURL: () => {} });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  await user.click(screen.getByRole('button', { name: /^(Add to calendar|添加到日历)/ }));
  if (!file) throw new Error('no calendar file');
  const text = await (file as Blob).text();
  return readable ? text.replace(/\r\n /g, '').replace(/\\n/g, '\n').replace(/\\([,;\\])/g, '$1') : text;
}
