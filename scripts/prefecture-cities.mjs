// China's prefecture-level cities (地级市, 地区, 自治州, 盟) by province, at build time only
// (scripts/region-search.mjs puts them into virtual:region-search; nothing in src/ may import
// this file). Source: @vant/area-data (MIT, the Vant UI team's list of provinces, cities and
// counties with their GB/T 2260 codes). The region search needs them so that a city with no pack
// of its own (泉州) finds its province's (福建省), and a city in a province with none (杭州) is
// told so, rather than "no match".
import { areaList } from '@vant/area-data';
import { pinyinReadings } from './region-pinyin.mjs';

/** Outside the mainland's basic medical insurance (as src/features/wizard/province-names.ts). */
const OUT_OF_SCOPE = new Set(['710000', '810000', '820000']);

/** Rows that are not a city: the counties a province runs itself, a municipality's counties. */
const NOT_A_CITY = /^(省直辖县|县|市辖区|自治区直辖县级行政区划)$/;

/** The peoples an autonomous prefecture is named after, which its English short name leaves out. */
const PEOPLES = ['朝鲜族', '土家族', '苗族', '藏族', '羌族', '彝族', '布依族', '侗族', '哈尼族', '壮族', '傣族', '白族', '景颇族', '傈僳族', '回族', '蒙古族', '蒙古', '柯尔克孜', '哈萨克'];

/**
 * A city's place name and its kind: 泉州市 → 泉州, 湘西土家族苗族自治州 → 湘西 (an autonomous
 * prefecture), 阿克苏地区 → 阿克苏, 兴安盟 → 兴安.
 */
export function placeName(name) {
  const kinds = [
    ['自治州', ' Autonomous Prefecture'],
    ['地区', ' Prefecture'],
    ['盟', ' League'],
    ['市', ''],
  ];
  for (const [suffix, en] of kinds) {
    if (!name.endsWith(suffix)) continue;
    let place = name.slice(0, -suffix.length);
    if (suffix === '自治州') {
      for (let cut = true; cut; ) {
        cut = false;
        for (const people of PEOPLES) {
          if (place.endsWith(people) && place.length > people.length) {
            place = place.slice(0, -people.length);
            cut = true;
          }
        }
      }
    }
    return { place, en };
  }
  return { place: name, en: '' };
}

/**
 * Places whose English name is not their Chinese name's pinyin: names from Mongolian, Tibetan and
 * Uyghur, as maps and English-language official sites write them (乌鲁木齐 is Ürümqi, not Wulumuqi).
 */
const ENGLISH_PLACES = {
  呼和浩特: 'Hohhot',
  鄂尔多斯: 'Ordos',
  呼伦贝尔: 'Hulunbuir',
  巴彦淖尔: 'Bayannur',
  乌兰察布: 'Ulanqab',
  兴安: 'Hinggan',
  锡林郭勒: 'Xilingol',
  阿拉善: 'Alxa',
  哈尔滨: 'Harbin',
  齐齐哈尔: 'Qiqihar',
  拉萨: 'Lhasa',
  日喀则: 'Shigatse',
  林芝: 'Nyingchi',
  那曲: 'Nagqu',
  阿里: 'Ngari',
  乌鲁木齐: 'Ürümqi',
  克拉玛依: 'Karamay',
  吐鲁番: 'Turpan',
  博尔塔拉: 'Bortala',
  巴音郭楞: 'Bayingolin',
  阿克苏: 'Aksu',
  克孜勒苏: 'Kizilsu',
  喀什: 'Kashgar',
  和田: 'Hotan',
  伊犁: 'Ili',
  阿勒泰: 'Altay',
  果洛: 'Golog',
};

/**
 * The English name: the place's pinyin as one capitalised word, with an apostrophe where a
 * syllable starting with a vowel would run into the one before (Xi'an, Lu'an), and its kind
 * ("Quanzhou", "Xiangxi Autonomous Prefecture").
 */
export function englishName(name) {
  const { place, en } = placeName(name);
  // pinyinReadings spells ü as v first, as it is typed; pinyin has no other v (吕梁: Lüliang).
  const syllables = pinyinReadings(place)[0].map((s) => s.replaceAll('v', 'ü'));
  const word = ENGLISH_PLACES[place] ?? syllables.map((s, i) => (i > 0 && /^[aeo]/.test(s) ? `'${s}` : s)).join('');
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}${en}`;
}

/**
 * The search keys of a city's full name, for every reading: the full pinyin and the initials
 * ("quanzhoushi", "qzs"); the search matches their start, so "quanzhou" and "qz" find it.
 */
export function cityKeys(name) {
  const keys = new Set();
  for (const syllables of pinyinReadings(name)) {
    keys.add(syllables.join(''));
    keys.add(syllables.map((s) => s[0]).join(''));
  }
  return [...keys];
}

/**
 * The module's data: the full Chinese name of each mainland province (as province-names.ts
 * writes it: 福建省, 广西壮族自治区) → its prefecture-level cities, each as
 * [Chinese name, English name, ...search keys]. A municipality (北京市) has none.
 */
export function prefectureData() {
  const data = {};
  for (const [code, province] of Object.entries(areaList.province_list)) {
    if (OUT_OF_SCOPE.has(code)) continue;
    const cities = Object.entries(areaList.city_list)
      .filter(([cityCode, name]) => cityCode.slice(0, 2) === code.slice(0, 2) && !NOT_A_CITY.test(name) && name !== province)
      .map(([, name]) => [name, englishName(name), ...cityKeys(name)]);
    if (cities.length > 0) data[province] = cities;
  }
  return data;
}
