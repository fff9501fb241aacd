// Scheme and region, the progress indicator, Back/Continue and focus on step change.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { continueButton, findRegion, heading, renderWizard, serveRules } from './harness';

beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal('fetch', serveRules());
});
afterEach(() => vi.unstubAllGlobals());

describe('where step', () => {
  it('offers the regions from the pack index, national baseline first and selected', async () => {
    await renderWizard();
    const region = screen.getByRole('group', { name: 'Region' });
    const national = await findRegion('National baseline');
    expect(national).toBeChecked();
    expect(within(region).getAllByRole('radio')[0]).toBe(national);
    expect(within(region).getByRole('radio', { name: 'Guangzhou, Guangdong' })).not.toBeChecked();
    expect(region).toHaveAccessibleDescription(/enrolment window/);
    expect(screen.getByRole('radio', { name: 'Resident medical insurance' })).toBeChecked();
  });

  it('filters the list as you type and picks the only match', async () => {
    const { user } = await renderWizard();
    const region = screen.getByRole('group', { name: 'Region' });
    await findRegion('National baseline');
    await user.type(screen.getByRole('searchbox', { name: 'Search regions' }), 'Qingdao');
    // The national baseline stays listed: the choice for a place whose rules are not here.
    expect(within(region).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['national', 'shandong-qingdao']);
    expect(within(region).getByRole('radio', { name: 'Qingdao, Shandong' })).toBeChecked();
    expect(screen.getByText('1 region matches: Qingdao, Shandong. It is now chosen.')).toBeInTheDocument();
    await user.clear(screen.getByRole('searchbox', { name: 'Search regions' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search regions' }), '广州');
    expect(within(region).getByRole('radio', { name: 'Guangzhou, Guangdong' })).toBeChecked();
  });

  it('shows localized region names in Chinese', async () => {
    await renderWizard({ language: 'zh-CN' });
    const national = await findRegion('全国基准（国家规定）');
    expect(national).toBeChecked();
    expect(screen.getByRole('group', { name: '参保地区' })).toContainElement(national);
    expect(screen.getByRole('radio', { name: '城乡居民医保（居民医保）' })).toBeChecked();
    expect(screen.getByText('第1步，共5步')).toBeInTheDocument();
  });

  it('shows the progress with the current step marked, and no Back on the first step', async () => {
    await renderWizard();
    expect(screen.getByText('Step 1 of 5')).toBeInTheDocument();
    const steps = within(screen.getByRole('navigation', { name: 'Progress' })).getAllByRole('listitem');
    expect(steps.map((s) => s.textContent)).toEqual(['Scheme and region', 'Your cover so far', 'The payment', 'Your circumstances', 'Check your answers']);
    expect(steps[0]).toHaveAttribute('aria-current', 'step');
    expect(screen.queryByRole('button', { name: 'Back' })).not.toBeInTheDocument();
  });
});

describe('Back and Continue', () => {
  it('moves forward and back, focusing the heading of each new step', async () => {
    const { user, store } = await renderWizard();
    await user.click(await findRegion('Rest of Fujian Province'));
    await user.click(screen.getByRole('radio', { name: /flexible/ }));
    await user.click(continueButton());

    await waitFor(() => expect(heading()).toHaveTextContent('Your cover so far'));
    // Focus moves in the frame after the step is drawn (StepFrame).
    await waitFor(() => expect(heading()).toHaveFocus());
    expect(screen.getByText('Step 2 of 5')).toBeInTheDocument();
    expect(store.getState().draft.answers).toMatchObject({ region: 'fujian', scheme: 'flexible' });
    const items = within(screen.getByRole('navigation', { name: 'Progress' })).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('(done)');
    expect(items[1]).toHaveAttribute('aria-current', 'step');

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(heading()).toHaveTextContent('Which scheme, and where are you insured?');
    // Focus moves in the frame after the step is drawn (StepFrame).
    await waitFor(() => expect(heading()).toHaveFocus());
    expect(screen.getByRole('radio', { name: /flexible/ })).toBeChecked();
    expect(await findRegion('Rest of Fujian Province')).toBeChecked();
  });

  it('keeps what was typed on a step when going Back', async () => {
    const { user } = await renderWizard();
    await findRegion('National baseline');
    await user.click(continueButton());
    const y2025 = await screen.findByRole('group', { name: 'Benefit year 2025' });
    await user.click(within(y2025).getByRole('radio', { name: 'Employee scheme' }));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.click(continueButton());
    expect(within(await screen.findByRole('group', { name: 'Benefit year 2025' })).getByRole('radio', { name: 'Employee scheme' })).toBeChecked();
  });
});

describe('the whole way through', () => {
  it('W5 (Qingdao, lapsed 2025 and 2026, pays 2027 in the window) from the first step to the result', async () => {
    const { user } = await renderWizard({ renderResult: (s) => <p>{`result: ${s.region} ${s.payments.at(-1)?.date}`}</p> });
    await user.type(await screen.findByRole('searchbox', { name: 'Search regions' }), 'qingdao');
    await user.click(continueButton());

    for (const y of [2023, 2024]) {
      await user.click(within(await screen.findByRole('group', { name: `Benefit year ${y}` })).getByRole('radio', { name: /paid in the enrolment window/ }));
    }
    await user.click(continueButton());

    await waitFor(() => expect(heading()).toHaveTextContent('The payment'));
    const date = screen.getByLabelText('Date you plan to pay');
    await user.clear(date);
    await user.type(date, '2026-11-20');
    await user.click(screen.getByRole('checkbox', { name: '2027' }));
    expect(await screen.findByRole('spinbutton', { name: 'Extra years to repair the waiting period' })).toHaveValue(0);
    await user.click(continueButton());

    await waitFor(() => expect(heading()).toHaveTextContent('Your circumstances'));
    await user.click(continueButton());
    await waitFor(() => expect(heading()).toHaveTextContent('Check your answers'));
    await user.click(continueButton());
    expect(await screen.findByText('result: shandong-qingdao 2026-11-20')).toBeInTheDocument();
  });
});
