/** Hover on a metric's `source:` in a map: the resolved value, its date and change, and the last few rows. */
import * as vscode from 'vscode';
import { escapeMarkdown } from '../core/markdownText';
import { changeText, formatNumber } from '../core/data/metricText';
import type { MetricData } from '../core/data/types';
import { scalarAtOffset } from '../core/position';
import type { Metric } from '../core/schema';
import type { Path } from '../core/types';
import { getAnalysisAsync } from '../host/analysisCache';
import { getMapData } from './mapDataCache';
import { t } from '../core/l10n/translate';

/** How many rows the hover lists (the latest and those just before it). */
const ROWS_SHOWN = 5;

/** Hover provider for the `source:` of metrics. */
export class SourceHoverProvider implements vscode.HoverProvider {
  /** Registers the provider for the `cjm` language. */
  static register(context: vscode.ExtensionContext): void {
    context.subscriptions.push(vscode.languages.registerHoverProvider({ language: 'cjm' }, new SourceHoverProvider()));
  }

  /** The resolved data of the metric whose `source` holds the position, if any. */
  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const analysis = await getAnalysisAsync(document);
    const scalar = scalarAtOffset(analysis.doc, document.offsetAt(position));
    const metricPath = scalar && metricPathOfSource(scalar.path);
    if (!scalar || !metricPath || !analysis.model) return undefined;
    const metric = metricAt(analysis.model, metricPath);
    if (!metric) return undefined;
    const data = (await getMapData(document)).metrics[metricPath.join('.')];
    const markdown = data ? sourceCard(metric, data) : `**${escapeMarkdown(metric.name)}**: ${t('no data read from this source; see its problem.')}`;
    const content = new vscode.MarkdownString(markdown);
    content.isTrusted = false;
    const range = new vscode.Range(document.positionAt(scalar.offset), document.positionAt(scalar.offset + scalar.length));
    return new vscode.Hover(content, range);
  }
}

/** The metric path of a path inside a metric's `source` (…, 'metrics', i, 'source', …), else null. */
function metricPathOfSource(path: Path): Path | null {
  const at = path.lastIndexOf('source');
  return at >= 2 && path[at - 2] === 'metrics' && typeof path[at - 1] === 'number' ? path.slice(0, at) : null;
}

function metricAt(map: unknown, path: Path): Metric | undefined {
  let value = map;
  for (const segment of path) value = (value as Record<string | number, unknown> | undefined)?.[segment];
  return value as Metric | undefined;
}

/** The hover's Markdown for a resolved metric. */
export function sourceCard(metric: Metric, data: MetricData): string {
  const unit = metric.unit ? ` ${escapeMarkdown(metric.unit)}` : '';
  const target = metric.target !== undefined ? ` (${t('target {0}', `${formatNumber(metric.target)}${unit}`)})` : '';
  const date = data.date ? `, ${escapeMarkdown(data.date)}` : '';
  const lines = [`**${escapeMarkdown(metric.name)}**: ${formatNumber(data.value)}${unit}${target}${date}`];
  const change = changeText(data);
  if (change) lines.push('', t('{0} since the previous row', change));
  const rows = [...data.history, { date: data.date, value: data.value }].slice(-ROWS_SHOWN).reverse();
  if (rows.length > 1) {
    lines.push('', `| ${t('date')} | ${t('value')} |`, '| --- | ---: |', ...rows.map((r) => `| ${escapeMarkdown(r.date ?? '')} | ${formatNumber(r.value)} |`));
  }
  lines.push('', t('From {0}', `\`${data.file.replace(/`/g, "'")}\``));
  return lines.join('\n');
}
