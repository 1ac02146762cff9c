/**
 * Hover of shared personas: in a map, on a `use:` id or a reference to a used persona, the shared persona's card and
 * its file; in a personas file, a key's description, or on a persona id its card and how many maps use it.
 */
import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../codeLinks/workspaceIndex';
import { t, tPlural } from '../core/l10n/translate';
import { codeSpan } from '../core/markdownText';
import { scalarAtOffset } from '../core/position';
import { keyDescriptionAt } from '../core/positionSchema';
import { personasFileSchema, type Persona } from '../core/schema';
import { personaUsesOf } from '../core/sharedPersonas/sharedPersonas';
import { getAnalysisAsync } from '../host/analysisCache';
import { declarationCard } from '../language/hoverCards';
import { occurrenceAt } from '../language/idLookup';
import { toRange } from '../language/textRanges';
import { personaIdAt, personasAnalysis, PERSONAS_LANGUAGE } from './personaPlaces';

/** Hover provider for shared personas in maps and personas files. */
export class SharedPersonaHoverProvider implements vscode.HoverProvider {
  constructor(private readonly index: WorkspaceIndex) {}

  /** Registers the provider for maps and personas files. */
  static register(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
    context.subscriptions.push(vscode.languages.registerHoverProvider(
      [{ language: 'cjm' }, { language: PERSONAS_LANGUAGE }], new SharedPersonaHoverProvider(index)));
  }

  /** The hover at a position, or undefined where there is nothing shared to say. */
  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    return document.languageId === PERSONAS_LANGUAGE ? this.personasFileHover(document, position) : this.mapHover(document, position);
  }

  private async mapHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const analysis = await getAnalysisAsync(document);
    const occurrence = occurrenceAt(analysis, document.offsetAt(position));
    if (occurrence?.kind !== 'persona' || !personaUsesOf(analysis).some((u) => u.id === occurrence.id)) return undefined;
    const shared = (await this.index.personas()).personaById(occurrence.id);
    const markdown = shared
      ? `${personaCard(shared.persona)}\n\n${t('Shared persona from {0}.', codeSpan(vscode.workspace.asRelativePath(vscode.Uri.parse(shared.file))))}`
      : t('No *.personas.yaml file of the workspace defines the persona {0}.', codeSpan(occurrence.id));
    return hover(markdown, toRange(document, occurrence.offset, occurrence.length));
  }

  private async personasFileHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const declaration = personaIdAt(document, position);
    const persona = declaration && personasAnalysis(document).model?.personas.find((p) => p.id === declaration.id);
    if (declaration && persona) {
      const users = (await this.index.personas()).mapsUsingPersona(persona.id).length;
      const markdown = `${personaCard(persona)}\n\n${tPlural(users, 'Used by {0} map.', 'Used by {0} maps.', users)}`;
      return hover(markdown, toRange(document, declaration.offset, declaration.length));
    }
    const scalar = scalarAtOffset(personasAnalysis(document).doc, document.offsetAt(position));
    const description = scalar?.part === 'key' ? keyDescriptionAt(scalar.path, personasFileSchema) : undefined;
    return scalar && description ? hover(`**${String(scalar.value)}** — ${description}`, toRange(document, scalar.offset, scalar.length)) : undefined;
  }
}

function personaCard(persona: Persona): string {
  return declarationCard({ personas: [persona] }, 'persona', persona.id) ?? '';
}

function hover(markdown: string, range: vscode.Range): vscode.Hover {
  const content = new vscode.MarkdownString(markdown);
  content.isTrusted = false;
  content.supportHtml = false;
  return new vscode.Hover(content, range);
}
