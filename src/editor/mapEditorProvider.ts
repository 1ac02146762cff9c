/** The `cjm.mapEditor` custom text editor: sets up each panel and hands it to its document's session. */
import * as vscode from 'vscode';
import type { DocumentSessions } from './sessions';
import { webviewHtml, webviewOptions } from './webviewHtml';

/** Resolves map editor panels; the text document stays the single source of truth. */
export class MapEditorProvider implements vscode.CustomTextEditorProvider {
  /** The view type declared in package.json. */
  static readonly viewType = 'cjm.mapEditor';

  private constructor(private readonly extensionUri: vscode.Uri, private readonly sessions: DocumentSessions) {}

  /** Registers the provider; several map editors may show one document (split editors). */
  static register(context: vscode.ExtensionContext, sessions: DocumentSessions): void {
    context.subscriptions.push(vscode.window.registerCustomEditorProvider(
      MapEditorProvider.viewType,
      new MapEditorProvider(context.extensionUri, sessions),
      { supportsMultipleEditorsPerDocument: true },
    ));
  }

  /** Fills a new panel; the webview asks for its first snapshot with `ready`. */
  resolveCustomTextEditor(document: vscode.TextDocument, panel: vscode.WebviewPanel): void {
    panel.webview.options = webviewOptions(this.extensionUri);
    this.sessions.sessionFor(document).addPanel(panel);
    panel.webview.html = webviewHtml(panel.webview, this.extensionUri);
  }
}
