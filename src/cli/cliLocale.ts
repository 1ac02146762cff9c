/**
 * `--locale ru|pl|lv|en`, accepted before or after the subcommand: the language of every message the command
 * line prints. Without it, the language of the environment (`LC_ALL`, `LC_MESSAGES`, `LANG`).
 */
import { environmentLocale, isLocale, LOCALES, type Locale } from '../core/l10n/locales';
import { t } from '../core/l10n/translate';
import { UsageError } from './cliTypes';

/** The arguments without `--locale`, and the language they ask for (from the environment when they do not). */
export interface LocaleChoice {
  locale: Locale;
  args: string[];
}

/** Takes `--locale X` or `--locale=X` out of the arguments (up to a `--`); an unknown language is a UsageError. */
export function takeLocale(argv: readonly string[], env: Record<string, string | undefined>): LocaleChoice {
  const args: string[] = [];
  let chosen: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      args.push(...argv.slice(i));
      break;
    }
    if (arg === '--locale') {
      chosen = argv[++i] ?? '';
    } else if (arg.startsWith('--locale=')) {
      chosen = arg.slice('--locale='.length);
    } else {
      args.push(arg);
    }
  }
  if (chosen === undefined) return { locale: environmentLocale(env), args };
  if (!isLocale(chosen)) throw new UsageError(t('unknown --locale {0}: use one of {1}.', JSON.stringify(chosen), LOCALES.join(', ')));
  return { locale: chosen, args };
}
