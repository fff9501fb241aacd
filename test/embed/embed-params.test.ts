import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEmbedParams } from '../../src/app/embed/embed-params';
import { parseOrigin } from '../../src/app/embed/frame-channel';
import { encodeShare } from '../../src/features/result/share-link';
import type { Scenario } from '../../src/calc';
import { V1_LINKS } from '../fixtures/v1-links';

const W7: Scenario = {
  v: 2,
  asOf: '2026-11-25',
  region: 'guangdong-guangzhou',
  history: { years: [{ year: 2025, cover: 'resident' }], employeePeriods: [] },
  payments: [{ date: '2026-03-01', status: 'made', scheme: 'resident', years: [2026], repairYears: 0 }],
  circumstances: {},
};
const PREFILL = encodeShare(W7).slice('s='.length);

function parse(params: Record<string, string>) {
  return parseEmbedParams(`?${new URLSearchParams(params)}`);
}

describe('embed parameters', () => {
  it('reads every valid parameter', () => {
    const { params, warnings } = parse({ lang: 'en', region: 'fujian', accent: '#1f5f8b', prefill: PREFILL, parentOrigin: 'https://host.example', result: 'dates' });
    expect(warnings).toEqual([]);
    expect(params).toMatchObject({ lang: 'en', region: 'fujian', accent: { accent: '#1f5f8b' }, parentOrigin: 'https://host.example', result: 'dates' });
    expect(params.prefill).toEqual(W7);
  });

  it('takes a prefill a host made from a result event\'s detail.answers as the help page says: "1." and the JSON in base64url', () => {
    const made = `1.${Buffer.from(JSON.stringify(W7), 'utf8').toString('base64url')}`;
    const { params, warnings } = parse({ prefill: made });
    expect(warnings).toEqual([]);
    expect(params.prefill).toEqual(W7);
  });

  it('takes the prefill with or without its "s="', () => {
    expect(parse({ prefill: `s=${PREFILL}` }).params.prefill).toEqual(W7);
  });

  it('takes a prefill made by the earlier version, upgraded, and tells the host to refresh it', () => {
    const { params, warnings } = parse({ prefill: V1_LINKS.w27Flexible.hash.slice('#s='.length) });
    expect(params.prefill).toMatchObject({ v: 2, region: 'hubei-wuhan', payments: [{ scheme: 'flexible', date: '2026-05-15' }] });
    expect(warnings).toEqual([expect.stringMatching(/^prefill was made by an earlier version of the calculator \(answers version 1\) and was upgraded; copy a new share link/)]);
  });

  it('ignores a prefill from a newer version, saying why', () => {
    const { params, warnings } = parse({ prefill: `1.${btoa(JSON.stringify({ ...W7, v: 3 })).replace(/=+$/, '')}` });
    expect(params.prefill).toBeUndefined();
    expect(warnings).toEqual([expect.stringMatching(/^Ignored prefill=".*": not a valid share-link scenario \(newer\)\.$/)]);
  });

  it('ignores each invalid value with a warning naming it', () => {
    const { params, warnings } = parse({ lang: 'fr', region: 'Not A Pack', accent: '#ffff00', prefill: 'garbage', parentOrigin: 'https://host.example/page', result: 'everything' });
    expect(params).toEqual({});
    for (const name of ['lang', 'region', 'accent', 'prefill', 'parentOrigin', 'result']) expect(warnings.some((w) => w.startsWith(`Ignored ${name}=`))).toBe(true);
    expect(warnings.find((w) => w.startsWith('Ignored accent='))).toMatch(/contrast with white is \d\.\d:1, below 4.5:1/);
  });

  it('reads the common forms of each language as that language, with no warning', () => {
    for (const lang of ['zh', 'zh-Hans', 'zh-cn', 'zh_CN', 'ZH-Hans-CN', ' zh ']) expect(parse({ lang })).toMatchObject({ params: { lang: 'zh-CN' }, warnings: [] });
    for (const lang of ['en-US', 'EN', 'en_GB']) expect(parse({ lang })).toMatchObject({ params: { lang: 'en' }, warnings: [] });
    // Not a form of either: still ignored, and the warning says what is read.
    expect(parse({ lang: 'eng' }).warnings).toEqual(['Ignored lang="eng": use zh-CN or en (zh, zh-Hans, en-US and the like are read as one of them).']);
  });

  it('ignores unknown parameters, and a result event with nowhere to go', () => {
    const { params, warnings } = parse({ theme: 'dark', result: 'answers' });
    expect(params).toEqual({});
    expect(warnings).toEqual([expect.stringMatching(/^Ignored theme="dark": not a parameter/), expect.stringMatching(/^Ignored result="answers": there is no valid parentOrigin/)]);
  });

  it('uses the first of repeated parameters and says so', () => {
    const { params, warnings } = parseEmbedParams('?lang=en&lang=zh-CN');
    expect(params.lang).toBe('en');
    expect(warnings).toEqual(['lang is given 2 times; the first one is used.']);
  });

  it('keeps separate drafts for separate starting points', () => {
    expect(parse({ region: 'fujian' }).scope).not.toBe(parse({ region: 'hebei' }).scope);
    expect(parse({ region: 'fujian', lang: 'en' }).scope).toBe(parse({ region: 'fujian', lang: 'zh-CN' }).scope);
  });

  it('accepts only exact http(s) origins as parentOrigin', () => {
    expect(parseOrigin('https://host.example')).toBe('https://host.example');
    expect(parseOrigin('http://localhost:8080')).toBe('http://localhost:8080');
    for (const bad of ['*', 'null', '', 'https://host.example/', 'https://host.example/page', 'javascript:alert(1)', 'file:///x', 'data:text/html,x', 'host.example']) {
      expect(parseOrigin(bad)).toBeNull();
    }
  });

  it('never throws, whatever the query string', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('lang', 'region', 'accent', 'prefill', 'parentOrigin', 'result', 'x'), fc.string()), (dict) => {
        const { params, warnings } = parseEmbedParams(`?${new URLSearchParams(dict)}`);
        expect(Array.isArray(warnings)).toBe(true);
        if (params.result) expect(params.parentOrigin).toBeDefined();
      }),
      { numRuns: 500 },
    );
  });
});
