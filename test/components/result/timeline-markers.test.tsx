// The timeline's markers never hide one another: a payment made on the day the result is for
// sits above the "today" marker instead of on it, and the drawing grows to hold it. A short
// period keeps a width one can see. (jsdom has no ResizeObserver: the drawing is 640 px wide,
// about what a 1280 px desktop window gives it.)
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { employeePay, residentPay, scenario } from '../../fixtures/scenarios';
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

/** A marker shape's box, its outline included (at most 2.5 px wide, so 1.25 px each side). */
function markerBox(el: Element): { left: number; right: number; top: number; bottom: number } {
  const half = 1.25;
  if (el.tagName.toLowerCase() === 'circle') {
    const [cx, cy, r] = ['cx', 'cy', 'r'].map((a) => Number(el.getAttribute(a))) as [number, number, number];
    return { left: cx - r - half, right: cx + r + half, top: cy - r - half, bottom: cy + r + half };
  }
  const points = [...(el.getAttribute('d') ?? '').matchAll(/[ML]\s*([-\d.]+)\s+([-\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return { left: Math.min(...xs) - half, right: Math.max(...xs) + half, top: Math.min(...ys) - half, bottom: Math.max(...ys) + half };
}

describe('timeline markers', () => {
  it('a short employee-scheme gap is wide enough to see, and markers a few days apart neither overlap nor touch', async () => {
    // Employee cover 2021 to Aug 2026, two months' gap, paid 10 Nov 2026 and seen on 25 Nov: six years drawn (2022-2027).
    await renderResultScreen(scenario({ asOf: '2026-11-25', employeePeriods: [{ from: '2021-01', to: '2026-08' }], payments: [employeePay('2026-11-10', false)] }));
    const svg = screen.getByRole('img', { name: /^Timeline from January 1, 2022/ });
    const lapse = svg.querySelector('rect.seg--lapse') as Element;
    expect(Number(lapse.getAttribute('width'))).toBeGreaterThanOrEqual(24);
    const shapes = [...svg.querySelectorAll('.marker')];
    expect(shapes.length).toBeGreaterThanOrEqual(4);
    const boxes = shapes.map(markerBox);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i] as ReturnType<typeof markerBox>;
        const b = boxes[j] as ReturnType<typeof markerBox>;
        const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        expect(apart, `${shapes[i]?.getAttribute('class')} and ${shapes[j]?.getAttribute('class')}`).toBe(true);
      }
    }
    // Stems are drawn first, so no stem crosses a shape drawn before it.
    const order = [...svg.querySelectorAll('.marker, .marker-line')].map((el) => el.getAttribute('class')?.startsWith('marker-line') ? 'stem' : 'shape');
    expect(order.indexOf('shape')).toBeGreaterThan(order.lastIndexOf('stem'));
  });

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
