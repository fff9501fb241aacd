// Which documents a result may cite (chain-sources.ts): the national texts, the chain's own
// region packs' documents, and a national pack's local document only where it belongs to one of
// the chain's regions. 青海 readers were shown 临河区's (Inner Mongolia) window notice, which the
// national pack cites for a window end 青海 shares with eight other regions.
import { describe, expect, it } from 'vitest';
import { chainSources } from '../../src/features/result/chain-sources';
import { chainFor } from '../fixtures/packs';

const ids = (region: string) => [...chainSources(chainFor(region)).keys()];

describe('chainSources', () => {
  it('青海: its own notices, no other region’s local notice shared through a window end', () => {
    const shown = ids('qinghai');
    expect(shown).toEqual(expect.arrayContaining(['P-QH1', 'P-QH2']));
    for (const other of ['P-NM2', 'P-HB1', 'P-HB2', 'P-SC3', 'P-XZ3']) expect(shown).not.toContain(other);
  });

  it('their own regions still cite them: 内蒙古 P-NM2, 湖北 P-HB1 and P-HB2, 四川 P-SC3, 西藏 P-XZ3', () => {
    expect(ids('neimenggu')).toContain('P-NM2');
    expect(ids('hubei')).toEqual(expect.arrayContaining(['P-HB1', 'P-HB2']));
    expect(ids('sichuan')).toContain('P-SC3');
    expect(ids('xizang')).toContain('P-XZ3');
    expect(ids('hunan')).not.toContain('P-XZ3');
  });

  it('a local document named for its region reaches that region’s readers through the national pack (青岛 P-QD-E)', () => {
    expect(ids('shandong-qingdao')).toContain('P-QD-E');
    expect(ids('beijing')).not.toContain('P-QD-E');
  });

  it('the national rules alone: national texts only', () => {
    const sources = chainSources(chainFor('national'));
    expect(sources.size).toBeGreaterThan(0);
    for (const s of sources.values()) expect(s.grade, s.id).toBe('A');
  });
});

describe('a national document shared by one region that states a value and one read to use it', () => {
  // A document that names no region in its issuer or title belongs to the regions every variant
  // citing it names, those read to use the value (readRegions) included: here two, so neither.
  const source = { id: 'P-T1', title: '某地通知', titleEn: 'A notice', issuer: '某医疗保障局', issuerEn: 'A bureau', date: '2026', grade: 'C' };
  const national = {
    id: 'national',
    parent: null,
    sources: [source],
    regionNames: { hunan: { 'zh-CN': '湖南省', en: 'Hunan' }, xizang: { 'zh-CN': '西藏自治区', en: 'Tibet' } },
    parameters: { 'resident.windowEnd': [{ from: 2026, to: 2026, unit: 'monthDay', regional: [{ value: { yearOffset: 0, monthDay: '01-31' }, regions: ['hunan'], readRegions: ['xizang'], sources: ['P-T1'], status: 'confirmed' }] }] },
  } as unknown as Parameters<typeof chainSources>[0][number];
  const region = (id: string) => ({ id, parent: 'national', sources: [], parameters: {} }) as unknown as Parameters<typeof chainSources>[0][number];

  it('is no 湖南 reader’s document on its own, nor 西藏’s', () => {
    expect([...chainSources([region('hunan'), national]).keys()]).not.toContain('P-T1');
    expect([...chainSources([region('xizang'), national]).keys()]).not.toContain('P-T1');
  });

  it('without the read region, it is 湖南’s', () => {
    const only = JSON.parse(JSON.stringify(national));
    delete only.parameters['resident.windowEnd'][0].regional[0].readRegions;
    expect([...chainSources([region('hunan'), only]).keys()]).toContain('P-T1');
  });
});
