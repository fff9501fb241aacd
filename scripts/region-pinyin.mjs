// Pinyin for the region search, at build time only (scripts/region-search.mjs loads this file;
// nothing in src/ may): the readings of a Chinese place name and the search keys made from them.
import { pinyin } from 'pinyin-pro';

/**
 * Place names whose characters the dictionary reads otherwise (地名读音). A place keeps its own
 * reading of a polyphonic character (蚌埠 bang bu, not beng bu; 单县 shan, not dan), which the
 * word dictionary does not always know. The dictionary's reading stays searchable too, since
 * people type it ("bengbu"); the sort order follows the place's reading. 重庆, 长沙 and 厦门 the
 * dictionary reads right today; they are pinned so that a dictionary update cannot move them.
 */
export const PLACE_READINGS = {
  重庆: 'chong qing',
  长沙: 'chang sha',
  厦门: 'xia men',
  蚌埠: 'bang bu',
  乐清: 'yue qing',
  乐亭: 'lao ting',
  单县: 'shan xian',
  蔚县: 'yu xian',
  尉犁: 'yu li',
  涡阳: 'guo yang',
  洪洞: 'hong tong',
  筠连: 'jun lian',
  大埔: 'da bu',
  郫都: 'pi du',
  歙县: 'she xian',
  黄陂: 'huang pi',
  浚县: 'xun xian',
  解州: 'xie zhou',
  繁峙: 'fan shi',
  喀什: 'ka shi',
  昌都: 'chang du',
};

/** The syllables of `text` as the dictionary reads it: lower case, no tones, letters only. */
function dictionarySyllables(text) {
  return pinyin(text, { toneType: 'none', type: 'array' })
    .map((s) => s.toLowerCase())
    .filter((s) => /^[a-z0-9ü]+$/.test(s));
}

/** The syllables of `name`, with PLACE_READINGS taking precedence over the dictionary. */
function placeSyllables(name) {
  const out = [];
  let rest = name;
  while (rest) {
    let hit = null;
    for (const word of Object.keys(PLACE_READINGS)) {
      const at = rest.indexOf(word);
      if (at >= 0 && (hit === null || at < hit.at)) hit = { at, word };
    }
    if (!hit) {
      out.push(...dictionarySyllables(rest));
      break;
    }
    out.push(...dictionarySyllables(rest.slice(0, hit.at)), ...PLACE_READINGS[hit.word].split(' '));
    rest = rest.slice(hit.at + hit.word.length);
  }
  return out;
}

/**
 * The readings of a Chinese name, each a list of syllables: the place reading first, then the
 * dictionary's where it differs. ü is typed as "v" on most keyboards and as "u" by many people
 * (吕梁: "lvliang", "luliang"), so each reading with ü comes in both spellings.
 */
export function pinyinReadings(name) {
  const readings = [placeSyllables(name), dictionarySyllables(name)];
  const spelled = readings.flatMap((syllables) => {
    const text = syllables.join(' ');
    return text.includes('ü') ? [text.replaceAll('ü', 'v'), text.replaceAll('ü', 'u')] : [text];
  });
  return [...new Set(spelled)].map((text) => text.split(' ').filter(Boolean));
}

/**
 * Search keys for a name: from every syllable on, the full pinyin and the initials, so a
 * query matches from the start of any syllable ("qingdao", "qd" and "sdqd" all find 山东·青岛;
 * "bt", 新疆生产建设兵团 by its short name 兵团).
 */
export function searchKeys(name) {
  const keys = new Set();
  for (const syllables of pinyinReadings(name)) {
    for (let i = 0; i < syllables.length; i++) {
      const rest = syllables.slice(i);
      keys.add(rest.join(''));
      keys.add(rest.map((s) => s[0]).join(''));
    }
  }
  return [...keys];
}

/**
 * The keys that name the region itself: the full pinyin from every syllable on ("qingdao",
 * "bingtuan"), and the initials from the start of the name or of its city (the part after 「·」:
 * "sdqd", "qd"). Not initials from the middle of a name ("zzz" in 西藏自治区's 藏自治区, "bt" for
 * 兵团, which is 包头's "bt" too): those find a region, but the search does not choose it on its own.
 */
export function namingKeys(name) {
  // Each part's first syllable: every Chinese character is one syllable.
  const starts = new Set([0]);
  let at = 0;
  for (const part of name.split('·').slice(0, -1)) starts.add((at += [...part].length));
  const keys = new Set();
  for (const syllables of pinyinReadings(name)) {
    for (let i = 0; i < syllables.length; i++) {
      const rest = syllables.slice(i);
      keys.add(rest.join(''));
      if (starts.has(i)) keys.add(rest.map((s) => s[0]).join(''));
    }
  }
  return [...keys];
}

/**
 * The search keys of a city's province (the part of its name before 「·」), for the search to tell
 * "henan" (the province, which may have other cities) from "xuchang" or "hnxc" (the city): null
 * for a province's own name.
 */
export function provinceKeys(name) {
  const parts = name.split('·');
  return parts.length > 1 ? searchKeys(parts[0]) : null;
}

/** The module's data: pack id → its pinyin search keys and sort key. */
export function regionSearchData(index) {
  const data = {};
  for (const pack of index.packs) {
    const name = pack.name['zh-CN'];
    const province = provinceKeys(name);
    const keys = namingKeys(name);
    // The other keys (initials from the middle of the name) apart, each key once.
    const more = searchKeys(name).filter((k) => !keys.includes(k));
    data[pack.id] = { sort: pinyinReadings(name)[0].join(' '), keys, more, ...(province ? { province } : {}) };
  }
  return data;
}
