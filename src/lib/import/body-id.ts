/**
 * A URL-safe id for a new body, made from its name in pinyin: the most
 * specific place without its suffix, then the body itself word by word:
 * 郑州市市场监督管理局 -> zhengzhou-shichang-jiandu-guanli-ju. The seeds'
 * short forms for the commonest bodies are kept (zhengzhou-hrss,
 * zhengzhou-government), so ids stay alike across the corpus.
 */
import { pinyin } from 'pinyin-pro';
import { bareName, splitPlaces } from './places.ts';

/** Whole words with an established short id, longest first. */
const SHORT_FORMS: ReadonlyArray<[string, string]> = [
  ['人力资源和社会保障局', 'hrss'],
  ['人力资源社会保障局', 'hrss'],
  ['人社局', 'hrss'],
  ['人民政府', 'government'],
];

/** Connectives that carry nothing in an id. */
const SKIP = new Set(['和', '及', '与', '暨']);
/** The kind of unit that closes a name, kept as its own word: 管理局 -> guanli-ju. */
const UNIT = /^(.{2,})([局委办厅院会室处所站队部])$/u;
const MAX_LENGTH = 60;

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

export function proposeBodyId(name: string, taken: ReadonlySet<string> = new Set()): string {
  const { places, rest } = splitPlaces(name.normalize('NFKC').replace(/\s+/g, ''));
  const place = places.at(-1);
  const parts = [...(place ? [slug(bareName(place))] : []), ...bodyWords(rest)].filter(Boolean);
  const base = shorten(parts.join('-')) || 'body';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

function bodyWords(rest: string): string[] {
  const out: string[] = [];
  let s = rest;
  while (s) {
    const short = SHORT_FORMS.find(([word]) => s.startsWith(word));
    if (short) {
      out.push(short[1]);
      s = s.slice(short[0].length);
      continue;
    }
    const next = SHORT_FORMS.map(([word]) => s.indexOf(word)).filter((i) => i > 0);
    const cut = next.length ? Math.min(...next) : s.length;
    for (const { segment } of segmenter.segment(s.slice(0, cut))) {
      if (SKIP.has(segment)) continue;
      const unit = UNIT.exec(segment);
      out.push(...(unit ? [unit[1]!, unit[2]!] : [segment]).map(slug));
    }
    s = s.slice(cut);
  }
  return out;
}

/** One word in toneless pinyin, ü as v, anything not a letter or digit dropped. */
function slug(word: string): string {
  return pinyin(word, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/ü/g, 'v')
    .replace(/[^a-z0-9]+/g, '');
}

function shorten(id: string): string {
  const clean = id.replace(/-+/g, '-').replace(/^-|-$/g, '');
  if (clean.length <= MAX_LENGTH) return clean;
  return clean.slice(0, clean.lastIndexOf('-', MAX_LENGTH) > 0 ? clean.lastIndexOf('-', MAX_LENGTH) : MAX_LENGTH);
}
