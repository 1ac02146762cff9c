// A stand-in for the `vscode` module whose every API is a no-op, for loading the built extension outside VS Code:
// the start-up bench (bench/activateBench.mjs) and the build's start-up check (scripts/lib/lazyCoreBundle.mjs).
import Module from 'node:module';

/** A value that can be called, constructed and read at any depth, and does nothing. */
export function inert() {
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
  'DocumentLink', 'DocumentSymbol', 'ExtensionMode', 'FileType', 'FoldingRange', 'Hover', 'MarkdownString', 'ProgressLocation',
  'QuickPickItemKind', 'RelativePattern', 'SnippetString', 'SymbolInformation', 'SymbolKind', 'TabInputCustom',
  'TabInputText', 'TextEditorRevealType', 'ViewColumn', 'WorkspaceEdit'];

/** The stand-in module. */
export const vscodeStub = Object.fromEntries(VSCODE_NAMES.map((name) => [name, inert()]));

/** An extension context whose every member is inert, for activate(). */
export function inertContext(extensionPath) {
  return { subscriptions: [], extensionUri: inert(), extensionPath, globalState: inert(), workspaceState: inert() };
}

/** Runs `run` with `require('vscode')` giving the stand-in (and `intercept(request, parent)` asked first, if given). */
export function withStubbedVscode(run, intercept) {
  const original = Module._load;
  Module._load = function (request, parent, ...rest) {
    const replaced = intercept?.(request, parent);
    if (replaced !== undefined) return replaced;
    return request === 'vscode' ? vscodeStub : original.call(this, request, parent, ...rest);
  };
  try { return run(); } finally { Module._load = original; }
}
