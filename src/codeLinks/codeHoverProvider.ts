/** Hover on a code reference: the touchpoint's card and a link that opens the map editor at it. */
import * as vscode from 'vscode';
import { analyze } from '../core/analyze';
import { codeReferenceProblem } from '../core/codeReferences';
import { codeSpan, escapeMarkdown } from '../core/markdownText';
import { fileNameOf } from '../host/analysisCache';
import { touchpointCard } from '../language/hoverCards';
import { looseMap } from '../language/looseMap';
import { referenceAt, referenceRange, SOURCE_SELECTOR } from './documentReferences';
import { OPEN_TOUCHPOINT, openTouchpointUri } from './openTouchpointCommand';
import { readText } from './sourceFiles';
import type { WorkspaceIndex } from './workspaceIndex';
import { t } from '../core/l10n/translate';

/** Hover provider for source files. */
export class CodeHoverProvider implements vscode.HoverProvider {
  constructor(private readonly index: WorkspaceIndex) {}

  /** Registers the provider for every file and untitled document. */
  static register(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
    context.subscriptions.push(vscode.languages.registerHoverProvider(SOURCE_SELECTOR, new CodeHoverProvider(index)));
  }

  /** The card of the touchpoint under the caret, or why the reference names nothing. */
  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const reference = referenceAt(document, position);
    if (!reference) return undefined;
    const store = await this.index.maps();
    const range = referenceRange(reference);
    const found = store.findTouchpoint(reference.mapId, reference.touchpointId)[0];
    if (!found) {
      const problem = codeReferenceProblem(reference, store);
      return problem ? new vscode.Hover(new vscode.MarkdownString().appendText(problem.message), range) : undefined;
    }
    const mapUri = vscode.Uri.parse(found.file);
    const text = await readText(mapUri);
    const card = text === undefined ? undefined : touchpointCard(looseMap(analyze(text, { fileName: fileNameOf(mapUri) })), reference.touchpointId);
    const markdown = new vscode.MarkdownString(card ?? t('Touchpoint {0}', codeSpan(reference.touchpointId)));
    markdown.appendMarkdown(`\n\n[${escapeMarkdown(t('Open in the map editor'))}](${openTouchpointUri(mapUri, reference.touchpointId).toString()})`);
    markdown.appendMarkdown(` · ${t('map {0} ({1})', codeSpan(reference.mapId), escapeMarkdown(vscode.workspace.asRelativePath(mapUri)))}`);
    markdown.isTrusted = { enabledCommands: [OPEN_TOUCHPOINT] };
    markdown.supportHtml = false;
    return new vscode.Hover(markdown, range);
  }
}
