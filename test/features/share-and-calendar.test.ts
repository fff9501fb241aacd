import { describe, expect, it } from 'vitest';
import { buildIcs } from '../../src/features/result/ics';
import { decodeShare, encodeShare, shareUrl } from '../../src/features/result/share-link';
import { residentPay, scenario } from '../fixtures/scenarios';

const sample = scenario({ asOf: '2026-11-15', region: 'shandong-qingdao', years: { 2025: 'none', 2026: 'none' }, payments: [residentPay('2026-11-20', [2027], 1, 'planned')] });

describe('share links', () => {
  it('round-trips a scenario through the URL fragment', () => {
    const url = shareUrl(sample, 'https://example.org/app/?x=1');
    expect(url.startsWith('https://example.org/app/?x=1#s=1.')).toBe(true);
    expect(decodeShare(new URL(url).hash)).toEqual({ kind: 'ok', scenario: sample });
  });

  it('stays compact', () => {
    expect(encodeShare(sample).length).toBeLessThan(400);
  });

  it.each([
    ['#s=garbage', 'malformed'],
    ['#s=1.%%%', 'malformed'],
    ['#s=1.eyJ2IjoxfQ', 'invalid'],
    ['#s=0.eyJ2IjoxfQ', 'outdated'],
    ['#s=1.' + btoa(JSON.stringify({ ...sample, v: 0 })).replace(/=+$/, ''), 'outdated'],
    ['#s=1.' + btoa(JSON.stringify({ ...sample, asOf: '2026-02-30' })).replace(/=+$/, ''), 'invalid'],
  ])('reports %s as %s, never throwing', (hash, reason) => {
    expect(decodeShare(hash)).toEqual({ kind: 'error', reason });
  });

  it('ignores a hash without a scenario', () => {
    expect(decodeShare('')).toEqual({ kind: 'none' });
    expect(decodeShare('#main')).toEqual({ kind: 'none' });
  });
});

describe('calendar file', () => {
  it('writes all-day events with reminders, escaped and folded', () => {
    const text = buildIcs(
      [{ uid: 'restore-2027-05-01@yibao', date: '2027-05-01', title: '医保报销恢复, 记得带身份证', description: 'Line one\nline two; more', remindDaysBefore: [7, 0] }],
      '2026-11-25',
    );
    expect(text).toContain('DTSTART;VALUE=DATE:20270501\r\n');
    expect(text).toContain('DTEND;VALUE=DATE:20270502\r\n');
    expect(text).toContain('SUMMARY:医保报销恢复\\, 记得带身份证');
    expect(text).toContain('DESCRIPTION:Line one\\nline two\\; more');
    expect(text.match(/BEGIN:VALARM/g)).toHaveLength(2);
    expect(text).toContain('TRIGGER:-P7D');
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});
