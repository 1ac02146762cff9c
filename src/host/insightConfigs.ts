/**
 * The host's side of `cjm.config.yaml`: the nearest config in a map's folder or a folder above, read through
 * `workspace.fs` (or from its open document, so edits apply as they are typed), parsed once per text, and one
 * settings object per config so insight results are reused until the config changes. Fires `onDidChange` when a
 * config appears, changes or vanishes; every consumer then re-reads the insights of its maps.
 */
import * as vscode from 'vscode';
import { configFolders, parseInsightConfig } from '../core/insights/config';
import { CONFIG_FILE_NAME } from '../core/insights/configFileName';
import { isoDate } from '../core/insights/reviewDue';
import { resolveSettings, type InsightSettings } from '../core/insights/settings';

/** A config file as read: its settings (null when there is no such file). */
type ConfigFile = { uri: vscode.Uri; settings: InsightSettings } | null;

/** Finds, reads and caches insight configs; one instance per extension host. */
export class InsightConfigs implements vscode.Disposable {
  private readonly files = new Map<string, Promise<ConfigFile>>();
  /** The settings without a config, made on first use (not at start-up, which loads no analysis code). */
  private defaults: InsightSettings | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when any config may have changed. */
  readonly onDidChange = this.changed.event;

  /** Whether a URI names a config file. */
  static isConfig(uri: vscode.Uri): boolean {
    return uri.path.endsWith(`/${CONFIG_FILE_NAME}`);
  }

  /** The settings for the map at `mapUri`: from the nearest config above it, else the defaults. */
  async settingsFor(mapUri: vscode.Uri): Promise<InsightSettings> {
    const today = isoDate(new Date());
    const start = searchStart(mapUri);
    for (const folder of start ? configFolders(start.path) : []) {
      const uri = start!.with({ path: `${folder.replace(/\/$/, '')}/${CONFIG_FILE_NAME}` });
      let found = await this.read(uri);
      if (found && isoDate(found.settings.today) !== today) {
        this.files.delete(uri.toString()); // review-due counts days: a new day, new settings
        found = await this.read(uri);
      }
      if (found) return found.settings;
    }
    if (!this.defaults || isoDate(this.defaults.today) !== today) this.defaults = resolveSettings(null);
    return this.defaults;
  }

  /** Forgets what is known of a config file and tells the consumers. */
  invalidate(uri: vscode.Uri): void {
    this.files.delete(uri.toString());
    this.changed.fire();
  }

  private read(uri: vscode.Uri): Promise<ConfigFile> {
    const key = uri.toString();
    let found = this.files.get(key);
    if (!found) {
      found = readConfig(uri);
      this.files.set(key, found);
    }
    return found;
  }

  /** Releases the event emitter. */
  dispose(): void {
    this.changed.dispose();
  }
}

/**
 * Where the search for a config starts: the map itself, or for a map with no file system (an untitled map) the
 * root of the first workspace folder; undefined when there is neither.
 */
function searchStart(mapUri: vscode.Uri): vscode.Uri | undefined {
  if (vscode.workspace.fs.isWritableFileSystem(mapUri.scheme) !== undefined) return mapUri;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder && vscode.Uri.joinPath(folder, 'untitled.cjm.yaml');
}

async function readConfig(uri: vscode.Uri): Promise<ConfigFile> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  let text: string;
  if (open) {
    text = open.getText();
  } else {
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch (error) {
      if (error instanceof vscode.FileSystemError && (error.code === 'FileNotFound' || error.code === 'FileNotADirectory')) return null;
      // Anything else (no permission, a provider that cannot read): logged, and the map falls back to the defaults.
      console.error(`[journey-maps] cannot read ${uri.toString()}: ${String(error)}`);
      return null;
    }
  }
  try {
    return { uri, settings: resolveSettings(parseInsightConfig(text.replace(/^\uFEFF/, '')).config) };
  } catch (error) {
    // The parser reports every known bad input as a problem; this keeps an unforeseen one from breaking the maps.
    console.error(`[journey-maps] cannot read the insights config ${uri.toString()}: ${String(error)}`);
    return { uri, settings: resolveSettings(null) };
  }
}

/** The one instance of the extension host. */
export const insightConfigs = new InsightConfigs();
