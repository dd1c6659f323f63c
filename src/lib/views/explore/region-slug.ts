/**
 * Readable, URL-safe slugs for place names: pinyin without tones, with the
 * administrative suffix dropped (郑州市 -> zhengzhou, 郑东新区 -> zhengdong).
 * Provinces come from a fixed table, because pinyin alone cannot tell 山西
 * (shanxi) from 陕西 (shaanxi) and gets 重庆 right only by luck. A few
 * place names that pinyin-pro reads wrongly are fixed by hand.
 *
 * The slug depends only on the name (and the pinyin-pro version, pinned
 * exactly in package.json), so it stays the same as the corpus grows;
 * siblings that collide are resolved in regions.ts.
 */
import { pinyin } from 'pinyin-pro';

const PROVINCES: Record<string, string> = {
  北京: 'beijing', 天津: 'tianjin', 河北: 'hebei', 山西: 'shanxi', 内蒙古: 'neimenggu',
  辽宁: 'liaoning', 吉林: 'jilin', 黑龙江: 'heilongjiang', 上海: 'shanghai', 江苏: 'jiangsu',
  浙江: 'zhejiang', 安徽: 'anhui', 福建: 'fujian', 江西: 'jiangxi', 山东: 'shandong',
  河南: 'henan', 湖北: 'hubei', 湖南: 'hunan', 广东: 'guangdong', 广西: 'guangxi',
  海南: 'hainan', 重庆: 'chongqing', 四川: 'sichuan', 贵州: 'guizhou', 云南: 'yunnan',
  西藏: 'xizang', 陕西: 'shaanxi', 甘肃: 'gansu', 青海: 'qinghai', 宁夏: 'ningxia',
  新疆: 'xinjiang', 香港: 'xianggang', 澳门: 'aomen', 台湾: 'taiwan',
};

/** Place names whose usual reading differs from pinyin-pro's. */
const READINGS: Record<string, string> = {
  单县: 'shanxian',
  乐清: 'yueqing',
  乐亭: 'laoting',
  东阿: 'donge',
  六合: 'luhe',
  番禺: 'panyu',
  铅山: 'yanshan',
  涡阳: 'guoyang',
  洪洞: 'hongtong',
};

/** Longest first, so 自治县 goes before 县. */
const SUFFIXES = ['特别行政区', '自治区', '自治州', '自治县', '自治旗', '林区', '新区', '地区', '矿区', '特区', '省', '市', '区', '县', '盟', '旗'];

/** Peoples named in autonomous areas' names (恩施土家族苗族自治州 -> 恩施). */
const PEOPLES = '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各';
const PEOPLES_TAIL = new RegExp(`(?:(?:${PEOPLES})族)+$`);

/** The name without its administrative suffix, when at least two characters remain. */
export function stripSuffix(name: string): string {
  for (const suffix of SUFFIXES) {
    if (!name.endsWith(suffix) || name.length - suffix.length < 2) continue;
    let core = name.slice(0, -suffix.length);
    if (suffix.startsWith('自治')) {
      const tail = PEOPLES_TAIL.exec(core);
      if (tail && tail.index >= 2) core = core.slice(0, tail.index);
    }
    return core;
  }
  return name;
}

/** Pinyin of a name, lowercase letters and digits only. */
export function toSlug(text: string): string {
  if (READINGS[text]) return READINGS[text];
  const syllables = pinyin(text, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' });
  return syllables.join('').toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** The slug of a province-level name: 河南省 -> henan, 陕西省 -> shaanxi. */
export function provinceSlug(name: string): string {
  const core = stripSuffix(name.trim());
  // 新疆维吾尔自治区 keeps its people's name after stripping: match the start, for autonomous regions only.
  const short = PROVINCES[core] ? core : name.endsWith('自治区') ? Object.keys(PROVINCES).find((k) => core.startsWith(k)) : undefined;
  return short ? PROVINCES[short]! : placeSlug(name);
}

/** The slug of a city- or county-level name: 郑州市 -> zhengzhou; 'region' when nothing readable is left. */
export function placeSlug(name: string): string {
  return toSlug(stripSuffix(name.trim())) || toSlug(name.trim()) || 'region';
}
