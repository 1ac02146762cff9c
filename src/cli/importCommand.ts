/**
 * `cjm import <diagram.mmd|.md> [-o map.cjm.yaml]`: a Mermaid `journey` diagram (or the first one in a
 * Markdown file) becomes a new map, read as Mermaid reads it. The same reading as the VS Code command.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { journeyYaml, readMermaidJourney, type MermaidProblem } from '../core/import/mermaidImport';
import { t, tPlural } from '../core/l10n/translate';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, UsageError, type CliCommand, type CliIo } from './cliTypes';

function usage(): string {
  return t('Usage: cjm import <diagram.mmd> [-o map.cjm.yaml]\n  Turns a Mermaid journey diagram (a .mmd file, or the first ```mermaid journey block of a Markdown file)\n  into a journey map: sections become stages, tasks touchpoints (emotion = score - 3), actors personas.\n  Without -o the map goes to stdout; -o never overwrites an existing file.\n  --locale L      the language of messages: en, ru, pl or lv (default from LC_ALL, LC_MESSAGES or LANG)\n  Exit code: 0 imported (warnings, such as clamped scores, go to stderr), 1 the diagram has errors (printed\n  with their line numbers), 2 usage error, unreadable file or existing output file.\n');
}

/** Parsed arguments of `import`. */
export interface ImportArgs { file: string; output?: string }

/** Parses the arguments of `import`. */
export function parseImportArgs(args: string[]): ImportArgs {
  const files: string[] = [];
  let output: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-o' || arg === '--output') {
      output = args[++i];
      if (output === undefined || output.startsWith('-')) throw new UsageError(t('{0} needs a file name.', arg));
    } else if (arg.startsWith('--output=')) output = arg.slice('--output='.length);
    else if (arg.startsWith('-')) throw new UsageError(t('unknown option "{0}".', arg));
    else files.push(arg);
  }
  if (files.length !== 1) throw new UsageError(files.length ? t('give one diagram file.') : t('no diagram file given.'));
  return { file: files[0], output };
}

function report(file: string, severity: 'error' | 'warning', problems: MermaidProblem[]): string {
  return problems.map((p) => `${file}:${p.line}: ${severity} ${p.message}\n`).join('');
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { file, output } = parseImportArgs(args);
  let text: string;
  try {
    text = (await readFile(resolve(io.cwd, file), 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    io.stderr(`cjm import: ${t('cannot read {0}: {1}', file, error instanceof Error ? error.message : String(error))}\n`);
    return EXIT_USAGE;
  }
  const { journey, errors, warnings } = readMermaidJourney(text);
  io.stderr(report(file, 'error', errors) + report(file, 'warning', warnings));
  if (errors.length) {
    io.stderr(`cjm import: ${tPlural(errors.length, '{0} has {1} error; nothing imported.', '{0} has {1} errors; nothing imported.', file, errors.length)}\n`);
    return EXIT_PROBLEMS;
  }
  const yaml = journeyYaml(journey);
  if (output === undefined || output === '-') {
    io.stdout(yaml);
    return EXIT_OK;
  }
  const target = resolve(io.cwd, output);
  if (existsSync(target)) {
    io.stderr(`cjm import: ${t('{0} already exists; choose another file name.', output)}\n`);
    return EXIT_USAGE;
  }
  await writeFile(target, yaml, { encoding: 'utf8', flag: 'wx' });
  return EXIT_OK;
}

/** The `import` subcommand. */
export const importCommand: CliCommand = { summary: () => t('Import a Mermaid journey diagram as a new map.'), usage, run };
