/** Hover on a `journey:` value: the target map's title, stages and average emotion. */
import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../codeLinks/workspaceIndex';
import { codeSpan, escapeMarkdown } from '../core/markdownText';
import { journeyLinkAt, journeyTargets } from './journeyLinkAt';
import { journeySummaryLines } from './journeySummary';
import { t } from '../core/l10n/translate';

/** Hover provider for `journey:` links of maps. */
export class JourneyHoverProvider implements vscode.HoverProvider {
  constructor(private readonly index: WorkspaceIndex) {}

  /** Registers the provider for the `cjm` language. */
  static register(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
    context.subscriptions.push(vscode.languages.registerHoverProvider({ language: 'cjm' }, new JourneyHoverProvider(index)));
  }

  /** A card per map with the link's id (usually one), or a line saying no map has it. */
  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const at = await journeyLinkAt(document, position);
    if (!at) return undefined;
    const targets = journeyTargets(await this.index.maps(), at.link);
    const markdown = new vscode.MarkdownString();
    if (targets.length === 0) markdown.appendMarkdown(t('No map in the workspace has the id {0}.', codeSpan(at.link.mapId)));
    for (const target of targets) {
      const lines = journeySummaryLines(target.map, at.link.stageId, vscode.workspace.asRelativePath(vscode.Uri.parse(target.file)));
      markdown.appendMarkdown(lines.map((l) => escapeMarkdown(l)).map((l, i) => (i === 0 ? `**${l}**` : l)).join('\n\n'));
    }
    return new vscode.Hover(markdown, at.range);
  }
}
