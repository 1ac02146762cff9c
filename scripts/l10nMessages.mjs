/**
 * The messages the sources ask to translate: every `t('…')` and `tPlural(n, '…', '…')` with string literals,
 * in src/ and webview/. Used by `npm run l10n:extract` (which writes l10n/bundle.l10n.json) and by the unit test
 * that keeps every bundle complete.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const LITERAL = String.raw`'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"`;
const SINGLE = new RegExp(String.raw`\bt\(\s*(${LITERAL})`, 'g');
const PLURAL = new RegExp(String.raw`\btPlural\(\s*[^,]+,\s*(${LITERAL})\s*,\s*(${LITERAL})`, 'g');

function unquote(literal) {
  return literal.slice(1, -1).replace(/\\(.)/g, (_, c) => ({ n: '\n', t: '\t' })[c] ?? c);
}

/** The source without its comment lines (TSDoc examples are not messages). */
function codeLines(text) {
  return text.split('\n').filter((line) => !/^\s*(\/\/|\/\*|\*)/.test(line)).join('\n');
}

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** `{ singles, plurals }`: the texts of `t` calls, and the [one, other] pairs of `tPlural` calls, sorted and unique. */
export function sourceMessages(root) {
  const singles = new Set();
  const plurals = new Map();
  for (const file of ['src', 'webview'].flatMap((dir) => sourceFiles(join(root, dir)))) {
    const text = codeLines(readFileSync(file, 'utf8'));
    for (const m of text.matchAll(SINGLE)) singles.add(unquote(m[1]));
    for (const m of text.matchAll(PLURAL)) plurals.set(unquote(m[2]), unquote(m[1]));
  }
  return { singles: [...singles].sort(), plurals: [...plurals].sort(([a], [b]) => (a < b ? -1 : 1)).map(([other, one]) => [one, other]) };
}

/** The English bundle: each message to itself, each plural message's `|one` and `|other` forms. */
export function englishBundle(root) {
  const { singles, plurals } = sourceMessages(root);
  const bundle = Object.fromEntries(singles.map((text) => [text, text]));
  for (const [one, other] of plurals) {
    bundle[`${other}|one`] = one;
    bundle[`${other}|other`] = other;
  }
  return Object.fromEntries(Object.entries(bundle).sort(([a], [b]) => (a < b ? -1 : 1)));
}
