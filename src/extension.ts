/**
 * Entry point: registers the language features, the map editor, the code links and the commands, and wires
 * them to each other here (no area imports another's registrations); nothing else, so start-up stays cheap.
 */
import * as vscode from 'vscode';
import { registerCodeLinks } from './codeLinks/registerCodeLinks';
import type { HighlightInMapEditor } from './codeLinks/openTouchpointCommand';
import { codeRenameEdits } from './codeLinks/renameContribution';
import { registerCommands } from './commands/registerCommands';
import { registerMapEditor } from './editor/registerMapEditor';
import { registerLog } from './host/log';
import { resolveLocale } from './core/l10n/locales';
import { setActiveLocale } from './core/l10n/activeLocale';
import { registerLanguageFeatures } from './language/registerLanguageFeatures';
import { CompareCommands } from './compare/compareCommands';
import { registerMapData } from './dataFiles/registerMapData';
import { registerInsights } from './insightRules/registerInsights';
import { registerJourneysView } from './journeysView/registerJourneysView';
import { mapEditorJourneys } from './journeysView/mapEditorJourneys';
import { registerSharedPersonas } from './personaLinks/registerSharedPersonas';
import { sharedPersonaRenameEdits } from './personaLinks/sharedPersonaRename';
import { sharedPersonaProblems } from './personaLinks/sharedPersonaDiagnostics';
import { journeyLinkProblems } from './journeysView/journeyLinkDiagnostics';
import { allCrossFileProblems } from './language/crossFileProblems';

/** Called by VS Code on the first `cjm` document, map editor or command. */
export function activate(context: vscode.ExtensionContext): void {
  setActiveLocale(resolveLocale(vscode.env.language));
  registerLog(context);
  // Code links highlight touchpoints in the map editor, which is registered below (it needs the index first).
  const mapEditor: { sessions?: ReturnType<typeof registerMapEditor> } = {};
  const highlight: HighlightInMapEditor = async (uri, offset, timeoutMs) => !!(await mapEditor.sessions?.highlightWhenReady(uri, offset, timeoutMs));
  const index = registerCodeLinks(context, highlight);
  const codeRename = codeRenameEdits(index);
  const personaRename = sharedPersonaRenameEdits(index);
  registerLanguageFeatures(context, async (document, target, newId, edit) => {
    await codeRename(document, target, newId, edit);
    await personaRename(document, target, newId, edit);
  }, allCrossFileProblems(sharedPersonaProblems(index), journeyLinkProblems(index)));
  const personas = { catalog: () => index.personas(), onDidChange: index.onDidChange };
  mapEditor.sessions = registerMapEditor(context, {
    countsFor: async (mapId) => Object.fromEntries((await index.all()).countsFor(mapId)),
    onDidChange: index.onDidChange,
  }, mapEditorJourneys(index, highlight), personas);
  registerCommands(context, personas);
  CompareCommands.register(context, mapEditor.sessions);
  registerMapData(context);
  registerInsights(context);
  registerJourneysView(context, index, highlight);
  registerSharedPersonas(context, index);
}

/** Nothing to release beyond `context.subscriptions`. */
export function deactivate(): void {}
