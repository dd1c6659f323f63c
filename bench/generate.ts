/**
 * Deterministic generator of consistent report files, for benchmarks and for
 * tests that need a large corpus (site builds, issue-5 tests).
 *
 * Everything comes from a seeded PRNG (bench/gen/random.ts): the same seed and
 * options give byte-identical files on every machine. Figures satisfy every
 * consistency rule (applications balance, outcome sums, row totals, appeals
 * totals); a body's years chain (上年结转 of year N+1 = 结转下年度 of year N).
 * Files come in every layout the parser reads (see LAYOUTS), with CRLF, BOM,
 * full-width digits, thousands separators and the title and heading shapes of
 * DATA-MODEL.md, chosen by the seed or fixed through `variant`.
 *
 * API
 *
 *   generateReport(seed, options?) -> GeneratedReport
 *     One report. options: { body?, year? (2023), layout?, variant?: Partial<Variant>,
 *     carriedOver?, inForce?, correction? (false) }.
 *     Returns { text, expected, parseOptions, body, year, variant, meta }:
 *     `parseReport(text, parseOptions).report` deep-equals `expected` (a full
 *     Report, narrative included) with no diagnostics at all. `text` is the
 *     file's content (a BOM is the character U+FEFF; write it as UTF-8).
 *
 *   generateCorpus({ bodies, years, seed, lastYear? (2024), corrections? (0) }) -> GeneratedCorpus
 *     In memory: `bodies` distinct bodies (provinces, cities, counties; people's
 *     governments and departments), each with `years` consecutive reports ending
 *     at lastYear. `corrections` is the share of reports published with a
 *     misprinted row that their <year>.yml corrects.
 *
 *   writeCorpus(dir, { bodies, years, seed, lastYear?, corrections? (0.02) }) -> WrittenCorpus
 *     Writes a content root: <body-id>/body.yml, <year>.txt, <year>.yml (source,
 *     retrieved, added, corrections). `loadCorpus(dir)` reads it with no errors
 *     and no warnings. Returns the bodies and, per report, its file, expected
 *     Report and variant (no text), plus the bytes written.
 *
 *   allBodies(), pickBodies(count, seed): the bodies the generator knows (about 4,400).
 *   LAYOUTS, TITLE_SHAPES, Variant, GeneratedBody: re-exported for tests.
 *
 * Example (vitest, a 1,000-report site):
 *   const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
 *   writeCorpus(dir, { bodies: 200, years: 5, seed: 1 });
 *   // GONGKAI_CONTENT=dir astro build …
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { ParseOptions } from '../src/lib/read/report.ts';
import { SCHEMA_ID, type ApplicantCounts, type Report } from '../src/lib/model/schema.ts';
import { allBodies, pickBodies, type GeneratedBody } from './gen/bodies.ts';
import { generateFigures } from './gen/figures.ts';
import { generateProse } from './gen/narrative.ts';
import { random } from './gen/random.ts';
import { pickVariant, renderReport, type Layout, type Variant } from './gen/render.ts';

export { allBodies, pickBodies, type GeneratedBody } from './gen/bodies.ts';
export { LAYOUTS, TITLE_SHAPES, type Layout, type TitleShape, type Variant } from './gen/render.ts';

export interface ReportOptions {
  /** Default: a body picked by the seed. */
  body?: GeneratedBody;
  /** The year reported on; default 2023. */
  year?: number;
  /** Shorthand for variant.layout. */
  layout?: Layout;
  /** Fix any part of the layout and text quirks; the rest is picked by the seed. */
  variant?: Partial<Variant>;
  /** Last year's 结转下年度继续办理, to chain years. */
  carriedOver?: ApplicantCounts;
  /** Last year's 现行有效件数, to chain years. */
  inForce?: { regulations: number; normative_documents: number };
  /** Publish one row misprinted, with the correction that fixes it (not in word-cells). */
  correction?: boolean;
}

/** What `<year>.yml` holds. */
export interface GeneratedMeta {
  source: string;
  retrieved: string;
  added: string;
  corrections: Array<{ line: number; published: string; corrected: string; reason: string }>;
}

export interface GeneratedReport {
  text: string;
  expected: Report;
  /** Pass to parseReport: id, expected year and body names, corrections. */
  parseOptions: ParseOptions;
  body: GeneratedBody;
  year: number;
  variant: Variant;
  meta: GeneratedMeta;
}

export function generateReport(seed: number, options: ReportOptions = {}): GeneratedReport {
  const body = options.body ?? random(seed, 'pick-body').pick(allBodies());
  const year = options.year ?? 2023;
  const r = random(seed, 'report', body.id, year);
  const variant = pickVariant(r.fork('variant'), { ...options.variant, ...(options.layout ? { layout: options.layout } : {}) });
  const figures = generateFigures(body, r.fork('figures'), {
    ...(options.carriedOver ? { carriedOver: options.carriedOver } : {}),
    ...(options.inForce ? { inForce: options.inForce } : {}),
  });
  const prose = generateProse(body, year, figures, r.fork('prose'));
  const rendered = renderReport(body, year, figures, prose, variant, r.fork('render'), options.correction ?? false);
  const id = `${body.id}-${year}`;
  const expected: Report = {
    schema: SCHEMA_ID,
    id,
    agency: body.meta.name,
    year,
    ...figures,
    narrative: rendered.narrative,
  };
  const dates = r.fork('dates');
  const added = `${year + 1}-${pad(dates.int(2, 12))}-${pad(dates.int(1, 28))}`;
  const corrections = rendered.corrections;
  return {
    text: rendered.text,
    expected,
    parseOptions: {
      id,
      expect: { year, agency: [body.meta.name, ...body.meta.aliases] },
      ...(corrections.length ? { corrections: corrections.map(({ line, published, corrected }) => ({ line, published, corrected })) } : {}),
    },
    body,
    year,
    variant,
    meta: {
      source: `https://www.${body.place}.example/xxgk/ndbg/${year}/${body.id}.html`,
      retrieved: `${year + 1}-02-01`,
      added: added < `${year + 1}-02-01` ? `${year + 1}-02-01` : added,
      corrections,
    },
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

export interface CorpusOptions {
  /** Number of distinct bodies. */
  bodies: number;
  /** Consecutive years per body. */
  years: number;
  seed: number;
  /** Last year reported on; default 2024. */
  lastYear?: number;
  /** Share of reports published with a misprint that <year>.yml corrects. */
  corrections?: number;
}

export interface GeneratedCorpus {
  bodies: GeneratedBody[];
  reports: GeneratedReport[];
}

/** Every report of every body, year by year; calls `each` instead of collecting when given. */
function forEachReport(options: CorpusOptions, defaultCorrections: number, each: (report: GeneratedReport) => void): GeneratedBody[] {
  const bodies = pickBodies(options.bodies, options.seed);
  const lastYear = options.lastYear ?? 2024;
  const share = options.corrections ?? defaultCorrections;
  for (const body of bodies) {
    let previous: Report | undefined;
    for (let year = lastYear - options.years + 1; year <= lastYear; year++) {
      const pick = random(options.seed, 'corpus', body.id, year);
      const report = generateReport(options.seed, {
        body,
        year,
        correction: pick.chance(share),
        ...(previous
          ? {
              carriedOver: previous.applications.carried_forward,
              inForce: { regulations: previous.active_disclosure.regulations.in_force, normative_documents: previous.active_disclosure.normative_documents.in_force },
            }
          : {}),
      });
      previous = report.expected;
      each(report);
    }
  }
  return bodies;
}

export function generateCorpus(options: CorpusOptions): GeneratedCorpus {
  const reports: GeneratedReport[] = [];
  const bodies = forEachReport(options, 0, (r) => reports.push(r));
  return { bodies, reports };
}

export interface WrittenCorpus {
  dir: string;
  bodies: GeneratedBody[];
  reports: Array<{ id: string; bodyId: string; year: number; file: string; expected: Report; variant: Variant; corrected: boolean }>;
  bytes: number;
}

export function writeCorpus(dir: string, options: CorpusOptions): WrittenCorpus {
  const written: WrittenCorpus['reports'] = [];
  const started = new Set<string>();
  let bytes = 0;
  const bodies = forEachReport(options, 0.02, (report) => {
    const folder = join(dir, report.body.id);
    if (!started.has(report.body.id)) {
      started.add(report.body.id);
      mkdirSync(folder, { recursive: true });
      const { name, aliases, region, kind, website } = report.body.meta;
      writeFileSync(join(folder, 'body.yml'), stringify({ name, ...(aliases.length ? { aliases } : {}), region, kind, ...(website ? { website } : {}) }));
    }
    const file = `${report.body.id}/${report.year}.txt`;
    const data = Buffer.from(report.text, 'utf8');
    bytes += data.length;
    writeFileSync(join(dir, file), data);
    const { corrections, ...rest } = report.meta;
    writeFileSync(join(folder, `${report.year}.yml`), stringify({ ...rest, ...(corrections.length ? { corrections } : {}) }, { lineWidth: 0 }));
    written.push({ id: report.expected.id, bodyId: report.body.id, year: report.year, file, expected: report.expected, variant: report.variant, corrected: corrections.length > 0 });
  });
  return { dir, bodies, reports: written, bytes };
}
