// A newborn's year of birth that costs nothing (湖北: 出生当年参保无需缴费) is an enrolment, not a
// payment: the wizard asks "Date of enrolment", so the result names that day an enrolment too. A
// 武汉 parent who enrolled on 1 Apr 2026 (day 91 counting the birth day, W26) read "paid; cover has
// not started yet", "Payment date after the period…", "The payment date is after March 31, 2026"
// and "Payment made" beside "What you pay: nothing for the year of birth". A paying newborn (福建)
// keeps the payment's words.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const born = { birthDate: '2026-01-01' };
const enrolled = scenario({ asOf: '2026-04-01', region: 'hubei-wuhan', payments: [residentPay('2026-04-01', [2026])], circumstances: born });
const planned = scenario({ asOf: '2026-03-20', region: 'hubei-wuhan', payments: [residentPay('2026-04-01', [2026], 0, 'planned')], circumstances: born });
const paying = scenario({ asOf: '2026-04-15', region: 'fujian', payments: [residentPay('2026-04-15', [2026])], circumstances: born });

const warnings = (name: string) => screen.getByRole('note', { name });
const timelineRow = (table: string, what: string) =>
  within(screen.getByRole('table', { name: table }))
    .getAllByRole('row')
    .map((row) => [within(row).queryByRole('rowheader')?.textContent, ...within(row).queryAllByRole('cell').map((c) => c.textContent)])
    .find((r) => r[0] === what);

describe('a free newborn enrolment is said as an enrolment', () => {
  it('in English, enrolled on day 91 (W26): from May 1, 2026', async () => {
    await renderResultScreen(enrolled, { today: '2026-04-01' });
    expect(await screen.findByTestId('headline')).toHaveTextContent("Your child's reimbursement starts on May 1, 2026.");
    expect(screen.getByTestId('status')).toHaveTextContent('Status on April 1, 2026: enrolled; cover has not started yet.');
    expect(screen.getByText('Enrolment after the period for enrolling a newborn; the rule for late newborn enrolment applies')).toBeVisible();
    expect(warnings('Warnings')).toHaveTextContent('Your child was enrolled after March 31, 2026, the last day of the period for enrolling a newborn.');
    expect(warnings('Warnings')).not.toHaveTextContent(/payment date/i);
    expect(timelineRow('The timeline as a table', 'Child enrolled')).toEqual(['Child enrolled', 'April 1, 2026', '']);
    expect(timelineRow('The timeline as a table', 'Payment made')).toBeUndefined();
  });

  it('in Chinese', async () => {
    await renderResultScreen(enrolled, { language: 'zh-CN', today: '2026-04-01' });
    expect(await screen.findByTestId('headline')).toHaveTextContent('孩子的医保报销将于2026年5月1日开始。');
    expect(screen.getByTestId('status')).toHaveTextContent('2026年4月1日的状态：已为孩子办理参保，待遇尚未开始。');
    expect(screen.getByText('办理参保的日期超过新生儿参保期限，按超期参保新生儿的规定')).toBeVisible();
    expect(warnings('提示')).toHaveTextContent('新生儿参保期限截至2026年3月31日，孩子办理参保的日期在此之后。');
    expect(warnings('提示')).not.toHaveTextContent('缴费日');
    expect(timelineRow('时间线（表格）', '已为孩子办理参保')).toEqual(['已为孩子办理参保', '2026年4月1日', '']);
    expect(timelineRow('时间线（表格）', '已缴费')).toBeUndefined();
  });

  it('planned, in English: the enrolment is still to come', async () => {
    await renderResultScreen(planned, { today: '2026-03-20' });
    await screen.findByTestId('headline');
    expect(warnings('Warnings')).toHaveTextContent('The day you plan to enrol your child is after March 31, 2026, the last day of the period for enrolling a newborn.');
    expect(timelineRow('The timeline as a table', 'Enrolment planned')).toEqual(['Enrolment planned', 'April 1, 2026', '']);
  });

  it('a newborn whose year of birth is paid for (福建) keeps the payment words', async () => {
    await renderResultScreen(paying, { today: '2026-04-15' });
    await screen.findByTestId('headline');
    expect(warnings('Warnings')).toHaveTextContent('The payment date is after April 1, 2026, the last day of the period for enrolling a newborn.');
    expect(timelineRow('The timeline as a table', 'Payment made')).toEqual(['Payment made', 'April 15, 2026', '']);
    expect(timelineRow('The timeline as a table', 'Child enrolled')).toBeUndefined();
  });

  // Enrolled in time, still to come: cover is backdated to the day of birth once the child is
  // enrolled; nothing is paid, so not "once you pay" (a fresh-eyes review of the payer wording).
  const inTime = scenario({ asOf: '2026-11-10', region: 'hubei-wuhan', payments: [residentPay('2026-11-20', [2026], 0, 'planned')], circumstances: { birthDate: '2026-11-01' } });
  it.each([
    ['en', "Once your child is enrolled, your child's reimbursement starts, backdated to November 1, 2026.", 'once your child is enrolled, reimbursement starts, backdated to November 1, 2026'],
    ['zh-CN', '为孩子办理参保后，孩子即可享受医保报销，并追溯至2026年11月1日', '为孩子办理参保后医保报销将开始，并追溯至2026年11月1日'],
  ] as const)('enrolled in time, planned (%s): backdated once the child is enrolled', async (language, headline, timeline) => {
    await renderResultScreen(inTime, { language, today: '2026-11-10' });
    const said = await screen.findByTestId('headline');
    expect(said).toHaveTextContent(headline);
    expect(said).not.toHaveTextContent(/Once you pay|缴费后/);
    expect(screen.getByRole('img', { name: new RegExp(timeline) })).toBeInTheDocument();
  });
});
