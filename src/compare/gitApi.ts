/**
 * A small typed adapter over the built-in Git extension's API (`vscode.git`, `getAPI(1)`): only what the map diff
 * reads — the repository of a file, its HEAD, refs and recent commits, and a file's text at a ref. No git process
 * is spawned here; where the Git extension is missing, disabled or the file is in no repository, the reason why.
 */
import * as vscode from 'vscode';
import { t } from '../core/l10n/translate';

/** A branch or tag as the Git extension reports it (type 0 head, 1 remote head, 2 tag). */
interface GitRef {
  readonly type: number;
  readonly name?: string;
  readonly commit?: string;
}

interface GitCommit {
  readonly hash: string;
  readonly message: string;
  readonly authorDate?: Date;
}

interface GitRepository {
  readonly rootUri: vscode.Uri;
  readonly state: { readonly HEAD: GitRef | undefined; readonly refs?: GitRef[] };
  show(ref: string, path: string): Promise<string>;
  getRefs?(query: { pattern?: string; count?: number; sort?: 'alphabetically' | 'committerdate' }): Promise<GitRef[]>;
  log(options?: { maxEntries?: number; path?: string }): Promise<GitCommit[]>;
}

interface GitApi {
  readonly state: 'uninitialized' | 'initialized';
  readonly onDidChangeState: vscode.Event<'uninitialized' | 'initialized'>;
  getRepository(uri: vscode.Uri): GitRepository | null;
}

interface GitExtension {
  readonly enabled: boolean;
  getAPI(version: 1): GitApi;
}

/** A version of a file that git knows: a ref to pass to `show` and how to name it. */
export interface GitVersion {
  ref: string;
  label: string;
  description?: string;
}

/** What the map diff needs from git for one file. */
export interface GitFileHistory {
  /** HEAD, the staged version, branches and tags, and recent commits that changed the file; `notes` says what could not be listed. */
  versions(): Promise<{ versions: GitVersion[]; notes: string[] }>;
  /** The file's text at `ref` ('' is the staged version). */
  show(ref: string): Promise<string>;
}

/** The git history of `uri`, or why there is none (shown to the user, who can still compare with a file). */
export async function gitHistoryOf(uri: vscode.Uri): Promise<GitFileHistory | { reason: string }> {
  if (uri.scheme !== 'file') return { reason: t('this file is not on disk ({0})', uri.scheme) };
  const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
  if (!extension) return { reason: t('the built-in Git extension is not available') };
  const exports = extension.isActive ? extension.exports : await extension.activate();
  if (!exports?.enabled) return { reason: t('Git is disabled (setting "git.enabled")') };
  const api = exports.getAPI(1);
  if (!(await initialized(api))) return { reason: t('Git is still starting; try again in a moment') };
  const repository = api.getRepository(uri);
  if (!repository) return { reason: t('the file is not in a git repository') };
  return {
    versions: () => versionsOf(repository, uri),
    show: (ref) => repository.show(ref, uri.fsPath),
  };
}

/** How long to wait for the Git extension to find the repositories. */
const GIT_START_MS = 10_000;

function initialized(api: GitApi): Promise<boolean> {
  if (api.state === 'initialized') return Promise.resolve(true);
  return new Promise((done) => {
    const timer = setTimeout(() => { sub.dispose(); done(false); }, GIT_START_MS);
    const sub = api.onDidChangeState((state) => {
      if (state !== 'initialized') return;
      clearTimeout(timer);
      sub.dispose();
      done(true);
    });
  });
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function versionsOf(repository: GitRepository, uri: vscode.Uri): Promise<{ versions: GitVersion[]; notes: string[] }> {
  const notes: string[] = [];
  const head = repository.state.HEAD;
  const out: GitVersion[] = [
    { ref: 'HEAD', label: 'HEAD', description: [head?.name, head?.commit?.slice(0, 8)].filter(Boolean).join(' · ') },
    { ref: '', label: t('Staged'), description: t('the version in the index') },
  ];
  const refs = await (repository.getRefs ? repository.getRefs({ sort: 'committerdate' }) : Promise.resolve(repository.state.refs ?? []))
    .catch((error: unknown) => { notes.push(t('Branches and tags could not be listed: {0}', reasonOf(error))); return []; });
  for (const ref of refs) {
    if (!ref.name || ref.name === head?.name) continue;
    out.push({ ref: ref.name, label: ref.name, description: ref.type === 2 ? t('tag') : ref.type === 1 ? t('remote branch') : t('branch') });
  }
  const commits = await repository.log({ maxEntries: 20, path: uri.fsPath })
    .catch((error: unknown) => { notes.push(t('Commits could not be listed: {0}', reasonOf(error))); return []; });
  for (const commit of commits) {
    out.push({ ref: commit.hash, label: commit.hash.slice(0, 8), description: commit.message.split('\n')[0] });
  }
  return { versions: out, notes };
}
