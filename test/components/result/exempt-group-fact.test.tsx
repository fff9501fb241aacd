// The exemption fact names the group the person chose (江西 P-JX4: 医疗救助对象, no wait, covered
// from the day after paying), rather than "a group your region exempts", in both languages.
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const medicalAid = scenario({ asOf: '2025-03-15', region: 'jiangxi', circumstances: { exemptGroup: { group: 'medicalAid' } }, payments: [residentPay('2025-03-15', [2025])] });

describe('the exemption fact of a group with its own rules', () => {
  it('names the group chosen (English)', async () => {
    await renderResultScreen(medicalAid, { today: '2025-03-15' });
    expect(await screen.findByTestId('headline')).toHaveTextContent('March 16, 2025');
    expect(screen.getByText('You belong to a group your region exempts from the wait: Receiving medical assistance (医疗救助对象)')).toBeVisible();
  });

  it('in Chinese', async () => {
    await renderResultScreen(medicalAid, { language: 'zh-CN', today: '2025-03-15' });
    await screen.findByTestId('headline');
    expect(screen.getByText('属于当地规定免等待期的人群：医疗救助对象')).toBeVisible();
  });
});
