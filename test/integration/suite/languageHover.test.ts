/** Hover through vscode.executeHoverProvider: touchpoint cards, what references name, key descriptions. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activated, closeAll, hoverText, openFixture, positionOf, rangeOf, show } from './languageHelpers';

const CARD = [
  '### Search ad ★',
  '',
  'Touchpoint `search-ad`',
  '',
  '**Stage:** Discover (`discover`)  ',
  '**Channel:** Website (`web`)  ',
  '**Personas:** Anna, busy parent (`anna`), Ben, student (`ben`)  ',
  '**Emotion:** +1 🙂  ',
  '**Owner:** Marketing  ',
  '**Moment of truth:** yes',
  '',
  '**Pains**',
  '',
  '- Ad promises free delivery',
  '',
  '**Opportunities**',
  '',
  '- Honest delivery price in the ad',
  '',
  '**Metrics**',
  '',
  '- Clicks: 1200 clicks (target 1500)',
].join('\n');

describe('language: hover', () => {
  let document: vscode.TextDocument;
  before(async () => {
    await activated();
    document = await openFixture('lang-checkout.cjm.yaml');
  });
  after(closeAll);

  async function hoverAt(position: vscode.Position): Promise<vscode.Hover> {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    assert.equal(hovers.length, 1, `one hover at ${position.line}:${position.character}`);
    return hovers[0];
  }

  it('shows the touchpoint card on its id, over the id', async () => {
    const hover = await hoverAt(positionOf(document, 'id: search-ad', 6));
    assert.equal(hoverText(hover), CARD);
    assert.equal(show(hover.range!), show(rangeOf(document, 'search-ad')));
  });

  it('shows the same card on the touchpoint name', async () => {
    const hover = await hoverAt(positionOf(document, 'name: Search ad', 8));
    assert.equal(hoverText(hover), CARD);
    assert.equal(show(hover.range!), show(rangeOf(document, 'Search ad')));
  });

  it('shows per-persona emotions with names and faces, and a negative emotion', async () => {
    const hover = await hoverAt(positionOf(document, 'id: receipt', 5));
    const text = hoverText(hover);
    assert.ok(text.includes('**Emotion:** −1 🙁'), text);
    assert.ok(text.includes('**Channel:** E-mail (`email`)'), text);
    assert.ok(text.includes('**Personas:** Anna, busy parent (`anna`)'), text);
  });

  it('shows what a channel reference names', async () => {
    const hover = await hoverAt(positionOf(document, 'channel: web', 10));
    assert.equal(hoverText(hover), '**Website** — channel `web`\n\nKind: web\n\nUsed by 1 touchpoint.');
    assert.equal(show(hover.range!), show(rangeOf(document, 'web', 2)));
  });

  it('shows what a persona key of a per-persona emotion names', async () => {
    const hover = await hoverAt(positionOf(document, '{ anna: 1', 3));
    assert.equal(hoverText(hover), '**Anna, busy parent** — persona `anna`\n\nGoals: Buy school supplies in one go');
  });

  it('shows what a stage lanes key names', async () => {
    const hover = await hoverAt(positionOf(document, '{ questions:', 4));
    assert.equal(hoverText(hover), '**Customer questions** — lane `questions`');
  });

  it('shows the schema description of a key', async () => {
    const hover = await hoverAt(positionOf(document, 'moment-of-truth:', 2));
    assert.equal(hoverText(hover), '**moment-of-truth** — true when this touchpoint decides whether the customer stays or leaves.');
    assert.equal(show(hover.range!), show(rangeOf(document, 'moment-of-truth')));
  });

  it('has nothing to say on a plain list entry', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri,
      positionOf(document, 'Ad promises', 3));
    assert.deepEqual(hovers, []);
  });
});
