// 武汉 (E3a), "who paid" left blank by a flexible worker, where an employer-paid cover gives
// another date (1 Dec 2026 instead of 1 May 2027): what leaves the page says both, like the
// headline. The .ics reminder is on the earliest day still ahead and never says "restarts on"
// as if firm (two days in all: one of two dates, not "the earliest possible"); the widget's result event is a range whose outcomes say whose payment gives them.
import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/calc';
import type { EmployeePeriod, Scenario } from '../../src/calc';
import { resultMessage } from '../../src/app/embed/messages';
import { payerAlternative } from '../../src/features/result/paid-by-alternative';
import { eventsFor } from '../fixtures/calendar';
import { chainFor } from '../fixtures/packs';
import { employeePay, scenario } from '../fixtures/scenarios';

let chain = chainFor('hubei-wuhan');

/** Employee-scheme cover `period`; as a flexible worker pays on `date` (`status`), answers as of `asOf`. */
const wuhan = (period: EmployeePeriod, date: string, status: 'made' | 'planned', asOf: string) =>
  scenario({ asOf, region: 'hubei-wuhan', employeePeriods: [period], payments: [employeePay(date, false, 'flexible', status)] });

async function outcome(s: Scenario, language: 'en' | 'zh-CN' = 'en') {
  const calculated = calculate(s, chain);
  if (!calculated.ok) throw new Error(JSON.stringify(calculated.errors));
  const result = calculated.result;
  const payer = payerAlternative(s, chain, result.main.restoration);
  const events = await eventsFor(s, result, chain, language, { payer });
  return { result, payer, events, restarts: events.filter((e) => e.uid.startsWith('restore')) };
}

const planned = wuhan({ from: '2024-01', to: '2026-06' }, '2026-11-10', 'planned', '2026-11-10');

describe('the .ics reminder where the date depends on who paid', () => {
  it('one event on the earlier date, titled as one of two dates, giving both answers (English)', async () => {
    const { result, payer, restarts } = await outcome(planned);
    expect(result.main.restoration).toEqual({ kind: 'date', date: '2027-05-01' });
    expect(payer?.ifEmployer).toEqual({ kind: 'date', date: '2026-12-01' });
    expect(restarts).toHaveLength(1);
    const [event] = restarts;
    expect(event?.date).toBe('2026-12-01');
    expect(event?.title).toBe('Possible restart of medical insurance reimbursement: one of two dates (depends on who paid)');
    expect(event?.description.split('\n')).toEqual([
      'When your reimbursement restarts depends on who paid for your employee-scheme cover up to June 2026:',
      '• December 1, 2026 — if an employer paid it',
      '• May 1, 2027 — if you paid it yourself as a flexible worker',
      'This reminder is on the earlier of the two dates, not a confirmed one. Tell the calculator who paid to get a single date.',
    ]);
    expect(event?.description).not.toContain('From May 1, 2027 your medical insurance');
  });

  it('in Chinese', async () => {
    const { restarts } = await outcome(planned, 'zh-CN');
    expect(restarts.map((e) => e.title)).toEqual(['医保报销可能恢复的两个日期之一（取决于由谁缴费）']);
    expect(restarts[0]?.description.split('\n').slice(1)).toEqual(['• 2026年12月1日：如果是单位缴的', '• 2027年5月1日：如果是您自己以灵活就业人员身份缴的', '本提醒设在两个日期中较早的一个，并非确定的日期。请在计算器中说明由谁缴费，就能得到确切的日期。']);
  });

  it('the earlier date passed: the event goes on the later one, still one of two dates, and says one case has restarted', async () => {
    // Employer-paid cover to Dec 2025, paid 10 Mar 2026: 1 Apr 2026 if an employer paid, 1 Sep 2026 if not; as of 1 May 2026.
    const { restarts } = await outcome(wuhan({ from: '2024-01', to: '2025-12' }, '2026-03-10', 'made', '2026-05-01'));
    expect(restarts.map((e) => [e.date, e.title])).toEqual([['2026-09-01', 'Possible restart of medical insurance reimbursement: one of two dates (depends on who paid)']]);
    expect(restarts[0]?.description).toContain('In one of these cases reimbursement has already restarted. This reminder is on the later date, not a confirmed one.');
  });

  it('both dates passed: no restart event', async () => {
    const { payer, restarts } = await outcome(wuhan({ from: '2024-01', to: '2025-12' }, '2026-03-10', 'made', '2026-11-10'));
    expect(payer).not.toBeNull();
    expect(restarts).toEqual([]);
  });

  it('who paid answered: one firm date, as before', async () => {
    const { payer, restarts } = await outcome(wuhan({ from: '2024-01', to: '2026-06', paidBy: 'employer' }, '2026-11-10', 'planned', '2026-11-10'));
    expect(payer).toBeNull();
    expect(restarts.map((e) => [e.date, e.title])).toEqual([['2026-12-01', 'Medical insurance reimbursement restarts']]);
  });
});

describe('the widget result event where the date depends on who paid', () => {
  it('is a range over both answers, each marked with whose payment gives it, with the month and no firm end of the wait', async () => {
    const { result, payer } = await outcome(planned);
    const message = resultMessage(result, planned, 'dates', payer);
    expect(message.version).toBe(3);
    expect(message.restoration).toEqual({
      kind: 'range',
      earliest: '2026-12-01',
      latest: '2027-05-01',
      noCoverPossible: false,
      outcomes: [
        { restoration: { kind: 'date', date: '2026-12-01' }, regions: [], paidBy: 'employer' },
        { restoration: { kind: 'date', date: '2027-05-01' }, regions: [], paidBy: 'self' },
      ],
    });
    expect(message.paidByMonth).toBe('2026-06');
    expect(message.waiting).toMatchObject({ start: '2026-11-10', end: null });
  });

  it('answered: one date and the wait’s end, no paidByMonth', async () => {
    const answered = wuhan({ from: '2024-01', to: '2026-06', paidBy: 'self' }, '2026-11-10', 'planned', '2026-11-10');
    const { result, payer } = await outcome(answered);
    const message = resultMessage(result, answered, 'dates', payer);
    expect(message.restoration).toEqual({ kind: 'date', date: '2027-05-01' });
    expect(message).not.toHaveProperty('paidByMonth');
    expect(message.waiting?.end).toBe('2027-04-30');
  });
});

describe('under the national rules, where either payer gives the same span', () => {
  it('the reminder is the range’s, with the date only an employer-paid cover gives (武汉) after its lines', async () => {
    chain = chainFor('national');
    try {
      const s = { ...planned, region: 'national' };
      const { payer, restarts } = await outcome(s);
      expect(payer?.extra?.outcomes.map((o) => o.restoration)).toEqual([{ kind: 'date', date: '2026-12-01' }]);
      // 1 Nov 2026 has passed; 1 Dec 2026 (武汉, employer-paid) comes before the self-paid 1 Feb 2027.
      expect(restarts.map((e) => [e.date, e.title])).toEqual([['2026-12-01', 'Next possible restart of medical insurance reimbursement (depends on your region and on who paid)']]);
      const text = restarts[0]?.description ?? '';
      const extraAt = text.indexOf('If an employer paid for your employee-scheme cover up to June 2026, some regions give a different date:');
      expect(extraAt).toBeGreaterThan(text.indexOf('• May 1, 2027'));
      expect(text.slice(extraAt)).toContain('\n• December 1, 2026 — if your region counts the months since the employer stopped paying (back-paid within 3 months: the gap is covered too; within 6 months: cover from the next month; later: a wait of 6 months) (region: Wuhan, Hubei)\n');
      // Said for a calendar, away from the page: tell the calculator, not "your answers".
      expect(text).toContain('The other dates above assume you paid it yourself. Tell the calculator who paid to have it taken into account.');
      expect(text).not.toContain('in your answers');
      expect(text.endsWith('\nAsk your local medical insurance office which date applies to you.')).toBe(true);
      // The result event: the same span, and every outcome with whose payment gives it.
      const calculated = calculate(s, chain);
      if (!calculated.ok) throw new Error('invalid');
      const message = resultMessage(calculated.result, s, 'dates', payer);
      if (message.restoration.kind !== 'range') throw new Error('expected a range');
      expect([message.restoration.earliest, message.restoration.latest, message.paidByMonth]).toEqual(['2026-11-01', '2027-05-01', '2026-06']);
      expect(message.restoration.outcomes.filter((o) => o.paidBy === 'employer').map((o) => (o.restoration.kind === 'date' ? o.restoration.date : null))).toEqual(['2026-11-01', '2026-12-01', '2027-02-01', '2027-05-01']);
      expect(message.restoration.outcomes.filter((o) => o.paidBy === 'self')).toHaveLength(3);
    } finally {
      chain = chainFor('hubei-wuhan');
    }
  });
});

describe('a back-paid gap of 3 months, paid on 15 Oct 2026 (planned that day)', () => {
  const backPaid = (region: string) => scenario({ asOf: '2026-10-15', region, employeePeriods: [{ from: '2024-01', to: '2026-06' }], payments: [employeePay('2026-10-15', true, 'flexible', 'planned')] });

  it('武汉: the earlier date (1 Oct, the gap covered) is already behind, but nothing has restarted before the money is paid: said as back-dated', async () => {
    const { result, payer, restarts } = await outcome(backPaid('hubei-wuhan'));
    expect(result.main.restoration).toEqual({ kind: 'date', date: '2026-10-01' });
    expect(payer?.ifEmployer).toEqual({ kind: 'date', date: '2026-11-01' });
    expect(restarts.map((e) => e.date)).toEqual(['2026-11-01']);
    const text = restarts[0]?.description ?? '';
    expect(text).toContain('In one of these cases reimbursement would restart on a day already past, backdated once you pay. This reminder is on the later date, not a confirmed one.');
    expect(text).not.toContain('has already restarted');
  });

  it('national: 武汉’s employer-paid date (1 Nov) is one other regions give too, yet 武汉 is named beside 1 Oct only: the employer-paid lines still show', async () => {
    chain = chainFor('national');
    try {
      const { payer } = await outcome(backPaid('national'));
      expect(payer?.extra?.outcomes.map((o) => o.restoration)).toEqual([{ kind: 'date', date: '2026-11-01' }]);
      expect(payer?.extra?.outcomes.flatMap((o) => o.when.flat().flatMap((c) => c.regions ?? []))).toContain('hubei-wuhan');
    } finally {
      chain = chainFor('hubei-wuhan');
    }
  });
});
