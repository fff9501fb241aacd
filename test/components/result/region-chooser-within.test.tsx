// "Choose your region to see if it gives one date" under a range: from the national rules every region is
// offered; a person who chose their province already is offered only its cities, and one whose
// region has none is offered nothing (another province's rules are not theirs to pick).
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProviders, createQueryClient } from '../../../src/app/app';
import { calculate } from '../../../src/calc';
import { ResultLoader } from '../../../src/features/result/result-loader';
import type { Scenario } from '../../../src/calc';
import { chainFor } from '../../fixtures/packs';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { makeI18n, renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

/** Covered 2023–2024, no cover in 2025; 2026 planned on 2 Dec 2026. */
const late2026 = (region: string) => scenario({ asOf: '2026-12-02', region, years: { 2023: 'resident', 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-12-02', [2026], 0, 'planned')] });

function isRange(s: Scenario): boolean {
  const outcome = calculate(s, chainFor(s.region));
  return outcome.ok && outcome.result.main.restoration.kind === 'range';
}

/** The result for `initial` in Chinese, whose region chooser changes the scenario's region as the app's answers do. */
async function renderChoosingFlow(initial: Scenario, regionChosenFrom: string | null = null) {
  function Flow() {
    const [sc, setSc] = useState(initial);
    return <ResultLoader scenario={sc} focusOnMount={false} onStartAgain={() => {}} onEdit={() => {}} onChooseRegion={(region) => setSc({ ...sc, region })} regionChosenFrom={regionChosenFrom} />;
  }
  const i18n = await makeI18n('zh-CN');
  render(
    <AppProviders i18n={i18n} queryClient={createQueryClient()}>
      <Flow />
    </AppProviders>,
  );
  return userEvent.setup();
}

describe('the region chooser under a range', () => {
  it('湖北: only 湖北·武汉 is offered', async () => {
    expect(isRange(late2026('hubei'))).toBe(true);
    await renderResultScreen(late2026('hubei'), { language: 'zh-CN', today: '2026-12-02', onChooseRegion: () => {} });
    // Only its cities: named so, in the label and the first entry.
    const select = await screen.findByRole('combobox', { name: '您所在的城市' });
    await waitFor(() => expect(select).toBeEnabled());
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['请选择城市', '湖北·武汉']);
    // A city's rules may settle more, not always one date: no promise of "确切日期" here.
    expect(screen.getByRole('heading', { name: '选择您所在的城市，看看当地规定能否得出确切日期' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: '选择您所在的地区，看看能否得出确切日期' })).toBeNull();
  });

  it('national rules: the title offers one date from a region', async () => {
    await renderResultScreen(late2026('national'), { today: '2026-12-02', onChooseRegion: () => {} });
    expect(await screen.findByRole('heading', { name: 'Choose your region to see if it gives one date' })).toBeInTheDocument();
  });

  it('江西 (no city with rules of its own): no chooser, the range stands with its regions’ dates', async () => {
    expect(isRange(late2026('jiangxi'))).toBe(true);
    await renderResultScreen(late2026('jiangxi'), { language: 'zh-CN', today: '2026-12-02', onChooseRegion: () => {} });
    await screen.findByTestId('headline');
    expect(screen.getByRole('list', { name: '各种情形对应的日期' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('heading', { name: '选择您所在的地区，看看能否得出确切日期' })).toBeNull());
    expect(screen.queryByRole('combobox', { name: '您所在的地区' })).toBeNull();
  });

  it('national rules: every region with rules, 江西 among them', async () => {
    await renderResultScreen(late2026('national'), { language: 'zh-CN', today: '2026-12-02', onChooseRegion: () => {} });
    const select = await screen.findByRole('combobox', { name: '您所在的地区' });
    await waitFor(() => expect(select).toBeEnabled());
    const names = [...select.querySelectorAll('option')].map((o) => o.textContent);
    expect(names).toContain('江西省');
    expect(names).toContain('湖北·武汉');
  });

  it('submitted with no region chosen: the error describes the list, and focus goes to it so the error is heard', async () => {
    const onChooseRegion = vi.fn();
    const { user } = await renderResultScreen(late2026('national'), { language: 'zh-CN', today: '2026-12-02', onChooseRegion });
    const select = await screen.findByRole('combobox', { name: '您所在的地区' });
    await waitFor(() => expect(select).toBeEnabled());
    await user.click(screen.getByRole('button', { name: '查看日期' }));
    await waitFor(() => expect(select).toHaveFocus());
    expect(select).toHaveAccessibleDescription(/请先从列表中选择地区。/);
    expect(select).toBeInvalid();
    expect(onChooseRegion).not.toHaveBeenCalled();
  });

  it('within 湖北, submitted with no city chosen: the error asks for a city, as the list does', async () => {
    const { user } = await renderResultScreen(late2026('hubei'), { language: 'zh-CN', today: '2026-12-02', onChooseRegion: () => {} });
    const select = await screen.findByRole('combobox', { name: '您所在的城市' });
    await waitFor(() => expect(select).toBeEnabled());
    await user.click(screen.getByRole('button', { name: '查看日期' }));
    await waitFor(() => expect(select).toHaveFocus());
    expect(select).toHaveAccessibleDescription(/请先从列表中选择城市。/);
  });

  it('湖北, after 武汉 was chosen from the result: the list to look again still stays within 湖北 (湖北省 itself, to go back)', async () => {
    const user = await renderChoosingFlow(late2026('hubei'));
    const select = await screen.findByRole('combobox', { name: '您所在的城市' });
    await waitFor(() => expect(select).toBeEnabled());
    await user.selectOptions(select, '湖北·武汉');
    await user.click(screen.getByRole('button', { name: '查看日期' }));
    await waitFor(() => expect(screen.getByTestId('headline-announcement')).toHaveTextContent('湖北·武汉'));
    const again = await screen.findByRole('combobox', { name: '您所在的地区' });
    await waitFor(() => expect([...again.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['请选择地区', '湖北省']));
  });

  it('national rules, after 湖北·武汉 was chosen from the result: the national baseline is offered to go back, and brings every region’s dates back', async () => {
    const user = await renderChoosingFlow(late2026('national'));
    const select = await screen.findByRole('combobox', { name: '您所在的地区' });
    await waitFor(() => expect(select).toBeEnabled());
    const lines = () => screen.getByRole('list', { name: /^(各地适用的日期|各种情形对应的日期)$/ }).textContent;
    const everyRegion = lines();
    // Every region's dates are told apart by where; 武汉's own, by which reading of its rules.
    expect(screen.getByRole('list', { name: '各地适用的日期' })).toBeInTheDocument();
    // Before a choice the answer is already every region's: no way back to offer.
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).not.toContain('全国基准（国家规定）：各地的日期');
    await user.selectOptions(select, '湖北·武汉');
    await user.click(screen.getByRole('button', { name: '查看日期' }));
    await waitFor(() => expect(screen.getByTestId('headline-announcement')).toHaveTextContent('湖北·武汉'));
    expect(lines()).not.toBe(everyRegion);
    expect(screen.getByRole('list', { name: '各种情形对应的日期' })).toBeInTheDocument();
    const again = await screen.findByRole('combobox', { name: '您所在的地区' });
    await waitFor(() => expect([...again.querySelectorAll('option')].map((o) => o.textContent)).toContain('全国基准（国家规定）：各地的日期'));
    await user.selectOptions(again, '全国基准（国家规定）：各地的日期');
    await user.click(screen.getByRole('button', { name: '查看日期' }));
    await waitFor(() => expect(screen.getByTestId('headline-announcement')).toHaveTextContent('全国基准（国家规定）'));
    await waitFor(() => expect(lines()).toBe(everyRegion));
    expect(screen.getByRole('list', { name: '各地适用的日期' })).toBeInTheDocument();
    // Back at every region's dates, the way back is not offered again.
    const third = await screen.findByRole('combobox', { name: '您所在的地区' });
    expect([...third.querySelectorAll('option')].map((o) => o.textContent)).not.toContain('全国基准（国家规定）：各地的日期');
  });

  it.each(['national', 'hubei'])('reloaded on 湖北·武汉 chosen from the result (from %s): the chooser is as after a choice, with every region and the way back, and no "updated" message on the fresh load', async (from) => {
    await renderChoosingFlow(late2026('hubei-wuhan'), from);
    await screen.findByRole('heading', { name: '换一个地区查看' });
    const select = await screen.findByRole('combobox', { name: '您所在的地区' });
    await waitFor(() => expect(select).toBeEnabled());
    const options = [...select.querySelectorAll('option')].map((o) => o.textContent);
    expect(options).toContain('全国基准（国家规定）：各地的日期');
    expect(options).toContain('江西省');
    expect(screen.getByTestId('headline-announcement')).toHaveTextContent(/^$/);
  });
});

describe('the region chooser where the first day is one date but later cover depends on the region', () => {
  // W33 without a region: covered from birth everywhere, and in 2026 too in 海南 only (P-HI1).
  const w33 = scenario({ asOf: '2026-01-15', region: 'national', payments: [residentPay('2026-01-15', [2025])], circumstances: { birthDate: '2025-11-20' } });

  it('is offered, in English', async () => {
    const outcome = calculate(w33, chainFor('national'));
    expect(outcome.ok && outcome.result.main.restoration.kind).toBe('date');
    await renderResultScreen(w33, { today: '2026-01-15', onChooseRegion: () => {} });
    const select = await screen.findByRole('combobox', { name: 'Your region' });
    await waitFor(() => expect(select).toBeEnabled());
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toContain('Hainan Province');
  });
});
