/**
 * One report file to the canonical report object and every reading
 * diagnostic. It never checks the tables' consistency: check/ does that on
 * what this returns. Never throws on any input: what cannot be read becomes
 * a diagnostic.
 */
import { SECTIONS, type SectionId } from '../model/catalogue.ts';
import { splitCells, type Cell } from './cells.ts';
import { decode, type Encoding } from './decode.ts';
import { byPosition, diagnostic, hasErrors, type Diagnostic, type Position } from '../diagnostics/diagnostic.ts';
import { messages, TABLE_NAMES } from '../diagnostics/messages.ts';
import { readActive, type ActiveCells } from './active.ts';
import { readAppeals, type AppealsRead } from './appeals.ts';
import { applicationsOf, readApplications, type ApplicationCells, type ApplicationsRead } from './applications.ts';
import { Report, SCHEMA_ID, type Narrative } from '../model/schema.ts';
import { isPageFurniture } from './furniture.ts';
import { blankKeys } from './blanks.ts';
import { gluedCell, inlineHeading, sampleOf } from './glued.ts';
import { ROWS_OF, scatteredValues } from './template-order.ts';
import { findSections, type SectionSpan } from './sections.ts';
import { readTitle, stripResidue } from './title.ts';

export interface LineCorrection {
  line: number;
  published: string;
  corrected: string;
}

export interface ParseOptions {
  /** The report id; by default made from the file name. */
  id?: string;
  /** Shown in messages that name the file. */
  path?: string;
  /** What the file's place in content/reports says: the year and the body's names. */
  expect?: { year?: number; agency?: readonly string[] };
  corrections?: readonly LineCorrection[];
  /** Refuse anything but UTF-8 (content/reports) instead of reading it with a warning. */
  requireUtf8?: boolean;
}

export interface ParseResult {
  /** The report, when every table was read whole; it may still break consistency rules. */
  report?: Report;
  diagnostics: Diagnostic[];
  encoding?: Encoding;
  /** Line where the title starts. */
  titleLine?: number;
  /** Where each applications row was read, for checks that span reports. */
  applicationCells?: ApplicationCells;
  /** Where each row of table 二 was read, likewise. */
  activeCells?: ActiveCells;
}

/** What the reader found, with the tables as read for the consistency rules. */
export interface ReadResult extends ParseResult {
  tables: { applications?: ApplicationsRead; appeals?: AppealsRead };
}

export function readReport(input: Uint8Array | string, options: ParseOptions = {}): ReadResult {
  const diagnostics: Diagnostic[] = [];
  const start = { line: 1, column: 1 };
  let text: string;
  let encoding: Encoding | undefined;
  if (typeof input === 'string') {
    text = input.replace(/^\uFEFF/, '');
  } else {
    const decoded = decode(input);
    if (!decoded.ok) {
      const [message, hint] = messages.unreadable[decoded.reason]!;
      return { diagnostics: [diagnostic('error', 'file-encoding', start, message, hint)], tables: {} };
    }
    ({ text, encoding } = decoded);
    if (encoding !== 'utf-8' && encoding !== 'utf-8-bom') {
      if (options.requireUtf8) {
        const [message, hint] = messages.encodingNotUtf8(encoding);
        return { diagnostics: [diagnostic('error', 'file-encoding', start, message, hint)], encoding, tables: {} };
      }
      diagnostics.push(diagnostic('warning', 'file-encoding', start, messages.encodingConverted(encoding)));
    }
  }

  const lines = text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
  // pdftotext ends each page with a form feed, which starts the next page's first line: it is a page break, not text.
  for (let i = 0; i < lines.length; i++) if (lines[i]!.includes('\f')) lines[i] = lines[i]!.replace(/\f/g, '');
  applyCorrections(lines, options.corrections ?? [], diagnostics);
  const sections = findSections(lines);
  const span = (id: SectionId) => sections.find((s) => s.id === id);

  const firstHeading = sections[0]?.heading ?? lines.length + 1;
  const title = readTitle(lines, firstHeading);
  const agency = checkTitle(title, options, diagnostics);

  const tableCells = (id: SectionId): { cells: Cell[]; end: Position } | undefined => {
    const s = span(id);
    if (!s) {
      const def = SECTIONS.find((d) => d.id === id)!;
      const next = sections.find((x) => SECTIONS.findIndex((d) => d.id === x.id) > SECTIONS.indexOf(def));
      const inline = inlineHeading(lines, def.numeral, def.key);
      if (inline) {
        diagnostics.push(diagnostic('error', 'glued-cells', inline, messages.gluedHeading(def.numeral, def.title, inline.sample), messages.gluedCellsHint));
        return undefined;
      }
      diagnostics.push(diagnostic('error', 'table-missing', { line: next?.heading ?? lines.length, column: 1 }, messages.sectionMissing(def.numeral, def.title), messages.sectionMissingHint));
      return undefined;
    }
    const cells: Cell[] = [];
    for (let i = s.start; i < s.end; i++) {
      const line = lines[i - 1]!;
      if (!isPageFurniture(line)) for (const c of splitCells(line, i)) cells.push(c);
    }
    return { cells, end: { line: cells.at(-1)?.line ?? s.heading, column: 1 } };
  };

  // A table whose cells were run together gets one message that says so, not the row errors it causes.
  const table = <T>(id: SectionId & keyof typeof TABLE_NAMES, read: (cells: Cell[], end: Position, out: Diagnostic[]) => T): T | undefined => {
    const found = tableCells(id);
    if (!found) return undefined;
    const own: Diagnostic[] = [];
    const value = read(found.cells, found.end, own);
    const glued = hasErrors(own) ? gluedCell(found.cells) : undefined;
    if (glued) {
      diagnostics.push(diagnostic('error', 'glued-cells', glued, messages.gluedCells(TABLE_NAMES[id], sampleOf(glued)), messages.gluedCellsHint));
      return undefined;
    }
    // Text in reading order whose values could not be placed without doubt: one message saying so, not a row error each.
    const scattered = scatteredValues(found.cells, own, ROWS_OF[id]);
    if (scattered) {
      diagnostics.push(diagnostic('error', 'cell-count', scattered, messages.readingOrder(TABLE_NAMES[id]), messages.readingOrderHint));
      return undefined;
    }
    diagnostics.push(...own);
    return value;
  };
  const activeRead = table('active_disclosure', readActive);
  const activeValue = activeRead?.value;
  const appsRead = table('applications', readApplications);
  const appealsRead = table('review_litigation', readAppeals);

  const narrative = readNarrative(lines, sections, title?.lastLine ?? 0, diagnostics);
  diagnostics.sort(byPosition);

  const applications = appsRead && applicationsOf(appsRead);
  const year = options.expect?.year ?? title?.year;
  const result: ReadResult = {
    diagnostics,
    tables: { ...(appsRead ? { applications: appsRead } : {}), ...(appealsRead ? { appeals: appealsRead } : {}) },
    ...(encoding ? { encoding } : {}),
    ...(title ? { titleLine: title.line } : {}),
    ...(appsRead ? { applicationCells: appsRead.cells } : {}),
    ...(activeRead ? { activeCells: activeRead.cells } : {}),
  };
  if (!activeValue || !applications || !appealsRead?.value || !agency || !year) return result;
  const candidate: Report = {
    schema: SCHEMA_ID,
    id: options.id ?? idFromPath(options.path, year),
    agency,
    year,
    active_disclosure: activeValue,
    applications,
    review_litigation: appealsRead.value,
    narrative,
  };
  const blanks = blankKeys(activeRead!.cells, appsRead!.cells, appealsRead.cells);
  if (blanks.length) candidate.blank_cells = blanks;
  // The build publishes only what the schema accepts, so check runs the very same schema: whatever
  // passes here passes there. parseNumber already keeps every figure in bounds; this is the backstop.
  const checked = Report.safeParse(candidate);
  if (!checked.success) {
    const at = { line: title?.line ?? 1, column: 1 };
    for (const issue of checked.error.issues) {
      const rule = typeof issue.path[0] === 'string' && issue.path[0] in TABLE_NAMES ? 'cell-value' : 'file-layout';
      diagnostics.push(diagnostic('error', rule, at, `报告数据不符合数据模型：${issue.path.join('.')} ${issue.message}`));
    }
    return result;
  }
  return { ...result, report: candidate };
}

function applyCorrections(lines: string[], corrections: readonly LineCorrection[], diagnostics: Diagnostic[]): void {
  for (const c of corrections) {
    const at = { line: c.line, column: 1 };
    if (c.line < 1 || c.line > lines.length) {
      diagnostics.push(diagnostic('error', 'correction', { line: Math.max(1, Math.min(c.line, lines.length)), column: 1 }, messages.correctionOutOfRange(c.line, lines.length)));
      continue;
    }
    const actual = lines[c.line - 1]!;
    if (actual.trimEnd() !== c.published.trimEnd()) {
      diagnostics.push(diagnostic('error', 'correction', at, messages.correctionStale(c.line, c.published, actual), messages.correctionStaleHint));
      continue;
    }
    lines[c.line - 1] = c.corrected;
  }
}

function checkTitle(title: ReturnType<typeof readTitle>, options: ParseOptions, diagnostics: Diagnostic[]): string | undefined {
  const at = { line: title?.line ?? 1, column: 1 };
  if (!title) {
    diagnostics.push(diagnostic('error', 'title-agency', at, messages.titleMissing));
    return options.expect?.agency?.[0];
  }
  const { year, agency } = options.expect ?? {};
  if (title.year === undefined) diagnostics.push(diagnostic('error', 'title-year', at, messages.titleNoYear(title.text)));
  else if (year !== undefined && title.year !== year) {
    diagnostics.push(diagnostic('error', 'title-year', at, messages.titleYearMismatch(title.year, year, `${year}.txt`)));
  }
  if (title.agency === undefined) {
    diagnostics.push(diagnostic('error', 'title-agency', at, messages.titleNoAgency(title.text)));
    return agency?.[0];
  }
  if (agency?.length && !agency.includes(title.agency)) {
    diagnostics.push(diagnostic('error', 'title-agency', at, messages.titleAgencyMismatch(title.agency, agency), messages.titleAgencyHint));
  }
  // The official name, not the alias the title happens to use.
  return agency?.[0] ?? title.agency;
}

const NARRATIVE: ReadonlyArray<keyof Narrative> = ['overview', 'problems', 'other_matters'];

function readNarrative(lines: readonly string[], sections: readonly SectionSpan[], afterTitle: number, diagnostics: Diagnostic[]): Narrative {
  const paragraphs = (from: number, to: number) => {
    const out: string[] = [];
    for (let i = from; i < to; i++) {
      const p = stripResidue(lines[i - 1]!);
      if (p && !isPageFurniture(p)) out.push(p);
    }
    return out;
  };
  const narrative: Narrative = { overview: [], problems: [], other_matters: [] };
  for (const id of NARRATIVE) {
    const s = sections.find((x) => x.id === id);
    if (s) narrative[id] = paragraphs(s.start, s.end);
    else if (sections.length) {
      const def = SECTIONS.find((d) => d.id === id)!;
      diagnostics.push(diagnostic('warning', 'file-layout', { line: lines.length, column: 1 }, messages.narrativeMissing(def.numeral, def.title)));
    }
  }
  // A preamble between the title and 一、 (本报告依据…) belongs with the overview.
  const first = sections[0];
  if (first?.id === 'overview') narrative.overview.unshift(...paragraphs(afterTitle + 1, first.heading));
  return narrative;
}

export function idFromPath(path: string | undefined, year: number): string {
  const base = (path ?? '').split(/[\\/]/).pop()!.replace(/\.[^.]*$/, '');
  const slug = base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug && /[a-z]/.test(slug) ? slug : `report-${year}`;
}

