/**
 * The layout's promise that imports run one way, checked on files: no file of src/ or webview/ reaches itself
 * through relative imports (type-only imports included — a cycle of types is still a knot to read).
 * ESLint's layer rules guard the folders; this guards the files inside them.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const SOURCE_FOLDERS = ['src', 'webview'];
/** `import … from './x'`, `export … from './x'`, `import './x'` and `import('./x')`, relative specifiers only. */
const RELATIVE_IMPORT = /(?:\bfrom\s+|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The source file a relative specifier names, or undefined for one that is not a TypeScript source (JSON, CSS). */
function resolveImport(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((candidate) => existsSync(candidate));
}

function importGraph(files: string[]): Map<string, string[]> {
  return new Map(files.map((file) => {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(RELATIVE_IMPORT)].map((m) => resolveImport(file, m[1])).filter((t) => t !== undefined);
    return [file, [...new Set(targets)]];
  }));
}

/** The strongly connected components of more than one file (Tarjan's algorithm, iterative over the files). */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file)!, index.get(next)!));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(relative(ROOT, member));
    } while (member !== file);
    if (component.length > 1) found.push(component.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

describe('source layout', () => {
  it('has no import cycle between files of src/ and webview/', () => {
    const graph = importGraph(SOURCE_FOLDERS.flatMap((folder) => sourceFiles(join(ROOT, folder))));
    assert.ok(graph.size > 300, `only ${graph.size} source files found`);
    assert.deepEqual(cycles(graph), []);
  });
});
