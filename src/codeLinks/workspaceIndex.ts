/**
 * The workspace index of maps and code references. Lazy: nothing is read until a feature first needs it
 * (maps for a source file holding the marker, sources for a map's CodeLens, references or rename).
 * Incremental: one file system watcher and the open documents' changes re-read only the files that changed.
 */
import * as vscode from 'vscode';
import { analyze } from '../core/analyze';
import { scanCodeReferences } from '../core/codeReferences';
import { insightsOf } from '../core/insights/runInsights';
import { insightConfigs } from '../host/insightConfigs';
import { fileNameOf, getAnalysis } from '../host/analysisCache';
import { describeError, hostLog, logError } from '../host/log';
import { summarizeMap } from './mapSummary';
import { ReferenceStore } from './referenceStore';
import { analyzePersonasFile } from '../core/sharedPersonas/personasFile';
import {
  EXCLUDE_GLOB, forEachLimited, isExcluded, isMapFile, isPersonasFile, isSourceFile, MAP_GLOB, PERSONAS_GLOB, readText, referenceMarker,
  SOURCE_GLOB,
} from './sourceFiles';


/** A batch of file changes that could not be applied: logged, and the next batch still runs. */
function logFlushError(error: unknown): void {
  logError('Updating the code reference index', error);
}

/** Changes arriving within this many milliseconds are applied together. */
const FLUSH_DELAY_MS = 100;

/** Maps and code references of the workspace, built on first need and kept current. */
export class WorkspaceIndex implements vscode.Disposable {
  readonly store = new ReferenceStore();
  private mapsBuilt: Promise<void> | undefined;
  private sourcesBuilt: Promise<void> | undefined;
  private personasBuilt: Promise<void> | undefined;
  private readonly pending = new Map<string, vscode.Uri | 'deleted'>();
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private flushing: Promise<void> = Promise.resolve();
  private listeners: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after the index changed (a build finished or files were re-read). */
  readonly onDidChange = this.changed.event;

  /** The index with every map read. */
  async maps(): Promise<ReferenceStore> {
    this.listen();
    this.mapsBuilt ??= this.buildMaps();
    await this.mapsBuilt;
    await this.flushing;
    return this.store;
  }

  /** The index with every map and every source file read. */
  async all(): Promise<ReferenceStore> {
    await this.maps();
    this.sourcesBuilt ??= this.buildSources();
    await this.sourcesBuilt;
    await this.flushing;
    return this.store;
  }

  /** The index with every map and every shared personas file read. */
  async personas(): Promise<ReferenceStore> {
    await this.maps();
    this.personasBuilt ??= this.buildPersonas();
    await this.personasBuilt;
    await this.flushing;
    return this.store;
  }

  /** True once the maps have been read (features use it to avoid starting a build). */
  get hasMaps(): boolean {
    return this.mapsBuilt !== undefined;
  }

  /** True once reading the source files has started (code reference counts are then known or coming). */
  get hasSources(): boolean {
    return this.sourcesBuilt !== undefined;
  }

  /** Applies every queued change now (tests and rename wait on it instead of on a timer). */
  async settle(): Promise<void> {
    if (this.flushTimer !== undefined) {
      clearTimeout(this.flushTimer);
      this.flushTimer = undefined;
      this.flushing = this.flushing.then(() => this.flush()).catch(logFlushError);
    }
    await this.flushing;
  }

  private async buildMaps(): Promise<void> {
    const files = await vscode.workspace.findFiles(MAP_GLOB, EXCLUDE_GLOB);
    await forEachLimited(files, (uri) => this.readMap(uri));
    this.changed.fire();
  }

  private async buildPersonas(): Promise<void> {
    const files = await vscode.workspace.findFiles(PERSONAS_GLOB, EXCLUDE_GLOB);
    await forEachLimited(files, (uri) => this.readPersonasFile(uri));
    this.changed.fire();
  }

  /** Reads one personas file (the open document's text when it is open); true when its text changed. */
  private async readPersonasFile(uri: vscode.Uri): Promise<boolean> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const text = open ? open.getText() : await readText(uri);
    if (text === undefined) return this.store.remove(uri.toString());
    return this.store.setPersonasFile(uri.toString(), analyzePersonasFile(text));
  }

  private async buildSources(): Promise<void> {
    const files = await vscode.workspace.findFiles(SOURCE_GLOB, EXCLUDE_GLOB);
    const marker = referenceMarker();
    await forEachLimited(files, (uri) => this.readSource(uri, marker));
    this.changed.fire();
  }

  /** Reads one map; true when what the index knows of it changed. */
  private async readMap(uri: vscode.Uri): Promise<boolean> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const text = open ? undefined : await readText(uri);
    if (!open && text === undefined) return this.store.remove(uri.toString());
    const analysis = open ? getAnalysis(open) : analyze(text!, { fileName: fileNameOf(uri) });
    const findings = insightsOf(analysis, await insightConfigs.settingsFor(uri));
    return this.store.setMap(uri.toString(), summarizeMap(analysis, findings));
  }

  /** Reads one source file; true when its references changed. */
  private async readSource(uri: vscode.Uri, marker: string): Promise<boolean> {
    const text = await readText(uri);
    return this.store.setSource(uri.toString(), text === undefined ? [] : scanCodeReferences(text, marker).references);
  }

  /** A folder created or moved in: its watcher event names only the folder, so read what it holds. */
  private async readFolder(uri: vscode.Uri, marker: string): Promise<boolean> {
    const stat = await Promise.resolve(vscode.workspace.fs.stat(uri)).catch((error: unknown) => {
      hostLog().trace(`Folder gone before it was read: ${uri.toString()}: ${describeError(error)}`);
      return undefined;
    });
    if (!stat || stat.type !== vscode.FileType.Directory) return false;
    const files = await vscode.workspace.findFiles(new vscode.RelativePattern(uri, '**/*'), EXCLUDE_GLOB);
    await forEachLimited(files, async (file) => {
      if (isMapFile(file) && this.mapsBuilt) await this.readMap(file);
      else if (isPersonasFile(file) && this.personasBuilt) await this.readPersonasFile(file);
      else if (isSourceFile(file) && this.sourcesBuilt) await this.readSource(file, marker);
    });
    return files.length > 0;
  }

  /** Starts following the file system and open documents (once). */
  private listen(): void {
    if (this.listeners.length) return;
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    this.listeners = [
      watcher,
      watcher.onDidCreate((uri) => this.queue(uri)),
      watcher.onDidChange((uri) => this.queue(uri)),
      watcher.onDidDelete((uri) => this.queue(uri, true)),
      vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length && this.queue(e.document.uri)),
      vscode.workspace.onDidCloseTextDocument((d) => this.queue(d.uri)),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('journeyMaps.codeReferences') && this.markerChanged()),
    ];
  }

  private markerChanged(): void {
    this.store.clearSources();
    if (this.sourcesBuilt) this.sourcesBuilt = this.buildSources();
    else this.changed.fire();
  }

  private queue(uri: vscode.Uri, deleted = false): void {
    if (isExcluded(uri) || !vscode.workspace.getWorkspaceFolder(uri)) return;
    this.pending.set(uri.toString(), deleted ? 'deleted' : uri);
    if (this.flushTimer !== undefined) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = undefined;
      this.flushing = this.flushing.then(() => this.flush()).catch(logFlushError);
    }, FLUSH_DELAY_MS);
  }

  private async flush(): Promise<void> {
    const batch = [...this.pending];
    this.pending.clear();
    let touched = false;
    const marker = referenceMarker();
    await forEachLimited(batch, async ([key, change]) => {
      if (change === 'deleted') {
        const under = this.store.removeUnder(key);
        touched = this.store.remove(key) || under || touched;
      } else if (isMapFile(change) && this.mapsBuilt) {
        touched = (await this.readMap(change)) || touched;
      } else if (isPersonasFile(change)) {
        touched = (this.personasBuilt !== undefined && (await this.readPersonasFile(change))) || touched;
      } else if (isSourceFile(change) && this.sourcesBuilt) {
        touched = (await this.readSource(change, marker)) || touched;
      } else if (!isMapFile(change) && !isSourceFile(change)) {
        touched = (await this.readFolder(change, marker)) || touched;
      }
    });
    if (touched) this.changed.fire();
  }

  /** Stops following changes. */
  dispose(): void {
    if (this.flushTimer !== undefined) clearTimeout(this.flushTimer);
    this.listeners.forEach((l) => l.dispose());
    this.changed.dispose();
  }
}
