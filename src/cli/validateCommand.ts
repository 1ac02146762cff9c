/**
 * `cjm validate [--format text|json] <files or folders...>`: prints every problem of every map.
 * Exit 0 when no error (warnings allowed), 1 when some map has an error, 2 on a usage error or an unreadable file.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { analyze } from '../core/analyze';
import { pushAll } from '../core/lists';
import type { Severity } from '../core/types';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, UsageError, type CliCommand, type CliIo } from './cliTypes';
import { findMapFiles, reasonOf } from './findMapFiles';
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

type Format = 'text' | 'json';

const USAGE = `Usage: cjm validate [--format text|json] <files or folders...>
  Checks journey maps; a folder means every *.cjm.yaml below it.
  --format text   file:line:column: severity code message, one a line (default)
  --format json   an array of {file, line, column, endLine, endColumn, severity, code, message}
  Symbolic links are followed; FIFOs and other non-regular files are skipped with a note on stderr.
  Exit code: 0 no errors (warnings allowed), 1 errors found, 2 usage error or an unreadable file or folder
  (the readable maps are still checked and reported).
`;

/** Parses the arguments of `validate`. */
export function parseValidateArgs(args: string[]): { format: Format; paths: string[] } {
  let format: Format = 'text';
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? args[++i] : arg.slice('--format='.length);
      if (value !== 'text' && value !== 'json') throw new UsageError(`--format must be "text" or "json", not ${JSON.stringify(value ?? '')}.`);
      format = value;
    } else if (arg === '--') {
      paths.push(...args.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option "${arg}".`);
    } else {
      paths.push(arg);
    }
  }
  if (paths.length === 0) throw new UsageError('no files or folders given.');
  return { format, paths };
}

/** The problems of one map's text, positioned for the CLI. */
export function reportProblems(file: string, text: string): ReportedProblem[] {
  const analysis = analyze(text, { fileName: file });
  const starts = lineStarts(text);
  return analysis.problems.map((problem) => {
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

async function run(args: string[], io: CliIo): Promise<number> {
  const { format, paths } = parseValidateArgs(args);
  const problems: ReportedProblem[] = [];
  let unreadable = false;
  for (const path of paths) {
    const found = await findMapFiles(path, io.cwd, io.fileSystem);
    if (found.error) found.errors.unshift({ path, reason: found.error });
    for (const { path: where, reason } of found.errors) io.stderr(`cjm validate: cannot read ${where}: ${reason}\n`);
    for (const { path: where, reason } of found.skipped) io.stderr(`cjm validate: skipped ${where}: ${reason}\n`);
    if (found.errors.length > 0) unreadable = true;
    for (const file of found.files) {
      try {
        const text = (await readFile(resolve(io.cwd, file), 'utf8')).replace(/^\uFEFF/, '');
        pushAll(problems, reportProblems(file, text));
      } catch (error) {
        io.stderr(`cjm validate: cannot read ${file}: ${reasonOf(error)}\n`);
        unreadable = true;
      }
    }
  }
  io.stdout(format === 'json' ? `${JSON.stringify(problems, null, 2)}\n` : formatText(problems));
  if (unreadable) return EXIT_USAGE;
  return problems.some((p) => p.severity === 'error') ? EXIT_PROBLEMS : EXIT_OK;
}

/** The `validate` subcommand. */
export const validateCommand: CliCommand = { summary: 'Check journey maps and print their problems.', usage: USAGE, run };
