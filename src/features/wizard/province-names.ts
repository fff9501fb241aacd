// The official names of China's province-level divisions, as official lists give them in full
// (河南省, 北京市, 新疆维吾尔自治区), keyed by the short name a city's pack is named with
// ("河南·许昌"). The region lists name a province without a pack of its own from here, so its
// heading reads like those of the provinces that have one (河北省 beside 河南省, not 河南).
// English follows the same style: "Henan Province", "Beijing Municipality".
import type { PackIndexEntry } from '../../rules/pack-index';

type Name = PackIndexEntry['name'];

const province = (zh: string, en: string): Name => ({ 'zh-CN': `${zh}省`, en: `${en} Province` });
const municipality = (zh: string, en: string): Name => ({ 'zh-CN': `${zh}市`, en: `${en} Municipality` });

const FULL_NAMES: Readonly<Record<string, Name>> = {
  北京: municipality('北京', 'Beijing'),
  天津: municipality('天津', 'Tianjin'),
  上海: municipality('上海', 'Shanghai'),
  重庆: municipality('重庆', 'Chongqing'),
  河北: province('河北', 'Hebei'),
  山西: province('山西', 'Shanxi'),
  辽宁: province('辽宁', 'Liaoning'),
  吉林: province('吉林', 'Jilin'),
  黑龙江: province('黑龙江', 'Heilongjiang'),
  江苏: province('江苏', 'Jiangsu'),
  浙江: province('浙江', 'Zhejiang'),
  安徽: province('安徽', 'Anhui'),
  福建: province('福建', 'Fujian'),
  江西: province('江西', 'Jiangxi'),
  山东: province('山东', 'Shandong'),
  河南: province('河南', 'Henan'),
  湖北: province('湖北', 'Hubei'),
  湖南: province('湖南', 'Hunan'),
  广东: province('广东', 'Guangdong'),
  海南: province('海南', 'Hainan'),
  四川: province('四川', 'Sichuan'),
  贵州: province('贵州', 'Guizhou'),
  云南: province('云南', 'Yunnan'),
  陕西: province('陕西', 'Shaanxi'),
  甘肃: province('甘肃', 'Gansu'),
  青海: province('青海', 'Qinghai'),
  台湾: province('台湾', 'Taiwan'),
  内蒙古: { 'zh-CN': '内蒙古自治区', en: 'Inner Mongolia Autonomous Region' },
  广西: { 'zh-CN': '广西壮族自治区', en: 'Guangxi Zhuang Autonomous Region' },
  西藏: { 'zh-CN': '西藏自治区', en: 'Xizang (Tibet) Autonomous Region' },
  宁夏: { 'zh-CN': '宁夏回族自治区', en: 'Ningxia Hui Autonomous Region' },
  新疆: { 'zh-CN': '新疆维吾尔自治区', en: 'Xinjiang Uygur Autonomous Region' },
  香港: { 'zh-CN': '香港特别行政区', en: 'Hong Kong Special Administrative Region' },
  澳门: { 'zh-CN': '澳门特别行政区', en: 'Macao Special Administrative Region' },
};

/** The full name of the province-level division with this short Chinese name ("河南"), or null for one not in the list. */
export function provinceFullName(short: string): Name | null {
  return FULL_NAMES[short] ?? null;
}

/** Outside the mainland's basic medical insurance: never "not in this calculator yet". */
const OUT_OF_SCOPE = new Set(['香港', '澳门', '台湾']);

/** Each mainland province-level division as [short Chinese name, full names]. */
export function mainlandProvinces(): [string, Name][] {
  return Object.entries(FULL_NAMES).filter(([short]) => !OUT_OF_SCOPE.has(short));
}
