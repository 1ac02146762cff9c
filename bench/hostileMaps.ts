/**
 * Generators of hostile maps: the shapes that once made analysis quadratic, its messages huge or its stack
 * overflow. Each is deterministic and stays under the analysis size limit; used by bench/hostileBench.ts and by
 * the property tests in test/unit/core/hostileInput.test.ts.
 */

const HEAD = 'cjm: 1\ntitle: Hostile\n';

/** A lowercase id of `length` letters, different for each `seed`. */
export function longId(length: number, seed = 1): string {
  let state = seed >>> 0;
  let out = '';
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out += String.fromCharCode(97 + ((state >>> 16) % 26));
  }
  return out;
}

/** One channel with an id of `length` letters and a touchpoint whose channel is that id with one letter changed. */
export function longIdTypo(length: number): string {
  const id = longId(length);
  const typo = `${id.slice(0, length >> 1)}${id[length >> 1] === 'q' ? 'r' : 'q'}${id.slice((length >> 1) + 1)}`;
  return `${HEAD}channels:\n  - { id: ${id}, name: Long }\nstages:\n  - id: s\n    name: S\n    touchpoints:\n`
    + `      - { id: t, name: T, channel: ${id} }\n      - { id: u, name: U, channel: ${typo} }\n`;
}

/** `count` channels and `count` touchpoints, each naming a channel that is not declared (but close to one). */
export function manyUnknownChannels(count: number): string {
  const out = [HEAD, 'channels:\n'];
  for (let i = 0; i < count; i++) out.push(`  - {id: c${i}, name: C}\n`);
  out.push('stages:\n  - id: s\n    name: S\n    touchpoints:\n');
  for (let i = 0; i < count; i++) out.push(`      - {id: t${i}, name: T, channel: d${i}}\n`);
  return out.join('');
}

/** `count` channels with the id `x` and `count` more with the ids a duplicate would be renamed to (`x-2`, …). */
export function manyDuplicateIds(count: number): string {
  const out = [HEAD, 'channels:\n'];
  for (let i = 0; i < count; i++) out.push('  - {id: x, name: X}\n');
  for (let i = 2; i < count + 2; i++) out.push(`  - {id: x-${i}, name: X}\n`);
  out.push('stages:\n  - id: s\n    name: S\n    touchpoints:\n      - {id: t, name: T, channel: x}\n');
  return out.join('');
}

/** A root mapping with `count` keys the format does not know. */
export function manyUnknownKeys(count: number): string {
  const out = [HEAD, 'stages:\n  - id: s\n    name: S\n'];
  for (let i = 0; i < count; i++) out.push(`k${i}: 1\n`);
  return out.join('');
}

/** A stage `lanes:` mapping with `count` distinct keys (each an unknown lane). */
export function manyKeysInOneMapping(count: number): string {
  const out = [HEAD, 'stages:\n  - id: s\n    name: S\n    lanes:\n'];
  for (let i = 0; i < count; i++) out.push(`      l${i}: []\n`);
  return out.join('');
}

/** `count` declared lanes, and one stage filling each with a value of the wrong type (text, not a list). */
export function manyBadLaneValues(count: number): string {
  const out = [HEAD, 'lanes:\n'];
  for (let i = 0; i < count; i++) out.push(`  - {id: l${i}, name: L}\n`);
  out.push('stages:\n  - id: s\n    name: S\n    touchpoints: [{id: t, name: T}]\n    lanes:\n');
  for (let i = 0; i < count; i++) out.push(`      l${i}: x\n`);
  return out.join('');
}

/** `count` personas whose ids are anchored, and one touchpoint naming each of them through an alias. */
export function manyAliases(count: number): string {
  const out = [HEAD, 'personas:\n'];
  for (let i = 0; i < count; i++) out.push(`  - {id: &a${i} p${i}, name: P}\n`);
  out.push('stages:\n  - id: s\n    name: S\n    touchpoints:\n      - id: t\n        name: T\n        personas:\n');
  for (let i = 0; i < count; i++) out.push(`          - *a${i}\n`);
  return out.join('');
}

/** A valid header and then `count` list entries of the wrong type: one problem each. */
export function manyProblems(count: number): string {
  return `${HEAD}stages: []\ntags: [${'1,'.repeat(count - 1)}1]\n`;
}

/** `count` unclosed `{`: a syntax error for (almost) each of them. */
export function unclosedBraces(count: number): string {
  return `${HEAD}tags: ${'{'.repeat(count)}\n`;
}
