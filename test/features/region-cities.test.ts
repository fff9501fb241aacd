// A city with no pack of its own, searched in the region step: it finds its province's pack
// (泉州 → 福建省), or, where its province has none, says so (杭州, 郑州). Read against the shipped
// pack index, so a pack added for a city (厦门 has one) takes that city out of the lookup.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citiesNamed, searchRegions } from '../../src/features/wizard/region-cities';
import type { PackIndex } from '../../src/rules/pack-index';

const { packs } = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/rules/index.json'), 'utf8')) as PackIndex;

/** What the search says of each city: its name, its province's, and the pack it is sent to. */
const said = (query: string) => citiesNamed(query, packs).map((c) => [c.city['zh-CN'], c.city.en, c.province['zh-CN'], c.pack?.id ?? null]);

describe('a city without a pack of its own', () => {
  it.each([
    ['泉州', '泉州市', 'Quanzhou', '福建省', 'fujian'],
    ['quanzhou', '泉州市', 'Quanzhou', '福建省', 'fujian'],
    ['Quanzhou', '泉州市', 'Quanzhou', '福建省', 'fujian'],
    ['福建泉州', '泉州市', 'Quanzhou', '福建省', 'fujian'],
    ['泉州市', '泉州市', 'Quanzhou', '福建省', 'fujian'],
    ['长沙', '长沙市', 'Changsha', '湖南省', 'hunan'],
    ['changsha', '长沙市', 'Changsha', '湖南省', 'hunan'],
    ['南昌', '南昌市', 'Nanchang', '江西省', 'jiangxi'],
    ['大理', '大理白族自治州', 'Dali Autonomous Prefecture', '云南省', 'yunnan'],
    ['lasa', '拉萨市', 'Lhasa', '西藏自治区', 'xizang'],
    ['Lhasa', '拉萨市', 'Lhasa', '西藏自治区', 'xizang'],
  ])('"%s" is %s (%s) in %s, whose pack %s applies', (query, zh, en, province, pack) => {
    expect(said(query)).toEqual([[zh, en, province, pack]]);
  });

  it.each([
    ['杭州', '杭州市', '浙江省'],
    ['hangzhou', '杭州市', '浙江省'],
    ['乌鲁木齐', '乌鲁木齐市', '新疆维吾尔自治区'],
  ])('"%s": %s is in %s, which has no pack: no pack applies (the national baseline)', (query, zh, province) => {
    expect(said(query)).toEqual([[zh, expect.any(String), province, null]]);
  });

  it('"郑州" is in 河南省, which has a pack only for 许昌: the city packs of the province come with it', () => {
    const [zhengzhou, ...rest] = citiesNamed('郑州', packs);
    expect(rest).toEqual([]);
    expect(zhengzhou?.pack).toBeNull();
    expect(zhengzhou?.province).toEqual({ 'zh-CN': '河南省', en: 'Henan Province' });
    expect(zhengzhou?.cityPacks.map((p) => p.id)).toEqual(['henan-xuchang']);
  });

  it('a city with its own pack (厦门, 武汉), a region\'s own name (海南, which 青海\'s 海南藏族自治州 begins with) and one letter find no city', () => {
    for (const query of ['厦门', 'xiamen', '武汉', '海南', 'hainan', '吉林', '泉', 'q']) expect(said(query), query).toEqual([]);
  });

  it.each([
    ['北京市朝阳区', []],
    ['四川省绵阳市', [['绵阳市', 'Mianyang', '四川省', 'sichuan']]],
    ['海南藏族自治州', [['海南藏族自治州', 'Hainan Autonomous Prefecture', '青海省', 'qinghai']]],
  ])('a province named in the search keeps out a city of another province: "%s"', (query, cities) => {
    // 朝阳 is also 辽宁's 朝阳市, which "北京市朝阳区" does not mean.
    expect(said(query)).toEqual(cities);
  });

  it('a search naming more than three cities names none ("zh": 珠海, 郑州, 株洲 …)', () => {
    expect(said('zh')).toEqual([]);
  });
});

describe('searchRegions', () => {
  it('"泉州" matches 福建省 alone and names it, so the search chooses it', () => {
    const found = searchRegions('泉州', packs);
    expect(found.matches.map((p) => p.id)).toEqual(['fujian']);
    expect(found.names(found.matches[0]!)).toBe(true);
  });

  it('"杭州" matches no region: the city is said, nothing is chosen', () => {
    const found = searchRegions('杭州', packs);
    expect(found.matches).toEqual([]);
    expect(found.cities.map((c) => c.city['zh-CN'])).toEqual(['杭州市']);
  });

  it('"福建" matches 福建省 and 厦门 as before, and names no city', () => {
    const found = searchRegions('福建', packs);
    expect(found.matches.map((p) => p.id).sort()).toEqual(['fujian', 'fujian-xiamen']);
    expect(found.cities).toEqual([]);
  });
});
