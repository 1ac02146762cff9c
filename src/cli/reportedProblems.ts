/**
 * Problems as the `cjm` CLI reports them: positioned by 1-based line and column, and their text form. Shared by
 * `validate`, `render` and the cross-file checks.
 */
import type { Problem, Severity } from '../core/types';
import { lineColumnAt, lineStarts } from './lineStarts';

/** One problem as the CLI reports it: 1-based lines and columns, columns in UTF-16 code units. */
export interface ReportedProblem {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  code: string;
  message: string;
}

/** Problems of a text (a map's, with its data and insight findings, or a config's), positioned for the CLI. */
export function reportProblems(file: string, text: string, problems: Problem[]): ReportedProblem[] {
  const starts = lineStarts(text);
  return problems.map((problem) => {
    const start = lineColumnAt(starts, problem.offset);
    const end = lineColumnAt(starts, problem.offset + problem.length);
    return {
      file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column,
      severity: problem.severity, code: problem.code, message: problem.message,
    };
  });
}

/** The text form: `file:line:column: severity code message`. */
export function formatText(problems: ReportedProblem[]): string {
  return problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.severity} ${p.code} ${p.message}\n`).join('');
}
