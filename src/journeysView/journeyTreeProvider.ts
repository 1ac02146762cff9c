/**
 * The "Journey Maps" view in the Explorer: every map of the workspace → its stages → their touchpoints, from
 * the workspace index, refreshed whenever the index changes. A click opens the map editor at the element.
 */
import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../codeLinks/workspaceIndex';
import { childNodes, mapNodes, nodeOffset, nodeText, type JourneyNode } from './journeyNodes';
import { t } from '../core/l10n/translate';

/** The view's id (package.json `contributes.views`). */
export const JOURNEY_VIEW_ID = 'journeyMaps.mapsView';
/** The command a click on a node runs. */
export const OPEN_NODE_COMMAND = 'cjm.mapsView.open';

const ICONS: Record<JourneyNode['kind'], string> = { map: 'map', stage: 'milestone', touchpoint: 'circle-filled' };

/** Tree data provider of the Journey Maps view. */
export class JourneyTreeProvider implements vscode.TreeDataProvider<JourneyNode> {
  private readonly changed = new vscode.EventEmitter<JourneyNode | undefined>();
  /** Fires when the index changed: the whole tree is read again. */
  readonly onDidChangeTreeData = this.changed.event;
  private codeReferencesRead = false;

  constructor(private readonly index: WorkspaceIndex) {}

  /** Registers the view and refreshes it on every index change. */
  static register(context: vscode.ExtensionContext, index: WorkspaceIndex): JourneyTreeProvider {
    const provider = new JourneyTreeProvider(index);
    const view = vscode.window.createTreeView(JOURNEY_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
    context.subscriptions.push(view, provider.changed, index.onDidChange(() => provider.changed.fire(undefined)));
    return provider;
  }

  /** The maps (top level) or a node's children. */
  async getChildren(node?: JourneyNode): Promise<JourneyNode[]> {
    const store = await this.index.maps();
    if (!node) {
      this.readCodeReferencesOnce();
      return mapNodes(store.mapFiles());
    }
    const counts = node.map.mapId !== undefined && this.index.hasSources ? store.countsFor(node.map.mapId) : new Map<string, number>();
    return childNodes(node, (id) => counts.get(id) ?? 0);
  }

  /** The tree item of a node: label, counts beside it, icon, and the click that opens the map editor there. */
  getTreeItem(node: JourneyNode): vscode.TreeItem {
    const uri = vscode.Uri.parse(node.file);
    const text = nodeText(node, vscode.workspace.asRelativePath(uri));
    const collapsible = node.kind === 'touchpoint' ? vscode.TreeItemCollapsibleState.None : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(text.label, collapsible);
    item.id = `${node.file}#${node.kind}:${node.kind === 'map' ? '' : node.kind === 'stage' ? node.stage.id : node.touchpoint.id}`;
    item.description = text.description;
    item.tooltip = text.tooltip;
    item.resourceUri = node.kind === 'map' ? uri : undefined;
    item.iconPath = new vscode.ThemeIcon(ICONS[node.kind]);
    item.contextValue = `cjm.${node.kind}`;
    item.command = { command: OPEN_NODE_COMMAND, title: t('Open in Map Editor'), arguments: [node.file, nodeOffset(node)] };
    return item;
  }

  /** Code reference counts need every source file read: start that once, after the maps show. */
  private readCodeReferencesOnce(): void {
    if (this.codeReferencesRead) return;
    this.codeReferencesRead = true;
    // The index fires onDidChange when the sources are read; only a failure needs handling here.
    this.index.all().catch((error: unknown) => void vscode.window.showErrorMessage(t('Journey Maps could not read code references: {0}', String(error))));
  }
}
