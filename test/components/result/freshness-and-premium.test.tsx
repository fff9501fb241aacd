// The result screen's warnings by role and text, in both languages: a benefit year whose window
// the region's rules do not include (RULES.md §8.6, with the last window they do include), and
// the full premium ahead (R1c: both amounts where known, the full one alone otherwise). Also
// the done-when case: 湖南, paid 10 Mar 2026 → 8 Jun 2026 at the full 1,100.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { serveRules, renderResultScreen } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());


const warnings = (name: string) => within(screen.getByRole('note', { name })).getAllByRole('listitem').map((li) => li.textContent);

/** Covered 2025 (and 2026); pays `years` on `date`, asked on `asOf`. */
const payer = (region: string, asOf: string, date: string, years: number[], status: 'made' | 'planned' = 'planned') => {
  const covered: Record<number, 'resident'> = { 2025: 'resident' };
  if (years[0] === 2027) covered[2026] = 'resident';
  return scenario({ asOf, region, years: covered, payments: [residentPay(date, years, 0, status)] });
};

describe('a year whose enrolment window the rules do not include yet', () => {
  const hunan2027 = payer('hunan', '2026-11-15', '2027-01-20', [2027]);

  it('湖南 2027 in English: says so and shows the 2026 window with its dates', async () => {
    await renderResultScreen(hunan2027);
    expect(warnings('Warnings')).toContain(
      "The rules in this calculator do not include your region's enrolment window for 2027. The latest one they include is the window for 2026: September 1, 2025 to January 31, 2026. Until the rules here include your region's window, the result allows for every enrolment window that regions are known to use. Please check your region's notice.",
    );
  });

  it('湖南 2027 in Chinese', async () => {
    await renderResultScreen(hunan2027, { language: 'zh-CN' });
    expect(warnings('提示')).toContain(
      '本计算器的规则未收录您所在地区2027年度的集中参保期。已收录的年度中，最晚的是2026年度，集中参保期为2025年9月1日至2026年1月31日。在收录当地的集中参保期之前，这里的结果已把各地已知的集中参保期都考虑在内。请以当地通知为准。',
    );
  });

  it('青海 2027: the 2026 window and its extended payment period', async () => {
    await renderResultScreen(payer('qinghai', '2026-11-15', '2026-11-20', [2027]));
    expect(warnings('Warnings').find((w) => w?.includes('for 2027'))).toContain(
      'The latest one they include is the window for 2026: October 21, 2025 to December 31, 2025. That year also has an extended payment period, to February 28, 2026.',
    );
  });

  it('national rules, a 2028 plan: the 2026 windows as a span of end dates', async () => {
    const s = scenario({ asOf: '2027-11-15', years: { 2025: 'resident', 2026: 'resident', 2027: 'resident' }, payments: [residentPay('2027-11-20', [2028], 0, 'planned')] });
    await renderResultScreen(s);
    expect(warnings('Warnings').find((w) => w?.includes('for 2028'))).toContain(
      'The latest they include are the windows for 2026, ending between December 25, 2025 and February 28, 2026 depending on the region.',
    );
  });

  it('a region with no window in the rules at all (阜新), in Chinese', async () => {
    await renderResultScreen(scenario({ asOf: '2025-11-10', region: 'liaoning-fuxin', years: { 2025: 'resident' }, payments: [residentPay('2025-11-10', [2026])] }), { language: 'zh-CN' });
    expect(warnings('提示')).toContain(
      '本计算器的规则未收录您所在地区2026年度的集中参保期。您所在地区其他年度的集中参保期也未收录。在收录当地的集中参保期之前，这里的结果已把各地已知的集中参保期都考虑在内。请以当地通知为准。',
    );
  });

  it('says nothing where the window is included (湖南 2026)', async () => {
    await renderResultScreen(payer('hunan', '2026-01-10', '2026-01-20', [2026], 'made'));
    expect(screen.queryByText(/do not include your region's enrolment window/)).not.toBeInTheDocument();
  });
});

describe('the full premium ahead', () => {
  it('湖南, paying 2026 on 20 Jan 2026: after 31 Jan the full ¥1,100; no personal amount is invented', async () => {
    await renderResultScreen(payer('hunan', '2026-01-10', '2026-01-20', [2026]));
    expect(warnings('Warnings')).toContain(
      'If you pay for 2026 after January 31, 2026, your region charges the full premium of CN¥1,100. The personal contribution that applies until then is not in these rules; please ask your local medical insurance office.',
    );
  });

  it('湖南 in Chinese', async () => {
    await renderResultScreen(payer('hunan', '2026-01-10', '2026-01-20', [2026]), { language: 'zh-CN' });
    expect(warnings('提示')).toContain('如您在2026年1月31日之后缴纳2026年度保费，当地按全额保费¥1,100收取。在此之前适用的个人缴费标准本计算器尚未收录，请向当地医保经办机构咨询。');
  });

  it('青海, planning 20 May 2026: both amounts, ¥1,100 instead of ¥400, in both languages', async () => {
    const s = payer('qinghai', '2026-05-10', '2026-05-20', [2026]);
    await renderResultScreen(s);
    expect(warnings('Warnings')).toContain('If you pay for 2026 after June 30, 2026, your region charges the full premium of CN¥1,100 instead of your personal contribution of CN¥400 (standard rate).');
    cleanup();
    await renderResultScreen(s, { language: 'zh-CN' });
    expect(warnings('提示')).toContain('如您在2026年6月30日之后缴纳2026年度保费，当地按全额保费¥1,100收取，而不是您的个人缴费标准¥400（统一标准）。');
  });
});

describe('done when: 湖南, a payment on 10 Mar 2026', () => {
  const s = payer('hunan', '2026-03-10', '2026-03-10', [2026], 'made');

  it('shows 8 June 2026 and the full premium of ¥1,100 (English)', async () => {
    await renderResultScreen(s);
    expect(screen.getByTestId('headline')).toHaveTextContent('Your reimbursement restarts on June 8, 2026.');
    const facts = screen.getByTestId('headline').closest('section') as HTMLElement;
    expect(within(facts).getByText('CN¥1,100 a year: the full premium, which your region charges for payments from February 1, 2026')).toBeInTheDocument();
    expect(within(facts).getByText(/March 10, 2026 to June 7, 2026 \(90 days\)/)).toBeInTheDocument();
  });

  it('shows 2026年6月8日 and ¥1,100 (Chinese)', async () => {
    await renderResultScreen(s, { language: 'zh-CN' });
    expect(screen.getByTestId('headline')).toHaveTextContent('2026年6月8日');
    const facts = screen.getByTestId('headline').closest('section') as HTMLElement;
    expect(facts).toHaveTextContent('¥1,100');
  });
});

// The premium is the first benefit year's: a late 2026 paid with 2027 in its window is ¥1,100 for
// 2026, not "¥1,100 a year" (a newcomer's walk in Chinese, 6 Dec 2026).
describe('湖南, 2026 paid late together with 2027 on 6 Dec 2026', () => {
  const s = scenario({ asOf: '2026-12-06', region: 'hunan', years: { 2023: 'resident', 2024: 'resident', 2025: 'resident' }, payments: [residentPay('2026-12-06', [2026, 2027], 0, 'planned')] });
  const paid = () => screen.getByText(/^(What you pay|缴费金额)$/, { selector: 'dt' }).nextElementSibling;

  it('in English: ¥1,100 for 2026, and 2027 at its own rate', async () => {
    await renderResultScreen(s, { today: '2026-12-06' });
    expect(paid()).toHaveTextContent(/^CN¥1,100 for 2026: the full premium, which your region charges for payments from February 1, 2026; for 2027, the premium your region charges for that year$/);
    expect(paid()).not.toHaveTextContent('a year');
  });

  it('in Chinese: 2026年度¥1,100, not 每年', async () => {
    await renderResultScreen(s, { language: 'zh-CN', today: '2026-12-06' });
    expect(paid()).toHaveTextContent(/^2026年度¥1,100：当地对2026年2月1日起的缴费按全额保费收取；2027年度按当地的缴费标准缴纳$/);
    expect(paid()).not.toHaveTextContent('每年');
  });
});
