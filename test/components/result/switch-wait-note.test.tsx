// The note beside a range on a switch from the employee scheme to the resident scheme after a gap
// of more than 3 months (E3.switchRegional, S5 ③): in plain words, not 统筹地区 / "pooling region",
// as the rest of the result speaks of the person's region.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** National rules: employee cover to June 2025, 2026 paid in the window on 15 Dec 2025 (1 Jan, 1 Apr or 1 Jul 2026). */
const switcher = scenario({ asOf: '2025-12-15', region: 'national', employeePeriods: [{ from: '2020-01', to: '2025-06' }], payments: [residentPay('2025-12-15', [2026])] });

async function notes(title: string): Promise<string[]> {
  await screen.findByTestId('headline');
  return within(screen.getByRole('complementary', { name: title })).getAllByRole('listitem').map((li) => li.textContent ?? '');
}

describe('the switch-wait note (E3.switchRegional)', () => {
  it('in Chinese, says 您参保的地区, not 统筹地区', async () => {
    await renderResultScreen(switcher, { language: 'zh-CN', today: '2025-12-15' });
    const said = await notes('请注意');
    expect(said).toContain('我们的理解：断保超过3个月的，国家规定您参保的地区可以设置待遇等待期，最长不超过6个月。从职工医保转入居民医保时是否设置这一等待期、设置多长，我们收录的文件大多没有写明；我们理解这一规定也适用于这种转换，因此显示一个区间。');
    expect(said.join('\n')).not.toContain('统筹地区');
  });

  it('in English, says the region where you are insured, not a pooling region', async () => {
    await renderResultScreen(switcher, { today: '2025-12-15' });
    const said = await notes('Please note');
    expect(said).toContain(
      'Our reading: After a gap of more than 3 months, the national rules let the region where you are insured set a waiting period of up to 6 months. Most documents we hold do not say whether, or for how long, this applies when you move from the employee scheme to the resident scheme. We read it as applying, so we show a range.',
    );
    expect(said.join('\n')).not.toContain('pooling');
  });
});
