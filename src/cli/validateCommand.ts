/**
 * `cjm validate [--format text|json|sarif] [--no-insights] <files or folders...>`: prints every problem and insight
 * finding of every map (insights under the nearest cjm.config.yaml, whose own problems are reported too).
 * Exit 0 when no error (warnings allowed), 1 when some map has an error, 2 on a usage error or an unreadable file.
 */
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { finishProblems } from '../core/analyze';
import { pushAll } from '../core/lists';
import { insightsOf } from '../core/insights/runInsights';
import { journeyLinkProblems, type ReadMap } from './journeyLinkCheck';
import { personaUsesOf } from '../core/sharedPersonas/sharedPersonas';
import { readPersonasFiles, sharedPersonaProblems, workspacePersonasFiles } from './sharedPersonaFiles';
import { t } from '../core/l10n/translate';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, UsageError, type CliCommand, type CliIo } from './cliTypes';
import { ConfigLookup } from './configLookup';
import { findMapFiles, reasonOf } from './findMapFiles';
import { resolveMapFile } from './mapData';
import { formatText, reportProblems, type ReportedProblem } from './reportedProblems';
import { toSarif } from './sarif';

type Format = 'text' | 'json' | 'sarif';
const FORMATS: readonly Format[] = ['text', 'json', 'sarif'];

function usage(): string {
  return t('Usage: cjm validate [--format text|json|sarif] [--no-insights] <files or folders...>\n  Checks journey maps and reports their insights; a folder means every *.cjm.yaml below it.\n  Shared personas come from the *.personas.yaml files given or below the folders given (else below the\n  current folder), which are checked too.\n  --format text   file:line:column: severity code message, one a line (default)\n  --format json   an array of {file, line, column, endLine, endColumn, severity, code, message}\n  --format sarif  a SARIF 2.1.0 log, e.g. for GitHub code scanning\n  --no-insights   report only problems of the format, not insights (cjm.config.yaml is not read)\n  Insights follow the nearest cjm.config.yaml in the map’s folder or above.\n  Symbolic links are followed; FIFOs and other non-regular files are skipped with a note on stderr.\n  --locale L      the language of messages: en, ru, pl or lv (default from LC_ALL, LC_MESSAGES or LANG)\n  Exit code: 0 no errors (warnings allowed), 1 errors found, 2 usage error or an unreadable file or folder\n  (the readable maps are still checked and reported).\n');
}

/** The parsed arguments of `validate`. */
export interface ValidateArgs {
  format: Format;
  insights: boolean;
  paths: string[];
}

/** Parses the arguments of `validate`. */
export function parseValidateArgs(args: string[]): ValidateArgs {
  let format: Format = 'text';
  let insights = true;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? args[++i] : arg.slice('--format='.length);
      if (!FORMATS.includes(value as Format)) throw new UsageError(t('--format must be one of {0}, not {1}.', FORMATS.join(', '), JSON.stringify(value ?? '')));
      format = value as Format;
    } else if (arg === '--no-insights') {
      insights = false;
    } else if (arg === '--') {
      paths.push(...args.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(t('unknown option "{0}".', arg));
    } else {
      paths.push(arg);
    }
  }
  if (paths.length === 0) throw new UsageError(t('no files or folders given.'));
  return { format, insights, paths };
}

function formatted(format: Format, problems: ReportedProblem[]): string {
  if (format === 'sarif') return `${JSON.stringify(toSarif(problems), null, 2)}\n`;
  return format === 'json' ? `${JSON.stringify(problems, null, 2)}\n` : formatText(problems);
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { format, insights, paths } = parseValidateArgs(args);
  const problems: ReportedProblem[] = [];
  const configs = new ConfigLookup();
  const reportedConfigs = new Set<string>();
  const read: ReadMap[] = [];
  const personasFiles: string[] = [];
  let unreadable = false;
  for (const path of paths) {
    const found = await findMapFiles(path, io.cwd, io.fileSystem);
    if (found.error) found.errors.unshift({ path, reason: found.error });
    for (const { path: where, reason } of found.errors) io.stderr(`cjm validate: ${t('cannot read {0}: {1}', where, reason)}\n`);
    for (const { path: where, reason } of found.skipped) io.stderr(`cjm validate: ${t('skipped {0}: {1}', where, reason)}\n`);
    if (found.errors.length > 0) unreadable = true;
    personasFiles.push(...found.personasFiles);
    for (const file of found.files) {
      try {
        const text = (await readFile(resolve(io.cwd, file), 'utf8')).replace(/^\uFEFF/, '');
        const config = insights ? await configs.configFor(file, io.cwd) : undefined;
        if (config?.file && !reportedConfigs.has(config.file)) {
          reportedConfigs.add(config.file);
          pushAll(problems, reportProblems(relative(io.cwd, config.file), config.text, config.problems));
        }
        const resolved = await resolveMapFile(file, text, io.cwd);
        const findings = config ? insightsOf(resolved.analysis, config.settings, resolved.data.metrics) : [];
        pushAll(problems, reportProblems(file, text, finishProblems([...resolved.problems, ...findings], text)));
        read.push({ file, analysis: resolved.analysis });
      } catch (error) {
        io.stderr(`cjm validate: ${t('cannot read {0}: {1}', file, reasonOf(error))}\n`);
        unreadable = true;
      }
    }
  }
  for (const problem of journeyLinkProblems(read)) problems.push(problem);
  const usesShared = read.some((m) => personaUsesOf(m.analysis).length > 0);
  const personas = await readPersonasFiles(personasFiles.length || !usesShared ? personasFiles : await workspacePersonasFiles(io), io);
  if (personas.unreadable) unreadable = true;
  pushAll(problems, sharedPersonaProblems(personas.read, read));
  io.stdout(formatted(format, problems));
  if (unreadable) return EXIT_USAGE;
  return problems.some((p) => p.severity === 'error') ? EXIT_PROBLEMS : EXIT_OK;
}

/** The `validate` subcommand. */
export const validateCommand: CliCommand = { summary: () => t('Check journey maps and print their problems.'), usage, run };
