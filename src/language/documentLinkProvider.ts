/** Document links: `links:` open in the browser (http and https only); `code:` paths open the file, at a line for #L12, at a symbol for #name. */
import * as vscode from 'vscode';
import { codeEntriesOf, isWebLink, linkEntries, parseCodeTarget } from '../core/positionLinks';
import { getAnalysisAsync } from '../host/analysisCache';
import { codeRoot } from './codePathCheck';
import { toRange } from './textRanges';
import { t } from '../core/l10n/translate';

/** The id of the command a `code: path#symbol` link runs (registered by src/codeLinks/openSymbolCommand.ts). */
export const OPEN_SYMBOL = 'cjm.codeLinks.openSymbol';

/** A `command:` URI (for a document link) that opens `file` at `symbol`. */
export function openSymbolUri(file: vscode.Uri, symbol: string): vscode.Uri {
  return vscode.Uri.parse(`command:${OPEN_SYMBOL}?${encodeURIComponent(JSON.stringify([file.toString(), symbol]))}`);
}

/** What a `code:` link's tooltip says it opens: the file, at a line or at a symbol. */
function codeLinkTooltip(file: string, line: number | undefined, symbol: string | undefined): string {
  if (line) return t('Open {0} at line {1}', file, line);
  return symbol ? t('Open {0} at {1}', file, symbol) : t('Open {0}', file);
}

/** Document link provider for `*.cjm.yaml`. */
export class MapDocumentLinkProvider implements vscode.DocumentLinkProvider {
  /** Registers the provider for the `cjm` language. */
  static register(context: vscode.ExtensionContext): void {
    context.subscriptions.push(vscode.languages.registerDocumentLinkProvider({ language: 'cjm' }, new MapDocumentLinkProvider()));
  }

  /** The web links and code links of every touchpoint. */
  async provideDocumentLinks(document: vscode.TextDocument): Promise<vscode.DocumentLink[]> {
    const analysis = await getAnalysisAsync(document);
    const links: vscode.DocumentLink[] = [];
    for (const entry of linkEntries(analysis.doc, analysis.text)) {
      if (!isWebLink(entry.value)) continue;
      const link = new vscode.DocumentLink(toRange(document, entry.offset, entry.length), vscode.Uri.parse(entry.value.trim(), true));
      link.tooltip = t('Open in the browser');
      links.push(link);
    }
    const root = codeRoot(document.uri);
    for (const entry of codeEntriesOf(analysis)) {
      const target = parseCodeTarget(entry.value);
      if (!target.file || /^[a-z][a-z0-9+.-]*:/i.test(target.file)) continue;
      let uri = vscode.Uri.joinPath(root, target.file);
      if (target.line) uri = uri.with({ fragment: `L${target.line}${target.endLine ? `-L${target.endLine}` : ''}` });
      else if (target.symbol) uri = openSymbolUri(uri, target.symbol);
      const link = new vscode.DocumentLink(toRange(document, entry.offset, entry.length), uri);
      link.tooltip = codeLinkTooltip(target.file, target.line, target.symbol);
      links.push(link);
    }
    return links;
  }
}
