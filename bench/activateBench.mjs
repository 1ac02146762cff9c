/**
 * Start-up cost: loads the production bundle dist/extension.js and runs activate() against a stand-in `vscode`
 * module whose every API is a no-op, so the figure is our own work (module evaluation + registrations), not
 * VS Code's. Also prints the size of each bundle. Plain Node (no tsx, whose loader would transform the bundle too);
 * run after `npm run build -- --production`.
 */
import { statSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { recordFigures } from './results.mjs';

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const require = createRequire(import.meta.url);
const BUNDLES = ['dist/extension.js', 'dist/web/extension.js', 'dist/webview/main.js', 'dist/webview/main.css', 'dist/cli.js'];

/** A value that can be called, constructed and read at any depth, and does nothing. */
function inert() {
  const target = function () { /* no-op */ };
  return new Proxy(target, {
    get: (_t, key) => (key === 'then' ? undefined : key === Symbol.toPrimitive ? () => '' : inert()),
    apply: () => inert(),
    construct: () => inert(),
  });
}

/** The `vscode` names our bundle reads at load time (namespaces, classes and enums), each an inert value. */
const VSCODE_NAMES = ['commands', 'env', 'languages', 'window', 'workspace', 'extensions', 'l10n', 'Uri', 'Range',
  'Position', 'Location', 'LocationLink', 'Disposable', 'EventEmitter', 'CodeAction', 'CodeActionKind', 'CodeLens',
  'CompletionItem', 'CompletionItemKind', 'ConfigurationTarget', 'Diagnostic', 'DiagnosticSeverity', 'DiagnosticTag',
  'DocumentLink', 'DocumentSymbol', 'FileType', 'FoldingRange', 'Hover', 'MarkdownString', 'ProgressLocation',
  'QuickPickItemKind', 'RelativePattern', 'SnippetString', 'SymbolInformation', 'SymbolKind', 'TabInputCustom',
  'TabInputText', 'TextEditorRevealType', 'ViewColumn', 'WorkspaceEdit'];
const stub = Object.fromEntries(VSCODE_NAMES.map((name) => [name, inert()]));

function withStubbedVscode(run) {
  const original = Module._load;
  Module._load = (request, ...rest) => (request === 'vscode' ? stub : original(request, ...rest));
  try { return run(); } finally { Module._load = original; }
}

function main() {
  const started = performance.now();
  const extension = withStubbedVscode(() => require(join(ROOT, 'dist/extension.js')));
  const loaded = performance.now();
  const context = { subscriptions: [], extensionUri: inert(), extensionPath: ROOT, globalState: inert(), workspaceState: inert() };
  withStubbedVscode(() => extension.activate(context));
  const activated = performance.now();
  console.log('\nStart-up (dist/extension.js with a no-op vscode stand-in)');
  console.log(`  load bundle:  ${(loaded - started).toFixed(1)} ms`);
  console.log(`  activate():   ${(activated - loaded).toFixed(1)} ms  (${context.subscriptions.length} disposables registered)`);
  recordFigures({ 'startup.load': loaded - started, 'startup.activate': activated - loaded });
  console.log('\nBundle sizes');
  for (const file of BUNDLES) {
    const size = statSync(join(ROOT, file)).size;
    console.log(`  ${file.padEnd(24)} ${(size / 1024).toFixed(0).padStart(6)} KB`);
  }
}

main();
