/**
 * RFC 6901 JSON Pointer: `""` is the whole document, `/a/0/b` walks keys and array indexes; `~1` is `/`
 * and `~0` is `~` inside a token.
 */

/** The value `pointer` names in `document`, or `{ found: false, at }` with the token where the walk stopped. */
export function evaluatePointer(document: unknown, pointer: string): { found: true; value: unknown } | { found: false; at: string } {
  if (pointer === '') return { found: true, value: document };
  if (!pointer.startsWith('/')) return { found: false, at: pointer };
  let value = document;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(value)) {
      if (!/^(0|[1-9][0-9]*)$/.test(token) || Number(token) >= value.length) return { found: false, at: token };
      value = value[Number(token)];
    } else if (value !== null && typeof value === 'object' && Object.prototype.hasOwnProperty.call(value, token)) {
      value = (value as Record<string, unknown>)[token];
    } else {
      return { found: false, at: token };
    }
  }
  return { found: true, value };
}
