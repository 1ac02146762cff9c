/**
 * `cjm import <diagram.mmd|.md> [-o map.cjm.yaml]`: a Mermaid `journey` diagram (or the first one in a
 * Markdown file) becomes a new map, read as Mermaid reads it. The same reading as the VS Code command.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { journeyYaml, readMermaidJourney, type MermaidProblem } from '../core/import/mermaidImport';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, UsageError, type CliCommand, type CliIo } from './cliTypes';

const USAGE = `Usage: cjm import <diagram.mmd> [-o map.cjm.yaml]
  Turns a Mermaid journey diagram (a .mmd file, or the first \`\`\`mermaid journey block of a Markdown file)
  into a journey map: sections become stages, tasks touchpoints (emotion = score - 3), actors personas.
  Without -o the map goes to stdout; -o never overwrites an existing file.
  Exit code: 0 imported (warnings, such as clamped scores, go to stderr), 1 the diagram has errors (printed
  with their line numbers), 2 usage error, unreadable file or existing output file.
`;

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
      if (output === undefined || output.startsWith('-')) throw new UsageError(`${arg} needs a file name.`);
    } else if (arg.startsWith('--output=')) output = arg.slice('--output='.length);
    else if (arg.startsWith('-')) throw new UsageError(`unknown option "${arg}".`);
    else files.push(arg);
  }
  if (files.length !== 1) throw new UsageError(files.length ? 'give one diagram file.' : 'no diagram file given.');
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
    io.stderr(`cjm import: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_USAGE;
  }
  const { journey, errors, warnings } = readMermaidJourney(text);
  io.stderr(report(file, 'error', errors) + report(file, 'warning', warnings));
  if (errors.length) {
    io.stderr(`cjm import: ${file} has ${errors.length} error(s); nothing imported.\n`);
    return EXIT_PROBLEMS;
  }
  const yaml = journeyYaml(journey);
  if (output === undefined || output === '-') {
    io.stdout(yaml);
    return EXIT_OK;
  }
  const target = resolve(io.cwd, output);
  if (existsSync(target)) {
    io.stderr(`cjm import: ${output} already exists; choose another file name.\n`);
    return EXIT_USAGE;
  }
  await writeFile(target, yaml, { encoding: 'utf8', flag: 'wx' });
  return EXIT_OK;
}

/** The `import` subcommand. */
export const importCommand: CliCommand = { summary: 'Import a Mermaid journey diagram as a new map.', usage: USAGE, run };
