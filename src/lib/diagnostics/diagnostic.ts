/**
 * A positioned message about one report file, modelled on vfile-message:
 * where (line, column, 1-based), which rule, what was found and expected.
 */
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  rule: RuleId;
  line: number;
  column: number;
  message: string;
  /** How to fix it, shown after the message where the output has room. */
  hint?: string;
}

export const RULE_IDS = [
  'applications-balance',
  'applications-outcome-sum',
  'applications-row-total',
  'appeals-total',
  'cell-count',
  'cell-value',
  'table-missing',
  'row-missing',
  'title-year',
  'title-agency',
  'duplicate-report',
  'file-encoding',
  'file-type',
  'file-size',
  'correction',
  'waiver',
  'body-metadata',
  'report-metadata',
  'file-layout',
  'cross-year',
  'documents-in-force',
  'label-variant',
  'template-order',
  'glued-cells',
  'other-combined',
  'column-order',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/**
 * Rules a maintainer may waive for one report, with a reason: the published
 * figures disagree with each other but were read whole. A file that could not
 * be read (encoding, missing tables or cells) can never be waived.
 */
export const WAIVABLE_RULES: ReadonlySet<RuleId> = new Set([
  'applications-balance',
  'applications-outcome-sum',
  'applications-row-total',
  'appeals-total',
  'title-agency',
]);

export interface Position {
  line: number;
  column: number;
}

export function diagnostic(severity: Severity, rule: RuleId, at: Position, message: string, hint?: string): Diagnostic {
  return hint ? { severity, rule, line: at.line, column: at.column, message, hint } : { severity, rule, line: at.line, column: at.column, message };
}

export const hasErrors = (diagnostics: readonly Diagnostic[]) => diagnostics.some((d) => d.severity === 'error');

export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}

/**
 * Data on one line of a log. Messages quote report text, body names and
 * waiver reasons; a line break in any of them would start a new log line,
 * which GitHub Actions reads as a workflow command (`::error …`) if it
 * begins with `::`. Control characters are shown as escapes instead.
 */
export function oneLine(s: string): string {
  return s.replace(CONTROL, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/** C0 and C1 controls except tab, DEL, and the Unicode line and paragraph separators. */
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g;

/** `FILE:LINE:COLUMN: error: MESSAGE [rule-id]`, the form editors and CI understand; always one line. */
export function formatDiagnostic(file: string, d: Diagnostic): string {
  return `${oneLine(file)}:${d.line}:${d.column}: ${d.severity}: ${oneLine(d.message)} [${d.rule}]`;
}

/** The one-line form, then the hint indented on its own line for a person reading a terminal. */
export function formatWithHint(file: string, d: Diagnostic): string {
  return d.hint ? `${formatDiagnostic(file, d)}\n    ${oneLine(d.hint)}` : formatDiagnostic(file, d);
}

/**
 * GitHub Actions workflow command, escaped as the runner's own toolkit does
 * (@actions/core): in data `%`, CR and LF; in properties also `:` and `,`.
 */
export function formatGithub(file: string, d: Diagnostic): string {
  const property = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const command = d.severity === 'error' ? 'error' : 'warning';
  const text = d.hint ? `${d.message}\n${d.hint}` : d.message;
  return `::${command} file=${property(file)},line=${d.line},col=${d.column},title=${property(d.rule)}::${escapeData(`${text} [${d.rule}]`)}`;
}

/** The line separators too: a log viewer may break lines there, though the runner does not. */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/\u2028/g, '%E2%80%A8').replace(/\u2029/g, '%E2%80%A9');
}
