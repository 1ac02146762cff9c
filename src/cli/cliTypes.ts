/**
 * What every `cjm` subcommand shares: its shape and the streams it writes to (injectable for tests).
 */
import type { SearchFileSystem } from './findMapFiles';

/** Where a command writes; process.stdout/stderr in the real CLI, buffers in tests. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Folder relative paths are resolved against. */
  cwd: string;
  /** The file system folders are searched with; node:fs when absent. */
  fileSystem?: SearchFileSystem;
  /** The environment the default language is read from (`LC_ALL`, `LC_MESSAGES`, `LANG`); English when absent. */
  env?: Record<string, string | undefined>;
}

/** A subcommand of `cjm`: `run` returns the exit code (0 ok, 1 problems found, 2 usage or I/O error). */
export interface CliCommand {
  /** One line for `cjm --help`, in the active language. */
  summary(): string;
  /** Usage lines, printed on `--help` and after a usage error, in the active language. */
  usage(): string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** Exit codes of the CLI. */
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

/** A usage error: its message goes to stderr with the command's usage, and the exit code is 2. */
export class UsageError extends Error {}
