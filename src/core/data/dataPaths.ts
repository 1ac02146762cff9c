/**
 * Paths of data files, in `/`-separated form (URI paths in the extension host, converted paths in the CLI):
 * a source's `file` joined to its map's folder, and whether the result lies inside a workspace folder.
 */

/** `.` and `..` segments resolved, backslashes read as `/`, repeated slashes merged; keeps a leading `/`. */
export function normalizePath(path: string): string {
  const absolute = path.startsWith('/');
  const out: string[] = [];
  for (const segment of path.replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
    } else {
      out.push(segment);
    }
  }
  return (absolute ? '/' : '') + out.join('/');
}

/** The folder of a file path (without the trailing slash). */
export function folderOf(path: string): string {
  const cut = path.lastIndexOf('/');
  return cut <= 0 ? '/' : path.slice(0, cut);
}

/** A source's `file` as a full path: relative to the map's folder unless it is absolute. */
export function dataFilePath(mapPath: string, file: string): string {
  const written = file.replace(/\\/g, '/');
  const absolute = written.startsWith('/') || /^[A-Za-z]:\//.test(written);
  if (absolute) return normalizePath(written.startsWith('/') ? written : `/${written}`);
  return normalizePath(`${folderOf(mapPath)}/${written}`);
}

/** True when `path` is one of `roots` or below one (all normalised, absolute). */
export function isInside(path: string, roots: readonly string[]): boolean {
  return roots.some((root) => {
    const base = normalizePath(root);
    return path === base || path.startsWith(base === '/' ? '/' : `${base}/`);
  });
}
