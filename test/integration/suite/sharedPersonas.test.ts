/**
 * Shared personas across files in the real extension host: a `use:` no personas file defines is a diagnostic with a
 * did-you-mean, hover on `use:` shows the persona from the personas file, go to definition lands there, find
 * references from the personas file lists the maps, and renaming the persona there rewrites it in both maps.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activated, closeAll, fixtureUri, hoverText, openFixture, positionOf, rangeOf, show, temporaryFixture, until } from './languageHelpers';

const TEAM = 'personas/team.personas.yaml';
const PHARMACY = 'personas/pharmacy.cjm.yaml';
const PICKUP = 'personas/pickup.cjm.yaml';

describe('shared personas', () => {
  before(activated);
  after(closeAll);

  it('reports a use: that no personas file defines, on its id, with a did-you-mean', async () => {
    const pickup = await openFixture(PICKUP);
    const found = await until(() => {
      const list = vscode.languages.getDiagnostics(pickup.uri).filter((d) => d.code === 'unknown-shared-persona');
      return list.length ? list : undefined;
    }, 'the unknown-shared-persona diagnostic');
    assert.deepEqual(found.map((d) => [show(d.range), d.message]), [
      [show(rangeOf(pickup, 'olgaa')), 'Unknown shared persona "olgaa": no *.personas.yaml file of the workspace defines it. Did you mean "olga"?'],
    ]);
  });

  it('shows the shared persona from the personas file in a hover over use:', async () => {
    const pharmacy = await openFixture(PHARMACY);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', pharmacy.uri, positionOf(pharmacy, 'use: olga', 6));
    const text = hovers.map(hoverText).join('\n');
    assert.equal(text, '**Olga, night-shift nurse** — persona `olga`\n\nOrders between shifts, on her phone.\n\nGoals: Order in under a minute\n\nShared persona from `personas/team.personas.yaml`.');
    assert.deepEqual(hovers.map((h) => h.range && show(h.range)), [show(rangeOf(pharmacy, 'olga'))]);
  });

  it('goes from use: to the persona in the personas file, and finds every use from there', async () => {
    const pharmacy = await openFixture(PHARMACY);
    const team = await vscode.workspace.openTextDocument(fixtureUri(TEAM));
    const pickup = await vscode.workspace.openTextDocument(fixtureUri(PICKUP));
    const targets = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', pharmacy.uri, positionOf(pharmacy, 'use: olga', 7));
    const inTeam = targets.map((t) => ('targetUri' in t ? { uri: t.targetUri, range: t.targetRange } : t)).filter((t) => t.uri.path.endsWith(TEAM));
    assert.deepEqual(inTeam.map((t) => show(t.range)), [show(rangeOf(team, 'olga'))]);
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', team.uri, positionOf(team, 'olga', 1));
    assert.deepEqual(refs.map((r) => `${vscode.workspace.asRelativePath(r.uri)} ${show(r.range)}`).sort(), [
      `${PHARMACY} ${show(rangeOf(pharmacy, 'olga'))}`, `${PHARMACY} ${show(rangeOf(pharmacy, 'olga', 1))}`, `${PHARMACY} ${show(rangeOf(pharmacy, 'olga', 2))}`,
      `${PICKUP} ${show(rangeOf(pickup, 'olga'))}`, `${PICKUP} ${show(rangeOf(pickup, 'olga', 2))}`,
      `${TEAM} ${show(rangeOf(team, 'olga'))}`,
    ].sort());
  });

  it('renaming the persona in the personas file rewrites it in both maps, in one edit', async () => {
    const team = await openFixture(TEAM);
    const pharmacy = await vscode.workspace.openTextDocument(fixtureUri(PHARMACY));
    const pickup = await vscode.workspace.openTextDocument(fixtureUri(PICKUP));
    const before = [team.getText(), pharmacy.getText(), pickup.getText()];
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', team.uri, positionOf(team, 'olga', 2), 'olena');
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      assert.equal(team.getText(), before[0].replace('id: olga', 'id: olena'));
      assert.equal(pharmacy.getText(), 'cjm: 1\ntitle: Pharmacy order\npersonas:\n  - use: olena\nstages:\n  - id: order\n    name: Order\n'
        + '    touchpoints:\n      - id: app\n        name: App order\n        personas: [olena]\n        emotion: { olena: 1 }\n');
      assert.equal(pickup.getText(), 'cjm: 1\ntitle: Pickup\npersonas:\n  - use: olena\n  - use: piotr\n  - use: olgaa\nstages:\n  - id: collect\n'
        + '    name: Collect\n    touchpoints:\n      - id: counter\n        name: Counter\n        emotion: { olena: -1, piotr: 0, olgaa: 0 }\n');
    } finally {
      for (const document of [team, pharmacy, pickup]) {
        const undo = new vscode.WorkspaceEdit();
        undo.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), before.shift()!);
        await vscode.workspace.applyEdit(undo);
        await document.save();
      }
    }
  });

  it('refuses to rename the persona to an id another shared persona has, saying why', async () => {
    const team = await openFixture(TEAM);
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', team.uri, positionOf(team, 'olga', 2), 'piotr')),
      /"piotr" is already the id of another shared persona\./);
  });
});

describe('shared personas: the personas file and completion', () => {
  before(activated);
  after(closeAll);

  it('completes the workspace\'s shared persona ids after use:', async () => {
    const pharmacy = await openFixture(PHARMACY);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', pharmacy.uri, positionOf(pharmacy, 'use: olga', 5));
    const labels = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Reference)
      .map((i) => (typeof i.label === 'string' ? i.label : `${i.label.label} ${i.label.description ?? ''}`));
    assert.deepEqual(labels.sort(), ['olga Olga, night-shift nurse', 'piotr Piotr']);
  });

  it('outlines the personas file and hovers its keys', async () => {
    const team = await openFixture(TEAM);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', team.uri);
    assert.deepEqual(symbols.map((x) => `${x.name} | ${x.detail} | ${show(x.selectionRange)}`), [
      `Olga, night-shift nurse | olga | ${show(rangeOf(team, 'olga'))}`, `Piotr | piotr | ${show(rangeOf(team, 'piotr'))}`,
    ]);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', team.uri, positionOf(team, 'goals', 1));
    assert.equal(hovers.map(hoverText).join('\n'), '**goals** — What this persona wants to achieve.');
    assert.equal(team.languageId, 'cjm-personas');
  });

  it('reports a personas file\'s problems at their exact range', async () => {
    const team = await openFixture(TEAM);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(team.uri, rangeOf(team, 'name: Piotr'), 'nme: Piotr');
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      const found = await until(() => {
        const list = vscode.languages.getDiagnostics(team.uri);
        return list.length ? list : undefined;
      }, 'the personas file diagnostics');
      assert.deepEqual(found.map((d) => [d.code, show(d.range), d.message]).sort(), [
        ['missing-key', show(rangeOf(team, 'piotr')), 'Missing required key "name" in persona "piotr". A persona needs: id, name.'],
        ['unknown-key', show(rangeOf(team, 'nme')), 'Unknown key "nme" in persona "piotr". Allowed keys: id, name, description, goals, frustrations, quote, color, image. Did you mean "name"?'],
      ]);
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });
});

describe('shared personas in the map editor and exports', () => {
  before(activated);
  after(closeAll);

  type SessionState = { panels: number; lastPersonaNames: string[] };
  const sessionState = (uri: vscode.Uri) => vscode.commands.executeCommand<SessionState | null>('cjm._test.sessionState', uri.toString());

  it('shows the shared persona by its name, and sets one persona\'s emotion in the map only', async () => {
    const uri = fixtureUri(PICKUP);
    await vscode.commands.executeCommand('vscode.openWith', uri, 'cjm.mapEditor');
    const names = await until(async () => {
      const state = await sessionState(uri);
      return state && state.lastPersonaNames.length ? state.lastPersonaNames : undefined;
    }, 'the pickup map editor');
    assert.deepEqual(names, ['Olga, night-shift nurse', 'Piotr', 'olgaa']);
    const document = await vscode.workspace.openTextDocument(uri);
    const team = await vscode.workspace.openTextDocument(fixtureUri(TEAM));
    const [text, teamText] = [document.getText(), team.getText()];
    const path = ['stages', 0, 'touchpoints', 0, 'emotion', 'olga'];
    const outcome = await vscode.commands.executeCommand('cjm._test.applyEdit', uri.toString(), document.version, { kind: 'set', path, value: 2 });
    try {
      assert.deepEqual(outcome, { ok: true });
      assert.equal(document.getText(), text.replace('{ olga: -1,', '{ olga: 2,'));
      assert.equal(team.getText(), teamText);
    } finally {
      const undo = new vscode.WorkspaceEdit();
      undo.replace(uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), text);
      await vscode.workspace.applyEdit(undo);
      await document.save();
    }
  });

  it('a shared persona\'s "shared" link opens its personas file at the persona; an unknown one opens nothing', async () => {
    const uri = fixtureUri(PICKUP);
    await vscode.commands.executeCommand('vscode.openWith', uri, 'cjm.mapEditor');
    await until(async () => ((await sessionState(uri))?.lastPersonaNames.length ? true : undefined), 'the pickup map editor');
    assert.equal(await vscode.commands.executeCommand('cjm._test.openSharedPersona', uri.toString(), 'piotr'), true);
    const team = await vscode.workspace.openTextDocument(fixtureUri(TEAM));
    const editor = await until(() => (vscode.window.activeTextEditor?.document.uri.toString() === team.uri.toString() ? vscode.window.activeTextEditor : undefined),
      'the personas file in the active editor');
    assert.equal(show(editor.selection), show(rangeOf(team, 'piotr')));
    assert.equal(await vscode.commands.executeCommand('cjm._test.openSharedPersona', uri.toString(), 'olgaa'), false);
    assert.equal(await vscode.commands.executeCommand('cjm._test.openSharedPersona', uri.toString(), 'not an id!'.repeat(30)), false, 'refused by the guard');
  });

  it('exports a map with the shared persona inlined', async () => {
    const folder = fixtureUri('personas-export-scratch');
    const target = vscode.Uri.joinPath(folder, 'pharmacy.md');
    try {
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('cjm.export', fixtureUri(PHARMACY), { format: 'md', target });
      assert.equal(written?.toString(), target.toString());
      const markdown = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      assert.match(markdown, /## Personas\n\n### Olga, night-shift nurse\n\nOrders between shifts, on her phone\.\n/);
    } finally {
      await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
    }
  });

  it('renaming a used persona from a map renames it in the personas file and the other map too', async () => {
    const pharmacy = await openFixture(PHARMACY);
    const team = await vscode.workspace.openTextDocument(fixtureUri(TEAM));
    const pickup = await vscode.workspace.openTextDocument(fixtureUri(PICKUP));
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', pharmacy.uri, positionOf(pharmacy, '[olga]', 1), 'olena');
    const edits = (document: vscode.TextDocument) => edit.get(document.uri).map((e) => `${show(e.range)} ${e.newText}`).sort();
    assert.deepEqual(edits(pharmacy), [rangeOf(pharmacy, 'olga'), rangeOf(pharmacy, 'olga', 1), rangeOf(pharmacy, 'olga', 2)].map((r) => `${show(r)} olena`).sort());
    assert.deepEqual(edits(team), [`${show(rangeOf(team, 'olga'))} olena`]);
    assert.deepEqual(edits(pickup), [rangeOf(pickup, 'olga'), rangeOf(pickup, 'olga', 2)].map((r) => `${show(r)} olena`).sort());
  });
});

describe('shared personas: Validate All and the did-you-mean quick fix', () => {
  const CLOSED = 'personas/closed-order.cjm.yaml';
  const TEXT = 'cjm: 1\ntitle: Closed order\npersonas:\n  - use: olga\n  - use: piotrr\nstages:\n  - id: order\n    name: Order\n'
    + '    touchpoints:\n      - { id: app, name: App, emotion: { olga: 1, piotrr: 0 } }\n';
  const MESSAGE = 'Unknown shared persona "piotrr": no *.personas.yaml file of the workspace defines it. Did you mean "piotr"?';
  const PIOTRR = '4:9-4:15';

  temporaryFixture(CLOSED, TEXT);

  it('Validate All reports a use: no personas file defines in a map that is not open, at its id', async () => {
    const uri = fixtureUri(CLOSED);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'the map is not open');
    const summary = await vscode.commands.executeCommand<{ errors: number }>('cjm.validateAll');
    const found = vscode.languages.getDiagnostics(uri).filter((d) => d.code === 'unknown-shared-persona');
    assert.deepEqual(found.map((d) => [show(d.range), d.message, d.severity]), [[PIOTRR, MESSAGE, vscode.DiagnosticSeverity.Error]]);
    assert.ok(summary.errors >= 1);
  });

  it('offers the did-you-mean as a quick fix that replaces only the id', async () => {
    const document = await openFixture(CLOSED);
    const [diagnostic] = await until(() => {
      const list = vscode.languages.getDiagnostics(document.uri).filter((d) => d.code === 'unknown-shared-persona' && show(d.range) === PIOTRR);
      return list.length ? list : undefined;
    }, 'the unknown-shared-persona diagnostic of the open map');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range);
    const fixes = actions.filter((a) => a.title === 'Change to \'piotr\'');
    assert.equal(fixes.length, 1, actions.map((a) => a.title).join(', '));
    assert.equal(fixes[0].isPreferred, true);
    const edits = fixes[0].edit!.entries().flatMap(([uri, list]) => list.map((e) => `${vscode.workspace.asRelativePath(uri)} ${show(e.range)} ${e.newText}`));
    assert.deepEqual(edits, [`${CLOSED} ${PIOTRR} piotr`]);
    assert.ok(await vscode.workspace.applyEdit(fixes[0].edit!));
    assert.equal(document.getText(), TEXT.replace('use: piotrr', 'use: piotr'));
    await until(() => (vscode.languages.getDiagnostics(document.uri).some((d) => d.code === 'unknown-shared-persona') ? undefined : true),
      'the diagnostic to go once the id is fixed');
  });
});
