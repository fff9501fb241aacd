// The lines under a range headline for a newborn's year of birth enrolled free of charge (湖北:
// X1): their conditions are said of the enrolment (the `_enrol` texts, range-wording.ts payerKey),
// as the headline above them is, never "your payment". The same child under the national rules,
// whose premium is not known, pays: its lines keep the payment's words.
// 湖北, born 5 Jan 2026, enrolled on 5 Apr 2026 (day 90 after the birth): in time where the birth
// day is not counted, late in 武汉's count, and then covered from the day of enrolment or the day after.
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../../src/calc';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

const baby = { birthDate: '2026-01-05', parentInsured: true };
const made = (region: string) => scenario({ asOf: '2026-04-07', region, circumstances: baby, payments: [residentPay('2026-04-05', [2026])] });
const planned = scenario({ asOf: '2026-04-03', region: 'hubei', circumstances: baby, payments: [residentPay('2026-04-05', [2026], 0, 'planned')] });

/** The headline's lines (its list is named "Which date applies where", or "… in which case" where they name no region). */
async function lines(s: Scenario, language: 'en' | 'zh-CN' = 'en') {
  await renderResultScreen(s, { language, today: s.asOf });
  const list = await within(await screen.findByTestId('headline').then((h) => h.closest('section') as HTMLElement)).findByRole('list', { name: /^(Which date applies|各地适用的日期|各种情形对应的日期)/ });
  return [...list.querySelectorAll(':scope > li')].map((item) => item.textContent ?? '').join('\n');
}

describe('a free newborn enrolment under a range: the lines speak of the enrolment', () => {
  it('made, in English', async () => {
    const said = await lines(made('hubei'));
    expect(said).toContain('if your region counts the newborn enrolment period so that your child was enrolled within it');
    expect(said).toContain('your region counts the newborn enrolment period so that it had ended before your child was enrolled');
    expect(said).toContain('your region covers children enrolled before their first birthday from the day after enrolment');
    expect(said).not.toMatch(/payment/);
  });

  it('made, in Chinese', async () => {
    const said = await lines(made('hubei'), 'zh-CN');
    expect(said).toContain('按当地的计算方法，您是在新生儿参保期限内为孩子办理参保的');
    expect(said).toContain('按当地的计算方法，为孩子办理参保时新生儿参保期限已经结束');
    expect(said).toContain('当地对1周岁前参保的孩子自办理参保次日起享受待遇');
    expect(said).not.toContain('缴费');
  });

  it('planned, in English: the enrolment still to come', async () => {
    const said = await lines(planned);
    expect(said).toContain('if your region counts the newborn enrolment period so that the enrolment you plan is within it');
    expect(said).toContain('your region counts the newborn enrolment period so that it will have ended before the enrolment you plan');
    expect(said).not.toMatch(/payment/);
  });

  it('the same child under the national rules pays (premium not known): the payment words stay', async () => {
    const said = await lines(made('national'));
    expect(said).toContain('if your region counts the newborn enrolment period so that your payment was within it');
    expect(said).toContain('your region counts the newborn enrolment period so that it had ended before your payment');
    expect(said).not.toContain('your child was enrolled within it');
  });
});
