/**
 * Dispatches `cjm <command> ...` to the command table given by src/cli.ts, in the language of `--locale` (or of the
 * environment).
 */
import { setActiveLocale, t } from '../core/l10n/translate';
import { takeLocale } from './cliLocale';
import { EXIT_OK, EXIT_USAGE, UsageError, type CliCommand, type CliIo } from './cliTypes';

/** The overall help text, in the active language. */
export function helpText(commands: Record<string, CliCommand>): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const lines = Object.entries(commands).map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary()}`);
  return t('Usage: cjm <command> [options] [--locale en|ru|pl|lv]\n\nCommands:\n{0}\n\nRun "cjm <command> --help" for a command’s options. --locale sets the language of messages (default: LC_ALL, LC_MESSAGES or LANG).\n', lines.join('\n'));
}

/** Runs one command line; returns the exit code and never throws. Sets the active language for the run. */
export async function runCli(commands: Record<string, CliCommand>, argv: string[], io: CliIo): Promise<number> {
  let args: string[];
  try {
    const choice = takeLocale(argv, io.env ?? {});
    setActiveLocale(choice.locale);
    args = choice.args;
  } catch (error) {
    io.stderr(`cjm: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_USAGE;
  }
  return runCommand(commands, args, io);
}

async function runCommand(commands: Record<string, CliCommand>, argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout)(helpText(commands));
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command = Object.prototype.hasOwnProperty.call(commands, name) ? commands[name] : undefined;
  if (!command) {
    io.stderr(`cjm: ${t('unknown command "{0}".', name)}\n${helpText(commands)}`);
    return EXIT_USAGE;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(command.usage());
    return EXIT_OK;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`cjm ${name}: ${error.message}\n${command.usage()}`);
      return EXIT_USAGE;
    }
    io.stderr(`cjm ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_USAGE;
  }
}
