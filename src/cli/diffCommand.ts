/**
 * `cjm diff <old> <new> [--format text|md|json]`: what changed between two versions of a map. Each side is a file
 * or `REF:path`, read with `git show REF:path` in the current folder's repository. Exit 0 when the maps hold the
 * same data, 1 when they differ, 2 on a usage error or a side that cannot be read or does not parse (as diff(1)).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatChangesText, namesOf } from '../core/diff/describe';
import { diffTexts } from '../core/diff/diffTexts';
import { formatChangesMarkdown } from '../core/diff/markdown';
import { t } from '../core/l10n/translate';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, UsageError, type CliCommand, type CliIo } from './cliTypes';
import { reasonOf } from './findMapFiles';

const FORMATS = ['text', 'md', 'json'] as const;
type DiffFormat = (typeof FORMATS)[number];

function usage(): string {
  return t('Usage: cjm diff <old> <new> [--format text|md|json]\n  Compares two versions of a journey map, matching elements by id. Each side is a file, or REF:path for the\n  version of path at a git commit, branch or tag (read with "git show REF:path"; "REF:./path" is relative to\n  the current folder, as in git).\n  --format text   one line per change: + added, - removed, ~ changed, > moved, = renamed (default)\n  --format md     a summary and a section per stage, for a pull-request comment\n  --format json   {"old", "new", "changes": [{kind, type, id, stage?, touchpoint?, field?, persona?, old, new}]}\n  --locale L      the language of messages: en, ru, pl or lv (default from LC_ALL, LC_MESSAGES or LANG)\n  Exit code: 0 the maps are the same, 1 they differ, 2 usage error or a side that cannot be read or parsed.\n');
}

/** Parsed arguments of `diff`. */
export interface DiffArgs { oldSide: string; newSide: string; format: DiffFormat }

/** Parses the arguments of `diff`. */
export function parseDiffArgs(args: string[]): DiffArgs {
  let format: string = 'text';
  const sides: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--format' || arg === '-f') {
      if (args[i + 1] === undefined) throw new UsageError(t('{0} needs a value.', arg));
      format = args[++i];
    } else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(t('unknown option "{0}".', arg));
    else sides.push(arg);
  }
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(t('--format must be one of {0}, not {1}.', FORMATS.join(', '), JSON.stringify(format)));
  if (sides.length !== 2) throw new UsageError(t('give two maps to compare (files or REF:path), not {0}.', sides.length));
  return { oldSide: sides[0], newSide: sides[1], format: format as DiffFormat };
}

/** `REF:path` when the argument is not an existing file and has a ref before a colon (not a drive letter). */
function gitSpec(side: string, cwd: string): { ref: string; path: string } | null {
  const colon = side.indexOf(':');
  if (colon <= 0 || existsSync(resolve(cwd, side))) return null;
  if (colon === 1 && /^[A-Za-z]:[\\/]/.test(side)) return null;
  return { ref: side.slice(0, colon), path: side.slice(colon + 1) };
}

function gitShow(spec: string, cwd: string): Promise<string> {
  return new Promise((done, fail) => {
    execFile('git', ['show', spec], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (!error) done(stdout);
      else if ((error as { code?: unknown }).code === 'ENOENT') fail(new Error(t('git is not installed (needed for REF:path)')));
      else fail(new Error(stderr.trim().split('\n')[0] || error.message));
    });
  });
}

/** The text of one side: a file, or a version from git. */
export async function readSide(side: string, cwd: string): Promise<string> {
  const spec = gitSpec(side, cwd);
  const text = spec ? await gitShow(`${spec.ref}:${spec.path}`, cwd) : await readFile(resolve(cwd, side), 'utf8');
  return text.replace(/^\uFEFF/, '');
}

async function readOrReport(side: string, io: CliIo): Promise<string | null> {
  try {
    return await readSide(side, io.cwd);
  } catch (error) {
    io.stderr(`cjm diff: ${t('cannot read {0}: {1}', side, error instanceof Error && !('code' in error) ? error.message : reasonOf(error))}\n`);
    return null;
  }
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { oldSide, newSide, format } = parseDiffArgs(args);
  const oldText = await readOrReport(oldSide, io);
  const newText = await readOrReport(newSide, io);
  if (oldText === null || newText === null) return EXIT_USAGE;
  const diff = diffTexts({ label: oldSide, text: oldText }, { label: newSide, text: newText });
  if (!diff.ok) {
    io.stderr(`${diff.error}\n`);
    return EXIT_USAGE;
  }
  const names = namesOf(diff.old, diff.new);
  if (format === 'json') io.stdout(`${JSON.stringify({ old: oldSide, new: newSide, changes: diff.changes }, null, 2)}\n`);
  else if (format === 'md') io.stdout(formatChangesMarkdown(diff.changes, names, oldSide, newSide));
  else io.stdout(formatChangesText(diff.changes, names));
  return diff.changes.length === 0 ? EXIT_OK : EXIT_PROBLEMS;
}

/** The `diff` subcommand. */
export const diffCommand: CliCommand = { summary: () => t('Show what changed between two versions of a map (files or git REF:path).'), usage, run };
