/**
 * Dispatches `cjm <command> ...` to the command table given by src/cli.ts.
 */
import { EXIT_OK, EXIT_USAGE, UsageError, type CliCommand, type CliIo } from './cliTypes';

/** The overall help text. */
export function helpText(commands: Record<string, CliCommand>): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const lines = Object.entries(commands).map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`);
  return `Usage: cjm <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun "cjm <command> --help" for a command's options.\n`;
}

/** Runs one command line; returns the exit code and never throws. */
export async function runCli(commands: Record<string, CliCommand>, argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout)(helpText(commands));
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command = Object.prototype.hasOwnProperty.call(commands, name) ? commands[name] : undefined;
  if (!command) {
    io.stderr(`cjm: unknown command "${name}".\n${helpText(commands)}`);
    return EXIT_USAGE;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(command.usage);
    return EXIT_OK;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`cjm ${name}: ${error.message}\n${command.usage}`);
      return EXIT_USAGE;
    }
    io.stderr(`cjm ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_USAGE;
  }
}
