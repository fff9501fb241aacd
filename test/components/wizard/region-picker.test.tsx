// The region step's picker, by role and label: every region of the shipped pack index (read
// here, so a pack added to the index is tested too) is found by its Chinese name, its English
// name and its pinyin initials; provinces group their cities; the line under the picker says
// what the chosen region's rules settle.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pinyinReadings } from '../../../scripts/region-pinyin.mjs';
import type { SupportedLanguage } from '../../../src/i18n/languages';
import type { PackIndex, PackIndexEntry } from '../../../src/rules/pack-index';
import { findRegion, renderWizard, serveRules } from './harness';

const index = JSON.parse(readFileSync(join(import.meta.dirname, '../../../public/rules/index.json'), 'utf8')) as PackIndex;
const national = index.packs.find((p) => p.parent === null)!;
const LABELS = {
  en: { region: 'Region', search: 'Search regions' },
  'zh-CN': { region: '参保地区', search: '搜索地区' },
} as const;

beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal('fetch', serveRules());
});
afterEach(() => vi.unstubAllGlobals());

async function openPicker(language: SupportedLanguage = 'en') {
  const view = await renderWizard({ language });
  const region = screen.getByRole('group', { name: LABELS[language].region });
  await findRegion(national.name[language]);
  const search = within(region).getByRole('searchbox', { name: LABELS[language].search });
  const type = (query: string) => fireEvent.change(search, { target: { value: query } });
  return { ...view, region, search, type };
}

const initials = (entry: PackIndexEntry) => pinyinReadings(entry.name['zh-CN'])[0]!.map((s) => s[0]).join('');
/** A province's radio above its cities' is named for the rest of it ("Rest of Shandong Province"), as the result's chooser names it. */
const radioName = (entry: PackIndexEntry) => (entry.parent !== null && index.packs.some((p) => p.parent === entry.id) ? `Rest of ${entry.name.en}` : entry.name.en);

describe('region search', () => {
  it('finds every region of the index by its Chinese name, English name and pinyin initials', { timeout: 60_000 }, async () => {
    const { region, type } = await openPicker('en');
    const total = within(region).getAllByRole('radio').length;
    expect(total).toBe(index.packs.length);
    for (const entry of index.packs) {
      for (const query of [entry.name['zh-CN'], entry.name.en, initials(entry), initials(entry).toUpperCase()]) {
        type(query);
        expect(within(region).queryByRole('radio', { name: radioName(entry) }), `"${query}" finds ${entry.id}`).toBeInTheDocument();
        // Besides the chosen region, which always stays in view, only matches are listed.
        expect(within(region).getAllByRole('radio').length, `"${query}" narrows the list`).toBeLessThan(total);
      }
    }
  });

  it.each([
    ['bj', 'Beijing Municipality'],
    ['湖南', 'Hunan Province'],
    ['Gansu', 'Gansu Province'],
    ['qd', 'Qingdao, Shandong'],
    ['wuhan', 'Wuhan, Hubei'],
    ['bei jing', 'Beijing Municipality'],
  ])('"%s" finds and, as the only match, chooses %s', async (query, name) => {
    const { region, type } = await openPicker('en');
    type(query);
    expect(within(region).getByRole('radio', { name })).toBeChecked();
    // The match, and the national baseline, always listed as the choice for a place not here.
    expect(within(region).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual([national.id, expect.not.stringMatching(national.id)]);
    // The choice made by typing is said, not made in silence (WCAG 3.2.2).
    expect(screen.getByText(`1 region matches: ${name}. It is now chosen.`)).toBeInTheDocument();
  });

  it.each(['henan', '河南', 'Henan', 'he nan'])('"%s" lists 许昌, the one city of 河南 with rules, but does not choose it: the person may live elsewhere in 河南', async (query) => {
    const { region, type, search, user, store } = await openPicker('en');
    type(query);
    expect(within(region).getByRole('radio', { name: 'Xuchang, Henan' })).not.toBeChecked();
    expect(within(region).getByRole('radio', { name: national.name.en })).toBeChecked();
    // The status line says it too, for a screen reader.
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('1 region matches. In Henan Province, we have rules only for Xuchang. Anywhere else in Henan Province, choose “National baseline”.');
    // Enter goes to the match, for a choice made on purpose, not on with it.
    await user.click(search);
    await user.keyboard('{Enter}');
    expect(store.getState().draft.step).toBe('where');
    expect(within(region).getByRole('radio', { name: 'Xuchang, Henan' })).toHaveFocus();
  });

  it('says beside the list that elsewhere in 河南 the national baseline is the choice, in both languages', async () => {
    const { type } = await openPicker('en');
    type('henan');
    expect(screen.getByText('In Henan Province, we have rules only for Xuchang. Anywhere else in Henan Province, choose “National baseline”.')).toBeVisible();
    type('xuchang');
    expect(screen.queryByText(/Anywhere else in Henan Province/)).toBeNull();
    cleanup();
    const zh = await openPicker('zh-CN');
    zh.type('河南');
    expect(screen.getByText('本计算器在河南省只收录了许昌的规定；河南省其他地方请选择“全国基准（国家规定）”。')).toBeVisible();
  });

  it.each(['xuchang', '许昌', 'xc', 'Xuchang', '河南许昌', 'hnxc'])('"%s" names the city itself, and chooses it', async (query) => {
    const { region, type } = await openPicker('en');
    type(query);
    expect(within(region).getByRole('radio', { name: 'Xuchang, Henan' })).toBeChecked();
  });

  it('initials from the middle of a name find a region but do not choose it: "zzz" (西藏自治区\'s 藏自治区) lists 西藏 unchosen; "bt" lists 包头 and 兵团', async () => {
    const { region, type } = await openPicker('en');
    type('zzz');
    expect(within(region).getByRole('radio', { name: 'Xizang (Tibet) Autonomous Region' })).not.toBeChecked();
    expect(within(region).getByRole('radio', { name: national.name.en })).toBeChecked();
    type('bt');
    const listed = within(region).getAllByRole('radio').map((r) => r.getAttribute('value'));
    expect(listed).toEqual(expect.arrayContaining(['neimenggu-baotou', 'xinjiang-bingtuan']));
    expect(within(region).getByRole('radio', { name: national.name.en })).toBeChecked();
    // Its full pinyin names it: chosen.
    type('bingtuan');
    expect(within(region).getByRole('radio', { name: 'Xinjiang Production and Construction Corps' })).toBeChecked();
  });

  it('searches the same way on the Chinese page', async () => {
    const { region, type } = await openPicker('zh-CN');
    type('bj');
    expect(within(region).getByRole('radio', { name: '北京市' })).toBeChecked();
    expect(screen.getByText('找到1个地区：北京市，已为您选中。')).toBeInTheDocument();
    type('Gansu');
    expect(within(region).getByRole('radio', { name: '甘肃省' })).toBeChecked();
    type('没有这个地方');
    // No match: the choice is kept, and said so.
    expect(within(region).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual([national.id, 'gansu']);
    expect(within(region).getByRole('radio', { name: '甘肃省' })).toBeChecked();
    expect(screen.getAllByText('没有与“没有这个地方”匹配的地区，已保留当前选择。列表里没有您所在的城市时，请选择所在的省份；省份也没有时，请选择“全国基准（国家规定）”。').length).toBeGreaterThan(0);
  });

  // 泉州 has no pack of its own; 福建省's applies there. The newcomer walk of 7 Dec 2026 found the
  // search sent such a city to the national baseline.
  it.each([
    ['zh-CN', '泉州', '福建省其他地区', '找到1个地区：福建省，已为您选中。泉州市：按福建省的规定计算。', '泉州市：按福建省的规定计算。'],
    ['en', 'quanzhou', 'Rest of Fujian Province', "1 region matches: Fujian Province. It is now chosen. Quanzhou: Fujian Province's rules apply.", "Quanzhou: Fujian Province's rules apply."],
    ['zh-CN', '长沙', '湖南省', '找到1个地区：湖南省，已为您选中。长沙市：按湖南省的规定计算。', '长沙市：按湖南省的规定计算。'],
    ['en', 'Nanchang', 'Jiangxi Province', "1 region matches: Jiangxi Province. It is now chosen. Nanchang: Jiangxi Province's rules apply.", "Nanchang: Jiangxi Province's rules apply."],
  ] as const)('%s: "%s", a city with no pack of its own, finds and chooses its province\'s (%s), and says so', async (language, query, radio, status, line) => {
    const { region, type } = await openPicker(language);
    type(query);
    expect(within(region).getByRole('radio', { name: radio })).toBeChecked();
    expect(within(region).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual([national.id, within(region).getByRole('radio', { name: radio }).getAttribute('value')]);
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain(status);
    expect(screen.getByText(line)).toBeVisible();
  });

  it.each([
    ['zh-CN', '杭州', '杭州市在浙江省，本计算器尚未收录浙江省的规定。请选择“全国基准（国家规定）”：结果按国家规定计算，各地规定不同之处给出日期范围。'],
    ['en', 'Hangzhou', 'Hangzhou is in Zhejiang Province. The rules of Zhejiang Province are not in this calculator yet. Choose “National baseline”: the result follows the national rules and gives a range of dates where regions\' rules differ.'],
    ['zh-CN', '郑州', '郑州市在河南省。本计算器在河南省只收录了许昌的规定，郑州市请选择“全国基准（国家规定）”。'],
    ['en', 'zhengzhou', 'Zhengzhou is in Henan Province. In Henan Province, we have rules only for Xuchang. For Zhengzhou, choose “National baseline”.'],
  ] as const)('%s: "%s", a city in a province without its own rules here, is sent to the national baseline and told why', async (language, query, text) => {
    const { region, user, type } = await openPicker(language);
    await user.click(within(region).getByRole('radio', { name: language === 'en' ? 'Gansu Province' : '甘肃省' }));
    type(query);
    // Nothing chosen for them: the baseline is listed, the choice made before is kept.
    expect(within(region).getByRole('radio', { name: language === 'en' ? 'Gansu Province' : '甘肃省' })).toBeChecked();
    expect(within(region).getByRole('radio', { name: national.name[language] })).not.toBeChecked();
    // Seen beside the list and said by the status line.
    expect(screen.getAllByText(text)).toHaveLength(2);
  });

  it('"泉州" corrected to "杭州": 福建省, chosen by the search, is given back, so the step does not go on with it unseen', async () => {
    const { region, type } = await openPicker('zh-CN');
    type('泉州');
    expect(within(region).getByRole('radio', { name: '福建省其他地区' })).toBeChecked();
    type('杭州');
    expect(within(region).getByRole('radio', { name: '全国基准（国家规定）' })).toBeChecked();
    expect(screen.getByText('之前搜索时为您选中的福建省已取消，已改回“全国基准（国家规定）”。', { selector: '.wz-hint' })).toBeInTheDocument();
  });

  // 上海 has no rules here: a newcomer read only "no region matches" (newcomer walk, 6 Dec 2026).
  it('a province with no rules here at all is named as not in the calculator yet, in either language; an ambiguous search is not', async () => {
    const { region, type } = await openPicker('zh-CN');
    type('上海');
    expect(within(region).getByRole('radio', { name: '全国基准（国家规定）' })).toBeInTheDocument();
    expect(screen.getAllByText('本计算器尚未收录上海市的规定，已保留当前选择。请选择“全国基准（国家规定）”：结果按国家规定计算，各地规定不同之处给出日期范围。').length).toBe(2);
    type('上海市浦东新区');
    expect(screen.getAllByText(/^本计算器尚未收录上海市的规定/).length).toBe(2);
    cleanup();
    const en = await openPicker('en');
    en.type('shanghai');
    expect(screen.getAllByText(/^The rules of Shanghai Municipality are not in this calculator yet\. Your current choice is kept\./).length).toBe(2);
    en.type('shan');
    expect(screen.queryAllByText(/not in this calculator yet/)).toHaveLength(0);
    en.type('香港');
    expect(screen.queryAllByText(/not in this calculator yet/)).toHaveLength(0);
  });

  // A search that matches no region of a province with rules here (湖南长沙, 北京市朝阳区) is never told
  // its province is not covered: the review of 6 Dec 2026 found the first version said so.
  it('never says a province with rules here is not covered, whatever the search', async () => {
    const { type } = await openPicker('zh-CN');
    for (const query of ['湖南长沙', '北京市朝阳区', '河南郑州', '四川省绵阳市']) {
      type(query);
      expect(screen.queryAllByText(/尚未收录/)).toHaveLength(0);
    }
  });
});

describe('Enter in the search', () => {
  it('with several matches (云南: the province and 昆明), does not go on with the region chosen before, unseen: it moves to the first match', async () => {
    const { region, search, user, store } = await openPicker('en');
    await user.type(search, '云南');
    expect(within(region).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual([national.id, 'yunnan', 'yunnan-kunming']);
    await user.keyboard('{Enter}');
    expect(store.getState().draft.step).toBe('where');
    expect(within(region).getByRole('radio', { name: 'Rest of Yunnan Province' })).toHaveFocus();
    expect(within(region).getByRole('radio', { name: national.name.en })).toBeChecked();
    // The arrow keys then choose among the matches, and Enter goes on with that choice.
    await user.keyboard('{ArrowDown}');
    expect(within(region).getByRole('radio', { name: 'Kunming, Yunnan' })).toBeChecked();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(store.getState().draft.step).not.toBe('where'));
    expect(store.getState().draft.answers.region).toBe('yunnan-kunming');
  });

  it('a region the search chose by itself is given back when the search is corrected ("江西" to "江苏"): the step does not go on with 江西 unseen', async () => {
    const { region, type } = await openPicker('zh-CN');
    type('江西');
    expect(within(region).getByRole('radio', { name: '江西省' })).toBeChecked();
    // Clearing the box keeps the choice (it still matches an empty search, and stays in view).
    type('');
    expect(within(region).getByRole('radio', { name: '江西省' })).toBeChecked();
    type('江苏');
    expect(within(region).queryByRole('radio', { name: '江西省' })).not.toBeInTheDocument();
    expect(within(region).getByRole('radio', { name: national.name['zh-CN'] })).toBeChecked();
    expect(within(region).getAllByRole('radio', { checked: true })).toHaveLength(1);
    // Said, as the choice was: "now chosen" is not taken back in silence; and seen beside the list.
    const said = `之前搜索时为您选中的江西省已取消，已改回“${national.name['zh-CN']}”。`;
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain(`找到2个地区。${said}`);
    expect(screen.getByText(said, { selector: '.wz-hint' })).toBeInTheDocument();
    // Said once: the next change of the search does not repeat it.
    type('江苏省');
    expect(screen.queryByText(said, { selector: '.wz-hint' })).toBeNull();
    // Searches that each choose one region give back the choice from before the first of them.
    type('湖南');
    type('甘肃');
    expect(within(region).getByRole('radio', { name: '甘肃省' })).toBeChecked();
    type('江苏');
    expect(within(region).getByRole('radio', { name: national.name['zh-CN'] })).toBeChecked();
  });

  it('in English, the choice given back is said after the matches', async () => {
    const { region, type } = await openPicker('en');
    type('Jiangxi');
    type('');
    type('Gu');
    expect(within(region).getByRole('radio', { name: national.name.en })).toBeChecked();
    expect(screen.getAllByRole('status').map((s) => s.textContent).some((text) => /^\d+ regions match\. Jiangxi Province, chosen by your earlier search, is no longer chosen: “.+” is chosen again\.$/.test(text ?? ''))).toBe(true);
  });

  it('typed on to no match ("wuhan" to "yangon", 烟台 "yantai" now finds 山东省), the choice given back stays shown beside the list, and is said only once', async () => {
    // A newcomer's walk: the status ended with "Your current choice is kept" while 武汉 had gone back
    // to the national baseline, said only at the keystroke it happened and then gone from view.
    const { region, type } = await openPicker('en');
    type('wuhan');
    expect(within(region).getByRole('radio', { name: 'Wuhan, Hubei' })).toBeChecked();
    type('y');
    expect(within(region).getByRole('radio', { name: national.name.en })).toBeChecked();
    const said = `Wuhan, Hubei, chosen by your earlier search, is no longer chosen: “${national.name.en}” is chosen again.`;
    expect(screen.getAllByRole('status').some((s) => s.textContent?.endsWith(said))).toBe(true);
    type('yangon');
    expect(screen.getByText(said, { selector: '.wz-hint' })).toBeInTheDocument();
    const statuses = screen.getAllByRole('status').map((s) => s.textContent ?? '');
    expect(statuses.some((text) => text.startsWith('No region matches “yangon”.'))).toBe(true);
    expect(statuses.some((text) => text.includes(said))).toBe(false);
    expect(within(region).getByRole('radio', { name: national.name.en })).toBeChecked();
  });

  it.each([
    ['en', 'No region matches “xyz”. Your current choice is kept. If your city is not listed, choose its province; if your province is not listed either, choose “National baseline”.'],
    ['zh-CN', '没有与“xyz”匹配的地区，已保留当前选择。列表里没有您所在的城市时，请选择所在的省份；省份也没有时，请选择“全国基准（国家规定）”。'],
  ] as const)('a search with no match ("xyz", %s) says so and leaves no empty box of provinces under the national baseline', async (language, said) => {
    const { region, search, type } = await openPicker(language);
    type('xyz');
    expect(within(region).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual([national.id]);
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain(said);
    // The list the search controls: the baseline's radio, and the provinces' box hidden while empty
    // (on a phone it is a bordered scrolling box, which read as a broken list).
    const list = document.getElementById(search.getAttribute('aria-controls') ?? '')!;
    const boxes = [...list.children].filter((c) => c.querySelector('input[type="radio"]') === null);
    expect(boxes).toHaveLength(1);
    expect(boxes[0]).not.toBeVisible();
    // Cleared, every region is back in view.
    type('');
    expect(boxes[0]).toBeVisible();
    expect(within(region).getAllByRole('radio')).toHaveLength(index.packs.length);
  });

  it('a region the person chose themselves stays chosen, whatever they search next', async () => {
    const { region, type, user } = await openPicker('zh-CN');
    type('江西');
    await user.click(within(region).getByRole('radio', { name: '江西省' }));
    type('江苏');
    expect(within(region).getByRole('radio', { name: '江西省' })).toBeChecked();
    type('');
    await user.click(within(region).getByRole('radio', { name: '吉林省' }));
    type('江苏');
    expect(within(region).getByRole('radio', { name: '吉林省' })).toBeChecked();
  });

  it('with nothing typed, goes on with the region shown as chosen', async () => {
    const { search, user, store } = await openPicker('en');
    await user.click(search);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(store.getState().draft.step).not.toBe('where'));
    expect(store.getState().draft.answers.region).toBe(national.id);
  });

  it('with one match, goes on with it', async () => {
    const { search, user, store } = await openPicker('en');
    await user.type(search, '湖南{Enter}');
    await waitFor(() => expect(store.getState().draft.step).not.toBe('where'));
    expect(store.getState().draft.answers.region).toBe('hunan');
  });
});

describe('region grouping', () => {
  it('lists the national baseline first and each city in a group named after its province', async () => {
    const { region } = await openPicker('en');
    const radios = within(region).getAllByRole('radio');
    expect(radios[0]).toHaveAccessibleName(national.name.en);
    const provinceOf = new Map<string, string>();
    for (const group of within(region).getAllByRole('group')) {
      for (const radio of within(group).getAllByRole('radio')) provinceOf.set(radio.getAttribute('value')!, group.getAttribute('aria-label') ?? group.querySelector('legend')!.textContent!);
    }
    expect(provinceOf.has(national.id)).toBe(false);
    for (const entry of index.packs.filter((p) => p.name['zh-CN'].includes('·'))) {
      // "Qingdao, Shandong" sits in the group of Shandong, whether or not Shandong has a pack.
      const province = entry.name.en.split(',').at(-1)!.trim();
      expect(provinceOf.get(entry.id), entry.id).toContain(province);
    }
    const shandong = within(region).getByRole('group', { name: 'Shandong Province' });
    expect(within(shandong).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['shandong', 'shandong-qingdao']);
    // The province's own rules, above its cities, are for the rest of it: named so, as the result's
    // region chooser names them (one name for one choice), under the group's name.
    expect(within(shandong).getByRole('radio', { name: 'Rest of Shandong Province' })).toHaveAttribute('value', 'shandong');
    expect(within(shandong).queryByRole('radio', { name: 'Shandong Province' })).toBeNull();
    expect(within(shandong).getByRole('radio', { name: 'Qingdao, Shandong' })).not.toHaveAccessibleDescription();
  });

  it('names a province\'s own rules above its cities as the rest of it in Chinese: 福建省其他地区, under 福建省', async () => {
    const { region } = await openPicker('zh-CN');
    const fujian = within(region).getByRole('group', { name: '福建省' });
    expect(within(fujian).getAllByRole('radio').map((r) => (r as HTMLInputElement).labels?.[0]?.textContent)).toEqual(['福建省其他地区', '福建·厦门']);
    // A province without cities keeps its own name.
    expect(within(region).getByRole('radio', { name: '湖南省' })).toHaveAttribute('value', 'hunan');
  });

  it.each([
    ['zh-CN', '河南省', '河北省'],
    ['en', 'Henan Province', 'Hebei Province'],
  ] as const)('names every province in full, with a pack or without one (%s: %s beside %s)', async (language, henan, hebei) => {
    const { region } = await openPicker(language);
    // 河南 has only a city's pack (许昌): its heading is the province's full name, as 河北's radio is.
    const group = within(region).getByRole('group', { name: henan });
    expect(within(group).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['henan-xuchang']);
    expect(within(region).getByRole('radio', { name: hebei })).toBeInTheDocument();
  });

  it('is one radio group for the keyboard: the arrow keys move the choice', async () => {
    const { region, user } = await openPicker('en');
    const first = within(region).getByRole('radio', { name: national.name.en });
    first.focus();
    await user.keyboard('{ArrowDown}');
    const second = within(region).getAllByRole('radio')[1]!;
    expect(second).toBeChecked();
    expect(second).toHaveFocus();
  });
});

describe('coverage line', () => {
  const line = () => screen.getByTestId('region-coverage');

  it('says what the national baseline does, then what the chosen region settles', async () => {
    const { region, user } = await openPicker('en');
    await waitFor(() => expect(line()).toHaveTextContent("National baseline: where regions' rules differ, the result gives a range of dates"), { timeout: 5000 });
    expect(line()).toHaveAttribute('aria-live', 'polite');
    await user.click(within(region).getByRole('radio', { name: 'Beijing Municipality' }));
    // In plain words: 北京 states the 2026 window and one of the four key rules, so "only some".
    await waitFor(
      () => expect(line()).toHaveTextContent('We have only some of the rules of Beijing Municipality; where its documents are silent, the result shows the dates the national rules allow.'),
      { timeout: 5000 },
    );
    expect(line()).not.toHaveTextContent(/enrolment window|Not set out/);
  });

  it('says what the national baseline does without waiting for its rules (the line the prerendered page shows)', async () => {
    // Every pack file held back: only the index arrives.
    const served = serveRules();
    const held = vi.fn(async (input: RequestInfo | URL) => (String(input).includes('index.json') ? served(input) : new Promise<Response>(() => {})));
    vi.stubGlobal('fetch', held);
    await openPicker('zh-CN');
    expect(line()).toHaveTextContent(`${national.name['zh-CN']}：各地规定不同之处，结果会给出一个范围`);
    expect(line()).not.toHaveTextContent('正在读取');
    expect(held.mock.calls.some(([input]) => /national/.test(String(input)))).toBe(true);
  });

  it('for the employee scheme, in English, says in a sentence how much of the rules on cover after a gap we have (青岛: most; 北京: none)', async () => {
    const { region, user } = await openPicker('en');
    await user.click(screen.getByRole('radio', { name: 'Employee medical insurance as a flexible (self-employed) worker' }));
    await user.click(within(region).getByRole('radio', { name: 'Qingdao, Shandong' }));
    // Three of the four rules stated (switching without two years of cover is not).
    await waitFor(() => expect(line()).toHaveTextContent('We have most of the rules of Qingdao, Shandong; where its documents are silent, the result may show more than one date.'), { timeout: 5000 });
    // 北京 sets out none of them.
    await user.click(within(region).getByRole('radio', { name: 'Beijing Municipality' }));
    await waitFor(() => expect(line()).toHaveTextContent('The documents we have from Beijing Municipality do not say when cover restarts after a lapse; the result shows the dates the national rules allow.'), { timeout: 5000 });
  });

  it('says in plain Chinese how much of the region\'s rules we have, without naming rules a newcomer has not met (北京市)', async () => {
    const { region, user } = await openPicker('zh-CN');
    await user.click(within(region).getByRole('radio', { name: '北京市' }));
    await waitFor(
      () => expect(line()).toHaveTextContent('北京市的规定我们只收录了一部分；当地文件没有写明的地方，结果按国家规定给出几个可能的日期。'),
      { timeout: 5000 },
    );
    expect(line()).not.toHaveTextContent(/集中参保期|等待期|我们收录的文件未说明/);
  });

  it('is worded in Chinese, and counts the rules of the scheme chosen', async () => {
    const { region, user } = await openPicker('zh-CN');
    await user.click(within(region).getByRole('radio', { name: '甘肃省' }));
    await waitFor(() => expect(line()).toHaveTextContent('甘肃省决定日期的主要规定我们都已收录，结果一般给出一个日期。'), { timeout: 5000 });
    const resident = line().textContent;
    await user.click(screen.getByRole('radio', { name: '职工医保（由单位缴费）' }));
    await waitFor(() => expect(line().textContent).not.toBe(resident));
    // The employee scheme's own rules only: the resident window and wait unit do not decide its date.
    expect(line()).toHaveTextContent('我们收录的甘肃省文件没有写明断保后何时恢复医保报销，结果按国家规定给出几个可能的日期。');
    expect(line().textContent).not.toContain('集中参保期');
  });
});

describe('language of parts (WCAG 3.1.2)', () => {
  it('the search hint marks its Chinese example as Chinese on the English page, and adds nothing on the Chinese one', async () => {
    await openPicker('en');
    const hint = screen.getByText(/Type part of a name in Chinese, English or pinyin/);
    const chinese = within(hint).getByText('北京');
    expect(chinese).toHaveAttribute('lang', 'zh-CN');
    // The search box is still described by the whole hint.
    expect(screen.getByRole('searchbox', { name: 'Search regions' })).toHaveAccessibleDescription(/for example “bj”, “beijing” or “北京”/);
    cleanup();
    await openPicker('zh-CN');
    const zhHint = screen.getByText(/输入地区名称的一部分/);
    expect(zhHint.querySelector('[lang]')).toBeNull();
  });
});
