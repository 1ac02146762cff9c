/** Hover: a touchpoint's card on its id, its name or a reference; what a reference names; a key's description. */
import * as vscode from 'vscode';
import { scalarAtOffset, type ScalarAt } from '../core/position';
import { declarationKindAt, keyDescriptionAt, referenceKindAt } from '../core/positionSchema';
import { getAnalysisAsync } from '../host/analysisCache';
import { personaUsesOf } from '../core/sharedPersonas/sharedPersonas';
import { declarationCard, touchpointCard } from './hoverCards';
import { occurrenceAt } from './idLookup';
import { looseMap } from './looseMap';
import { toRange } from './textRanges';

/** Hover provider for `*.cjm.yaml`. */
export class MapHoverProvider implements vscode.HoverProvider {
  /** Registers the provider for the `cjm` language. */
  static register(context: vscode.ExtensionContext): void {
    context.subscriptions.push(vscode.languages.registerHoverProvider({ language: 'cjm' }, new MapHoverProvider()));
  }

  /** The hover at a position, or undefined where there is nothing to say. */
  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const analysis = await getAnalysisAsync(document);
    const offset = document.offsetAt(position);
    const map = looseMap(analysis);
    const occurrence = occurrenceAt(analysis, offset);
    // A persona the map uses from a personas file: the shared persona's hover (src/personaLinks) answers.
    if (occurrence?.kind === 'persona' && personaUsesOf(analysis).some((u) => u.id === occurrence.id)) return undefined;
    if (occurrence && occurrence.kind !== 'map' && occurrence.kind !== 'metric') {
      const card = declarationCard(map, occurrence.kind, occurrence.id);
      if (card) return hover(card, toRange(document, occurrence.offset, occurrence.length));
    }
    const scalar = scalarAtOffset(analysis.doc, offset);
    if (!scalar) return undefined;
    const markdown = cardForScalar(map, scalar) ?? describeKey(scalar);
    return markdown ? hover(markdown, toRange(document, scalar.offset, scalar.length)) : undefined;
  }
}

function cardForScalar(map: ReturnType<typeof looseMap>, scalar: ScalarAt): string | undefined {
  const { path, part } = scalar;
  const isTouchpoint = path.length === 5 && path[0] === 'stages' && path[2] === 'touchpoints';
  if (part === 'value' && isTouchpoint && (path[4] === 'id' || path[4] === 'name')) {
    const id = map && touchpointIdAt(map, path);
    return id ? touchpointCard(map, id) : undefined;
  }
  const kind = referenceKindAt(path, part) ?? (part === 'value' ? declarationKindAt(path) : null);
  if (!kind || kind === 'map' || kind === 'metric') return undefined;
  return declarationCard(map, kind, String(scalar.value));
}

function touchpointIdAt(map: ReturnType<typeof looseMap>, path: (string | number)[]): string | undefined {
  const stages = Array.isArray(map.stages) ? map.stages : [];
  const stage = stages[path[1] as number] as { touchpoints?: unknown } | undefined;
  const list = Array.isArray(stage?.touchpoints) ? stage.touchpoints : [];
  const id = (list[path[3] as number] as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

function describeKey(scalar: ScalarAt): string | undefined {
  if (scalar.part !== 'key') return undefined;
  const description = keyDescriptionAt(scalar.path);
  return description ? `**${String(scalar.value)}** — ${description}` : undefined;
}

function hover(markdown: string, range: vscode.Range): vscode.Hover {
  const content = new vscode.MarkdownString(markdown);
  content.isTrusted = false;
  content.supportHtml = false;
  return new vscode.Hover(content, range);
}
