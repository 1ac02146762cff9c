/**
 * `cjm render <map> --format svg|html|md|csv|mermaid [-o FILE] [--theme print]`: writes the map in a format
 * teams share, to FILE or stdout. A map with errors is not rendered: its problems go to stderr, exit 1.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { buildView } from '../core/buildView';
import { resolvedMapJson } from '../core/data/metricView';
import { exportStatic, exportText, type StaticMapRenderer } from '../core/export';
import { PRINT_THEME } from '../core/export/printTheme';
import type { JourneyView } from '../shared/viewModel';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, UsageError, type CliCommand, type CliIo } from './cliTypes';
import { resolveMapFile, type ResolvedMapFile } from './mapData';
import { formatText, reportProblems } from './validateCommand';

const FORMATS = ['svg', 'html', 'md', 'csv', 'mermaid', 'json'] as const;
type RenderFormat = (typeof FORMATS)[number];

const USAGE = `Usage: cjm render <map.cjm.yaml> --format svg|html|md|csv|mermaid|json [-o FILE]
  Renders a journey map: an SVG image, a standalone HTML page, Markdown, a CSV of touchpoints, a
  Mermaid journey diagram, or JSON (the map with each sourced metric's value, previous, delta,
  direction, date and history). Metric sources are read first. Without -o the result goes to stdout.
  Exit code: 0 rendered, 1 the map has errors (printed to stderr), 2 usage error or unreadable file.
`;

/** Parsed arguments of `render`. */
export interface RenderArgs { file: string; format: RenderFormat; output?: string }

function optionValue(args: string[], i: number, name: string): string {
  const value = args[i + 1];
  if (value === undefined || (value.startsWith('-') && value !== '-')) throw new UsageError(`${name} needs a value.`);
  return value;
}

/** Parses the arguments of `render`. */
export function parseRenderArgs(args: string[]): RenderArgs {
  let format: string | undefined;
  let output: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--format' || arg === '-f') format = optionValue(args, i++, arg);
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else if (arg === '-o' || arg === '--output') output = optionValue(args, i++, arg);
    else if (arg.startsWith('--output=')) output = arg.slice('--output='.length);
    else if (arg.startsWith('-')) throw new UsageError(`unknown option "${arg}".`);
    else files.push(arg);
  }
  if (files.length !== 1) throw new UsageError(files.length ? 'give one map file.' : 'no map file given.');
  if (format === undefined) throw new UsageError('--format is required.');
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${format}".`);
  return { file: files[0], format: format as RenderFormat, output };
}

/** The map editor's CSS: beside the bundled CLI (dist/webview/main.css), else the source (webview/styles.css). */
async function mapEditorCss(): Promise<string> {
  const candidates = [join(__dirname, 'webview', 'main.css'), join(__dirname, '..', 'webview', 'styles.css'), join(__dirname, '..', '..', 'webview', 'styles.css')];
  const found = candidates.find((file) => existsSync(file));
  return found ? readFile(found, 'utf8') : '';
}

async function render(view: JourneyView, format: RenderFormat, resolved: ResolvedMapFile): Promise<string> {
  if (format === 'json') {
    const map = resolvedMapJson(resolved.analysis.model!, resolved.data.metrics);
    return `${JSON.stringify({ file: view.fileName, mapId: view.mapId, map }, null, 2)}\n`;
  }
  if (format !== 'svg' && format !== 'html') return exportText(view, format);
  const renderer: StaticMapRenderer = await import('#static-map');
  return exportStatic(view, format, { renderer, css: await mapEditorCss(), theme: PRINT_THEME, footer: view.fileName });
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { file, format, output } = parseRenderArgs(args);
  let text: string;
  try {
    text = (await readFile(resolve(io.cwd, file), 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    io.stderr(`cjm render: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_USAGE;
  }
  const resolved = await resolveMapFile(file, text, io.cwd);
  const view = buildView(resolved.analysis, basename(file), resolved.data.metrics);
  if (!view || resolved.problems.some((p) => p.severity === 'error')) {
    io.stderr(formatText(reportProblems(file, text, resolved.problems).filter((p) => p.severity === 'error')));
    io.stderr(`cjm render: ${file} has errors; nothing rendered.\n`);
    return EXIT_PROBLEMS;
  }
  const result = await render(view, format, resolved);
  if (output === undefined || output === '-') io.stdout(result);
  else await writeFile(resolve(io.cwd, output), result, 'utf8');
  return EXIT_OK;
}

/** The `render` subcommand. */
export const renderCommand: CliCommand = { summary: 'Render a map to SVG, HTML, Markdown, CSV or Mermaid.', usage: USAGE, run };
