/**
 * `cjm render <map> --format svg|png|pdf|html|md|csv|mermaid|json [-o FILE] [--scale N] [--page fit|a4|a3]`:
 * writes the map in a format teams share, to FILE or stdout (PNG and PDF to a file). A map with errors is not
 * rendered: its problems go to stderr, exit 1.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { finishProblems } from '../core/analyze';
import { buildView } from '../core/buildView';
import { resolvedMapJson } from '../core/data/metricView';
import { exportBinary, exportHtml, exportSvg, exportText, type StaticMapRenderer } from '../core/export';
import { PAGE_SIZES, type PageSize } from '../core/export/binary/pagePlan';
import { PRINT_THEME } from '../core/export/printTheme';
import type { JourneyView } from '../shared/viewModel';
import { t } from '../core/l10n/translate';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, UsageError, type CliCommand, type CliIo } from './cliTypes';
import { readExportAssets } from './exportAssets';
import { resolveMapFile, type ResolvedMapFile } from './mapData';
import { catalogForMap, withSharedPersonas } from './sharedPersonaFiles';
import { embedMapImages } from '../core/images/imageFiles';
import { fsImageReader } from './imageFiles';
import { formatText, reportProblems } from './reportedProblems';

const FORMATS = ['svg', 'png', 'pdf', 'html', 'md', 'csv', 'mermaid', 'json'] as const;
type RenderFormat = (typeof FORMATS)[number];

function usage(): string {
  return t('Usage: cjm render <map.cjm.yaml> --format svg|png|pdf|html|md|csv|mermaid|json [-o FILE]\n                  [--scale N] [--page fit|a4|a3] [--allow-remote-images]\n  Renders a journey map: an SVG or PNG image, a PDF, a standalone HTML page, Markdown, a CSV of\n  touchpoints, a Mermaid journey diagram, or JSON (the map with each sourced metric’s value, previous,\n  delta, direction, date and history). Metric sources are read first. Without -o the result goes to\n  stdout (PNG and PDF need -o).\n  --scale N   PNG only: pixels per map pixel, from 0.25 to 8 (default 1; 2 for sharp slides).\n  --page P    PDF only: fit (one page the size of the map, the default), a4 or a3 (landscape pages,\n              stage headers repeated on each).\n  --allow-remote-images  download https:// persona photos and stage frames and embed them; without it\n              they are drawn as placeholders (workspace image files are always embedded).\n  --locale L  the language of messages: en, ru, pl or lv (default from LC_ALL, LC_MESSAGES or LANG)\n  Exit code: 0 rendered, 1 the map has errors (printed to stderr), 2 usage error or unreadable file.\n');
}

/** Parsed arguments of `render`. */
export interface RenderArgs { file: string; format: RenderFormat; output?: string; scale?: number; page?: PageSize; allowRemoteImages?: boolean }

function optionValue(args: string[], i: number, name: string): string {
  const value = args[i + 1];
  if (value === undefined || (value.startsWith('-') && value !== '-')) throw new UsageError(t('{0} needs a value.', name));
  return value;
}

const OPTIONS: Record<string, string> = { '--format': 'format', '-f': 'format', '--output': 'output', '-o': 'output', '--scale': 'scale', '--page': 'page' };
/** Options without a value. */
const FLAGS: Record<string, string> = { '--allow-remote-images': 'allowRemoteImages' };

/** The options given, by name, and the other arguments. */
function readOptions(args: string[]): { options: Record<string, string>; files: string[] } {
  const options: Record<string, string> = {};
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const name = Object.prototype.hasOwnProperty.call(OPTIONS, flag) ? OPTIONS[flag] : undefined;
    if (Object.prototype.hasOwnProperty.call(FLAGS, arg)) options[FLAGS[arg]] = 'true';
    else if (name) options[name] = inline ?? optionValue(args, i++, arg);
    else if (arg.startsWith('-')) throw new UsageError(t('unknown option "{0}".', arg));
    else files.push(arg);
  }
  return { options, files };
}

function scaleOf(text: string | undefined, format: RenderFormat): number | undefined {
  if (text === undefined) return undefined;
  if (format !== 'png') throw new UsageError(t('--scale applies to --format png only.'));
  const scale = Number(text);
  if (!(scale >= 0.25 && scale <= 8)) throw new UsageError(t('--scale must be a number from 0.25 to 8, not {0}.', JSON.stringify(text)));
  return scale;
}

function pageOf(text: string | undefined, format: RenderFormat): PageSize | undefined {
  if (text === undefined) return undefined;
  if (format !== 'pdf') throw new UsageError(t('--page applies to --format pdf only.'));
  if (!(PAGE_SIZES as readonly string[]).includes(text)) throw new UsageError(t('--page must be one of {0}, not {1}.', PAGE_SIZES.join(', '), JSON.stringify(text)));
  return text as PageSize;
}

/** Parses the arguments of `render`. */
export function parseRenderArgs(args: string[]): RenderArgs {
  const { options, files } = readOptions(args);
  const { format, output } = options;
  if (files.length !== 1) throw new UsageError(files.length ? t('give one map file.') : t('no map file given.'));
  if (format === undefined) throw new UsageError(t('--format is required.'));
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(t('--format must be one of {0}, not {1}.', FORMATS.join(', '), JSON.stringify(format)));
  const typed = format as RenderFormat;
  if ((typed === 'png' || typed === 'pdf') && (output === undefined || output === '-')) throw new UsageError(t('--format {0} writes a file: give -o FILE.', typed));
  const parsed: RenderArgs = { file: files[0], format: typed, output };
  const scale = scaleOf(options.scale, typed);
  const page = pageOf(options.page, typed);
  if (scale !== undefined) parsed.scale = scale;
  if (page !== undefined) parsed.page = page;
  if (options.allowRemoteImages) parsed.allowRemoteImages = true;
  return parsed;
}

/** The map editor's CSS: beside the bundled CLI (dist/webview/main.css), else the source (webview/styles.css). */
async function mapEditorCss(): Promise<string> {
  const candidates = [join(__dirname, 'webview', 'main.css'), join(__dirname, '..', 'webview', 'styles.css'), join(__dirname, '..', '..', 'webview', 'styles.css')];
  const found = candidates.find((file) => existsSync(file));
  return found ? readFile(found, 'utf8') : '';
}

async function render(view: JourneyView, args: RenderArgs, resolved: ResolvedMapFile): Promise<string | Uint8Array> {
  const { format } = args;
  if (format === 'json') {
    const map = resolvedMapJson(resolved.analysis.model!, resolved.data.metrics);
    return `${JSON.stringify({ file: view.fileName, mapId: view.mapId, map }, null, 2)}\n`;
  }
  if (format === 'svg') return exportSvg(view, { footer: view.fileName });
  if (format === 'png' || format === 'pdf') {
    return exportBinary(view, format, { footer: view.fileName, scale: args.scale, page: args.page, loadAssets: readExportAssets });
  }
  if (format !== 'html') return exportText(view, format);
  const renderer: StaticMapRenderer = await import('#static-map');
  return exportHtml(view, { renderer, css: await mapEditorCss(), theme: PRINT_THEME, footer: view.fileName });
}

/** The map with its shared personas inlined from the workspace's personas files (an unknown one is an error). */
async function resolvedWithSharedPersonas(resolved: ResolvedMapFile, io: CliIo): Promise<ResolvedMapFile> {
  const shared = withSharedPersonas(resolved.analysis, await catalogForMap(resolved.analysis, io));
  if (shared.analysis === resolved.analysis) return resolved;
  return { ...resolved, analysis: shared.analysis, problems: finishProblems([...resolved.problems, ...shared.problems], resolved.analysis.text) };
}

async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseRenderArgs(args);
  const { file, output } = parsed;
  let text: string;
  try {
    text = (await readFile(resolve(io.cwd, file), 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    io.stderr(`cjm render: ${t('cannot read {0}: {1}', file, error instanceof Error ? error.message : String(error))}\n`);
    return EXIT_USAGE;
  }
  const resolved = await resolvedWithSharedPersonas(await resolveMapFile(file, text, io.cwd), io);
  const view = buildView(resolved.analysis, basename(file), resolved.data.metrics);
  if (!view || resolved.problems.some((p) => p.severity === 'error')) {
    io.stderr(formatText(reportProblems(file, text, resolved.problems).filter((p) => p.severity === 'error')));
    io.stderr(`cjm render: ${t('{0} has errors; nothing rendered.', file)}\n`);
    return EXIT_PROBLEMS;
  }
  if (['svg', 'png', 'pdf', 'html'].includes(parsed.format)) {
    view.images = await embedMapImages(view.map, resolved.location, fsImageReader(parsed.allowRemoteImages), (value, error) =>
      io.stderr(`cjm render: the image ${value} could not be embedded (${error instanceof Error ? error.message : String(error)}); a placeholder is drawn.\n`));
  }
  const result = await render(view, parsed, resolved);
  if (output === undefined || output === '-') io.stdout(typeof result === 'string' ? result : '');
  else await writeFile(resolve(io.cwd, output), result);
  return EXIT_OK;
}

/** The `render` subcommand. */
export const renderCommand: CliCommand = { summary: () => t('Render a map to SVG, PNG, PDF, HTML, Markdown, CSV, Mermaid or resolved JSON.'), usage, run };
