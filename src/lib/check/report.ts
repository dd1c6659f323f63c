/**
 * The one place the rules of a single report are wired: read it, then run
 * every consistency rule on the tables as read. Never throws on any input.
 */
import { byPosition, diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { readReport, type ParseOptions, type ParseResult, type ReadResult } from '../read/report.ts';
import { checkAppeals, checkApplications } from './tables.ts';

export function checkReport(tables: ReadResult['tables']): Diagnostic[] {
  return [...(tables.applications ? checkApplications(tables.applications) : []), ...(tables.appeals ? checkAppeals(tables.appeals) : [])];
}

export function parseReport(input: Uint8Array | string, options: ParseOptions = {}): ParseResult {
  try {
    const { tables, ...read } = readReport(input, options);
    const diagnostics = [...read.diagnostics, ...checkReport(tables)].sort(byPosition);
    return { ...read, diagnostics };
  } catch (error) {
    // A reader bug must still end as a message about this file, never a crash of the whole build.
    const detail = error instanceof Error ? error.message : String(error);
    return { diagnostics: [diagnostic('error', 'file-layout', { line: 1, column: 1 }, `解析器内部错误：${detail}；请把此文件报告给维护者`)] };
  }
}
