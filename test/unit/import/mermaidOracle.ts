/** Mermaid's own journey parser, as the import and export tests' oracle. */

/** One task as Mermaid's journey database holds it. */
export interface MermaidTaskInfo { section: string; task: string; score: number; people: string[] }

/** The parts of Mermaid the tests use. */
export interface MermaidApi {
  parse(text: string): Promise<unknown>;
  mermaidAPI: { getDiagramFromText(text: string): Promise<{ db: { getTasks(): MermaidTaskInfo[]; getSections(): string[]; getDiagramTitle(): string } }> };
}

/** Mermaid's own parser; DOMPurify inside it needs a window while it loads (happy-dom's, removed afterwards). */
export async function loadMermaid(): Promise<MermaidApi> {
  const { Window } = await import('happy-dom');
  const g = globalThis as Record<string, unknown>;
  const saved = { window: g.window, document: g.document };
  const win = new Window();
  g.window = win;
  g.document = win.document;
  try {
    return (await import('mermaid')).default as unknown as MermaidApi;
  } finally {
    g.window = saved.window;
    g.document = saved.document;
  }
}

/** What Mermaid reads from a diagram, or undefined when it rejects it. */
export async function mermaidReads(mermaid: MermaidApi, text: string) {
  try {
    await mermaid.parse(text);
  } catch {
    return undefined;
  }
  const { db } = await mermaid.mermaidAPI.getDiagramFromText(text);
  return { title: db.getDiagramTitle(), sections: db.getSections(), tasks: db.getTasks() };
}
