import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, isIsoDate, isIsoMonth, monthFromIndex, monthIndex, parseDate } from '../../src/calc/dates';

describe('dates', () => {
  it('rejects impossible and malformed dates', () => {
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
    expect(parseDate('2025-04-31')).toBeNull();
    expect(isIsoMonth('2025-00')).toBe(false);
    expect(isIsoMonth('2025-12')).toBe(true);
  });

  it('adds months on the same day (L-FX: 7月3日 + 3 months = 10月3日)', () => {
    expect(addMonths('2025-07-03', 3)).toEqual({ date: '2025-10-03', clamped: false });
    expect(addMonths('2025-11-06', 3)).toEqual({ date: '2026-02-06', clamped: false });
  });

  it('clamps to the end of a shorter month and says so (R7, UNCONFIRMED)', () => {
    expect(addMonths('2025-11-30', 3)).toEqual({ date: '2026-02-28', clamped: true });
    expect(addMonths('2023-11-30', 3)).toEqual({ date: '2024-02-29', clamped: true });
    expect(addMonths('2025-01-31', 1)).toEqual({ date: '2025-02-28', clamped: true });
  });

  it('crosses year ends in both directions', () => {
    expect(addMonths('2025-12-15', 1).date).toBe('2026-01-15');
    expect(addMonths('2026-01-15', -1).date).toBe('2025-12-15');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('counts days and months as whole calendar units', () => {
    expect(daysBetween('2025-11-20', '2026-01-10')).toBe(51);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(monthFromIndex(monthIndex('2025-03') + 4)).toBe('2025-07');
  });
});
