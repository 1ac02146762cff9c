import { strict as assert } from 'node:assert';
import {
  codeReferenceProblem, inComment, malformedReferenceProblem, scanCodeReferences, type CodeReference, type MapCatalog,
} from '../../../src/core/codeReferences';

/** The references of a text as `map/touchpoint@line:character+length`, with a check that each range holds its text. */
function found(text: string, marker?: string): string[] {
  return scanCodeReferences(text, marker).references.map((r) => {
    assert.equal(text.slice(r.offset, r.offset + r.length), `${r.mapId}/${r.touchpointId}`);
    assert.equal(text.slice(r.touchpointOffset, r.touchpointOffset + r.touchpointId.length), r.touchpointId);
    return `${r.mapId}/${r.touchpointId}@${r.start.line}:${r.start.character}+${r.length}`;
  });
}

describe('code references: comment parsing', () => {
  it('finds a TypeScript line comment with its exact range', () => {
    const text = 'import x from "y";\n\n// cjm: checkout/search-ad\nexport function hero() {}\n';
    assert.deepEqual(found(text), ['checkout/search-ad@2:8+18']);
    const [ref] = scanCodeReferences(text).references;
    assert.equal(ref.offset, text.indexOf('checkout/'));
    assert.equal(ref.markerOffset, text.indexOf('cjm:'));
    assert.equal(ref.touchpointOffset, text.indexOf('search-ad'));
  });

  it('finds a Python # comment, also after code on the same line', () => {
    const text = 'def pay():\n    charge()  # cjm: checkout/pay\n';
    assert.deepEqual(found(text), ['checkout/pay@1:21+12']);
  });

  it('finds a Python docstring, and not a marker after the docstring has closed', () => {
    const text = 'def pay():\n    """Charges the card.\n\n    cjm: checkout/pay\n    """\n    note = "cjm: checkout/not-a-comment"\n';
    assert.deepEqual(found(text), ['checkout/pay@3:9+12']);
    assert.deepEqual(found("class Cart:\n    '''cjm: checkout/cart'''\n"), ['checkout/cart@1:12+13']);
  });

  it('finds Go // comments and a /* */ block comment over several lines', () => {
    const text = 'package main\n\n/*\n Serves the receipt.\n cjm: checkout/receipt\n*/\nfunc main() {} // cjm: onboarding/welcome\n';
    assert.deepEqual(found(text), ['checkout/receipt@4:6+16', 'onboarding/welcome@6:23+18']);
  });

  it('finds -- (SQL, Lua, Haskell), <!-- --> and JSDoc * continuation lines', () => {
    assert.deepEqual(found('SELECT 1; -- cjm: bank/statement\n'), ['bank/statement@0:18+14']);
    assert.deepEqual(found('<p/>\n<!-- cjm: web/landing -->\n'), ['web/landing@1:10+11']);
    assert.deepEqual(found('/**\n * Hero.\n * cjm: checkout/hero\n */\n'), ['checkout/hero@2:8+13']);
  });

  it('finds several references after one marker, separated by commas', () => {
    assert.deepEqual(found('// cjm: checkout/cart, checkout/pay,onboarding/welcome\n'),
      ['checkout/cart@0:8+13', 'checkout/pay@0:23+12', 'onboarding/welcome@0:36+18']);
  });

  it('leaves a sentence-ending period out of the touchpoint id', () => {
    assert.deepEqual(found('# See cjm: checkout/search-ad. Then pay.\n'), ['checkout/search-ad@0:11+18']);
  });

  it('counts UTF-16 code units: Cyrillic, diacritics and emoji before and in the reference', () => {
    const text = '// 😀 Оплата — cjm: банк/выписка\n';
    assert.deepEqual(found(text), ['банк/выписка@0:20+12']);
    assert.deepEqual(found('x\r\n\r\n# āčē cjm: karte/pārskats\r\n'), ['karte/pārskats@2:11+14']);
  });

  it('ignores the marker outside comments, inside a word and without a slash', () => {
    assert.deepEqual(found('const s = "cjm: checkout/search-ad";\n'), []);
    assert.deepEqual(found('// xcjm: checkout/search-ad\n'), []);
    assert.deepEqual(found('/* closed */ const a = 1; cjm: checkout/a\n'), []);
    assert.deepEqual(found('// cjm: checkout\n'), []);
    assert.deepEqual(found('// no marker here\n'), []);
  });

  it('reports an attempted reference that is not map-id/touchpoint-id as malformed, with its range', () => {
    const text = '// cjm: checkout/search-ad/extra\n# cjm: /pay\n// cjm: just words\n';
    const scan = scanCodeReferences(text);
    assert.deepEqual(scan.references, []);
    assert.deepEqual(scan.malformed.map((m) => [m.offset, m.length, m.text]), [
      [8, 24, 'checkout/search-ad/extra'], [text.indexOf('/pay'), 4, '/pay'],
    ]);
    assert.equal(malformedReferenceProblem(scan.malformed[1], 'cjm:').message,
      '"/pay" is not a touchpoint reference: write cjm: <map-id>/<touchpoint-id>.');
  });

  it('uses a configured marker', () => {
    assert.deepEqual(found('// @journey checkout/pay and cjm: checkout/cart\n', '@journey'), ['checkout/pay@0:12+12']);
    assert.deepEqual(found('# touchpoint=checkout/pay\n', 'touchpoint='), ['checkout/pay@0:13+12']);
  });

  it('decides comments by the rules of the file header', () => {
    const text = 'a /* open\nstill cjm: x/y\n';
    assert.equal(inComment(text, text.indexOf('cjm')), true);
    assert.equal(inComment('a = 1 cjm: x/y', 6), false);
  });
});

describe('code references: problems', () => {
  const catalog: MapCatalog = {
    mapIds: () => ['checkout', 'onboarding'],
    touchpointIds: (mapId) => (mapId === 'checkout' ? ['search-ad', 'cart', 'pay'] : mapId === 'onboarding' ? ['welcome'] : undefined),
  };
  const ref = (text: string): CodeReference => scanCodeReferences(text).references[0];

  it('accepts a reference to an existing touchpoint', () => {
    assert.equal(codeReferenceProblem(ref('// cjm: checkout/cart'), catalog), undefined);
  });

  it('warns on an unknown map, on the map id, with did-you-mean', () => {
    const problem = codeReferenceProblem(ref('// cjm: chekout/cart'), catalog);
    assert.deepEqual(problem, {
      offset: 8, length: 7, severity: 'warning', code: 'unknown-map', suggestion: 'checkout',
      message: 'Unknown map "chekout": no *.cjm.yaml in the workspace has this id. Did you mean "checkout"?',
    });
  });

  it('warns on an unknown touchpoint, on the touchpoint id, with did-you-mean or the list', () => {
    assert.deepEqual(codeReferenceProblem(ref('# cjm: checkout/serch-ad'), catalog), {
      offset: 16, length: 8, severity: 'warning', code: 'unknown-touchpoint', suggestion: 'search-ad',
      message: 'Map "checkout" has no touchpoint "serch-ad". Did you mean "search-ad"?',
    });
    assert.equal(codeReferenceProblem(ref('# cjm: onboarding/zzz'), catalog)?.message,
      'Map "onboarding" has no touchpoint "zzz". Its touchpoints: welcome.');
  });
});
