/** CodeLens on each touchpoint of a map: how many places in code reference it; a click lists them. */
import * as vscode from 'vscode';
import { getAnalysisAsync } from '../host/analysisCache';
import { toRange } from '../language/textRanges';
import { referenceRange } from './documentReferences';
import type { WorkspaceIndex } from './workspaceIndex';
import { t, tPlural } from '../core/l10n/translate';

/** A lens that knows which touchpoint it counts, resolved once the index has read the sources. */
class TouchpointLens extends vscode.CodeLens {
  constructor(range: vscode.Range, readonly mapUri: vscode.Uri, readonly mapId: string, readonly touchpointId: string) {
    super(range);
  }
}

/** The title of a count. */
export function countTitle(count: number): string {
  return count === 0 ? t('no code references') : tPlural(count, '{0} code reference', '{0} code references', count);
}

/** CodeLens provider for `*.cjm.yaml`. */
export class MapCodeLensProvider implements vscode.CodeLensProvider<TouchpointLens> {
  /** Fires when the index changes, so counts follow the code. */
  readonly onDidChangeCodeLenses: vscode.Event<void>;

  constructor(private readonly index: WorkspaceIndex) {
    this.onDidChangeCodeLenses = index.onDidChange;
  }

  /** Registers the provider for the `cjm` language. */
  static register(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
    context.subscriptions.push(vscode.languages.registerCodeLensProvider({ language: 'cjm' }, new MapCodeLensProvider(index)));
  }

  /** One unresolved lens per touchpoint declaration (cheap: no index needed yet). */
  async provideCodeLenses(document: vscode.TextDocument): Promise<TouchpointLens[]> {
    const analysis = await getAnalysisAsync(document);
    const mapId = analysis.mapId;
    if (mapId === undefined) return [];
    return analysis.index.declarations
      .filter((d) => d.kind === 'touchpoint')
      .map((d) => new TouchpointLens(toRange(document, d.offset, d.length), document.uri, mapId, d.id));
  }

  /** Counts the touchpoint's references, reading the workspace on first need. */
  async resolveCodeLens(lens: TouchpointLens): Promise<TouchpointLens> {
    const store = await this.index.all();
    const found = store.referencesTo(lens.mapId, lens.touchpointId);
    const locations = found.map(({ file, reference }) => new vscode.Location(vscode.Uri.parse(file), referenceRange(reference)));
    lens.command = locations.length === 0
      ? { title: countTitle(0), command: '' }
      : { title: countTitle(locations.length), command: 'editor.action.showReferences', arguments: [lens.mapUri, lens.range.start, locations] };
    return lens;
  }
}
