/**
 * The `cjm` command line (bundled to dist/cli.js): validates, renders, compares and imports journey maps, for CI pipelines.
 * Each subcommand lives in src/cli/ and is registered in COMMANDS with one line.
 */
import type { CliCommand } from './cli/cliTypes';
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

runCli(COMMANDS, process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
}).then((code) => {
  process.exitCode = code;
});
