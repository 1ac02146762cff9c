/**
 * The `cjm` command line (bundled to dist/cli.js): validates, renders, compares and imports journey maps, for CI pipelines.
 * Each subcommand lives in src/cli/ and is registered in COMMANDS with one line.
 */
import { EXIT_USAGE, type CliCommand } from './cli/cliTypes';
import { pipeWriter } from './cli/pipeWriter';
import { runCli } from './cli/runCli';
import { validateCommand } from './cli/validateCommand';
import { renderCommand } from './cli/renderCommand';
import { diffCommand } from './cli/diffCommand';
import { importCommand } from './cli/importCommand';

/** Every subcommand by name. */
const COMMANDS: Record<string, CliCommand> = {
  validate: validateCommand,
  render: renderCommand,
  diff: diffCommand,
  import: importCommand,
};

// A failing stderr has nowhere left to report to; the exit code still tells.
const stderr = pipeWriter(process.stderr, () => {
  process.exitCode = EXIT_USAGE;
});
const stdout = pipeWriter(process.stdout, (message) => {
  stderr(message);
  process.exitCode = EXIT_USAGE;
});

runCli(COMMANDS, process.argv.slice(2), { stdout, stderr, cwd: process.cwd(), env: process.env }).then((code) => {
  process.exitCode = Math.max(code, Number(process.exitCode ?? 0));
});
