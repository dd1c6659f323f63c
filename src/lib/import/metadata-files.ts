/**
 * The YAML files `gongkai add` writes: body.yml for a new body, with what
 * could not be guessed left as TODO (which check refuses), and the report's
 * <year>.yml with its provenance, including what a converted text was
 * converted from. An existing <year>.yml keeps its corrections, waivers
 * and comments.
 */
import { isMap, parseDocument, stringify } from 'yaml';
import { TODO, type Body, type Region } from '../model/metadata.ts';
import { compact } from '../read/title.ts';
import type { RegionGuess } from './places.ts';

/** A government, or a zone's management committee (管委会), reports for a whole area; anything else is a department. */
export const bodyKind = (name: string): Body['kind'] => (/(?:人民政府|管理委员会|管委会)$/.test(compact(name)) ? 'government' : 'department');

const scalar = (value: string) => stringify(value).trimEnd();

export function bodyYaml(name: string, guess: RegionGuess): string {
  const kind = bodyKind(name);
  const region = guess.region;
  const line = (key: keyof Region) => (region[key] ? [`  ${key}: ${region[key] === TODO ? TODO : scalar(region[key]!)}`] : []);
  const regionNote = guess.todo
    ? [
        `# 地区未能从机关名称推断：请把 ${TODO} 换成实际的省份（及地级市、区县），不适用的行删去`,
        ...(guess.candidates.length ? [`# 同名的地方有：${guess.candidates.join('、')}`] : []),
      ]
    : ['# 地区由机关名称推断，请核对'];
  return [
    '# 由 npx gongkai add 根据报告标题生成，请核对后提交。',
    `name: ${scalar(name)}`,
    '# 标题中出现过的其他写法（如简称“××市人社局”），每行一个',
    'aliases: []',
    ...regionNote,
    'region:',
    ...line('province'),
    ...line('city'),
    ...line('county'),
    `# government：人民政府或管委会（报告覆盖整个地区）；department：政府部门`,
    `kind: ${kind}`,
    '# 机关网站（可选），如 https://www.zhengzhou.gov.cn/',
    '# website: ',
    '',
  ].join('\n');
}

/** body.yml with one more alias, comments and the rest kept; unchanged if it has the alias or cannot be read. */
export function withAlias(existing: string, alias: string): string {
  const doc = parseDocument(existing);
  if (doc.errors.length || !isMap(doc.contents)) return existing;
  const aliases = doc.get('aliases');
  const list = aliases && typeof aliases === 'object' && 'items' in aliases ? (aliases as { items: Array<{ value?: unknown }> }).items.map((i) => String(i.value ?? i)) : [];
  if (list.includes(alias)) return existing;
  doc.set('aliases', doc.createNode([...list, alias]));
  return doc.toString();
}

export interface Provenance {
  source?: string;
  retrieved?: string;
  added: string;
  /** What the text was converted from (a Word document, a web page, a PDF), as a comment line. */
  converted?: string;
}

/** The comment `add` writes: a later import replaces it, other comments stay. */
const CONVERTED = /^# ?由 npx gongkai add 从/;

/** The report's <year>.yml: new, or the existing one with provenance updated and the rest kept. */
export function sidecarYaml(existing: string | undefined, p: Provenance): string {
  const fresh = { ...(p.source ? { source: p.source } : {}), ...(p.retrieved ? { retrieved: p.retrieved } : {}), added: p.added };
  const doc = parseDocument(existing ?? '');
  // A file someone broke is left for check to point at, not silently replaced.
  if (existing?.trim() && (doc.errors.length || !isMap(doc.contents))) return existing;
  if (!isMap(doc.contents)) return withConverted(stringify(fresh), p.converted);
  if (p.source) doc.set('source', p.source);
  if (p.retrieved) doc.set('retrieved', p.retrieved);
  if (!doc.has('added')) doc.set('added', p.added);
  return withConverted(doc.toString(), p.converted);
}

/** The conversion note as the last line of the comments the file opens with, in place of an earlier one. */
function withConverted(yaml: string, note: string | undefined): string {
  if (!note) return yaml;
  const lines = yaml.split('\n').filter((l) => !CONVERTED.test(l));
  const at = lines.findIndex((l) => !l.startsWith('#'));
  lines.splice(at < 0 ? lines.length : at, 0, `# ${note}`);
  return lines.join('\n');
}
