/** Registers the map editor: its provider, its sessions' listeners, its commands and its setting. */
import type * as vscode from 'vscode';
import type { CodeReferenceCounts } from './codeReferenceCounts';
import type { JourneyLinkService } from './journeyLinkService';
import type { SharedPersonaSource } from '../host/sharedPersonaSource';
import { MapEditorCommands } from './mapEditorCommands';
import { MapEditorProvider } from './mapEditorProvider';
import { OpenByDefaultSetting } from './openByDefaultSetting';
import { DocumentSessions } from './sessions';
import { TestCommands } from './testCommands';

/** Registers everything of the map editor; returns its sessions (extension.ts lets code links highlight through them). */
export function registerMapEditor(context: vscode.ExtensionContext, counts?: CodeReferenceCounts, journeys?: JourneyLinkService,
  personas?: SharedPersonaSource): DocumentSessions {
  const sessions = new DocumentSessions(counts, journeys, personas);
  context.subscriptions.push(sessions);
  sessions.listen();
  MapEditorProvider.register(context, sessions);
  MapEditorCommands.register(context, sessions);
  OpenByDefaultSetting.register(context);
  TestCommands.register(context, sessions);
  return sessions;
}
