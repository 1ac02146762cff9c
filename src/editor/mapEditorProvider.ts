/** The `cjm.mapEditor` custom text editor: sets up each panel and hands it to its document's session. */
import * as vscode from 'vscode';
import type { DocumentSessions } from './sessions';
import { imageRoots, mayHaveImages } from '../mapImages/editorImages';
import { ALLOW_REMOTE_IMAGES_SETTING, remoteImagesAllowed } from '../mapImages/workspaceImages';
import { webviewHtml, webviewOptions } from './webviewHtml';

/** Resolves map editor panels; the text document stays the single source of truth. */
export class MapEditorProvider implements vscode.CustomTextEditorProvider {
  /** The view type declared in package.json. */
  static readonly viewType = 'cjm.mapEditor';

  /** Open panels and their documents, to reload them when the remote-images setting (part of their CSP) changes. */
  private readonly panels = new Map<vscode.WebviewPanel, vscode.TextDocument>();

  private constructor(private readonly extensionUri: vscode.Uri, private readonly sessions: DocumentSessions) {}

  /** Registers the provider; several map editors may show one document (split editors). */
  static register(context: vscode.ExtensionContext, sessions: DocumentSessions): void {
    const provider = new MapEditorProvider(context.extensionUri, sessions);
    context.subscriptions.push(vscode.window.registerCustomEditorProvider(
      MapEditorProvider.viewType, provider, { supportsMultipleEditorsPerDocument: true },
    ), vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(ALLOW_REMOTE_IMAGES_SETTING)) provider.panels.forEach((document, panel) => provider.fillHtml(panel, document));
    }));
  }

  /** Fills a new panel; the webview asks for its first snapshot with `ready`. */
  resolveCustomTextEditor(document: vscode.TextDocument, panel: vscode.WebviewPanel): void {
    panel.webview.options = webviewOptions(this.extensionUri, mayHaveImages(document.getText()) ? imageRoots(document.uri) : []);
    this.sessions.sessionFor(document).addPanel(panel);
    this.panels.set(panel, document);
    panel.onDidDispose(() => this.panels.delete(panel));
    this.fillHtml(panel, document);
  }

  /** Sets the panel's HTML (again: the webview reloads and asks for a snapshot), with the CSP the settings call for. */
  private fillHtml(panel: vscode.WebviewPanel, document: vscode.TextDocument): void {
    panel.webview.html = webviewHtml(panel.webview, this.extensionUri, vscode.env.language, remoteImagesAllowed(document.uri));
  }
}
