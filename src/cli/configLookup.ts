/**
 * The CLI's side of `cjm.config.yaml`: for each map, the nearest config in its folder or a folder above (read and
 * parsed once per run), as insight settings plus the config's own problems.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CONFIG_FILE_NAME, configFolders, parseInsightConfig } from '../core/insights/config';
import { resolveSettings, type InsightSettings } from '../core/insights/settings';
import type { Problem } from '../core/types';

/** A config file as read for a run: its path (absolute; undefined when no config applies), settings, problems. */
export interface LoadedConfig {
  file?: string;
  text: string;
  settings: InsightSettings;
  problems: Problem[];
}

/** Finds and caches configs for one run of the CLI. */
export class ConfigLookup {
  private readonly byFolder = new Map<string, Promise<LoadedConfig>>();
  private readonly byFile = new Map<string, Promise<LoadedConfig>>();
  private readonly defaults: LoadedConfig;

  constructor(private readonly today: Date = new Date()) {
    this.defaults = { text: '', settings: resolveSettings(null, today), problems: [] };
  }

  /** The config that applies to the map at `mapPath` (relative paths resolve against `cwd`). */
  configFor(mapPath: string, cwd: string): Promise<LoadedConfig> {
    return this.inFolders(configFolders(resolve(cwd, mapPath)));
  }

  private inFolders(folders: string[]): Promise<LoadedConfig> {
    const [folder, ...above] = folders;
    if (folder === undefined) return Promise.resolve(this.defaults);
    let found = this.byFolder.get(folder);
    if (!found) {
      found = this.read(join(folder, CONFIG_FILE_NAME)).then((config) => config ?? this.inFolders(above));
      this.byFolder.set(folder, found);
    }
    return found;
  }

  /** The parsed config at `file`, or null when there is no such file (other read errors reject). */
  private async read(file: string): Promise<LoadedConfig | null> {
    let text: string;
    try {
      text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return null;
      throw error;
    }
    const cached = this.byFile.get(file);
    if (cached) return cached;
    const { config, problems } = parseInsightConfig(text);
    const loaded = Promise.resolve({ file, text, settings: resolveSettings(config, this.today), problems });
    this.byFile.set(file, loaded);
    return loaded;
  }
}
