// The timeline's markers never hide one another: a payment made on the day the result is for
// sits above the "today" marker instead of on it, and the drawing grows to hold it.
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentPay, scenario } from '../../fixtures/scenarios';
import { renderResultScreen, serveRules } from '../wizard/harness';

beforeEach(() => vi.stubGlobal('fetch', serveRules()));
afterEach(() => vi.unstubAllGlobals());

/** The top of a marker shape: the payment's circle, or the first point of a path. */
function markerTop(el: Element): number {
  if (el.tagName.toLowerCase() === 'circle') return Number(el.getAttribute('cy')) - Number(el.getAttribute('r'));
  return Math.min(...[...(el.getAttribute('d') ?? '').matchAll(/[ML]\s*[-\d.]+\s+([-\d.]+)/g)].map((m) => Number(m[1])));
}
function markerCentreX(el: Element): number {
  if (el.tagName.toLowerCase() === 'circle') return Number(el.getAttribute('cx'));
  const xs = [...(el.getAttribute('d') ?? '').matchAll(/[ML]\s*([-\d.]+)\s+[-\d.]+/g)].map((m) => Number(m[1]));
  return (Math.min(...xs) + Math.max(...xs)) / 2;
}

describe('timeline markers', () => {
  it('a payment made today is drawn above the today marker, not on it', async () => {
    // 广州, 2025 without cover, 2026 paid on 1 December 2026 and seen that day.
    await renderResultScreen(scenario({ asOf: '2026-12-01', region: 'guangdong-guangzhou', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-12-01', [2027], 0, 'made')] }));
    const svg = screen.getByRole('img', { name: /^Timeline from January 1, 2024 to December 31, 2027/ });
    const today = svg.querySelector('.marker--today') as Element;
    const payment = svg.querySelector('.marker--payment') as Element;
    expect(Math.abs(markerCentreX(today) - markerCentreX(payment))).toBeLessThan(1);
    // One lane (15 px) apart, so the shapes (about 12 px tall) do not touch.
    expect(Math.abs(markerTop(today) - markerTop(payment))).toBeGreaterThanOrEqual(12);
    expect(Math.min(markerTop(today), markerTop(payment))).toBeGreaterThanOrEqual(0);
    // The drawing grows by the lane it added (96 px with one lane).
    expect(Number(svg.getAttribute('height'))).toBeGreaterThan(96);
  });

  it('Chinese dates in the table wrap only after the year', async () => {
    await renderResultScreen(scenario({ asOf: '2026-12-01', region: 'guangdong-guangzhou', years: { 2024: 'resident', 2025: 'none' }, payments: [residentPay('2026-12-01', [2027], 0, 'made')] }), { language: 'zh-CN' });
    const cell = screen.getAllByRole('cell').find((c) => c.textContent === '2026年12月1日') as HTMLElement;
    expect(cell.innerHTML).toBe('2026年<wbr>12月1日');
  });
});
